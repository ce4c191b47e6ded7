// Cell formats: what a clerk may type, what is refused, and that every format reads back what
// the export writes.
import { describe, expect, it } from 'vitest';
import { ITEM_TYPES, SERVICE_TARGETS } from '../codes.ts';
import { validContent } from '../test-fixtures.ts';
import { buildContent, canonical, contentCells } from './build-content.ts';
import {
  formatFee,
  formatLimit,
  formatVenues,
  formatWhen,
  isProblem,
  parseBoolean,
  parseCode,
  parseCodes,
  parseFee,
  parseLegalBasis,
  parseLimit,
  parseVenues,
  parseWhen,
} from './cells.ts';
import { MATERIAL_COLUMNS } from './workbook-format.ts';

describe('cells', () => {
  it('reads a code, "code label", the Chinese label, and an Excel number that lost its zero', () => {
    for (const t of ['01', '01 行政许可', '行政许可', '1']) expect(parseCode(ITEM_TYPES, t)).toBe('01');
    const wrong = parseCode(ITEM_TYPES, '许可');
    expect(isProblem(wrong) && wrong.zh).toContain('01 行政许可');
    expect(parseCodes(SERVICE_TARGETS, '2，1、2')).toEqual(['2', '1']);
  });

  it('reads time limits in Chinese or in unit codes, and refuses anything else', () => {
    expect(parseLimit('即办')).toEqual({ kind: 'on-the-spot' });
    expect(parseLimit('20个工作日')).toEqual({ kind: 'period', value: 20, unit: 'working-days' });
    expect(parseLimit('20 working-days')).toEqual({ kind: 'period', value: 20, unit: 'working-days' });
    expect(parseLimit('30个自然日')).toEqual({ kind: 'period', value: 30, unit: 'natural-days' });
    expect(parseLimit('3个月')).toEqual({ kind: 'period', value: 3, unit: 'months' });
    for (const bad of ['二十天', '0个工作日', '20', '20 weeks'])
      expect(isProblem(parseLimit(bad))).toBe(true);
    for (const l of [
      { kind: 'on-the-spot' as const },
      { kind: 'period' as const, value: 7, unit: 'natural-days' as const },
    ])
      expect(parseLimit(formatLimit(l))).toEqual(l);
  });

  it('reads yes/no, legal bases, fees, venues and situations', () => {
    expect([parseBoolean('是'), parseBoolean('否'), parseBoolean(''), parseBoolean('TRUE')]).toEqual([
      true,
      false,
      false,
      true,
    ]);
    expect(isProblem(parseBoolean('也许'))).toBe(true);
    expect(parseLegalBasis('《甲法》|第一条|原文|含竖线\n\n《乙法》|第二条|文')).toEqual([
      { law: '《甲法》', article: '第一条', text: '原文|含竖线' },
      { law: '《乙法》', article: '第二条', text: '文' },
    ]);
    expect(isProblem(parseLegalBasis('只有法名'))).toBe(true);
    const fee = { charged: true, items: [{ name: '工本费', amount: '10', basis: '某文件' }] };
    expect(parseFee(formatFee(fee))).toEqual(fee);
    expect(parseFee('不收费')).toEqual({ charged: false, items: [] });
    const venues = [{ venueId: 'zwfw-120000', mode: 'comprehensive', windowCodes: ['A1', 'A2'] }];
    expect(parseVenues(formatVenues(venues as never))).toEqual(venues);
    const when = { kind: ['change'], 'change-what': ['address', 'name'] };
    expect(parseWhen(formatWhen(when))).toEqual(when);
    expect(isProblem(parseWhen('kind'))).toBe(true);
  });

  it('a whole implementation reads back from its own cells unchanged', () => {
    const c = validContent();
    const cells = contentCells(c);
    const text = (m: Map<string, string | number>) => new Map([...m].map(([k, v]) => [k, String(v)]));
    const built = buildContent({
      base: { ...c, materials: [] },
      basic: c,
      row: { row: 2, cells: text(cells.row) },
      headers: new Set(cells.row.keys()),
      materialRows: cells.materials.map((m, i) => ({ row: i + 2, cells: text(m) })),
      materialHeaders: new Set(MATERIAL_COLUMNS.map((col) => col.header)),
    });
    expect(built.errors).toEqual([]);
    expect(canonical(built.content)).toBe(canonical(c));
  });
});
