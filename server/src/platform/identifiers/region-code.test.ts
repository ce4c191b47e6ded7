import { describe, expect, it } from 'vitest';
import {
  PROVINCE_CODES,
  isWellFormedRegionCode,
  isWithinRegion,
  parentRegionCode,
  regionAncestors,
  regionLevel,
} from './region-code.ts';

describe('regionLevel', () => {
  it('classifies the five levels', () => {
    expect(regionLevel('120000')).toBe('province');
    expect(regionLevel('120100')).toBe('city'); // 天津市 市辖区, a grouping level
    expect(regionLevel('130100')).toBe('city'); // 石家庄市
    expect(regionLevel('120103')).toBe('county'); // 河西区
    expect(regionLevel('120103002')).toBe('township');
    expect(regionLevel('120103002001')).toBe('village');
  });

  it('knows townships directly under a city without counties', () => {
    expect(regionLevel('441900003')).toBe('township'); // 东莞市
    expect(parentRegionCode('441900003')).toBe('441900');
  });

  it('returns null for malformed codes', () => {
    for (const code of [
      '',
      '12',
      '1201',
      '12010',
      '1201030',
      '12010300',
      '1201030020',
      '12010300200',
      '1201030020010',
      '990000', // no such province
      '000000',
      '120001', // county code without a prefecture part
      '120000001', // township directly under a province
      '120103000', // township part 000
      '120103002000', // village part 000
      '12010300a',
      '１２００００',
      ' 120000',
    ]) {
      expect(regionLevel(code), JSON.stringify(code)).toBeNull();
      expect(isWellFormedRegionCode(code), JSON.stringify(code)).toBe(false);
    }
  });

  it('accepts every province code', () => {
    expect(PROVINCE_CODES).toHaveLength(34);
    for (const province of PROVINCE_CODES) expect(regionLevel(`${province}0000`)).toBe('province');
  });

  it('accepts retired and 省直辖 codes structurally', () => {
    expect(regionLevel('120107')).toBe('county'); // 塘沽区, merged into 滨海新区 in 2009
    expect(regionLevel('429004')).toBe('county'); // 仙桃市 under 省直辖县级行政区划 429000
    expect(parentRegionCode('429004')).toBe('429000');
  });
});

describe('parentRegionCode', () => {
  it('walks up one level', () => {
    expect(parentRegionCode('120103002001')).toBe('120103002');
    expect(parentRegionCode('120103002')).toBe('120103');
    expect(parentRegionCode('120103')).toBe('120100');
    expect(parentRegionCode('120100')).toBe('120000');
    expect(parentRegionCode('120000')).toBeNull();
    expect(parentRegionCode('bad')).toBeNull();
  });
});

describe('regionAncestors', () => {
  it('lists enclosing codes nearest first, self excluded', () => {
    expect(regionAncestors('120103002')).toEqual(['120103', '120100', '120000']);
    expect(regionAncestors('120103002001')).toEqual(['120103002', '120103', '120100', '120000']);
    expect(regionAncestors('120000')).toEqual([]);
    expect(regionAncestors('nonsense')).toEqual([]);
  });
});

describe('isWithinRegion', () => {
  it('is true for the region itself and anything below it', () => {
    expect(isWithinRegion('120103002001', '120000')).toBe(true);
    expect(isWithinRegion('120103002001', '120103')).toBe(true);
    expect(isWithinRegion('120103', '120103')).toBe(true);
    expect(isWithinRegion('120116', '120100')).toBe(true);
  });

  it('is false for siblings, descendants-as-ancestor and malformed codes', () => {
    expect(isWithinRegion('120103', '120104')).toBe(false);
    expect(isWithinRegion('120000', '120103')).toBe(false);
    expect(isWithinRegion('130100', '120000')).toBe(false);
    expect(isWithinRegion('120103', '12')).toBe(false);
    // A prefix that is not a whole ancestor code must not match.
    expect(isWithinRegion('120103002', '120103002')).toBe(true);
    expect(isWithinRegion('120103002', '1201')).toBe(false);
  });
});
