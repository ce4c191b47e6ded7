import { describe, expect, it } from 'vitest';
import { Value } from 'typebox/value';
import { BundleContent } from './content.ts';
import { BUNDLE_RULES, checkBundle, type BundleRuleFacts } from './rules.ts';
import { bundleOf, impl, material, member, versionOf } from './unit-fixtures.ts';
import type { MemberVersion } from './plan.ts';

type Node = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any

/** A valid bundle: register, then tax; seal only when the applicant wants one. */
function valid() {
  const content = bundleOf([
    member('register'),
    member('tax', { after: ['register'] }),
    member('seal', { when: { seal: ['yes'] }, answers: { kind: 'change', 'change-what': 'name' } }),
  ]);
  const fields = [
    { key: 'enterprise.name', required: true },
    { key: 'enterprise.uscc', required: false },
  ];
  const versions = new Map<string, MemberVersion>(
    content.members.map((m) => [
      m.id,
      versionOf(m, impl({ fields, materials: [material({ id: 'application', name: '申请书' })] })),
    ]),
  );
  const facts: BundleRuleFacts = {
    versions,
    agencyExists: (id) => id === 'tj-scjgw',
    venueExists: (id) => id === 'zwfw-120101' || id === 'zwfw-120103',
  };
  return { content, facts, versions };
}

const summary = (failures: { rule: string; path: string }[]) => failures.map((f) => `${f.rule} ${f.path}`);
const memberOf = (content: BundleContent, id: string) => content.members.find((m) => m.id === id)!;

describe('checkBundle', () => {
  it('passes a valid bundle', () => {
    const { content, facts } = valid();
    expect(Value.Check(BundleContent, content)).toBe(true);
    expect(checkBundle(content, facts)).toEqual([]);
  });

  it('names only rules it lists, each with both languages', () => {
    const { content, facts, versions } = valid();
    versions.delete('tax');
    content.leadAgencyId = 'nowhere';
    const failures = checkBundle(content, facts);
    const ids = new Set(BUNDLE_RULES.map((r) => r.id));
    expect(failures.length).toBeGreaterThan(0);
    for (const f of failures) {
      expect(ids.has(f.rule)).toBe(true);
      expect(f.zh).not.toBe('');
      expect(f.en).not.toBe('');
    }
  });

  it('needs a version in force for every member', () => {
    const { content, facts, versions } = valid();
    versions.delete('tax');
    expect(summary(checkBundle(content, facts))).toEqual([
      'bundle-member-in-force members[id=tax].implementationCode',
    ]);
  });

  it('needs unique member ids', () => {
    const { content, facts } = valid();
    content.members.push(member('register'));
    expect(summary(checkBundle(content, facts))).toEqual(['bundle-member-unique members[id=register].id']);
  });

  it('needs `after` to name another existing member', () => {
    const { content, facts } = valid();
    memberOf(content, 'tax').after = ['register', 'tax', 'licence'];
    expect(summary(checkBundle(content, facts))).toEqual([
      'bundle-order members[id=tax].after',
      'bundle-order members[id=tax].after',
    ]);
  });

  it('refuses an order cycle, once', () => {
    const { content, facts } = valid();
    memberOf(content, 'register').after = ['seal'];
    memberOf(content, 'seal').after = ['tax'];
    const failures = checkBundle(content, facts);
    expect(summary(failures)).toEqual(['bundle-order members[id=register].after']);
    expect(failures[0]!.en).toContain('register → seal → tax');
  });

  it('needs `when` to name the bundle’s questions and options', () => {
    const { content, facts } = valid();
    memberOf(content, 'seal').when = { seal: ['yes', 'perhaps'], colour: ['red'] };
    content.questions[1]!.when = { 'seal-kind': ['all'] }; // not an earlier question
    expect(summary(checkBundle(content, facts))).toEqual([
      'bundle-when questions[id=seal-kind].when.seal-kind',
      'bundle-when members[id=seal].when.seal',
      'bundle-when members[id=seal].when.colour',
    ]);
  });

  it('needs each member’s fixed answers to name its questions and options', () => {
    const { content, facts } = valid();
    memberOf(content, 'register').answers = { kind: 'new', colour: 'red' };
    memberOf(content, 'tax').answers = { kind: 'rebuild' };
    expect(summary(checkBundle(content, facts))).toEqual([
      'bundle-member-answers members[id=register].answers.colour',
      'bundle-member-answers members[id=tax].answers.kind',
      // kind unanswered in effect: the question still needs an answer.
      'bundle-member-answers members[id=tax].answers.kind',
    ]);
  });

  it('needs every question that applies to a member answered', () => {
    const { content, facts } = valid();
    memberOf(content, 'register').answers = {};
    memberOf(content, 'seal').answers = { kind: 'change' }; // change-what now applies
    expect(summary(checkBundle(content, facts))).toEqual([
      'bundle-member-answers members[id=register].answers.kind',
      'bundle-member-answers members[id=seal].answers.change-what',
    ]);
  });

  it('needs the lead agency and the venues to exist, venues once', () => {
    const { content, facts } = valid();
    content.leadAgencyId = 'tj-nowhere';
    content.venueIds = ['zwfw-120101', 'zwfw-999999', 'zwfw-120101'];
    expect(summary(checkBundle(content, facts))).toEqual([
      'bundle-lead-agency leadAgencyId',
      'bundle-venue venueIds[zwfw-999999]',
      'bundle-venue venueIds[zwfw-120101]',
    ]);
  });

  it('refuses a merged-form conflict, one failure per key, across members of any answers', () => {
    const { content, facts, versions } = valid();
    // seal applies only for some answers, yet its form must still agree with the others'.
    const seal = versions.get('seal')!;
    const schema = seal.content.form.schema as Node;
    schema.properties.enterprise.properties.name.maxLength = 20;
    schema.properties.enterprise.properties.uscc.format = 'phone';
    const failures = checkBundle(content, facts);
    expect(summary(failures)).toEqual([
      'bundle-form-conflict form.enterprise.name',
      'bundle-form-conflict form.enterprise.uscc',
    ]);
    expect(failures[0]!.zh).toContain('seal');
  });

  it('does not count differing titles as a conflict', () => {
    const { content, facts, versions } = valid();
    const schema = versions.get('tax')!.content.form.schema as Node;
    schema.properties.enterprise.properties.name.title = '纳税人名称';
    expect(checkBundle(content, facts)).toEqual([]);
  });

  it('reports every failure at once', () => {
    const { content, facts, versions } = valid();
    versions.delete('register');
    memberOf(content, 'tax').after = ['gone'];
    content.venueIds = ['zwfw-000000'];
    expect(summary(checkBundle(content, facts))).toEqual([
      'bundle-member-in-force members[id=register].implementationCode',
      'bundle-order members[id=tax].after',
      'bundle-venue venueIds[zwfw-000000]',
    ]);
  });

  it('still checks (without a version, nothing to merge) when no member has one', () => {
    const { content, facts, versions } = valid();
    versions.clear();
    expect(checkBundle(content, facts).map((f) => f.rule)).toEqual([
      'bundle-member-in-force',
      'bundle-member-in-force',
      'bundle-member-in-force',
    ]);
  });
});
