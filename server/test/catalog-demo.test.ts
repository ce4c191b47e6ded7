// The demo catalog as loaded into a fresh installation: every seed implementation is published
// and in force, has its review-log row and its search document, and loading again adds nothing.
import { count } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadCatalogDemo } from '../src/modules/catalog/demo-data.ts';
import {
  catalogSearchDoc,
  implementation,
  implementationVersionAction,
} from '../src/modules/catalog/schema.ts';
import { DEMO_CATALOG } from '../src/modules/catalog/seed/index.ts';
import { testPlatform, type TestPlatform } from './helpers.ts';
import { operator } from './identity-callers.ts';
import { ok } from './catalog-fixtures.ts';

let p: TestPlatform;
beforeAll(async () => {
  p = await testPlatform();
});
afterAll(() => p?.dispose());

const rows = async (
  table: typeof implementation | typeof catalogSearchDoc | typeof implementationVersionAction,
) => (await p.database.db.select({ n: count() }).from(table))[0]!.n;

describe('the loaded demo catalog', () => {
  it('has every seed implementation published, in force, logged and indexed', async () => {
    const n = DEMO_CATALOG.implementations.length;
    expect(await rows(implementation)).toBe(n);
    expect(await rows(catalogSearchDoc)).toBe(n);
    expect(await rows(implementationVersionAction)).toBe(n);
    const list = ok(await operator(p.app).request('GET', '/api/v1/catalog/implementations?limit=200'));
    expect(list.items).toHaveLength(Math.min(n, 200));
    for (const item of list.items) expect(item).toMatchObject({ inForceVersion: 1, latestState: 'in-force' });
    if (n) {
      const guide = await p.app.inject({
        method: 'GET',
        url: `/api/v1/catalog/guides/${list.items[0].code}`,
      });
      expect(guide.statusCode).toBe(200);
    }
  });

  it('loading again changes nothing', async () => {
    const before = await rows(implementation);
    await loadCatalogDemo(p.database.db);
    expect(await rows(implementation)).toBe(before);
  });

  it('the basic catalog is public: filtered by name and type, paged by basic code', async () => {
    const get = async (url: string) => ok(await p.app.inject({ method: 'GET', url }));
    const licences = await get('/api/v1/catalog/items?itemType=01&limit=3');
    expect(licences.items.every((i: { itemType: string }) => i.itemType === '01')).toBe(true);
    if (licences.nextCursor) {
      const next = await get(`/api/v1/catalog/items?itemType=01&limit=3&cursor=${licences.nextCursor}`);
      expect(next.items[0].basicCode > licences.items[2].basicCode).toBe(true);
    }
    const food = await get(`/api/v1/catalog/items?q=${encodeURIComponent('食品经营')}`);
    expect(food.items.map((i: { name: string }) => i.name)).toContain('食品经营许可');
    const licence = food.items.find((i: { name: string }) => i.name === '食品经营许可');
    const one = await get(`/api/v1/catalog/items/${licence.id}`);
    expect(one.implementationCount).toBeGreaterThan(0);
  });
});
