import { describe, expect, it } from 'vitest';
import { FIXTURE_LICENSE_TYPES } from '../catalog/test-fixtures.ts';
import { buildPlan } from './plan-build.ts';
import { mergeForm } from './merge-form.ts';
import { mergeMaterials } from './merge-materials.ts';
import { computeSavings } from './savings.ts';
import { bundleOf, impl, material, member, versionOf } from './unit-fixtures.ts';
import type { MemberVersion } from './plan.ts';

const LICENCE = FIXTURE_LICENSE_TYPES.businessLicence;
const licence = (id: string, name: string) =>
  material({ id, name, source: 'e-license', licenseType: LICENCE });
const person = (id: string, name: string) =>
  material({ id, name, source: 'shared-data', sharedDataset: 'population-basic' });

/**
 * Three members worked out by hand:
 *   register: 3 fields (name, uscc, email); 4 applicable materials (申请书A, licence, person,
 *             premises — kind=new; 变更证明 needs kind=change); 1 visit
 *   tax:      3 fields (name, email, postalCode); 3 materials (licence, person, 申请书B); 1 visit
 *   seal:     2 fields (uscc, premisesAddress); 1 material (申请书 A = 申请书A); 0 visits
 * Separately: 8 fields, 8 materials, 2 visits.
 * Merged: 5 fields (name, uscc, email, postalCode, premisesAddress); 5 materials (申请书A,
 * licence, person, premises, 申请书B); the bundle's visits.
 */
function handMade(): MemberVersion[] {
  const register = impl({
    fields: [
      { key: 'enterprise.name', required: true },
      { key: 'enterprise.uscc', required: true },
      { key: 'applicant.email', required: false },
    ],
    materials: [
      material({ id: 'application', name: '申请书A' }),
      licence('licence', '营业执照'),
      person('rep', '法定代表人身份证明'),
      material({ id: 'premises', name: '场所证明', requirement: 'situational', when: { kind: ['new'] } }),
      material({ id: 'change', name: '变更证明', requirement: 'situational', when: { kind: ['change'] } }),
    ],
    visits: 1,
  });
  const tax = impl({
    fields: [
      { key: 'enterprise.name', required: true },
      { key: 'applicant.email', required: true },
      { key: 'applicant.postalCode', required: false },
    ],
    materials: [
      licence('lic', '营业执照（副本）'),
      person('id', '身份证明'),
      material({ id: 'form', name: '申请书B' }),
    ],
    visits: 1,
  });
  const seal = impl({
    fields: [
      { key: 'enterprise.uscc', required: true },
      { key: 'business.premisesAddress', required: true },
    ],
    materials: [material({ id: 'form', name: '申请书 A' })],
    visits: 0,
  });
  return [
    versionOf(member('register'), register),
    versionOf(member('tax', { after: ['register'] }), tax),
    versionOf(member('seal', { when: { seal: ['yes'] } }), seal),
  ];
}

describe('computeSavings', () => {
  it('counts fields, materials and visits separately and bundled (hand-checked)', () => {
    const members = handMade();
    const form = mergeForm(members);
    const materials = mergeMaterials(members);
    expect(computeSavings(members, form, materials, 1)).toEqual({
      separately: { fields: 8, materials: 8, visits: 2 },
      bundled: { fields: 5, materials: 5, visits: 1 },
      saved: { fields: 3, materials: 3, visits: 1 },
    });
  });

  it('needs no trip for members that need none, whatever the bundle allows', () => {
    const members = handMade().slice(2); // seal only: 2 fields, 1 material, 0 visits
    const savings = computeSavings(members, mergeForm(members), mergeMaterials(members), 1);
    expect(savings.separately).toEqual({ fields: 2, materials: 1, visits: 0 });
    expect(savings.bundled).toEqual({ fields: 2, materials: 1, visits: 0 });
    expect(savings.saved).toEqual({ fields: 0, materials: 0, visits: 0 });
  });
});

describe('buildPlan', () => {
  const members = handMade();
  const content = bundleOf(
    members.map((m) => m.member),
    { visits: 1 },
  );
  const versions = new Map(members.map((m) => [m.member.id, m]));

  it('plans every member for the guide, in start order, with the savings', () => {
    const plan = buildPlan(content, versions, null);
    expect(plan.members.map((m) => m.member.id)).toEqual(['register', 'tax', 'seal']);
    expect(plan.form.fieldCount).toBe(5);
    expect(plan.materials).toHaveLength(5);
    expect(plan.savings.saved).toEqual({ fields: 3, materials: 3, visits: 1 });
  });

  it('leaves out members whose `when` does not hold', () => {
    const plan = buildPlan(content, versions, { seal: 'no' });
    expect(plan.members.map((m) => m.member.id)).toEqual(['register', 'tax']);
    // register + tax by hand: fields 3+3 → 4 merged; materials 4+3 → 5 merged; visits 2 → 1.
    expect(plan.savings).toEqual({
      separately: { fields: 6, materials: 7, visits: 2 },
      bundled: { fields: 4, materials: 5, visits: 1 },
      saved: { fields: 2, materials: 2, visits: 1 },
    });
  });

  it('orders by `after` and ignores members without a version', () => {
    const reordered = bundleOf([members[1]!.member, members[0]!.member, members[2]!.member]);
    const withoutRegister = new Map([...versions].filter(([id]) => id !== 'register'));
    expect(buildPlan(reordered, versions, null).members.map((m) => m.member.id)).toEqual([
      'register',
      'tax',
      'seal',
    ]);
    expect(buildPlan(reordered, withoutRegister, null).members.map((m) => m.member.id)).toEqual([
      'tax',
      'seal',
    ]);
  });
});
