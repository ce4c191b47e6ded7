// Builders for demo implementations: the four 四级四同 fields are copied from the basic item, the
// form is built from data elements, and the many flags default to the most common values, so a
// seed entry states only what is particular to it.
import type { BasicItemContent, ImplementationContent } from '../content.ts';
import { buildFormSchema, type FormField } from '../form-schema.ts';
import { DEMO_DATA_ELEMENTS } from './data-elements.ts';
import { BUSINESS_DATA_ELEMENTS } from './data-elements-business.ts';

const ELEMENTS = new Map([...DEMO_DATA_ELEMENTS, ...BUSINESS_DATA_ELEMENTS].map((e) => [e.key, e]));

type Inherited =
  'name' | 'basicCode' | 'itemType' | 'legalBasis' | 'serviceTargets' | 'themes' | 'exerciseLevel';
type Defaulted =
  | 'agencyNature'
  | 'crossProvince'
  | 'commitment'
  | 'specialProcedures'
  | 'intermediaryServices'
  | 'notInCentre'
  | 'notOnline'
  | 'appointment'
  | 'onlinePayment'
  | 'supervisingAgencyId'
  | 'coImplementingAgencyIds'
  | 'faqs'
  | 'lists'
  | 'keywords'
  | 'questions'
  | 'conditions'
  | 'fee'
  | 'minRealNameLevel'
  | 'consultationPhone'
  | 'supervisionPhone'
  | 'cityWide';

export type ImplementationSpec = Omit<ImplementationContent, Inherited | Defaulted | 'form'> &
  Partial<Pick<ImplementationContent, Defaulted | 'exerciseLevel'>> & {
    formFields: readonly FormField[];
  };

/** An implementation of `item`: inherited fields from the item, defaults, the form from fields. */
export function implementationOf(item: BasicItemContent, spec: ImplementationSpec): ImplementationContent {
  const { formFields, ...rest } = spec;
  return {
    name: item.name,
    basicCode: item.basicCode,
    itemType: item.itemType,
    legalBasis: item.legalBasis,
    serviceTargets: item.serviceTargets,
    themes: item.themes,
    exerciseLevel: item.exerciseLevel,
    agencyNature: '1',
    crossProvince: [],
    commitment: null,
    specialProcedures: [],
    intermediaryServices: [],
    notInCentre: null,
    notOnline: null,
    appointment: true,
    onlinePayment: false,
    supervisingAgencyId: null,
    coImplementingAgencyIds: [],
    faqs: [],
    lists: [],
    keywords: [],
    questions: [],
    conditions: [],
    fee: { charged: false, items: [] },
    minRealNameLevel: 2,
    consultationPhone: '022-12345',
    supervisionPhone: '022-12345',
    cityWide: false,
    ...rest,
    form: buildFormSchema(formFields, ELEMENTS),
  };
}
