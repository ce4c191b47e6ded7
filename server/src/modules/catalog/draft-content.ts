// The content a new implementation's first draft starts from: the basic item's fields (四级四同
// and the rest it carries) and neutral defaults for everything the agency must still fill in.
// Deliberately incomplete (no materials, procedure or venues): the publication rules say what is
// missing, so a draft is never mistaken for something ready.
import type { BasicItemContent, ImplementationContent } from './content.ts';

export function draftContentFrom(item: BasicItemContent): ImplementationContent {
  return {
    name: item.name,
    basicCode: item.basicCode,
    itemType: item.itemType,
    legalBasis: item.legalBasis,
    exerciseLevel: item.exerciseLevel,
    agencyNature: '1',
    serviceTargets: item.serviceTargets,
    themes: item.themes,
    caseType: '2',
    statutoryLimit: { kind: 'period', value: 20, unit: 'working-days' },
    promisedLimit: { kind: 'period', value: 20, unit: 'working-days' },
    conditions: [],
    questions: [],
    materials: [],
    procedure: [],
    fee: { charged: false, items: [] },
    result: { type: 'document', name: '' },
    handlingModes: [],
    visits: 0,
    onlineDepth: '1',
    minRealNameLevel: 2,
    acceptingVenues: [],
    cityWide: false,
    crossProvince: [],
    commitment: null,
    specialProcedures: [],
    intermediaryServices: [],
    notInCentre: null,
    notOnline: null,
    appointment: false,
    onlinePayment: false,
    supervisingAgencyId: null,
    coImplementingAgencyIds: [],
    consultationPhone: '',
    supervisionPhone: '',
    faqs: [],
    form: { schema: { type: 'object', properties: {} }, ui: {} },
    lists: [],
    keywords: [],
  };
}
