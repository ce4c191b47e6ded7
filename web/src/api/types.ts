// Response shapes used by the UI, derived from the generated OpenAPI types (never written by hand).
import type { paths } from './schema.gen.ts';

type JsonBody<R> = R extends { content: { 'application/json': infer T } } ? T : never;
export type GetOk<P extends keyof paths> = paths[P] extends { get: { responses: { 200: infer R } } }
  ? JsonBody<R>
  : never;

type Ok<R> = R extends { 200: infer T } ? JsonBody<T> : R extends { 201: infer T } ? JsonBody<T> : never;
type PostOk<P extends keyof paths> = paths[P] extends { post: { responses: infer R } } ? Ok<R> : never;

export type Region = GetOk<'/api/v1/regions'>['items'][number];
export type Agency = GetOk<'/api/v1/agencies'>['items'][number];
export type Venue = GetOk<'/api/v1/venues'>['items'][number];
export type VenueKind = Venue['kind'];
export type VenueDetail = GetOk<'/api/v1/venues/{id}'>;
export type VenueWindow = VenueDetail['windows'][number];
export type WindowType = VenueWindow['type'];

export type Profile = GetOk<'/api/v1/me/profile'>;
export type DataAccessPage = GetOk<'/api/v1/me/data-access'>;
export type DataAccessItem = DataAccessPage['items'][number];
export type MyAuthorization = GetOk<'/api/v1/me/authorizations'>['items'][number];
export type Role = GetOk<'/api/v1/roles'>['items'][number];
export type StaffSummary = GetOk<'/api/v1/staff'>['items'][number];
export type StaffDetail = GetOk<'/api/v1/staff/{id}'>;
export type StaffGrant = StaffDetail['grants'][number];
export type GrantResult = PostOk<'/api/v1/staff/{id}/roles'>;

export const venueKinds = [
  'service-centre',
  'convenience-centre',
  'convenience-station',
] as const satisfies readonly VenueKind[];

export function isVenueKind(value: unknown): value is VenueKind {
  return typeof value === 'string' && (venueKinds as readonly string[]).includes(value);
}

export type Me = GetOk<'/api/v1/auth/me'>;
export type SessionItem = GetOk<'/api/v1/auth/sessions'>['items'][number];

// Catalog administration (pages/catalog-admin).
export type CatalogImplementationSummary = GetOk<'/api/v1/catalog/implementations'>['items'][number];
export type CatalogImplementationDetail = GetOk<'/api/v1/catalog/implementations/{code}'>;
export type CatalogVersionDetail = GetOk<'/api/v1/catalog/versions/{id}'>;
export type CatalogContent = CatalogVersionDetail['content'];
export type CatalogRuleReport = GetOk<'/api/v1/catalog/versions/{id}/check'>;
export type CatalogDiff = GetOk<'/api/v1/catalog/versions/{id}/diff'>;
export type CatalogBasicItem = GetOk<'/api/v1/catalog/items'>['items'][number];
export type CatalogDataElement = GetOk<'/api/v1/catalog/data-elements'>['items'][number];
