import fc from 'fast-check';
import { isDeepStrictEqual } from 'node:util';
import { describe, expect, it } from 'vitest';
import { validContent } from './test-fixtures.ts';
import { diffContent } from './version-diff.ts';

describe('diffContent', () => {
  it('is empty for equal documents, whatever the key order', () => {
    expect(diffContent(validContent(), validContent())).toEqual([]);
    expect(diffContent({ a: 1, b: { c: [1, 2] } }, { b: { c: [1, 2] }, a: 1 })).toEqual([]);
  });

  it('reports changed, added and removed leaves by path, in document order', () => {
    expect(
      diffContent({ a: 1, b: { c: 'x', d: true }, e: null }, { a: 2, b: { c: 'x', f: 0 }, e: null, g: [] }),
    ).toEqual([
      { path: 'a', before: 1, after: 2 },
      { path: 'b.d', before: true, after: undefined },
      { path: 'b.f', before: undefined, after: 0 },
      { path: 'g', before: undefined, after: [] },
    ]);
  });

  it('matches arrays of objects with ids by id', () => {
    const a = validContent();
    const b = validContent();
    b.materials.find((m) => m.id === 'application')!.name = '申请书';
    b.materials.splice(1, 0, { ...b.materials[0]!, id: 'extra', name: '补充材料' });
    b.materials = b.materials.filter((m) => m.id !== 'authorisation');
    const changes = diffContent(a, b);
    expect(changes.map((c) => c.path)).toEqual([
      'materials[id=application].name',
      'materials[id=authorisation]',
      'materials[id=extra]',
    ]);
    expect(changes[0]).toEqual({
      path: 'materials[id=application].name',
      before: '食品经营许可申请书',
      after: '申请书',
    });
    expect(changes[1]!.after).toBeUndefined();
    expect((changes[2]!.after as { name: string }).name).toBe('补充材料');
  });

  it('reports a reordering of an id list once', () => {
    const a = validContent();
    const b = validContent();
    b.procedure.reverse();
    expect(diffContent(a, b)).toEqual([
      {
        path: 'procedure[order]',
        before: ['accept', 'review', 'decide', 'conclude', 'deliver'],
        after: ['deliver', 'conclude', 'decide', 'review', 'accept'],
      },
    ]);
  });

  it('compares other arrays by index, nested in id lists', () => {
    const a = validContent();
    const b = validContent();
    b.serviceTargets = ['2'];
    b.questions[0]!.options[3]!.promisedLimit = { kind: 'period', value: 1, unit: 'working-days' };
    b.legalBasis[0]!.article = '第三十六条';
    expect(diffContent(a, b)).toEqual([
      { path: 'legalBasis[0].article', before: '第三十五条', after: '第三十六条' },
      { path: 'serviceTargets[1]', before: '1', after: undefined },
      {
        path: 'questions[id=kind].options[id=cancel].promisedLimit.kind',
        before: 'on-the-spot',
        after: 'period',
      },
      { path: 'questions[id=kind].options[id=cancel].promisedLimit.value', before: undefined, after: 1 },
      {
        path: 'questions[id=kind].options[id=cancel].promisedLimit.unit',
        before: undefined,
        after: 'working-days',
      },
    ]);
  });

  it('falls back to indexes when ids repeat or are missing, and quotes odd keys', () => {
    expect(
      diffContent(
        [
          { id: 'a', v: 1 },
          { id: 'a', v: 2 },
        ],
        [
          { id: 'a', v: 1 },
          { id: 'a', v: 3 },
        ],
      ),
    ).toEqual([{ path: '[1].v', before: 2, after: 3 }]);
    expect(diffContent({ ui: { 'ui:order': ['a', 'b'] } }, { ui: { 'ui:order': ['b', 'a'] } })).toEqual([
      { path: 'ui["ui:order"][0]', before: 'a', after: 'b' },
      { path: 'ui["ui:order"][1]', before: 'b', after: 'a' },
    ]);
  });

  it('reports a change of kind (object, array, value) as one change of the whole', () => {
    expect(diffContent({ a: { b: 1 } }, { a: [1] })).toEqual([{ path: 'a', before: { b: 1 }, after: [1] }]);
    expect(diffContent({ a: null }, { a: {} })).toEqual([{ path: 'a', before: null, after: {} }]);
    expect(diffContent(1, 2)).toEqual([{ path: '', before: 1, after: 2 }]);
  });

  it('adds to an empty id list as one change per item', () => {
    expect(diffContent({ m: [] }, { m: [{ id: 'x' }, { id: 'y' }] })).toEqual([
      { path: 'm[id=x]', before: undefined, after: { id: 'x' } },
      { path: 'm[id=y]', before: undefined, after: { id: 'y' } },
    ]);
  });
});

describe('diffContent properties', () => {
  // JSON documents (parsed, so no undefined and no -0), often sharing structure and ids.
  const id = fc.constantFrom('a', 'b', 'c');
  const leaf = fc.oneof(
    fc.integer({ min: 0, max: 3 }),
    fc.constantFrom('x', 'y'),
    fc.boolean(),
    fc.constant(null),
  );
  const doc = fc.letrec((tie) => ({
    node: fc.oneof({ depthSize: 'small' }, leaf, tie('object'), tie('list'), tie('idList')),
    object: fc.dictionary(fc.constantFrom('p', 'q', 'ui:order'), tie('node'), {
      maxKeys: 3,
      noNullPrototype: true,
    }),
    list: fc.array(tie('node'), { maxLength: 3 }),
    idList: fc.uniqueArray(fc.record({ id, v: tie('node') }), { selector: (x) => x.id, maxLength: 3 }),
  })).node;

  it('is empty exactly when the documents are deeply equal', () => {
    fc.assert(
      fc.property(doc, doc, (a, b) => {
        expect(diffContent(a, b).length === 0).toBe(isDeepStrictEqual(a, b));
        expect(diffContent(a, a)).toEqual([]);
      }),
    );
  });

  it('is deterministic and reports each path once', () => {
    fc.assert(
      fc.property(doc, doc, (a, b) => {
        const changes = diffContent(a, b);
        expect(diffContent(structuredClone(a), structuredClone(b))).toEqual(changes);
        expect(new Set(changes.map((c) => c.path)).size).toBe(changes.length);
      }),
    );
  });
});
