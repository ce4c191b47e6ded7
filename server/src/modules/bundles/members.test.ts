import { describe, expect, it } from 'vitest';
import type { MemberOutcome } from './codes.ts';
import { applicableMembers, nextSteps, orderCycle, startOrder } from './members.ts';
import { bundleOf, member } from './unit-fixtures.ts';

const ids = (ms: { id: string }[]) => ms.map((m) => m.id);

describe('applicableMembers', () => {
  const content = bundleOf([
    member('register'),
    member('seal', { when: { seal: ['yes'] } }),
    member('seal-all', { when: { seal: ['yes'], 'seal-kind': ['all'] } }),
    member('tax'),
  ]);

  it('lists every member for the guide (no answers)', () => {
    expect(ids(applicableMembers(content, null))).toEqual(['register', 'seal', 'seal-all', 'tax']);
  });

  it('keeps unconditional members and those whose every listed question matches', () => {
    expect(ids(applicableMembers(content, { seal: 'no' }))).toEqual(['register', 'tax']);
    expect(ids(applicableMembers(content, { seal: 'yes', 'seal-kind': 'company' }))).toEqual([
      'register',
      'seal',
      'tax',
    ]);
    expect(ids(applicableMembers(content, { seal: 'yes', 'seal-kind': 'all' }))).toEqual([
      'register',
      'seal',
      'seal-all',
      'tax',
    ]);
  });

  it('does not apply a conditional member when its question is unanswered', () => {
    expect(ids(applicableMembers(content, {}))).toEqual(['register', 'tax']);
  });

  it('ignores answers naming unknown options or hidden questions', () => {
    expect(ids(applicableMembers(content, { seal: 'maybe' }))).toEqual(['register', 'tax']);
    // seal-kind is asked only when seal=yes: an answer to it alone selects nothing.
    expect(ids(applicableMembers(content, { seal: 'no', 'seal-kind': 'all' }))).toEqual(['register', 'tax']);
  });
});

describe('startOrder', () => {
  it('keeps definition order when nothing constrains it', () => {
    expect(ids(startOrder([member('a'), member('b'), member('c')]))).toEqual(['a', 'b', 'c']);
  });

  it('puts a member after all its predecessors, ties in definition order', () => {
    const members = [
      member('tax', { after: ['register'] }),
      member('social', { after: ['register', 'tax'] }),
      member('register'),
      member('seal'),
    ];
    expect(ids(startOrder(members))).toEqual(['register', 'tax', 'social', 'seal']);
  });

  it('ignores predecessors that are not among the (applicable) members', () => {
    const members = [member('tax', { after: ['seal'] }), member('register')];
    expect(ids(startOrder(members))).toEqual(['tax', 'register']);
  });

  it('throws on a cycle', () => {
    const members = [member('a', { after: ['b'] }), member('b', { after: ['a'] }), member('c')];
    expect(() => startOrder(members)).toThrow(/cycle/);
  });
});

describe('orderCycle', () => {
  it('is null without a cycle', () => {
    expect(orderCycle([member('a'), member('b', { after: ['a'] }), member('c', { after: ['a', 'b'] })])).toBe(
      null,
    );
  });

  it('names the members of a cycle in order', () => {
    const cycle = orderCycle([
      member('start'),
      member('a', { after: ['start', 'c'] }),
      member('b', { after: ['a'] }),
      member('c', { after: ['b'] }),
    ]);
    expect(cycle).toEqual(['a', 'c', 'b']);
  });

  it('finds a self-reference', () => {
    expect(orderCycle([member('a', { after: ['a'] })])).toEqual(['a']);
  });

  it('ignores references to members not in the list', () => {
    expect(orderCycle([member('a', { after: ['gone'] })])).toBe(null);
  });
});

describe('nextSteps', () => {
  const members = [
    member('register'),
    member('seal'),
    member('tax', { after: ['register'] }),
    member('social', { after: ['register', 'seal'] }),
    member('fund', { after: ['social'] }),
  ];
  const outcomes = (o: Record<string, MemberOutcome>) => new Map(Object.entries(o));

  it('starts waiting members whose predecessors all succeeded', () => {
    const steps = nextSteps(
      members,
      outcomes({
        register: 'succeeded',
        seal: 'in-progress',
        tax: 'waiting',
        social: 'waiting',
        fund: 'waiting',
      }),
    );
    expect(steps).toEqual({ start: ['tax'], block: [] });
  });

  it('blocks waiting members behind a failed or blocked predecessor', () => {
    const steps = nextSteps(
      members,
      outcomes({ register: 'succeeded', seal: 'failed', tax: 'waiting', social: 'waiting', fund: 'waiting' }),
    );
    expect(steps).toEqual({ start: ['tax'], block: ['social'] });
    const after = nextSteps(
      members,
      outcomes({
        register: 'succeeded',
        seal: 'failed',
        tax: 'in-progress',
        social: 'blocked',
        fund: 'waiting',
      }),
    );
    expect(after).toEqual({ start: [], block: ['fund'] });
  });

  it('leaves members that are not waiting alone', () => {
    const steps = nextSteps(
      members,
      outcomes({
        register: 'succeeded',
        seal: 'succeeded',
        tax: 'in-progress',
        social: 'failed',
        fund: 'blocked',
      }),
    );
    expect(steps).toEqual({ start: [], block: [] });
  });

  it('ignores predecessors that are not members of this case', () => {
    const steps = nextSteps([member('tax', { after: ['register'] })], outcomes({ tax: 'waiting' }));
    expect(steps).toEqual({ start: ['tax'], block: [] });
  });
});
