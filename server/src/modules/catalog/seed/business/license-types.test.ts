// The e-license types of the enterprise half: well-formed GB/T 36904 codes, none shared with the
// person half, and every type the business catalog and its data elements name is in one of the two
// maps (#6 seeds the e-license catalogue from them, so an unlisted code would point nowhere).
import { describe, expect, it } from 'vitest';
import { isLicenseTypeCode } from '../../rules-structure.ts';
import { BUSINESS_DATA_ELEMENTS } from '../data-elements-business.ts';
import { PERSON_LICENSE_TYPES } from '../persons/license-types.ts';
import { BUSINESS_CATALOG } from './index.ts';
import { BUSINESS_LICENSE_TYPES } from './license-types.ts';

const business = Object.values(BUSINESS_LICENSE_TYPES).map((t) => t.code);
const person = Object.values(PERSON_LICENSE_TYPES).map((t) => t.code);

describe('business e-license types', () => {
  it('are valid, unique and distinct from the person types', () => {
    expect(business.filter((c) => !isLicenseTypeCode(c))).toEqual([]);
    expect(new Set(business).size).toBe(business.length);
    expect(business.filter((c) => person.includes(c))).toEqual([]);
  });

  it('cover every type the business catalog and data elements use', () => {
    const known = new Set([...business, ...person]);
    const used = [
      ...BUSINESS_CATALOG.implementations.flatMap((i) => [
        ...i.content.materials.flatMap((m) => (m.licenseType ? [m.licenseType] : [])),
        ...(i.content.result.licenseType ? [i.content.result.licenseType] : []),
      ]),
      ...BUSINESS_DATA_ELEMENTS.flatMap((e) => (e.sourceLicenseType ? [e.sourceLicenseType] : [])),
    ];
    expect(used.length).toBeGreaterThan(0);
    expect([...new Set(used)].filter((c) => !known.has(c))).toEqual([]);
  });

  it('are issued as results by the licences that define them', () => {
    const results = new Set(BUSINESS_CATALOG.implementations.map((i) => i.content.result.licenseType));
    for (const key of ['foodBusiness', 'publicPlaceHygiene', 'drugRetail', 'pollutantDischarge'] as const)
      expect(results).toContain(BUSINESS_LICENSE_TYPES[key].code);
  });
});
