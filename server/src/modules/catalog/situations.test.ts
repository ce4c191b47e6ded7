import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { ImplementationContent } from './content.ts';
import { matchesWhen, narrowGuide } from './situations.ts';
import { validContent } from './test-fixtures.ts';

describe('matchesWhen', () => {
  it('is true for an absent or empty when', () => {
    expect(matchesWhen(undefined, {})).toBe(true);
    expect(matchesWhen({}, { kind: 'new' })).toBe(true);
  });

  it('needs, for every listed question, one of its options (AND across, OR within)', () => {
    const when = { kind: ['new', 'change'], size: ['small'] };
    expect(matchesWhen(when, { kind: 'new', size: 'small' })).toBe(true);
    expect(matchesWhen(when, { kind: 'change', size: 'small', other: 'x' })).toBe(true);
    expect(matchesWhen(when, { kind: 'cancel', size: 'small' })).toBe(false);
    expect(matchesWhen(when, { kind: 'new', size: 'large' })).toBe(false);
    expect(matchesWhen(when, { kind: 'new' })).toBe(false);
    expect(matchesWhen(when, {})).toBe(false);
  });

  it('does not read inherited properties as answers', () => {
    expect(matchesWhen({ toString: ['x'] }, {})).toBe(false);
    expect(
      matchesWhen({ constructor: ['x'] }, Object.create({ constructor: 'x' }) as Record<string, string>),
    ).toBe(false);
  });
});

const ids = (list: { id: string }[]) => list.map((x) => x.id);

describe('narrowGuide', () => {
  const content = validContent();

  it('without answers shows the first question, the unconditional items and the content limits', () => {
    const g = narrowGuide(content, {});
    expect(ids(g.questions)).toEqual(['kind']);
    expect(g.answered).toEqual({});
    expect(g.complete).toBe(false);
    expect(ids(g.conditions)).toEqual(['premises', 'safety-staff']);
    expect(ids(g.materials)).toEqual([
      'application',
      'business-licence',
      'representative-id',
      'authorisation',
    ]);
    expect(g.materials.map((m) => m.required)).toEqual([true, true, true, false]);
    expect(g.statutoryLimit).toEqual(content.statutoryLimit);
    expect(g.promisedLimit).toEqual(content.promisedLimit);
  });

  it('新办: complete, adds the premises proof as required', () => {
    const g = narrowGuide(content, { kind: 'new' });
    expect(g.complete).toBe(true);
    expect(ids(g.questions)).toEqual(['kind']);
    expect(g.materials.find((m) => m.id === 'premises-proof')?.required).toBe(true);
    expect(ids(g.materials)).not.toContain('original-licence');
  });

  it('变更 reveals the follow-up question and is incomplete until it is answered', () => {
    const g = narrowGuide(content, { kind: 'change' });
    expect(ids(g.questions)).toEqual(['kind', 'change-what']);
    expect(g.complete).toBe(false);
    expect(ids(g.conditions)).toContain('changed-facts');
    expect(ids(g.materials)).not.toContain('new-premises-proof');

    const address = narrowGuide(content, { kind: 'change', 'change-what': 'address' });
    expect(address.complete).toBe(true);
    expect(ids(address.materials)).toContain('new-premises-proof');
    expect(address.promisedLimit).toEqual({ kind: 'period', value: 8, unit: 'working-days' });
    expect(address.statutoryLimit).toEqual({ kind: 'period', value: 20, unit: 'working-days' });
  });

  it('注销 takes the option’s on-the-spot promise and keeps the statutory limit', () => {
    const g = narrowGuide(content, { kind: 'cancel' });
    expect(g.promisedLimit).toEqual({ kind: 'on-the-spot' });
    expect(g.statutoryLimit).toEqual(content.statutoryLimit);
    expect(ids(g.materials)).toContain('original-licence');
  });

  it('ignores answers to hidden questions and answers naming unknown options or questions', () => {
    const hidden = narrowGuide(content, { kind: 'new', 'change-what': 'address' });
    expect(hidden.answered).toEqual({ kind: 'new' });
    expect(ids(hidden.materials)).not.toContain('new-premises-proof');
    expect(hidden.promisedLimit).toEqual(content.promisedLimit);

    const unknown = narrowGuide(content, { kind: 'bogus', nonsense: 'new' });
    expect(unknown.answered).toEqual({});
    expect(unknown.complete).toBe(false);
    expect(ids(unknown.materials)).not.toContain('premises-proof');
  });

  it('lets the last answered option that sets a limit win, in question order', () => {
    const c: ImplementationContent = validContent();
    c.questions = [
      {
        id: 'a',
        text: 'A',
        options: [{ id: 'x', label: 'x', promisedLimit: { kind: 'period', value: 5, unit: 'working-days' } }],
      },
      { id: 'b', text: 'B', options: [{ id: 'y', label: 'y' }] },
      {
        id: 'c',
        text: 'C',
        options: [{ id: 'z', label: 'z', promisedLimit: { kind: 'period', value: 2, unit: 'natural-days' } }],
      },
    ];
    c.materials = [];
    c.conditions = [];
    expect(narrowGuide(c, { c: 'z', a: 'x', b: 'y' }).promisedLimit).toEqual({
      kind: 'period',
      value: 2,
      unit: 'natural-days',
    });
    expect(narrowGuide(c, { a: 'x', b: 'y' }).promisedLimit).toEqual({
      kind: 'period',
      value: 5,
      unit: 'working-days',
    });
  });

  it('is complete with no questions at all', () => {
    const c = validContent();
    c.questions = [];
    c.materials = c.materials.filter((m) => !m.when);
    const g = narrowGuide(c, { kind: 'new' });
    expect(g.complete).toBe(true);
    expect(g.answered).toEqual({});
  });

  it('a question whose when names a later question is never shown', () => {
    const c = validContent();
    c.questions = [
      { id: 'first', text: '1', when: { second: ['b'] }, options: [{ id: 'a', label: 'a' }] },
      { id: 'second', text: '2', options: [{ id: 'b', label: 'b' }] },
    ];
    const g = narrowGuide(c, { first: 'a', second: 'b' });
    expect(ids(g.questions)).toEqual(['second']);
    expect(g.answered).toEqual({ second: 'b' });
  });

  it('does not change the content', () => {
    const c = validContent();
    const before = structuredClone(c);
    narrowGuide(c, { kind: 'change', 'change-what': 'name' });
    expect(c).toEqual(before);
  });
});

describe('narrowGuide properties', () => {
  const content = validContent();
  const answerValue = fc.constantFrom('new', 'change', 'renew', 'cancel', 'name', 'address', 'bogus');
  const answers = fc.dictionary(fc.constantFrom('kind', 'change-what', 'other'), answerValue);

  it('keeps only effective answers and lists exactly the matching items', () => {
    fc.assert(
      fc.property(answers, (given) => {
        const g = narrowGuide(content, given);
        for (const [q, o] of Object.entries(g.answered)) {
          expect(given[q]).toBe(o);
          expect(g.questions.find((x) => x.id === q)?.options.some((x) => x.id === o)).toBe(true);
        }
        expect(g.complete).toBe(g.questions.every((q) => q.id in g.answered));
        expect(ids(g.materials)).toEqual(
          ids(content.materials.filter((m) => matchesWhen(m.when, g.answered))),
        );
        expect(ids(g.conditions)).toEqual(
          ids(content.conditions.filter((c) => matchesWhen(c.when, g.answered))),
        );
        // Narrowing by the effective answers again changes nothing.
        expect(narrowGuide(content, g.answered)).toEqual(g);
      }),
    );
  });
});
