// Hand-made bundles for the pure unit tests (members, merging, savings, rules): small
// implementation contents built on the catalog's valid fixture, so each test states only what
// it is about. Not used outside tests.
import type { ImplementationContent, Material } from '../catalog/content.ts';
import { buildFormSchema, type FormField } from '../catalog/form-schema.ts';
import { fixtureDataElements, validContent } from '../catalog/test-fixtures.ts';
import type { BundleContent, BundleMember } from './content.ts';
import type { MemberVersion } from './plan.ts';

/** A form from picked fields of the fixture's data elements (as the catalog editor builds it). */
export const formOf = (fields: FormField[]) => buildFormSchema(fields, fixtureDataElements());

export const material = (m: Partial<Material> & { id: string; name: string }): Material => ({
  requirement: 'required',
  source: 'applicant',
  format: 'both',
  originals: 1,
  copies: 0,
  deficiencyAllowed: false,
  acceptanceStandard: '内容完整、真实有效',
  ...m,
});

/**
 * An implementation: the catalog fixture (questions `kind` new/change/renew/cancel and
 * `change-what` name/address when kind=change) with the given form, materials and visits.
 */
export function impl(parts: {
  fields?: FormField[];
  materials?: Material[];
  visits?: number;
}): ImplementationContent {
  return {
    ...validContent(),
    form: formOf(parts.fields ?? []),
    materials: parts.materials ?? [],
    visits: parts.visits ?? 0,
  };
}

export const member = (id: string, m: Partial<BundleMember> = {}): BundleMember => ({
  id,
  implementationCode: `IMPL-${id}`,
  after: [],
  answers: { kind: 'new' },
  ...m,
});

export const versionOf = (m: BundleMember, content: ImplementationContent): MemberVersion => ({
  member: m,
  implementationCode: m.implementationCode,
  versionId: `version-${m.id}`,
  agencyId: 'tj-scjgw',
  regionCode: '120103',
  content,
});

export function bundleOf(members: BundleMember[], extra: Partial<BundleContent> = {}): BundleContent {
  return {
    name: '企业开办一件事',
    target: 'enterprise',
    lifeEvent: 'establishment',
    summary: '设立登记、公章刻制、税务登记一次办理',
    leadAgencyId: 'tj-scjgw',
    promisedLimit: { value: 3, unit: 'working-days' },
    questions: [
      {
        id: 'seal',
        text: '是否需要刻制公章',
        options: [
          { id: 'yes', label: '需要' },
          { id: 'no', label: '不需要' },
        ],
      },
      {
        id: 'seal-kind',
        text: '刻制哪些印章',
        when: { seal: ['yes'] },
        options: [
          { id: 'company', label: '公章' },
          { id: 'all', label: '全套印章' },
        ],
      },
    ],
    members,
    visits: 1,
    venueIds: ['zwfw-120101'],
    consultationPhone: '022-12345',
    keywords: [],
    ...extra,
  };
}
