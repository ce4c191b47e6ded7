// Master data through HTTP: regions, agencies, venues and their windows; keyset pagination; and
// the demo seed's idempotence.
import { rmSync } from 'node:fs';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createPlatform } from '../src/compose.ts';
import { loadMasterDataDemo } from '../src/modules/masterdata/demo-data.ts';
import { venues as seedVenues } from '../src/modules/masterdata/seed/index.ts';
import { WINDOW_TYPES } from '../src/modules/masterdata/seed/types.ts';
import { openPglite } from '../src/platform/db/database.ts';
import { queryRows } from '../src/platform/db/query.ts';
import { testConfig, testPlatform, type TestPlatform } from './helpers.ts';

let p: TestPlatform;
beforeAll(async () => {
  p = await testPlatform();
});
afterAll(() => p.dispose());

const get = (url: string) => p.app.inject({ method: 'GET', url });
type Venue = { id: string; regionCode: string; kind: string; name: string; nameEn: string };

async function list<T>(url: string): Promise<{ items: T[]; nextCursor: string | null }> {
  const res = await get(url);
  expect(res.statusCode, res.body).toBe(200);
  return res.json();
}

/** Follows nextCursor to the end (bounded), returning every item in order. */
async function walk<T>(url: string): Promise<{ items: T[]; pages: number }> {
  const items: T[] = [];
  let cursor: string | null = null;
  for (let pages = 1; pages <= 500; pages++) {
    const sep = url.includes('?') ? '&' : '?';
    const page: { items: T[]; nextCursor: string | null } = await list<T>(
      cursor ? `${url}${sep}cursor=${cursor}` : url,
    );
    items.push(...page.items);
    if (!page.nextCursor) return { items, pages };
    cursor = page.nextCursor;
  }
  throw new Error('pagination never ended');
}

describe('GET /api/v1/regions', () => {
  it('lists the 16 districts of Tianjin at county level', async () => {
    const { items, nextCursor } = await list<{
      code: string;
      level: string;
      parentCode: string;
      retired: boolean;
    }>('/api/v1/regions?parentCode=120100&level=county&limit=200');
    expect(items).toHaveLength(16);
    expect(nextCursor).toBeNull();
    expect(items.every((r) => r.level === 'county' && r.parentCode === '120100' && !r.retired)).toBe(true);
    expect(items[0]).toEqual({
      code: '120101',
      name: '和平区',
      nameEn: 'Heping District',
      level: 'county',
      parentCode: '120100',
      retired: false,
    });
  });

  it('shows retired codes only with includeRetired=true', async () => {
    const current = await list<{ code: string }>('/api/v1/regions?parentCode=120100&limit=200');
    expect(current.items.map((r) => r.code)).not.toContain('120107');
    const all = await list<{ code: string; retired: boolean }>(
      '/api/v1/regions?parentCode=120100&includeRetired=true&limit=200',
    );
    expect(all.items).toHaveLength(19);
    expect(all.items.filter((r) => r.retired).map((r) => r.code)).toEqual(['120107', '120108', '120109']);
    const codes = async (url: string) => (await list<{ code: string }>(url)).items.map((r) => r.code);
    expect(await codes('/api/v1/regions?q=塘沽区&limit=200')).toEqual([]);
    expect(await codes('/api/v1/regions?q=塘沽区&includeRetired=true&limit=200')).toEqual(['120107']);
    expect(await codes('/api/v1/regions?q=Tanggu&limit=200')).not.toContain('120107');
  });

  it('filters by Chinese or English name, case-insensitively', async () => {
    const zh = await list<{ code: string }>('/api/v1/regions?q=和平');
    const en = await list<{ code: string }>('/api/v1/regions?q=hEPING');
    expect(zh.items.map((r) => r.code)).toContain('120101');
    expect(en.items.map((r) => r.code)).toEqual(zh.items.map((r) => r.code));
    expect((await list('/api/v1/regions?q=Atlantis')).items).toEqual([]);
  });

  it('matches LIKE wildcards in q literally', async () => {
    expect((await list('/api/v1/regions?q=%25&limit=200')).items).toEqual([]); // "%"
    expect((await list('/api/v1/regions?q=_&limit=200')).items).toEqual([]);
    expect((await list('/api/v1/regions?q=%5C&limit=200')).items).toEqual([]); // "\"
    expect((await list('/api/v1/regions?q=%25%E5%8C%BA&limit=200')).items).toEqual([]); // "%区"
    expect((await list('/api/v1/regions?q=%E5%8C%BA&limit=200')).items.length).toBeGreaterThan(16); // "区" alone matches
  });

  it('pages through every region with a keyset cursor', async () => {
    const [{ n }] = (await queryRows<{ n: number }>(
      p.database.db,
      sql`select count(*)::int as n from region where not retired`,
    )) as [{ n: number }];
    const { items, pages } = await walk<{ code: string }>('/api/v1/regions?limit=50');
    expect(items).toHaveLength(n);
    expect(new Set(items.map((r) => r.code)).size).toBe(n);
    expect(pages).toBe(Math.ceil(n / 50));
  });

  it.each([
    ['parentCode=12', 'a malformed region code'],
    ['level=planet', 'an unknown level'],
    ['q=', 'an empty q'],
    ['limit=0', 'limit 0'],
    ['limit=201', 'limit over 200'],
    ['cursor=%%%', 'a garbage cursor'],
    ['q=%00', 'a NUL character'],
  ])('answers %s (%s) with 400', async (query) => {
    const res = await get(`/api/v1/regions?${query}`);
    expect(res.statusCode).toBe(400);
    expect(res.json().code).toBe('VALIDATION_FAILED');
  });
});

describe('GET /api/v1/agencies', () => {
  it('filters by region subtree and name', async () => {
    const heping = await walk<{ regionCode: string }>('/api/v1/agencies?regionCode=120101&limit=20');
    expect(heping.items.length).toBeGreaterThan(0);
    expect(heping.items.every((a) => a.regionCode.startsWith('120101'))).toBe(true);
    const all = await walk<{ id: string }>('/api/v1/agencies?regionCode=120000&limit=200');
    const [{ n }] = (await queryRows<{ n: number }>(
      p.database.db,
      sql`select count(*)::int as n from agency`,
    )) as [{ n: number }];
    expect(all.items).toHaveLength(n);
    expectProblemCode(await get('/api/v1/agencies?parentId=%00'), 400);
  });
});

function expectProblemCode(res: { statusCode: number; headers: Record<string, unknown> }, status: number) {
  expect(res.statusCode).toBe(status);
  expect(String(res.headers['content-type'])).toMatch(/^application\/problem\+json/);
}

describe('GET /api/v1/venues', () => {
  it("returns a district's centre, its convenience centres and its stations — and nothing from elsewhere", async () => {
    const { items } = await walk<Venue>('/api/v1/venues?regionCode=120101&limit=200');
    const expected = seedVenues
      .filter((v) => v.regionCode.startsWith('120101'))
      .map((v) => v.id)
      .sort();
    expect(items.map((v) => v.id).sort()).toEqual(expected);
    expect(new Set(items.map((v) => v.kind))).toEqual(
      new Set(['service-centre', 'convenience-centre', 'convenience-station']),
    );
    expect(items.filter((v) => v.kind === 'service-centre').map((v) => v.id)).toEqual(['zwfw-120101']);
    expect(items.every((v) => v.regionCode.startsWith('120101'))).toBe(true);
  });

  it('returns every venue for the city code, and narrows by kind', async () => {
    const all = await walk<Venue>('/api/v1/venues?regionCode=120000&limit=200');
    expect(all.items).toHaveLength(seedVenues.length);
    const centres = await walk<Venue>('/api/v1/venues?regionCode=120000&kind=service-centre&limit=200');
    expect(centres.items).toHaveLength(17); // the city and its 16 districts
    expect(centres.items.every((v) => v.kind === 'service-centre')).toBe(true);
    const township = seedVenues.find((v) => v.kind === 'convenience-centre')!;
    const below = await walk<Venue>(`/api/v1/venues?regionCode=${township.regionCode}&limit=200`);
    expect(below.items.map((v) => v.id).sort()).toEqual(
      seedVenues
        .filter((v) => v.regionCode.startsWith(township.regionCode))
        .map((v) => v.id)
        .sort(),
    );
  });

  it('walks every venue exactly once with limit=7, in (regionCode, id) order', async () => {
    const { items, pages } = await walk<Venue>('/api/v1/venues?limit=7');
    expect(items).toHaveLength(seedVenues.length);
    expect(new Set(items.map((v) => v.id)).size).toBe(seedVenues.length);
    expect(pages).toBe(Math.ceil(seedVenues.length / 7));
    const keys = items.map((v) => [v.regionCode, v.id] as const);
    const sorted = [...keys].sort((a, b) => (a[0] === b[0] ? (a[1] < b[1] ? -1 : 1) : a[0] < b[0] ? -1 : 1));
    expect(keys).toEqual(sorted);
  });

  it('filters by name in either language', async () => {
    const { items } = await walk<Venue>(
      `/api/v1/venues?q=${encodeURIComponent('和平区政务服务中心')}&limit=50`,
    );
    expect(items.map((v) => v.id)).toEqual(['zwfw-120101']);
    const en = await walk<Venue>('/api/v1/venues?q=heping%20district%20government&limit=50');
    expect(en.items.map((v) => v.id)).toEqual(['zwfw-120101']);
  });

  it.each([
    ['cursor=not-a-cursor', 'garbage'],
    [`cursor=${Buffer.from('["only-one-part"]').toString('base64url')}`, 'a cursor of another list'],
    [`cursor=${Buffer.from('[1, 2]').toString('base64url')}`, 'a cursor with numbers'],
    [`cursor=${Buffer.from('["120101", "\\u0000"]').toString('base64url')}`, 'a cursor holding NUL'],
    ['regionCode=1201011', 'a 7-digit region code'],
    ['kind=office', 'an unknown kind'],
  ])('answers %s (%s) with 400 problem+json', async (query) => {
    const res = await get(`/api/v1/venues?${query}`);
    expectProblemCode(res, 400);
    expect(res.json().code).toBe('VALIDATION_FAILED');
  });
});

describe('GET /api/v1/venues/{id}', () => {
  it('returns a district centre with windows of all six types', async () => {
    const res = await get('/api/v1/venues/zwfw-120103');
    expect(res.statusCode).toBe(200);
    const venue = res.json();
    expect(venue).toMatchObject({
      id: 'zwfw-120103',
      kind: 'service-centre',
      regionCode: '120103',
      name: '河西区政务服务中心',
    });
    expect(new Set(venue.windows.map((w: { type: string }) => w.type))).toEqual(new Set(WINDOW_TYPES));
    const codes = venue.windows.map((w: { code: string }) => w.code);
    expect(codes).toEqual([...codes].sort());
    expect(venue.windows.find((w: { type: string }) => w.type === 'professional').agencyId).toEqual(
      expect.any(String),
    );
  });

  it('answers an unknown or hostile id with a 4xx problem', async () => {
    const unknown = await get('/api/v1/venues/zwfw-999999');
    expectProblemCode(unknown, 404);
    expect(unknown.json().code).toBe('NOT_FOUND');
    expectProblemCode(await get('/api/v1/venues/%00'), 400);
    expectProblemCode(await get(`/api/v1/venues/${'x'.repeat(65)}`), 400);
    expectProblemCode(await get(`/api/v1/venues/${encodeURIComponent("zwfw-120101' or '1'='1")}`), 404);
  });
});

describe('the demo seed', () => {
  const counts = async (db = p.database.db) =>
    (
      await queryRows<Record<string, number>>(
        db,
        sql`select (select count(*) from region)::int as regions, (select count(*) from agency)::int as agencies,
                   (select count(*) from venue)::int as venues, (select count(*) from service_window)::int as windows`,
      )
    )[0];

  it('is idempotent: loading it again changes nothing', async () => {
    const before = await counts();
    expect(before).toMatchObject({ venues: seedVenues.length });
    await loadMasterDataDemo(p.database.db);
    expect(await counts()).toEqual(before);
  });

  it('is skipped with SEED_DEMO=false on an empty database, and loaded with SEED_DEMO=true', async () => {
    for (const [seed, expectVenues] of [
      ['false', 0],
      ['true', seedVenues.length],
    ] as const) {
      const config = testConfig({ SEED_DEMO: seed });
      const platform = await createPlatform(config, {
        database: await openPglite(),
        webDist: `${config.dataDir}/no-web`,
      });
      try {
        expect((await counts(platform.database.db))?.venues).toBe(expectVenues);
        const years = await queryRows(platform.database.db, sql`select year from calendar_year`);
        expect(years.length).toBeGreaterThan(0); // base data is loaded either way
        const res = await platform.app.inject('/api/v1/venues?limit=1');
        expect(res.json().items).toHaveLength(expectVenues ? 1 : 0);
      } finally {
        await platform.close();
        rmSync(config.dataDir, { recursive: true, force: true });
      }
    }
  }, 120_000); // two fresh embedded databases, migrated and seeded: slow on a busy machine
});
