// Consistency checks for the seed data. Each function returns a list of problems (empty = fine), so
// the tests can show both that the shipped data passes and that broken data is caught. The seeding
// code may run them too before writing anything.

import { isValidUscc } from '../../../platform/identifiers/uscc.ts';
import { AGENCY_KINDS, REGION_LEVELS, VENUE_KINDS, WINDOW_TYPES } from './types.ts';
import type { RegionLevel, SeedAgency, SeedRegion, SeedVenue, VenueKind, WindowType } from './types.ts';

// Facts restated here on purpose (not imported from the data), so the checks do not trust the data.
const TIANJIN = '120000';
const TIANJIN_DISTRICTS = '120100';
const SERVICE_OFFICE_USCC = '11120000MB1571593F'; // DOMAIN.md §7
const SERVICE_OFFICE_ID = 'tj-zwfwb';

const SHAPES: Record<RegionLevel, RegExp> = {
  province: /^\d{2}0000$/,
  city: /^\d{4}00$/,
  county: /^\d{6}$/,
  township: /^\d{9}$/,
  village: /^\d{12}$/,
};

const LEVEL_ABOVE: Record<RegionLevel, RegionLevel | null> = {
  province: null,
  city: 'province',
  county: 'city',
  township: 'county',
  village: 'township',
};

/** True when `code` is well-formed for `level` (e.g. a city code is NNNN00 but not NN0000). */
export function isWellFormedRegionCode(code: string, level: RegionLevel): boolean {
  if (!SHAPES[level].test(code)) return false;
  if (level === 'city') return !code.endsWith('0000');
  if (level === 'county') return !code.endsWith('00');
  return true;
}

/** The parent code that the structure of `code` implies: 9 digits → first 6, 12 → first 9, etc. */
export function structuralParent(code: string, level: RegionLevel): string | null {
  switch (level) {
    case 'province':
      return null;
    case 'city':
      return `${code.slice(0, 2)}0000`;
    case 'county':
      return `${code.slice(0, 4)}00`;
    case 'township':
      return code.slice(0, 6);
    case 'village':
      return code.slice(0, 9);
  }
}

function duplicates(values: readonly string[]): string[] {
  const seen = new Set<string>();
  const dup = new Set<string>();
  for (const v of values) (seen.has(v) ? dup : seen).add(v);
  return [...dup];
}

export function checkRegions(regions: readonly SeedRegion[]): string[] {
  const problems: string[] = [];
  const byCode = new Map(regions.map((r) => [r.code, r]));
  for (const code of duplicates(regions.map((r) => r.code))) problems.push(`duplicate region code ${code}`);
  for (const r of regions) {
    if (!REGION_LEVELS.includes(r.level)) problems.push(`${r.code}: unknown level ${String(r.level)}`);
    if (!r.name.trim() || !r.nameEn.trim()) problems.push(`${r.code}: missing name`);
    if (!isWellFormedRegionCode(r.code, r.level)) problems.push(`${r.code}: malformed code for ${r.level}`);
    const expected = structuralParent(r.code, r.level);
    if (r.parentCode !== expected) {
      problems.push(`${r.code}: parent ${String(r.parentCode)}, but its code implies ${String(expected)}`);
    }
    if (r.parentCode !== null) {
      const parent = byCode.get(r.parentCode);
      if (!parent) problems.push(`${r.code}: parent ${r.parentCode} missing`);
      else {
        if (parent.level !== LEVEL_ABOVE[r.level]) problems.push(`${r.code}: parent level ${parent.level}`);
        if (parent.retired && !r.retired)
          problems.push(`${r.code}: current region under retired ${parent.code}`);
      }
    }
    if (r.successorCode !== undefined) {
      const successor = byCode.get(r.successorCode);
      if (!r.retired) problems.push(`${r.code}: successor on a current region`);
      if (!successor || successor.retired || successor.level !== r.level) {
        problems.push(`${r.code}: successor ${r.successorCode} is not a current ${r.level}`);
      }
    }
  }
  return problems;
}

/** Tianjin-specific coverage: 16 current districts, and enough townships and villages to demo. */
export function checkTianjinCoverage(regions: readonly SeedRegion[]): string[] {
  const problems: string[] = [];
  const districts = regions.filter((r) => r.level === 'county' && r.parentCode === TIANJIN_DISTRICTS);
  const current = districts.filter((r) => !r.retired);
  if (current.length !== 16) problems.push(`expected 16 current districts, found ${current.length}`);
  const villagesUnder = (code: string): number => regions.filter((r) => r.parentCode === code).length;
  const townships = regions.filter((r) => r.level === 'township');
  for (const t of townships) {
    if (villagesUnder(t.code) === 0) problems.push(`${t.code}: township without villages or communities`);
  }
  const withVillages = current.filter((d) =>
    townships.some((t) => t.parentCode === d.code && villagesUnder(t.code) > 0),
  );
  if (withVillages.length < 3)
    problems.push(`only ${withVillages.length} districts have townships with villages`);
  return problems;
}

/** Whether `ancestor` is `code` itself or one of its ancestors. */
export function regionWithin(regions: readonly SeedRegion[], code: string, ancestor: string): boolean {
  const byCode = new Map(regions.map((r) => [r.code, r]));
  let current: string | null = code;
  for (let hops = 0; current !== null && hops <= regions.length; hops++) {
    if (current === ancestor) return true;
    current = byCode.get(current)?.parentCode ?? null;
  }
  return false;
}

function currentDistricts(regions: readonly SeedRegion[]): SeedRegion[] {
  return regions.filter((r) => r.level === 'county' && r.parentCode === TIANJIN_DISTRICTS && !r.retired);
}

const USCC_CATEGORY: Partial<Record<SeedAgency['kind'], readonly string[]>> = {
  government: ['11'],
  'service-office': ['11'],
  'approval-bureau': ['11'],
  department: ['11', '12'],
  'people-organisation': ['13'],
  'public-utility': ['91'],
};

export function checkAgencies(agencies: readonly SeedAgency[], regions: readonly SeedRegion[]): string[] {
  const problems: string[] = [];
  const byId = new Map(agencies.map((a) => [a.id, a]));
  const regionByCode = new Map(regions.map((r) => [r.code, r]));
  for (const id of duplicates(agencies.map((a) => a.id))) problems.push(`duplicate agency id ${id}`);
  for (const u of duplicates(agencies.map((a) => a.uscc))) problems.push(`duplicate USCC ${u}`);
  for (const a of agencies) {
    if (!AGENCY_KINDS.includes(a.kind)) problems.push(`${a.id}: unknown kind ${String(a.kind)}`);
    if (!a.name.trim() || !a.shortName.trim() || !a.nameEn.trim()) problems.push(`${a.id}: missing name`);
    if (!isValidUscc(a.uscc)) problems.push(`${a.id}: invalid USCC ${a.uscc}`);
    if (!(USCC_CATEGORY[a.kind] ?? []).includes(a.uscc.slice(0, 2))) {
      problems.push(`${a.id}: USCC category ${a.uscc.slice(0, 2)} does not fit kind ${a.kind}`);
    }
    if (a.uscc.slice(2, 8) !== a.regionCode.slice(0, 6)) {
      problems.push(`${a.id}: USCC region ${a.uscc.slice(2, 8)} differs from ${a.regionCode}`);
    }
    const region = regionByCode.get(a.regionCode);
    if (!region || region.retired) problems.push(`${a.id}: region ${a.regionCode} missing or retired`);
    if (a.parentId !== null && !byId.has(a.parentId)) problems.push(`${a.id}: parent ${a.parentId} missing`);
    // Walk up; more steps than agencies means a cycle.
    let step: SeedAgency | undefined = a;
    for (let hops = 0; step?.parentId != null; hops++) {
      if (hops > agencies.length) {
        problems.push(`${a.id}: parent chain has a cycle`);
        break;
      }
      step = byId.get(step.parentId);
    }
  }
  const office = byId.get(SERVICE_OFFICE_ID);
  if (office?.uscc !== SERVICE_OFFICE_USCC || office.kind !== 'service-office') {
    problems.push(`${SERVICE_OFFICE_ID} must be the service office with USCC ${SERVICE_OFFICE_USCC}`);
  }
  const roots = agencies.filter((a) => a.parentId === null && a.kind === 'government');
  if (roots.length !== 1 || roots[0]?.regionCode !== TIANJIN) {
    problems.push('expected exactly one root government, the city government');
  }
  for (const d of currentDistricts(regions)) {
    const inDistrict = agencies.filter((a) => a.regionCode === d.code);
    const governments = inDistrict.filter((a) => a.kind === 'government');
    const government = governments[0];
    if (governments.length !== 1 || !government) {
      problems.push(`${d.code}: expected one district government, found ${governments.length}`);
      continue;
    }
    for (const kind of ['service-office', 'approval-bureau'] as const) {
      if (!inDistrict.some((a) => a.kind === kind && a.parentId === government.id)) {
        problems.push(`${d.code}: no ${kind} under ${government.id}`);
      }
    }
  }
  return problems;
}

const VENUE_LEVELS: Record<VenueKind, readonly RegionLevel[]> = {
  'service-centre': ['province', 'county'],
  'convenience-centre': ['township'],
  'convenience-station': ['village'],
};

const ALLOWED_WINDOWS: Record<VenueKind, readonly WindowType[]> = {
  'service-centre': WINDOW_TYPES,
  'convenience-centre': ['consultation', 'comprehensive', 'assisted'],
  'convenience-station': ['comprehensive'],
};

const REQUIRED_WINDOWS: Record<VenueKind, readonly WindowType[]> = {
  'service-centre': WINDOW_TYPES,
  'convenience-centre': ['comprehensive', 'assisted'],
  'convenience-station': ['comprehensive'],
};

export function checkVenues(
  venues: readonly SeedVenue[],
  regions: readonly SeedRegion[],
  agencies: readonly SeedAgency[],
): string[] {
  const problems: string[] = [];
  const regionByCode = new Map(regions.map((r) => [r.code, r]));
  const agencyById = new Map(agencies.map((a) => [a.id, a]));
  for (const id of duplicates(venues.map((v) => v.id))) problems.push(`duplicate venue id ${id}`);
  for (const code of duplicates(venues.map((v) => v.code))) problems.push(`duplicate venue code ${code}`);
  for (const v of venues) {
    if (!VENUE_KINDS.includes(v.kind)) problems.push(`${v.code}: unknown kind ${String(v.kind)}`);
    const region = regionByCode.get(v.regionCode);
    if (!region || region.retired) problems.push(`${v.code}: region ${v.regionCode} missing or retired`);
    else if (!VENUE_LEVELS[v.kind].includes(region.level)) {
      problems.push(`${v.code}: a ${v.kind} cannot serve a ${region.level}`);
    }
    const manager = agencyById.get(v.managingAgencyId);
    if (!manager) problems.push(`${v.code}: managing agency ${v.managingAgencyId} missing`);
    else if (!regionWithin(regions, v.regionCode, manager.regionCode)) {
      problems.push(
        `${v.code}: managed by ${manager.id}, whose region ${manager.regionCode} does not contain it`,
      );
    }
    if (v.geo && (v.geo.lat < 38.5 || v.geo.lat > 40.3 || v.geo.lng < 116.6 || v.geo.lng > 118.1)) {
      problems.push(`${v.code}: coordinates outside Tianjin`);
    }
    for (const code of duplicates(v.windows.map((w) => w.code)))
      problems.push(`${v.code}: duplicate window ${code}`);
    for (const w of v.windows) {
      if (!WINDOW_TYPES.includes(w.type))
        problems.push(`${v.code}/${w.code}: unknown type ${String(w.type)}`);
      else if (!ALLOWED_WINDOWS[v.kind].includes(w.type))
        problems.push(`${v.code}/${w.code}: ${w.type} not allowed`);
      if (w.type === 'professional') {
        if (w.agencyId === undefined || !agencyById.has(w.agencyId)) {
          problems.push(`${v.code}/${w.code}: stationed agency ${String(w.agencyId)} missing`);
        }
      } else if (w.agencyId !== undefined) {
        problems.push(`${v.code}/${w.code}: only professional windows name a stationed agency`);
      }
    }
    const types = new Set(v.windows.map((w) => w.type));
    const missing = REQUIRED_WINDOWS[v.kind].filter((t) => !types.has(t));
    if (missing.length > 0) problems.push(`${v.code}: missing window types ${missing.join(', ')}`);
    if (v.kind === 'convenience-station' && v.windows.length !== 1) {
      problems.push(`${v.code}: a station has exactly one window`);
    }
  }
  const count = (kind: VenueKind, code: string): number =>
    venues.filter((v) => v.kind === kind && v.regionCode === code).length;
  for (const code of [TIANJIN, ...currentDistricts(regions).map((d) => d.code)]) {
    const n = count('service-centre', code);
    if (n !== 1) problems.push(`${code}: expected one service centre, found ${n}`);
  }
  for (const r of regions) {
    if (r.level === 'township' && count('convenience-centre', r.code) !== 1) {
      problems.push(`${r.code}: expected one convenience centre`);
    }
    if (r.level === 'village' && count('convenience-station', r.code) !== 1) {
      problems.push(`${r.code}: expected one convenience station`);
    }
  }
  return problems;
}
