import { describe, expect, it } from 'vitest';
import { FIXTURE_LICENSE_TYPES } from '../catalog/test-fixtures.ts';
import {
  materialIdentity,
  memberMaterialChoices,
  memberMaterials,
  mergeMaterials,
} from './merge-materials.ts';
import { impl, material, member, versionOf } from './unit-fixtures.ts';
import type { BundleMember } from './content.ts';
import type { Material } from '../catalog/content.ts';

const LICENCE = FIXTURE_LICENSE_TYPES.businessLicence;
const mv = (id: string, materials: Material[], m: Partial<BundleMember> = {}) =>
  versionOf(member(id, m), impl({ materials }));

describe('materialIdentity', () => {
  it('is the e-license type when there is one', () => {
    const m = material({ id: 'lic', name: '营业执照', source: 'e-license', licenseType: LICENCE });
    expect(materialIdentity(m)).toBe(`license:${LICENCE}`);
  });

  it('is the shared dataset for shared data', () => {
    const m = material({
      id: 'id',
      name: '身份证明',
      source: 'shared-data',
      sharedDataset: 'population-basic',
    });
    expect(materialIdentity(m)).toBe('shared:population-basic');
  });

  it('is the name without whitespace, punctuation or bracket width otherwise', () => {
    const a = material({ id: 'a', name: '法定代表人身份证（复印件）' });
    const b = material({ id: 'b', name: ' 法定代表人 身份证(复印件)。' });
    const c = material({ id: 'c', name: '《法定代表人身份证》【复印件】' });
    expect(materialIdentity(a)).toBe('name:法定代表人身份证复印件');
    expect(materialIdentity(b)).toBe(materialIdentity(a));
    expect(materialIdentity(c)).toBe(materialIdentity(a));
    expect(materialIdentity(material({ id: 'd', name: '法定代表人身份证原件' }))).not.toBe(
      materialIdentity(a),
    );
  });
});

describe('mergeMaterials', () => {
  it('merges e-licenses of one type across members whatever they are called', () => {
    const merged = mergeMaterials([
      mv('register', [
        material({ id: 'licence', name: '营业执照', source: 'e-license', licenseType: LICENCE }),
      ]),
      mv('tax', [
        material({ id: 'copy', name: '营业执照副本', source: 'e-license', licenseType: LICENCE, copies: 1 }),
      ]),
    ]);
    expect(merged).toHaveLength(1);
    expect(merged[0]).toMatchObject({
      key: `license:${LICENCE}`,
      name: '营业执照',
      licenseType: LICENCE,
      sharedDataset: null,
      source: 'e-license',
      members: [
        { memberId: 'register', materialId: 'licence' },
        { memberId: 'tax', materialId: 'copy' },
      ],
    });
  });

  it('merges by shared dataset, and by normalized name', () => {
    const shared = (id: string, name: string) =>
      material({ id, name, source: 'shared-data', sharedDataset: 'population-basic' });
    const merged = mergeMaterials([
      mv('a', [shared('id-a', '身份证明'), material({ id: 'lease', name: '租赁合同（原件）' })]),
      mv('b', [material({ id: 'contract', name: '租赁合同 (原件)' }), shared('id-b', '居民身份证')]),
    ]);
    expect(merged.map((m) => [m.key, m.members.map((x) => x.materialId)])).toEqual([
      ['shared:population-basic', ['id-a', 'id-b']],
      ['name:租赁合同原件', ['lease', 'contract']],
    ]);
  });

  it('keeps materials apart whose identities differ', () => {
    const merged = mergeMaterials([
      mv('a', [material({ id: 'x', name: '营业执照', source: 'e-license', licenseType: LICENCE })]),
      mv('b', [material({ id: 'y', name: '营业执照' })]),
    ]);
    expect(merged.map((m) => m.key)).toEqual([`license:${LICENCE}`, 'name:营业执照']);
  });

  it('takes the strongest requirement, the most originals and copies, deficiency only if all allow', () => {
    const form = (id: string, m: Partial<Material>) => material({ id, name: '申请书', ...m });
    const merged = mergeMaterials([
      mv('a', [form('f1', { requirement: 'optional', originals: 2, copies: 0, deficiencyAllowed: true })]),
      mv('b', [form('f2', { requirement: 'situational', when: { kind: ['new'] }, originals: 1, copies: 3 })]),
      mv('c', [form('f3', { requirement: 'optional', originals: 0, copies: 1, deficiencyAllowed: true })]),
    ]);
    expect(merged).toHaveLength(1);
    expect(merged[0]).toMatchObject({
      requirement: 'situational',
      originals: 2,
      copies: 3,
      deficiencyAllowed: false,
    });
    const withRequired = mergeMaterials([
      mv('a', [form('f1', { requirement: 'situational', when: { kind: ['new'] } })]),
      mv('b', [form('f2', { requirement: 'required' })]),
    ]);
    expect(withRequired[0]!.requirement).toBe('required');
    const allOptional = mergeMaterials([
      mv('a', [form('f1', { requirement: 'optional', deficiencyAllowed: true })]),
      mv('b', [form('f2', { requirement: 'optional', deficiencyAllowed: true })]),
    ]);
    expect(allOptional[0]).toMatchObject({ requirement: 'optional', deficiencyAllowed: true });
  });

  it('leaves out materials whose `when` does not hold for the member’s fixed answers', () => {
    const materials = [
      material({ id: 'always', name: '申请书' }),
      material({ id: 'new-only', name: '场所证明', requirement: 'situational', when: { kind: ['new'] } }),
      material({
        id: 'change-only',
        name: '变更证明',
        requirement: 'situational',
        when: { kind: ['change'] },
      }),
      material({
        id: 'moved',
        name: '新场所证明',
        requirement: 'situational',
        when: { kind: ['change'], 'change-what': ['address'] },
      }),
    ];
    const merged = mergeMaterials([
      mv('a', materials, { answers: { kind: 'new' } }),
      mv('b', materials, { answers: { kind: 'change', 'change-what': 'address' } }),
      // Unanswered: a material with a `when` on that question does not apply.
      mv('c', materials, { answers: {} }),
    ]);
    expect(merged.map((m) => [m.key, m.members.map((x) => `${x.memberId}/${x.materialId}`)])).toEqual([
      ['name:申请书', ['a/always', 'b/always', 'c/always']],
      ['name:场所证明', ['a/new-only']],
      ['name:变更证明', ['b/change-only']],
      ['name:新场所证明', ['b/moved']],
    ]);
  });

  it('ignores fixed answers to questions the member’s own situation hides', () => {
    const moved = material({
      id: 'moved',
      name: '新场所证明',
      when: { kind: ['change'], 'change-what': ['address'] },
    });
    const other = material({ id: 'other', name: '其他', when: { 'change-what': ['address'] } });
    // change-what is asked only when kind=change: with kind=new its answer selects nothing.
    const one = mv('a', [moved, other], { answers: { kind: 'new', 'change-what': 'address' } });
    expect(memberMaterials(one)).toEqual([]);
  });

  it('merges nothing from members without materials', () => {
    expect(mergeMaterials([mv('a', [])])).toEqual([]);
  });
});

describe('memberMaterialChoices', () => {
  const merged = mergeMaterials([
    mv('register', [
      material({ id: 'application', name: '申请书' }),
      material({ id: 'lease', name: '租赁合同' }),
    ]),
    mv('tax', [material({ id: 'tax-form', name: '申请书' })]),
  ]);
  const choices = [
    { materialKey: 'name:申请书', materialId: 'obj-1' },
    { materialKey: 'name:租赁合同', materialId: 'obj-2' },
    { materialKey: 'name:未知材料', materialId: 'obj-3' },
  ];

  it('maps the bundle’s choices to the member’s own material ids', () => {
    expect(memberMaterialChoices(choices, merged, 'register')).toEqual([
      { materialKey: 'application', materialId: 'obj-1' },
      { materialKey: 'lease', materialId: 'obj-2' },
    ]);
    expect(memberMaterialChoices(choices, merged, 'tax')).toEqual([
      { materialKey: 'tax-form', materialId: 'obj-1' },
    ]);
  });

  it('gives nothing to a member outside the merged set', () => {
    expect(memberMaterialChoices(choices, merged, 'social')).toEqual([]);
  });
});
