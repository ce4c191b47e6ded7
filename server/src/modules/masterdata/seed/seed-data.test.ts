// Checks of the demo master data. Every rule is run twice: on the shipped data (no problems) and on
// a deliberately broken copy (the problem is reported), so no check can pass vacuously.

import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isValidUscc } from '../../../platform/identifiers/uscc.ts';
import {
  agencies,
  checkAgencies,
  checkRegions,
  checkTianjinCoverage,
  checkVenues,
  demoUscc,
  regions,
  venues,
} from './index.ts';
import type { SeedAgency, SeedRegion, SeedVenue, SeedWindow, WindowType } from './index.ts';

/** A copy of `list` with the first item matching `pick` patched. */
function patch<T>(list: readonly T[], pick: (item: T) => boolean, change: Partial<T>): T[] {
  const i = list.findIndex(pick);
  if (i < 0) throw new Error('nothing to patch');
  return list.map((item, j) => (j === i ? { ...item, ...change } : item));
}

function byCode(code: string): SeedRegion {
  const r = regions.find((x) => x.code === code);
  if (!r) throw new Error(`no region ${code}`);
  return r;
}

function venue(id: string): SeedVenue {
  const v = venues.find((x) => x.id === id);
  if (!v) throw new Error(`no venue ${id}`);
  return v;
}

const expectProblem = (problems: string[], pattern: RegExp): void => {
  expect(
    problems.some((p) => pattern.test(p)),
    `expected a problem matching ${pattern}, got ${JSON.stringify(problems)}`,
  ).toBe(true);
};

describe('regions', () => {
  it('the shipped regions are consistent and cover Tianjin', () => {
    expect(checkRegions(regions)).toEqual([]);
    expect(checkTianjinCoverage(regions)).toEqual([]);
  });

  it('lists the 16 districts with their GB/T 2260 codes (DOMAIN.md §7)', () => {
    const current = regions
      .filter((r) => r.level === 'county' && !r.retired)
      .map((r) => `${r.code} ${r.name}`);
    expect(current).toEqual([
      '120101 和平区',
      '120102 河东区',
      '120103 河西区',
      '120104 南开区',
      '120105 河北区',
      '120106 红桥区',
      '120110 东丽区',
      '120111 西青区',
      '120112 津南区',
      '120113 北辰区',
      '120114 武清区',
      '120115 宝坻区',
      '120116 滨海新区',
      '120117 宁河区',
      '120118 静海区',
      '120119 蓟州区',
    ]);
    expect(byCode('120116').nameEn).toBe('Binhai New Area');
  });

  it('keeps the retired codes that older citizen IDs carry', () => {
    for (const code of ['120107', '120108', '120109', '120225', '120200'])
      expect(byCode(code).retired).toBe(true);
    expect(byCode('120225').parentCode).toBe('120200');
    expect(byCode('120107').successorCode).toBe('120116');
  });

  it('has all six streets of 和平区', () => {
    const streets = regions.filter((r) => r.parentCode === '120101').map((r) => `${r.code} ${r.name}`);
    expect(streets).toEqual([
      '120101001 劝业场街道',
      '120101002 小白楼街道',
      '120101003 五大道街道',
      '120101004 新兴街道',
      '120101005 南营门街道',
      '120101006 南市街道',
    ]);
  });

  it('catches a code malformed for its level', () => {
    const broken = patch(regions, (r) => r.code === '120101001', { code: '12010101' });
    expectProblem(checkRegions(broken), /12010101: malformed code for township/);
    const notACity = patch(regions, (r) => r.code === '120100', { code: '120000' });
    expectProblem(checkRegions(notACity), /120000: malformed code for city/);
  });

  it('catches a parent that the code structure contradicts', () => {
    const broken = patch(regions, (r) => r.code === '120101002001', { parentCode: '120101001' });
    expectProblem(checkRegions(broken), /120101002001: parent 120101001, but its code implies 120101002/);
    const district = patch(regions, (r) => r.code === '120101', { parentCode: '120000' });
    expectProblem(checkRegions(district), /120101: parent 120000, but its code implies 120100/);
  });

  it('catches a missing parent', () => {
    const orphan: SeedRegion = {
      code: '120102001001',
      name: '示例社区',
      nameEn: 'Sample Community',
      level: 'village',
      parentCode: '120102001',
    };
    expectProblem(checkRegions([...regions, orphan]), /120102001001: parent 120102001 missing/);
  });

  it('catches duplicate codes', () => {
    expectProblem(checkRegions([...regions, byCode('120101001')]), /duplicate region code 120101001/);
  });

  it('catches anything but exactly 16 current districts', () => {
    const retiredOne = patch(regions, (r) => r.code === '120119', { retired: true });
    expectProblem(checkTianjinCoverage(retiredOne), /expected 16 current districts, found 15/);
  });

  it('catches fewer than three districts with townships and villages', () => {
    const kept = regions.filter(
      (r) => r.code.length <= 6 || r.code.startsWith('120101') || r.code.startsWith('120103'),
    );
    expectProblem(checkTianjinCoverage(kept), /only 2 districts have townships with villages/);
  });
});

describe('agencies', () => {
  it('the shipped agencies are consistent', () => {
    expect(checkAgencies(agencies, regions)).toEqual([]);
  });

  it('every USCC is check-valid and unique; the service office has its real code', () => {
    expect(agencies.every((a) => isValidUscc(a.uscc))).toBe(true);
    expect(new Set(agencies.map((a) => a.uscc)).size).toBe(agencies.length);
    const office = agencies.find((a) => a.uscc === '11120000MB1571593F');
    expect(office?.name).toBe('天津市人民政府政务服务办公室');
    expect(office?.kind).toBe('service-office');
  });

  it('names at least 20 municipal departments and the three utilities of the plan', () => {
    const municipal = agencies.filter((a) => a.regionCode === '120000' && a.kind === 'department');
    expect(municipal.length).toBeGreaterThanOrEqual(20);
    const shortNames = new Set(agencies.map((a) => a.shortName));
    for (const name of [
      '市委网信办',
      '市大数据管理中心',
      '市公安局',
      '市人社局',
      '市医保局',
      '市市场监管委',
      '市残联',
      // Competent agencies of the demo catalog's business licences (#4).
      '市交通运输委',
      '市生态环境局',
      '市文化和旅游局',
      '市药监局',
    ]) {
      expect(shortNames).toContain(name);
    }
    const utilities = agencies.filter((a) => a.kind === 'public-utility');
    expect(utilities.map((a) => a.shortName).sort()).toEqual(
      ['国网天津电力', '天津水务集团', '天津能源集团'].sort(),
    );
    expect(utilities.every((a) => a.uscc.startsWith('91'))).toBe(true);
  });

  it('catches an invalid USCC', () => {
    const broken = patch(agencies, (a) => a.id === 'hp-rmzf', { uscc: '11120101TB00010110' });
    expectProblem(checkAgencies(broken, regions), /hp-rmzf: invalid USCC/);
  });

  it('catches a duplicate USCC', () => {
    const twin = agencies.find((a) => a.id === 'hp-zwfwb') as SeedAgency;
    const broken = patch(agencies, (a) => a.id === 'hp-xzspj', { uscc: twin.uscc });
    expectProblem(checkAgencies(broken, regions), /duplicate USCC/);
  });

  it('catches the service office without its real USCC', () => {
    const broken = patch(agencies, (a) => a.id === 'tj-zwfwb', { uscc: demoUscc('11', '120000', 999) });
    expectProblem(
      checkAgencies(broken, regions),
      /tj-zwfwb must be the service office with USCC 11120000MB1571593F/,
    );
  });

  it('catches a missing parent and a cycle', () => {
    const orphan = patch(agencies, (a) => a.id === 'hp-xzspj', { parentId: 'no-such-agency' });
    expectProblem(checkAgencies(orphan, regions), /hp-xzspj: parent no-such-agency missing/);
    const cycle = patch(agencies, (a) => a.id === 'tj-rmzf', { parentId: 'hp-rmzf' });
    expectProblem(checkAgencies(cycle, regions), /parent chain has a cycle/);
  });

  it('catches a district without its 政务服务办 or 行政审批局', () => {
    const noBureau = agencies.filter((a) => a.id !== 'jz-xzspj');
    expectProblem(checkAgencies(noBureau, regions), /120119: no approval-bureau under jz-rmzf/);
    const noOffice = agencies.filter((a) => a.id !== 'bh-zwfwb');
    expectProblem(checkAgencies(noOffice, regions), /120116: no service-office under bh-rmzf/);
    const noGovernment = agencies.filter((a) => a.id !== 'wq-rmzf');
    expectProblem(checkAgencies(noGovernment, regions), /120114: expected one district government, found 0/);
  });

  it('demoUscc always yields check-valid codes', () => {
    fc.assert(
      fc.property(
        fc.constantFrom('11', '12', '13', '91' as const),
        fc.integer({ min: 0, max: 9_999_999 }),
        (cat, serial) => isValidUscc(demoUscc(cat, '120101', serial)),
      ),
    );
  });
});

describe('venues', () => {
  it('the shipped venues are consistent', () => {
    expect(checkVenues(venues, regions, agencies)).toEqual([]);
  });

  it('has one city centre, 16 district centres, a centre per township and a station per village', () => {
    const count = (kind: SeedVenue['kind']): number => venues.filter((v) => v.kind === kind).length;
    expect(count('service-centre')).toBe(17);
    expect(count('convenience-centre')).toBe(regions.filter((r) => r.level === 'township').length);
    expect(count('convenience-station')).toBe(regions.filter((r) => r.level === 'village').length);
    expect(venue('zwfw-120000').name).toBe('天津市政务服务中心');
  });

  it('catches a district without a service centre, or with two', () => {
    const none = venues.filter((v) => v.id !== 'zwfw-120119');
    expectProblem(checkVenues(none, regions, agencies), /120119: expected one service centre, found 0/);
    const second = { ...venue('zwfw-120101'), id: 'zwfw-120101-b', code: 'ZWFW120101B' };
    expectProblem(
      checkVenues([...venues, second], regions, agencies),
      /120101: expected one service centre, found 2/,
    );
  });

  it('catches a township without a convenience centre and a village without a station', () => {
    const noCentre = venues.filter((v) => v.id !== 'bmzx-120114101');
    expectProblem(checkVenues(noCentre, regions, agencies), /120114101: expected one convenience centre/);
    const noStation = venues.filter((v) => v.id !== 'bmz-120101001001');
    expectProblem(
      checkVenues(noStation, regions, agencies),
      /120101001001: expected one convenience station/,
    );
  });

  it('catches duplicate window codes within a venue', () => {
    const centre = venue('zwfw-120103');
    const [first, second] = centre.windows as [SeedWindow, SeedWindow];
    const windows = [first, { ...second, code: first.code }, ...centre.windows.slice(2)];
    const broken = patch(venues, (v) => v.id === centre.id, { windows });
    expectProblem(checkVenues(broken, regions, agencies), /ZWFW120103: duplicate window ZX01/);
  });

  it('catches an unknown window type and a centre lacking one of the six types', () => {
    const centre = venue('zwfw-120104');
    const vip = centre.windows.map((w) =>
      w.type === 'consultation' ? { ...w, type: 'vip' as WindowType } : w,
    );
    expectProblem(
      checkVenues(
        patch(venues, (v) => v.id === centre.id, { windows: vip }),
        regions,
        agencies,
      ),
      /unknown type vip/,
    );
    const noComplaint = centre.windows.filter((w) => w.type !== 'complaint');
    const broken = patch(venues, (v) => v.id === centre.id, { windows: noComplaint });
    expectProblem(checkVenues(broken, regions, agencies), /ZWFW120104: missing window types complaint/);
  });

  it('catches a station with more than its one comprehensive window', () => {
    const station = venue('bmz-120101001001');
    const windows: SeedWindow[] = [
      ...station.windows,
      { code: 'BB01', name: '帮办代办窗口', type: 'assisted' },
    ];
    const broken = patch(venues, (v) => v.id === station.id, { windows });
    expectProblem(checkVenues(broken, regions, agencies), /assisted not allowed/);
  });

  it('catches an unknown managing or stationed agency', () => {
    const noManager = patch(venues, (v) => v.id === 'zwfw-120101', { managingAgencyId: 'no-such-agency' });
    expectProblem(checkVenues(noManager, regions, agencies), /managing agency no-such-agency missing/);
    const centre = venue('zwfw-120000');
    const windows = centre.windows.map((w) =>
      w.type === 'professional' ? { ...w, agencyId: 'no-such-agency' } : w,
    );
    const broken = patch(venues, (v) => v.id === centre.id, { windows });
    expectProblem(checkVenues(broken, regions, agencies), /stationed agency no-such-agency missing/);
  });

  it('catches a venue managed by an agency of another region', () => {
    const broken = patch(venues, (v) => v.id === 'bmzx-120101001', { managingAgencyId: 'hx-zwfwb' });
    expectProblem(
      checkVenues(broken, regions, agencies),
      /managed by hx-zwfwb, whose region 120103 does not contain it/,
    );
  });
});
