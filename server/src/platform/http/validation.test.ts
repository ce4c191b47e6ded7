import { describe, expect, it } from 'vitest';
import { nulCharacterPaths } from './validation.ts';

describe('nulCharacterPaths', () => {
  it('finds U+0000 in nested strings and keys, as JSON pointers', () => {
    const body = {
      name: 'a\u0000',
      days: [{ date: 'ok' }, { date: '\u0000' }],
      'a/b~c': 'x\u0000',
      ['k\u0000']: 1,
    };
    expect(nulCharacterPaths(body, '/body')).toEqual([
      '/body/a~1b~0c',
      '/body/days/1/date',
      '/body/k\u0000',
      '/body/name',
    ]);
  });

  it('finds nothing in clean input, and ignores non-plain objects', () => {
    expect(nulCharacterPaths({ q: '和平', n: 1, list: ['%', null, true] }, '/query')).toEqual([]);
    expect(nulCharacterPaths(Buffer.from([0, 0]), '/body')).toEqual([]);
    expect(nulCharacterPaths(undefined, '/body')).toEqual([]);
    expect(nulCharacterPaths(Object.assign(Object.create(null), { q: '\u0000' }), '/query')).toEqual([
      '/query/q',
    ]);
    // Fastify's query and params objects: instances of a class whose prototype has no prototype.
    function Empty() {}
    Empty.prototype = Object.create(null);
    const query = Object.assign(new (Empty as unknown as new () => object)(), { q: '\u0000' });
    expect(nulCharacterPaths(query, '/query')).toEqual(['/query/q']);
  });

  it('walks a very deep body without overflowing the stack', () => {
    let deep: unknown = '\u0000';
    for (let i = 0; i < 200_000; i++) deep = [deep];
    const [path] = nulCharacterPaths(deep, '/body');
    expect(path).toBe('/body' + '/0'.repeat(200_000));
  });
});
