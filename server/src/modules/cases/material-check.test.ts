import { describe, expect, it } from 'vitest';
import type { Material } from '../catalog/content.ts';
import { choicesOutsideList, eLicenseTypes, snapshotMaterials } from './material-check.ts';

const material = (id: string, extra: Partial<Material> = {}): Material & { required: boolean } => {
  const m: Material = {
    id,
    name: `材料${id}`,
    requirement: 'required',
    source: 'applicant',
    format: 'electronic',
    originals: 1,
    copies: 0,
    deficiencyAllowed: false,
    acceptanceStandard: '',
    ...extra,
  };
  return { ...m, required: m.requirement !== 'optional' };
};

const ref = (id: string) => ({ id, sm3: 'a'.repeat(64), provenance: 'upload' });

describe('choicesOutsideList', () => {
  const all = [material('form'), material('photo'), material('lease')];
  it('accepts materials of the list that apply', () => {
    expect(choicesOutsideList(all, [all[0]!, all[1]!], [{ materialKey: 'form', materialId: 'x' }])).toEqual(
      [],
    );
  });
  it('refuses a material outside the list, one not applying to the situation, and a duplicate', () => {
    const errors = choicesOutsideList(
      all,
      [all[0]!],
      [
        { materialKey: 'bank-statement', materialId: 'x' },
        { materialKey: 'lease', materialId: 'y' },
        { materialKey: 'form', materialId: 'z' },
        { materialKey: 'form', materialId: 'w' },
      ],
    );
    expect(errors.map((e) => e.path)).toEqual([
      '/body/materials/0/materialKey',
      '/body/materials/1/materialKey',
      '/body/materials/3/materialKey',
    ]);
    expect(errors[0]!.messageZh).toContain('清单以外');
  });
  it('without a situation (a draft) checks only the list', () => {
    expect(choicesOutsideList(all, null, [{ materialKey: 'lease', materialId: 'y' }])).toEqual([]);
  });
});

describe('snapshotMaterials', () => {
  const list = [
    material('form'),
    material('photo', { deficiencyAllowed: true }),
    material('licence', { source: 'e-license', licenseType: 'T001' }),
    material('registry', { source: 'shared-data' }),
    material('proxy', { requirement: 'optional', deficiencyAllowed: true }),
  ];
  const held = new Map([['T001', { id: 'lic-1' }]]);

  it('online: every required material the applicant provides must be there; all missing are named', () => {
    const { rows, missing } = snapshotMaterials(list, new Map(), { inPerson: false, licenses: held });
    expect(missing.map((m) => m.path)).toEqual(['/materials/form', '/materials/photo']);
    expect(missing[1]!.messageZh).toContain('仅窗口办理时可容缺');
    expect(rows.map((r) => [r.materialKey, r.status, r.provenance, r.licenseId])).toEqual([
      ['licence', 'exempt', 'e-license', 'lic-1'],
      ['registry', 'exempt', 'shared-data', null],
    ]);
  });

  it('an e-license material without a held license (or without consent: no licenses) is asked for', () => {
    for (const licenses of [undefined, new Map<string, { id: string }>(), new Map([['T999', { id: 'x' }]])]) {
      const { rows, missing } = snapshotMaterials(list, new Map(), {
        inPerson: false,
        ...(licenses && { licenses }),
      });
      expect(missing.map((m) => m.path)).toEqual([
        '/materials/form',
        '/materials/photo',
        '/materials/licence',
      ]);
      expect(missing[2]!.messageZh).toContain('同意调用电子证照');
      expect(missing[2]!.message).toContain('consent');
      expect(rows.map((r) => r.materialKey)).toEqual(['registry']);
    }
  });

  it('an uploaded copy of an e-license material counts as provided; paper at a window too', () => {
    const up = snapshotMaterials(list, new Map([['licence', ref('m9')]]), {
      inPerson: false,
      licenses: held,
    });
    expect(up.rows.find((r) => r.materialKey === 'licence')).toMatchObject({
      status: 'provided',
      materialId: 'm9',
      licenseId: null,
    });
    const paper = snapshotMaterials(list, new Map([['form', ref('m1')]]), {
      inPerson: true,
      paper: new Set(['licence']),
    });
    expect(paper.missing).toEqual([]);
    expect(paper.rows.find((r) => r.materialKey === 'licence')).toMatchObject({ provenance: 'paper' });
  });

  it('at a window a 容缺 material may be missing, a plain one may not', () => {
    const { rows, missing } = snapshotMaterials(list, new Map([['form', ref('m1')]]), {
      inPerson: true,
      licenses: held,
    });
    expect(missing).toEqual([]);
    expect(rows.map((r) => [r.materialKey, r.status, r.materialId])).toEqual([
      ['form', 'provided', 'm1'],
      ['photo', 'missing', null],
      ['licence', 'exempt', null],
      ['registry', 'exempt', null],
    ]);
    expect(
      snapshotMaterials(list, new Map(), { inPerson: true, licenses: held }).missing.map((m) => m.path),
    ).toEqual(['/materials/form']);
  });

  it('eLicenseTypes lists each e-license type once', () => {
    expect(
      eLicenseTypes([
        ...list,
        material('licence2', { source: 'e-license', licenseType: 'T001' }),
        material('nolicensetype', { source: 'e-license' }),
      ]),
    ).toEqual(['T001']);
  });

  it('an optional material is recorded only when given', () => {
    const chosen = new Map([
      ['form', ref('m1')],
      ['photo', ref('m2')],
      ['proxy', ref('m3')],
    ]);
    const { rows, missing } = snapshotMaterials(list, chosen, { inPerson: false, licenses: held });
    expect(missing).toEqual([]);
    expect(rows.find((r) => r.materialKey === 'proxy')).toMatchObject({
      status: 'provided',
      materialId: 'm3',
    });
  });
});
