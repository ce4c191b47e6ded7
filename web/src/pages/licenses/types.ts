// Shapes of the e-license and e-seal API as the license pages use them, derived from the
// generated OpenAPI types (server/src/modules/licenses/licenses.schemas.ts, seals.schemas.ts):
// a changed server shape becomes a type error here.
import type { paths } from '../../api/schema.gen.ts';
import type { GetOk } from '../../api/types.ts';

type JsonBody<R> = R extends { content: { 'application/json': infer T } } ? T : never;
type PostOk<P extends keyof paths> = paths[P] extends { post: { responses: infer R } }
  ? R extends { 200: infer T }
    ? JsonBody<T>
    : R extends { 201: infer T }
      ? JsonBody<T>
      : never
  : never;
type PostBody<P extends keyof paths> = paths[P] extends {
  post: { requestBody?: { content: { 'application/json': infer B } } };
}
  ? B
  : never;

export type ListOf<T> = { items: T[]; nextCursor?: string | null };
export type Names = { zh: string; en: string };

export type LicenseSummary = GetOk<'/api/v1/me/licenses'>['items'][number];
export type LicenseStatus = LicenseSummary['status'];
export type LicenseDetail = GetOk<'/api/v1/me/licenses/{id}'>;
export type LicenseAccessEntry = GetOk<'/api/v1/me/licenses/{id}/accesses'>['items'][number];
export type ShowToken = PostOk<'/api/v1/me/licenses/{id}/show-tokens'>;
export type VerifyBody = PostBody<'/api/v1/licenses/verify'>;
export type VerifyResponse = PostOk<'/api/v1/licenses/verify'>;
export type LicenseAuthorization = GetOk<'/api/v1/me/licenses/{id}/authorizations'>[number];
export type AuthorizationBody = PostBody<'/api/v1/me/licenses/{id}/authorizations'>;
export type HolderIdType = LicenseSummary['holderIdType'];

export type SealSummary = GetOk<'/api/v1/seals'>['items'][number];
export type SealBody = PostBody<'/api/v1/seals'>;
