// The demo catalog satisfies our own publication rules and covers what issue #4 §10 asks for:
// ≥ 80 implementations, ≥ 15 agencies, ≥ 3 districts besides the city, every item type, and the
// 30 named items. Every failing seed is reported at once, so a seed author fixes them in one go.
import { describe, expect, it } from 'vitest';
import { ITEM_TYPES } from '../codes.ts';
import { checkDemoCatalog } from '../demo-data.ts';
import { DEMO_CATALOG } from './index.ts';

const REQUIRED_NAMES = [
  '食品经营许可',
  '个体工商户设立登记',
  '有限责任公司设立登记',
  '公共场所卫生许可',
  '建设工程规划许可证核发',
  '城市道路占用、挖掘许可',
  '超限运输车辆行驶公路许可',
  '道路普通货物运输经营许可',
  '出生医学证明签发',
  '出生登记（户口）',
  '城乡居民基本医疗保险参保登记',
  '社会保障卡申领',
  '生育登记',
  '结婚登记',
  '高龄津贴申领',
  '残疾人两项补贴申请',
  '公共租赁住房申请',
  '不动产转移登记',
  '居住证申领',
  '基本养老保险待遇申领',
  '住房公积金提取',
  '失业保险金申领',
  '第三类医疗器械经营许可',
  '药品零售企业经营许可',
  '丧葬补助金申领',
  '小学一年级新生入学登记',
  '排污许可',
  '劳务派遣经营许可',
  '营业性演出许可',
  '机动车驾驶证换证',
];

describe('the demo catalog', () => {
  it('passes every publication rule (all failures listed)', () => {
    const failures = checkDemoCatalog();
    expect(failures.map((f) => `${f.seed} — ${f.path}: ${f.problem}`)).toEqual([]);
  });

  it('has at least 80 implementations across at least 15 agencies', () => {
    expect(DEMO_CATALOG.implementations.length).toBeGreaterThanOrEqual(80);
    expect(new Set(DEMO_CATALOG.implementations.map((i) => i.agencyId)).size).toBeGreaterThanOrEqual(15);
  });

  it('spans at least three districts besides the city', () => {
    const districts = new Set(
      DEMO_CATALOG.implementations.map((i) => i.regionCode.slice(0, 6)).filter((c) => !c.endsWith('00')),
    );
    expect([...districts].length, [...districts].join(', ')).toBeGreaterThanOrEqual(3);
  });

  it('uses every item type', () => {
    const used = new Set(DEMO_CATALOG.implementations.map((i) => i.content.itemType));
    expect(ITEM_TYPES.map((t) => t.code).filter((code) => !used.has(code))).toEqual([]);
  });

  it('contains each of the 30 items named in the issue as a basic item', () => {
    const names = new Set(DEMO_CATALOG.items.map((i) => i.name));
    expect(REQUIRED_NAMES.filter((n) => !names.has(n))).toEqual([]);
  });
});
