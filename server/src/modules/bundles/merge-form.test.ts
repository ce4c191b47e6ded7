import { describe, expect, it } from 'vitest';
import { formFields } from '../catalog/form-schema.ts';
import { leafAt, memberFormData, mergeForm, validationOf } from './merge-form.ts';
import { impl, member, versionOf } from './unit-fixtures.ts';
import type { FormField } from '../catalog/form-schema.ts';
import type { MemberVersion } from './plan.ts';

type Node = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any

const mv = (id: string, fields: FormField[]) => versionOf(member(id), impl({ fields }));
const leafOf = (m: MemberVersion, key: string) => leafAt(m.content.form, key) as Node;

describe('mergeForm', () => {
  const register = mv('register', [
    { key: 'enterprise.name', required: true },
    { key: 'enterprise.uscc', required: false },
    { key: 'applicant.email', required: false },
  ]);
  const tax = mv('tax', [
    { key: 'enterprise.uscc', required: true, title: '纳税人识别号' },
    { key: 'business.premisesAddress', required: false, help: '生产经营地址', widget: 'textarea' },
    { key: 'enterprise.name', required: false },
  ]);

  it('unions the fields by key in first-seen order', () => {
    const merged = mergeForm([register, tax]);
    expect(formFields(merged.form).map((f) => f.key)).toEqual([
      'enterprise.name',
      'enterprise.uscc',
      'applicant.email',
      'business.premisesAddress',
    ]);
    expect(merged.fieldCount).toBe(4);
    expect(merged.conflicts).toEqual([]);
    expect(merged.keysByMember).toEqual({
      register: ['enterprise.name', 'enterprise.uscc', 'applicant.email'],
      // A form nests by group, so its fields come group by group.
      tax: ['enterprise.uscc', 'enterprise.name', 'business.premisesAddress'],
    });
  });

  it('requires a field any member requires, and the groups that hold one', () => {
    const schema = mergeForm([register, tax]).form.schema as Node;
    expect(schema.properties.enterprise.required).toEqual(['name', 'uscc']);
    expect(schema.required).toEqual(['enterprise']);
    // No member requires anything under applicant or business: those groups stay optional.
    expect(schema.properties.applicant.required).toEqual([]);
    expect(schema.properties.business.required).toEqual([]);
  });

  it('takes the first member’s leaf (its title) and carries help and widget', () => {
    const merged = mergeForm([register, tax]);
    const schema = merged.form.schema as Node;
    expect(schema.properties.enterprise.properties.uscc).toEqual(leafOf(register, 'enterprise.uscc'));
    expect(merged.form.ui).toMatchObject({
      'ui:order': ['enterprise', 'applicant', 'business'],
      enterprise: { 'ui:order': ['name', 'uscc'] },
      business: { premisesAddress: { 'ui:help': '生产经营地址', 'ui:widget': 'textarea' } },
    });
  });

  it('does not report differing titles (of the leaf or of enum options) as a conflict', () => {
    const a = mv('a', [{ key: 'business.category', required: true }]);
    const b = mv('b', [{ key: 'business.category', required: false, title: '主体业态' }]);
    const leaf = leafOf(b, 'business.category');
    leaf.description = '按营业执照填写';
    leaf.oneOf = [...leaf.oneOf].reverse().map((o: Node) => ({ ...o, title: `${o.title}类` }));
    expect(mergeForm([a, b]).conflicts).toEqual([]);
  });

  it('reports differing enum lists as a conflict', () => {
    const a = mv('a', [{ key: 'business.category', required: true }]);
    const b = mv('b', [{ key: 'business.category', required: true }]);
    leafOf(b, 'business.category').oneOf.pop();
    const { conflicts } = mergeForm([a, b]);
    expect(conflicts).toHaveLength(1);
    expect(conflicts[0]).toMatchObject({ key: 'business.category' });
    expect(conflicts[0]!.members.map((m) => m.memberId)).toEqual(['a', 'b']);
    expect(conflicts[0]!.members[0]!.leaf).not.toEqual(conflicts[0]!.members[1]!.leaf);
    expect(conflicts[0]!.zh).toContain('business.category');
    expect(conflicts[0]!.en).toContain('business.category');
  });

  it('reports a differing maxLength or format as a conflict, once per key', () => {
    const a = mv('a', [
      { key: 'enterprise.name', required: true },
      { key: 'applicant.email', required: true },
    ]);
    const b = mv('b', [
      { key: 'enterprise.name', required: true },
      { key: 'applicant.email', required: true },
    ]);
    const c = mv('c', [{ key: 'enterprise.name', required: true }]);
    leafOf(b, 'enterprise.name').maxLength = 50;
    delete leafOf(b, 'applicant.email').format;
    const { conflicts } = mergeForm([a, b, c]);
    expect(conflicts.map((x) => x.key)).toEqual(['enterprise.name', 'applicant.email']);
    expect(conflicts[0]!.members.map((m) => m.memberId)).toEqual(['a', 'b', 'c']);
    // The leaf JSON is canonical and without the title.
    expect(conflicts[0]!.members[1]!.leaf).toBe('{"maxLength":50,"type":"string"}');
  });

  it('merges a single member into its own form', () => {
    const merged = mergeForm([register]);
    expect(formFields(merged.form)).toEqual(formFields(register.content.form));
    expect(merged.form.schema).toEqual(register.content.form.schema);
  });

  it('merges no members into an empty form', () => {
    expect(mergeForm([])).toMatchObject({ fieldCount: 0, conflicts: [], keysByMember: {} });
  });
});

describe('validationOf', () => {
  it('is canonical: key order does not matter', () => {
    expect(validationOf({ type: 'string', maxLength: 5, title: 'x' })).toBe(
      validationOf({ maxLength: 5, title: 'y', type: 'string' }),
    );
  });
});

describe('memberFormData', () => {
  const data = {
    enterprise: { name: '天津通办示范科技有限公司', uscc: '91120103MA00000000' },
    applicant: { email: 'a@example.com', postalCode: '300000' },
    business: { staffCount: 0, onlineSales: false },
  };

  it('picks the member’s keys, nested as its form', () => {
    expect(memberFormData(data, ['enterprise.uscc', 'business.staffCount', 'business.onlineSales'])).toEqual({
      enterprise: { uscc: '91120103MA00000000' },
      business: { staffCount: 0, onlineSales: false },
    });
  });

  it('leaves absent values out', () => {
    expect(
      memberFormData(data, ['enterprise.name', 'application.startDate', 'applicant.regionCode']),
    ).toEqual({
      enterprise: { name: '天津通办示范科技有限公司' },
    });
    expect(memberFormData({}, ['enterprise.name'])).toEqual({});
    expect(memberFormData({ enterprise: 'not an object' }, ['enterprise.name'])).toEqual({});
  });

  it('does not share objects with the merged data', () => {
    const nested = { list: [1] };
    const picked = memberFormData({ application: { extra: nested } }, ['application.extra']);
    expect(picked).toEqual({ application: { extra: { list: [1] } } });
    expect((picked.application as Node).extra).not.toBe(nested);
  });
});
