// Shapes of the case API as the applicant pages use them, derived from the generated OpenAPI
// types (server/src/modules/cases/cases.schemas.ts and apply.schemas.ts): a changed server shape
// becomes a type error here.
import type { paths } from '../../api/schema.gen.ts';
import type { GetOk } from '../../api/types.ts';

type RequestBody<P extends keyof paths, M extends 'post' | 'put'> = paths[P] extends {
  [K in M]: { requestBody?: { content: { 'application/json': infer B } } };
}
  ? B
  : never;

export type CaseDetail = GetOk<'/api/v1/cases/{id}'>;
export type CaseSummary = GetOk<'/api/v1/cases/mine'>['items'][number];
export type CaseStatus = CaseSummary['status'];
export type Urgency = NonNullable<CaseSummary['urgency']>;
export type CaseMaterial = CaseDetail['materials'][number];
export type CaseActionEntry = CaseDetail['actions'][number];
export type CaseDocument = CaseDetail['documents'][number];
export type DeadlineExplanation = GetOk<'/api/v1/cases/{id}/deadline'>;
export type Prefill = GetOk<'/api/v1/cases/prefill'>;
export type MaterialObject = Prefill['reusableMaterials'][number]['candidates'][number];
/** 免证办: a held e-license that can stand in for a material. */
export type MaterialLicense = Prefill['licenses'][number];
/** The e-license linked to a case material. */
export type LinkedLicense = NonNullable<CaseMaterial['license']>;
export type ListOf<T> = { items: T[]; nextCursor?: string | null };

/** The body of POST /cases from the applicant's wizard (the staff-only fields left out). */
export type CaseInput = Omit<RequestBody<'/api/v1/cases', 'post'>, 'applicant' | 'assistedConsent'>;
export type DraftInput = RequestBody<'/api/v1/cases/{id}/draft', 'put'>;
export type CaseActionInput = RequestBody<'/api/v1/cases/{id}/actions', 'post'>;
export type MaterialChoice = NonNullable<CaseActionInput['materials']>[number];
