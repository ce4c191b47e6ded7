// Response shapes used by the UI, derived from the generated OpenAPI types (never written by hand).
import type { paths } from './schema.gen.ts';

type JsonBody<R> = R extends { content: { 'application/json': infer T } } ? T : never;
type GetOk<P extends keyof paths> = paths[P] extends { get: { responses: { 200: infer R } } }
  ? JsonBody<R>
  : never;

export type Region = GetOk<'/api/v1/regions'>['items'][number];
export type Agency = GetOk<'/api/v1/agencies'>['items'][number];
export type Venue = GetOk<'/api/v1/venues'>['items'][number];
export type VenueKind = Venue['kind'];
export type VenueDetail = GetOk<'/api/v1/venues/{id}'>;
export type VenueWindow = VenueDetail['windows'][number];
export type WindowType = VenueWindow['type'];

export const venueKinds = [
  'service-centre',
  'convenience-centre',
  'convenience-station',
] as const satisfies readonly VenueKind[];

export function isVenueKind(value: unknown): value is VenueKind {
  return typeof value === 'string' && (venueKinds as readonly string[]).includes(value);
}
