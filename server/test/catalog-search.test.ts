// Catalog search through HTTP on the search fixture: ranking basics, filters, paging, hostile
// input, versions in force, synonym administration (re-index, audit) and the dictionary reload
// a second replica does when the revision changes.
import { eq, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  ensureDictionary,
  RECHECK_MS,
  resetDictionaryForTests,
} from '../src/modules/catalog/search/dictionary.ts';
import { searchCatalog } from '../src/modules/catalog/search/query.ts';
import { closeSearchDoc } from '../src/modules/catalog/search/index.ts';
import { baseSynonymRows, loadSearchBaseData } from '../src/modules/catalog/search/seed-synonyms.ts';
import { auditLog } from '../src/platform/audit/schema.ts';
import { queryRows } from '../src/platform/db/query.ts';
import { addCalendarDays, businessDate } from '../src/platform/time/business-date.ts';
import {
  fixtureContent,
  FIXTURE_ITEMS,
  loadSearchFixture,
  publishFixture,
} from './catalog-search-fixture.ts';
import { ADMIN, testPlatform, type TestPlatform } from './helpers.ts';

interface Hit {
  name: string;
  implementationCode: string;
  agency: { id: string; name: string };
  regionCode: string;
  serviceTargets: string[];
  themes: string[];
  handlingModes: string[];
  cityWide: boolean;
  score: number;
}

let p: TestPlatform;
let codes: Map<string, string>;
const today = businessDate();

const search = async (query: Record<string, string | number | boolean>) => {
  const qs = new URLSearchParams(Object.entries(query).map(([k, v]) => [k, String(v)]));
  return p.app.inject({ url: `/api/v1/catalog/search?${qs}` });
};
const hits = async (query: Record<string, string | number | boolean>) => {
  const res = await search(query);
  expect(res.statusCode, res.body).toBe(200);
  return res.json() as { items: Hit[]; nextCursor: string | null };
};
const names = (r: { items: Hit[] }) => r.items.map((h) => h.name);

beforeAll(async () => {
  p = await testPlatform();
  // Only the fixture: the demo catalog (if loaded) would blur what each test expects. Its versions
  // end the day they began, so neither a search nor a re-index (synonym change) sees them.
  await p.database.db.execute(sql`update implementation_version set effective_to = effective_from
    where status = 'published'`);
  await p.database.db.execute(sql`delete from catalog_search_doc`);
  codes = await loadSearchFixture(p.database.db);
});

afterAll(async () => {
  await p?.dispose();
});

describe('ranking', () => {
  it('answers a colloquial question with the item it means, first', async () => {
    const r = await hits({ q: '开饭店要办什么证' });
    expect(r.items[0]).toMatchObject({
      name: '食品经营许可',
      implementationCode: codes.get('食品经营许可'),
      agency: { id: 'tj-scjgw', name: '天津市市场监督管理委员会' },
      regionCode: '120000',
      cityWide: true,
    });
    expect(r.items[0]!.score).toBeGreaterThan(r.items[1]?.score ?? 0);
  });

  it('puts the exact name first, well above the names sharing its words', async () => {
    const r = await hits({ q: '食品经营许可' });
    expect(names(r)[0]).toBe('食品经营许可');
    expect(names(r)).toContain('食品生产许可');
    expect(r.items[0]!.score).toBeGreaterThan(r.items[1]!.score + 1); // the exact-name boost
  });

  it('still finds a name with a typo (trigram and bigram fallback)', async () => {
    expect(names(await hits({ q: '食品经营许课' }))[0]).toBe('食品经营许可');
    expect(names(await hits({ q: '驾驶证换正' }))[0]).toBe('机动车驾驶证换证');
  });

  it('finds nothing for a question with no word of the catalog, and nothing for stopwords alone', async () => {
    expect((await hits({ q: 'zzqqxx' })).items).toEqual([]);
    expect(await hits({ q: '请问我怎么办？' })).toEqual({ items: [], nextCursor: null });
  });

  it('finds items by their agency and by their theme label (weights D and B)', async () => {
    const byAgency = await hits({ q: '市民政局', limit: 20 });
    expect(byAgency.items.length).toBeGreaterThan(0);
    expect(new Set(byAgency.items.slice(0, 4).map((h) => h.agency.id))).toEqual(new Set(['tj-mzj']));
    expect(names(await hits({ q: '残疾人服务' }))[0]).toBe('残疾人两项补贴申请');
  });

  it('orders equal scores by implementation code', async () => {
    const r = await hits({ q: '登记', limit: 50 });
    for (let i = 1; i < r.items.length; i++) {
      const [a, b] = [r.items[i - 1]!, r.items[i]!];
      expect(a.score > b.score || (a.score === b.score && a.implementationCode < b.implementationCode)).toBe(
        true,
      );
    }
  });
});

describe('hostile input', () => {
  it.each([
    `'`,
    `\\`,
    `饭店' | '餐饮`,
    `a & b | !c (d) : * <-> e`,
    `'); drop table catalog_search_doc; --`,
    `\\'\\\\''`,
    `食品:* & !经营`,
  ])('treats %s as text, never as query syntax', async (q) => {
    const res = await search({ q });
    expect(res.statusCode, res.body).toBe(200);
  });

  it('refuses an over-long question, a bad filter and a forged cursor with 400', async () => {
    expect((await search({ q: '饭'.repeat(101) })).statusCode).toBe(400);
    expect((await search({ q: '饭店', target: '7' })).statusCode).toBe(400);
    expect((await search({ q: '饭店', regionCode: '12' })).statusCode).toBe(400);
    expect((await search({ q: '饭店', cursor: 'not-a-cursor' })).statusCode).toBe(400);
    const forged = Buffer.from(JSON.stringify(['rank', '-5', ''])).toString('base64url');
    expect((await search({ q: '饭店', cursor: forged })).statusCode).toBe(400);
    const wrongKind = Buffer.from(JSON.stringify(['rank', '2', ''])).toString('base64url');
    expect((await search({ cursor: wrongKind })).statusCode).toBe(400);
  });

  it('still searches the text around the operators', async () => {
    expect(names(await hits({ q: `'结婚登记' & !` }))[0]).toBe('结婚登记');
  });
});

describe('filters', () => {
  it('by service target, theme, agency, handling mode and 全市通办', async () => {
    const all = await hits({ limit: 200 });
    expect(all.items).toHaveLength(FIXTURE_ITEMS.length);
    const enterprise = await hits({ target: '2', limit: 200 });
    expect(enterprise.items.length).toBeGreaterThan(0);
    expect(enterprise.items.every((h) => h.serviceTargets.includes('2'))).toBe(true);
    expect(names(enterprise)).not.toContain('结婚登记');
    const birth = await hits({ theme: 'birth', limit: 200 });
    expect(names(birth).sort()).toEqual(['出生医学证明签发', '出生登记（户口）', '生育登记'].sort());
    const mzj = await hits({ agencyId: 'tj-mzj', q: '登记', limit: 200 });
    expect(names(mzj).sort()).toEqual(['离婚登记', '结婚登记'].sort());
    expect(names(await hits({ mode: '3', limit: 200 })).sort()).toEqual(
      ['机动车驾驶证换证', '食品经营许可'].sort(),
    );
    expect(names(await hits({ cityWide: true, limit: 200 })).sort()).toEqual(
      ['机动车驾驶证换证', '食品经营许可'].sort(),
    );
    expect((await hits({ cityWide: false, limit: 200 })).items).toHaveLength(FIXTURE_ITEMS.length - 2);
  });

  it('by region subtree: the city covers its districts, a district only itself', async () => {
    expect((await hits({ regionCode: '120000', limit: 200 })).items).toHaveLength(FIXTURE_ITEMS.length);
    expect(names(await hits({ regionCode: '120103', limit: 200 }))).toEqual(['个体工商户设立登记']);
    expect(names(await hits({ regionCode: '120101', q: '小卖部' }))).toEqual([]);
  });
});

describe('paging', () => {
  it('lists without a question by name, with a keyset cursor', async () => {
    const seen: string[] = [];
    let cursor: string | null = null;
    do {
      const r: { items: Hit[]; nextCursor: string | null } = await hits({
        limit: 10,
        ...(cursor && { cursor }),
      });
      seen.push(...names(r));
      cursor = r.nextCursor;
    } while (cursor);
    expect(seen).toHaveLength(FIXTURE_ITEMS.length);
    expect(seen).toEqual([...seen].sort((a, b) => (Buffer.from(a) < Buffer.from(b) ? -1 : 1)));
  });

  it('pages a ranked result without repeats, in score order', async () => {
    const first = await hits({ q: '许可', limit: 3 });
    expect(first.nextCursor).not.toBeNull();
    const second = await hits({ q: '许可', limit: 3, cursor: first.nextCursor! });
    const whole = await hits({ q: '许可', limit: 6 });
    expect([...names(first), ...names(second)]).toEqual(names(whole));
  });
});

describe('versions in force', () => {
  it('returns the version in force today, not the superseded nor the scheduled one', async () => {
    const item = { agencyId: 'tj-mzj' };
    const v1 = { ...fixtureContent({ name: '犬只登记证核发', agencyId: 'tj-mzj', themes: [] }) };
    const v2 = { ...v1, name: '养犬登记证核发' };
    const v3 = { ...v1, name: '养犬许可证核发' };
    const { code, versionIds } = await publishFixture(p.database.db, item, [
      { content: v1, from: '2020-01-01', to: today },
      { content: v2, from: today },
      { content: v3, from: addCalendarDays(today, 30) },
    ]);
    const found = (await hits({ q: '犬' })).items.filter((h) => h.implementationCode === code);
    expect(found.map((h) => h.name)).toEqual(['养犬登记证核发']);
    // The scheduled version takes over on its date (the service closes the one before).
    await closeSearchDoc(p.database.db, versionIds[1]!, addCalendarDays(today, 30));
    const later = await searchCatalog(p.database.db, { q: '犬', limit: 10 }, addCalendarDays(today, 30));
    expect(later.items.filter((h) => h.implementationCode === code).map((h) => h.name)).toEqual([
      '养犬许可证核发',
    ]);
    const before = await searchCatalog(p.database.db, { q: '犬', limit: 10 }, '2021-01-01');
    expect(before.items.filter((h) => h.implementationCode === code).map((h) => h.name)).toEqual([
      '犬只登记证核发',
    ]);
  });
});

describe('synonyms', () => {
  it('a new synonym re-indexes the catalog and the next query finds through it; deleting undoes it', async () => {
    expect(names(await hits({ q: '撸串' }))).toEqual([]);
    const put = await p.app.inject({
      method: 'PUT',
      url: `/api/v1/catalog/synonyms/${encodeURIComponent('撸串')}`,
      headers: ADMIN,
      payload: { canonical: '餐饮' },
    });
    expect(put.statusCode, put.body).toBe(200);
    expect(put.json()).toMatchObject({ term: '撸串', canonical: '餐饮' });
    expect(names(await hits({ q: '撸串' }))[0]).toBe('食品经营许可');

    const list = await p.app.inject({ url: '/api/v1/catalog/synonyms?limit=200', headers: ADMIN });
    expect(list.statusCode).toBe(200);
    expect(list.json().items).toContainEqual(expect.objectContaining({ term: '撸串', canonical: '餐饮' }));

    const del = await p.app.inject({
      method: 'DELETE',
      url: `/api/v1/catalog/synonyms/${encodeURIComponent('撸串')}`,
      headers: ADMIN,
    });
    expect(del.statusCode).toBe(204);
    expect(names(await hits({ q: '撸串' }))).toEqual([]);
    const again = await p.app.inject({
      method: 'DELETE',
      url: `/api/v1/catalog/synonyms/${encodeURIComponent('撸串')}`,
      headers: ADMIN,
    });
    expect(again.statusCode).toBe(404);

    const audit = await p.database.db
      .select({ action: auditLog.action, detail: auditLog.detail })
      .from(auditLog)
      .where(eq(auditLog.resourceId, '撸串'));
    expect(audit.map((a) => a.action).sort()).toEqual(['catalog.synonym.add', 'catalog.synonym.delete']);
  });

  it('a synonym changes the documents too: a doc that mentions the term carries the canonical form', async () => {
    const content = fixtureContent({ name: '临时占用绿地审批', agencyId: 'tj-csglw', themes: [] });
    content.conditions = [{ id: 'why', text: '因施工需要在绿地上摆放设备' }];
    await publishFixture(p.database.db, { agencyId: 'tj-csglw' }, [{ content, from: '2020-01-01' }]);
    const put = await p.app.inject({
      method: 'PUT',
      url: `/api/v1/catalog/synonyms/${encodeURIComponent('摆放设备')}`,
      headers: ADMIN,
      payload: { canonical: '堆放物料' },
    });
    expect(put.statusCode, put.body).toBe(200);
    expect(names(await hits({ q: '堆放物料' }))[0]).toBe('临时占用绿地审批');
  });

  it('refuses a term or canonical form without letters, and a canonical equal to its term', async () => {
    const put = (term: string, canonical: string) =>
      p.app.inject({
        method: 'PUT',
        url: `/api/v1/catalog/synonyms/${encodeURIComponent(term)}`,
        headers: ADMIN,
        payload: { canonical },
      });
    expect((await put('！！', '餐饮')).statusCode).toBe(400);
    expect((await put('饭店', '？')).statusCode).toBe(400);
    expect((await put('ＫＴＶ', 'ktv')).statusCode).toBe(400);
  });
});

describe('base synonyms', () => {
  it('are there on a fresh installation, and a deleted one is not brought back on the next start', async () => {
    const db = p.database.db;
    const count = async () =>
      (await queryRows<{ n: number }>(db, sql`select count(*)::int as n from search_synonym`))[0]!.n;
    expect(await count()).toBeGreaterThanOrEqual(baseSynonymRows().length);
    await db.execute(sql`delete from search_synonym where term = '驾照'`);
    const before = await count();
    await loadSearchBaseData(db);
    expect(await count()).toBe(before);
  });
});

describe('dictionary reload across replicas', () => {
  it('a replica reloads when the revision changed, at most once per recheck interval', async () => {
    const db = p.database.db;
    resetDictionaryForTests(); // a replica that just started
    const t0 = Date.now();
    const before = await ensureDictionary(db, t0);
    expect(before.synonyms.has('涮锅')).toBe(false);
    // Another replica adds a synonym and bumps the revision (what synonyms.service does).
    await db.execute(
      sql`insert into search_synonym (term, canonical, created_by) values ('涮锅', '餐饮', 'replica-b')`,
    );
    await db.execute(sql`update search_dictionary_state set revision = revision + 1 where id = 1`);
    const soon = await ensureDictionary(db, t0 + 1);
    expect(soon).toBe(before); // within the interval: no database read at all
    const later = await ensureDictionary(db, t0 + RECHECK_MS + 1);
    expect(later.revision).toBe(before.revision + 1);
    expect(later.synonyms.get('涮锅')).toBe('餐饮');
    const [row] = await queryRows<{ revision: number }>(
      db,
      sql`select revision::int from search_dictionary_state`,
    );
    expect(later.revision).toBe(row!.revision);
  });
});
