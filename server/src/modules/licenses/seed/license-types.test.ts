// The e-license catalogue covers every type the catalog names, and every face reads real data:
// form sources are data elements, and a data element pre-filled from a license names a face key.
import { describe, expect, it } from 'vitest';
import { DEMO_CATALOG } from '../../catalog/seed/index.ts';
import { BUSINESS_DATA_ELEMENTS } from '../../catalog/seed/data-elements-business.ts';
import { DEMO_DATA_ELEMENTS } from '../../catalog/seed/data-elements.ts';
import { isLicenseTypeCodeValue } from '../license-identifier.ts';
import { CATALOG_LICENSE_TYPES, licenseTypeRows } from './license-types.ts';

const elements = new Map([...DEMO_DATA_ELEMENTS, ...BUSINESS_DATA_ELEMENTS].map((e) => [e.key, e]));
const rows = licenseTypeRows();
const byCode = new Map(rows.map((r) => [r.code, r]));

describe('license types (base data)', () => {
  it('seeds every catalog license type once, with a valid GB/T 36904 type code', () => {
    expect(rows).toHaveLength(CATALOG_LICENSE_TYPES.length);
    expect(byCode.size).toBe(rows.length);
    for (const r of rows) expect(isLicenseTypeCodeValue(r.code), r.code).toBe(true);
    const named = DEMO_CATALOG.implementations.flatMap((i) => [
      ...(i.content.result.licenseType ? [i.content.result.licenseType] : []),
      ...i.content.materials.flatMap((m) => (m.licenseType ? [m.licenseType] : [])),
    ]);
    for (const code of named) expect(byCode.has(code), code).toBe(true);
  });

  it('face fields read data elements that exist, with unique keys per type', () => {
    for (const r of rows) {
      const keys = r.faceFields.map((f) => f.key);
      expect(new Set(keys).size, r.nameZh).toBe(keys.length);
      for (const f of r.faceFields)
        if (f.from.startsWith('form:'))
          expect(elements.has(f.from.slice(5)), `${r.nameZh} ${f.from}`).toBe(true);
    }
  });

  it('a result license is filled from its implementations’ forms', () => {
    for (const i of DEMO_CATALOG.implementations) {
      const code = i.content.result.licenseType;
      if (!code) continue;
      const formKeys = JSON.stringify(i.content.form.schema);
      const fromForm = byCode.get(code)!.faceFields.filter((f) => f.from.startsWith('form:'));
      const used = fromForm.filter((f) => formKeys.includes(`"${f.from.slice(5).split('.').pop()}"`));
      expect(used.length, `${i.content.name} → ${byCode.get(code)!.nameZh}`).toBeGreaterThan(0);
    }
  });

  it('a data element pre-filled from a license names a face field of that type', () => {
    for (const e of elements.values()) {
      if (e.sourceKind !== 'e-license') continue;
      const type = byCode.get(e.sourceLicenseType!);
      expect(type, e.key).toBeDefined();
      expect(
        type!.faceFields.map((f) => f.key),
        e.key,
      ).toContain(e.sourceField);
    }
  });

  it('realistic validity and holders', () => {
    const validity = (name: string) => rows.find((r) => r.nameZh === name)!.validity;
    expect(validity('营业执照')).toEqual({ kind: 'permanent' });
    expect(validity('食品经营许可证')).toEqual({ kind: 'years', years: 5 });
    expect(validity('天津市居住证')).toEqual({ kind: 'years', years: 1 });
    expect(validity('机动车驾驶证')).toEqual({ kind: 'years', years: 6 });
    expect(validity('道路运输经营许可证')).toEqual({ kind: 'years', years: 4 });
    for (const n of ['结婚证', '出生医学证明', '不动产权证书', '中华人民共和国残疾人证', '居民户口簿'])
      expect(validity(n), n).toEqual({ kind: 'permanent' });
    const single = (name: string) => rows.find((r) => r.nameZh === name)!.singlePerHolder;
    for (const n of ['不动产权证书', '道路运输证', '机动车行驶证']) expect(single(n), n).toBe(false);
    expect(single('营业执照')).toBe(true);
    expect(rows.find((r) => r.nameZh === '营业执照')!.holderType).toBe('enterprise');
  });
});
