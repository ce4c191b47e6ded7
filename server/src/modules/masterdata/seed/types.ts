// Types of the demo master data: regions, agencies, venues and their windows.
// The data files in this folder are plain typed arrays; the seeding code turns them into rows.

export const REGION_LEVELS = ['province', 'city', 'county', 'township', 'village'] as const;
export type RegionLevel = (typeof REGION_LEVELS)[number];

/**
 * One administrative division. Codes: GB/T 2260 for province/city/county (6 digits), GB/T 10114 for
 * townships and streets (9 digits = county code + 3), the statistical division code for villages and
 * communities (12 digits = township code + 3).
 */
export interface SeedRegion {
  code: string;
  name: string;
  nameEn: string;
  level: RegionLevel;
  parentCode: string | null;
  /** A code no longer in use that still appears as the prefix of older citizen IDs. */
  retired?: boolean;
  /** For a retired code: the region that took over its territory. */
  successorCode?: string;
  /** The code (and, for villages and communities, possibly the name) is illustrative, not official. */
  sample?: true;
}

export const AGENCY_KINDS = [
  'government',
  'service-office',
  'department',
  'approval-bureau',
  'public-utility',
  'people-organisation',
] as const;
export type AgencyKind = (typeof AGENCY_KINDS)[number];

export interface SeedAgency {
  /** Stable slug, never shown to users (e.g. 'tj-zwfwb'). */
  id: string;
  name: string;
  shortName: string;
  nameEn: string;
  /** Unified social credit code (GB 32100-2015). */
  uscc: string;
  regionCode: string;
  parentId: string | null;
  kind: AgencyKind;
}

export const VENUE_KINDS = ['service-centre', 'convenience-centre', 'convenience-station'] as const;
export type VenueKind = (typeof VENUE_KINDS)[number];

export const WINDOW_TYPES = [
  'consultation',
  'comprehensive',
  'assisted',
  'cross-region',
  'complaint',
  'professional',
] as const;
export type WindowType = (typeof WINDOW_TYPES)[number];

export interface SeedWindow {
  /** Unique within its venue. */
  code: string;
  name: string;
  type: WindowType;
  /** Professional windows only: the agency stationed there. */
  agencyId?: string;
}

/** Venue fields whose values are illustrative rather than confirmed facts. */
export type UnverifiedVenueField = 'address' | 'phone' | 'hours' | 'geo';

export interface SeedVenue {
  id: string;
  /** Unique across all venues. */
  code: string;
  name: string;
  nameEn: string;
  kind: VenueKind;
  regionCode: string;
  managingAgencyId: string;
  address: string;
  phone: string;
  hours: string;
  geo?: { lat: number; lng: number };
  windows: SeedWindow[];
  /** Fields that are illustrative (see the comment at the top of venues.ts). */
  unverified?: UnverifiedVenueField[];
}
