// Administrative division codes.
//   GB/T 2260: 6 digits PPCCXX — province PP0000, prefecture-level PPCC00, county-level PPCCXX.
//   GB/T 10114: township / street = county code + 3 digits (9 digits).
//   Statistical division codes: village / community = township code + 3 digits (12 digits).
// Only the structure is checked here; whether a code exists (or existed) is a data question.
// Note the grouping levels: a municipality's "city" code (120100 市辖区) and a province's
// 省直辖县级行政区划 (e.g. 429000) group counties without being a real tier of government.

export type RegionLevel = 'province' | 'city' | 'county' | 'township' | 'village';

/** Province-level codes of GB/T 2260 (71 台湾, 81 香港, 82 澳门 included). */
export const PROVINCE_CODES: readonly string[] = [
  ...['11', '12', '13', '14', '15'],
  ...['21', '22', '23'],
  ...['31', '32', '33', '34', '35', '36', '37'],
  ...['41', '42', '43', '44', '45', '46'],
  ...['50', '51', '52', '53', '54'],
  ...['61', '62', '63', '64', '65'],
  ...['71', '81', '82'],
];
const PROVINCES = new Set(PROVINCE_CODES);

export function isProvinceCode(twoDigits: string): boolean {
  return PROVINCES.has(twoDigits);
}

function sixDigitLevel(code: string): 'province' | 'city' | 'county' | null {
  if (!/^\d{6}$/.test(code) || !PROVINCES.has(code.slice(0, 2))) return null;
  const prefecture = code.slice(2, 4);
  const county = code.slice(4, 6);
  if (prefecture === '00') return county === '00' ? 'province' : null; // PP00XX does not exist
  return county === '00' ? 'city' : 'county';
}

/** The level of a well-formed code, or null for anything else. */
export function regionLevel(code: string): RegionLevel | null {
  switch (code.length) {
    case 6:
      return sixDigitLevel(code);
    case 9: {
      // A township hangs under a county, or directly under a prefecture-level city without
      // counties (东莞 441900, 中山 442000, 儋州 460400, 嘉峪关 620200) — never under a province.
      const parent = sixDigitLevel(code.slice(0, 6));
      return /^\d{3}$/.test(code.slice(6)) &&
        code.slice(6) !== '000' &&
        (parent === 'city' || parent === 'county')
        ? 'township'
        : null;
    }
    case 12:
      return regionLevel(code.slice(0, 9)) === 'township' &&
        /^\d{3}$/.test(code.slice(9)) &&
        code.slice(9) !== '000'
        ? 'village'
        : null;
    default:
      return null;
  }
}

export function isWellFormedRegionCode(code: string): boolean {
  return regionLevel(code) !== null;
}

/** The code one level up, or null for a province or a malformed code. */
export function parentRegionCode(code: string): string | null {
  switch (regionLevel(code)) {
    case 'village':
      return code.slice(0, 9);
    case 'township':
      return code.slice(0, 6);
    case 'county':
      return code.slice(0, 4) + '00';
    case 'city':
      return code.slice(0, 2) + '0000';
    default:
      return null;
  }
}

/** Every enclosing code, nearest first, self excluded: 120103002 → [120103, 120100, 120000]. */
export function regionAncestors(code: string): string[] {
  const ancestors: string[] = [];
  for (let parent = parentRegionCode(code); parent !== null; parent = parentRegionCode(parent)) {
    ancestors.push(parent);
  }
  return ancestors;
}

/** True when `code` is `ancestor` itself or lies inside it (inclusive, for jurisdiction checks). */
export function isWithinRegion(code: string, ancestor: string): boolean {
  if (!isWellFormedRegionCode(code) || !isWellFormedRegionCode(ancestor)) return false;
  return code === ancestor || regionAncestors(code).includes(ancestor);
}
