// The public service guide through HTTP: the version in force on a date (and version takeover on
// its effective date), the guide narrowed by situation answers, unknown codes and bad answers.
// The versions are inserted directly (published rows), so the test does not depend on the demo
// catalog or on the publication workflow.
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { agency } from '../src/modules/masterdata/schema.ts';
import type { ImplementationContent } from '../src/modules/catalog/content.ts';
import { catalogItem, implementation, implementationVersion } from '../src/modules/catalog/schema.ts';
import { validContent } from '../src/modules/catalog/test-fixtures.ts';
import { uuidv7 } from '../src/platform/ids.ts';
import { testPlatform, type TestPlatform } from './helpers.ts';

let p: TestPlatform;
let code: string;
// Ends in 9999xx so it cannot collide with the demo catalog's serials.
const SERIAL = '999901';
const BASIC_CODE = 'H6GUIDETEST01';

beforeAll(async () => {
  p = await testPlatform();
  const db = p.database.db;
  const [owner] = await db.select({ uscc: agency.uscc }).from(agency).where(eq(agency.id, 'tj-scjgw'));
  code = `${owner!.uscc}${SERIAL}`;
  const v1: ImplementationContent = { ...validContent(), basicCode: BASIC_CODE };
  const v2: ImplementationContent = { ...v1, name: '食品经营许可（2026年版）', faqs: [] };
  const itemId = uuidv7();
  const implementationId = uuidv7();
  await db.insert(catalogItem).values({
    id: itemId,
    basicCode: BASIC_CODE,
    name: v1.name,
    itemType: v1.itemType,
    legalBasis: v1.legalBasis,
    exerciseLevel: v1.exerciseLevel,
    serviceTargets: v1.serviceTargets,
    themes: v1.themes,
  });
  await db.insert(implementation).values({
    id: implementationId,
    code,
    itemId,
    agencyId: 'tj-scjgw',
    regionCode: '120000',
    createdBy: 'test',
  });
  const version = (n: number, content: ImplementationContent, from: string, to: string | null) => ({
    id: uuidv7(),
    implementationId,
    version: n,
    status: 'published' as const,
    content,
    effectiveFrom: from,
    effectiveTo: to,
    createdBy: 'test',
    publishedAt: new Date(),
  });
  await db
    .insert(implementationVersion)
    .values([version(1, v1, '2026-01-01', '2026-06-01'), version(2, v2, '2026-06-01', null)]);
});
afterAll(() => p?.dispose());

const get = (url: string) => p.app.inject({ method: 'GET', url });
const situation = (payload: object, on = '2026-07-01', c = code) =>
  p.app.inject({
    method: 'POST',
    url: `/api/v1/catalog/guides/${c}/situation?on=${on}`,
    payload: payload as Record<string, unknown>,
  });
type Narrowed = {
  questions: { id: string }[];
  answered: Record<string, string>;
  complete: boolean;
  conditions: { id: string }[];
  materials: { id: string; required: boolean }[];
  statutoryLimit: unknown;
  promisedLimit: unknown;
};

describe('GET /api/v1/catalog/guides/:code', () => {
  it('answers the version in force on the date, and the next one from its effective date', async () => {
    const before = await get(`/api/v1/catalog/guides/${code}?on=2025-12-31`);
    expect(before.statusCode).toBe(404);
    expect(before.json().code).toBe('NOT_FOUND');

    const first = await get(`/api/v1/catalog/guides/${code}?on=2026-05-31`);
    expect(first.statusCode, first.body).toBe(200);
    expect(first.json()).toMatchObject({
      version: 1,
      effectiveFrom: '2026-01-01',
      content: { name: '食品经营许可' },
    });

    const second = await get(`/api/v1/catalog/guides/${code}?on=2026-06-01`);
    expect(second.json()).toMatchObject({
      version: 2,
      content: { name: '食品经营许可（2026年版）', faqs: [] },
    });
  });

  it('names the agency and the venues that accept it', async () => {
    const res = await get(`/api/v1/catalog/guides/${code}?on=2026-07-01`);
    const guide = res.json();
    expect(guide.agency).toMatchObject({ id: 'tj-scjgw', name: '天津市市场监督管理委员会' });
    expect(guide.region.code).toBe('120000');
    expect(guide.venues.map((v: { id: string }) => v.id)).toEqual(['zwfw-120000']);
    expect(guide.venues[0].windows.length).toBeGreaterThan(0);
  });

  it('answers 404 for an unknown code and 400 for a malformed one', async () => {
    const unknown = await get(`/api/v1/catalog/guides/${code.slice(0, 18)}000000`);
    expect(unknown.statusCode).toBe(404);
    expect((await get('/api/v1/catalog/guides/not-a-code')).statusCode).toBe(400);
  });
});

describe('POST /api/v1/catalog/guides/:code/situation', () => {
  it('without answers shows the first question and every material that always applies', async () => {
    const res = await situation({ answers: {} });
    expect(res.statusCode, res.body).toBe(200);
    const body: Narrowed = res.json();
    expect(body.questions.map((q) => q.id)).toEqual(['kind']);
    expect(body.complete).toBe(false);
    expect(body.materials.map((m) => m.id)).toEqual([
      'application',
      'business-licence',
      'representative-id',
      'authorisation',
    ]);
    expect(body.materials.find((m) => m.id === 'authorisation')?.required).toBe(false);
    expect(body.conditions.map((c) => c.id)).toEqual(['premises', 'safety-staff']);
  });

  it('narrows materials, conditions and limits by the answers, revealing follow-up questions', async () => {
    const change = await situation({ answers: { kind: 'change' } });
    const partial: Narrowed = change.json();
    expect(partial.questions.map((q) => q.id)).toEqual(['kind', 'change-what']);
    expect(partial.complete).toBe(false);
    expect(partial.conditions.map((c) => c.id)).toContain('changed-facts');

    const address: Narrowed = (
      await situation({ answers: { kind: 'change', 'change-what': 'address' } })
    ).json();
    expect(address.complete).toBe(true);
    expect(address.answered).toEqual({ kind: 'change', 'change-what': 'address' });
    expect(address.materials.map((m) => m.id)).toContain('new-premises-proof');
    expect(address.materials.find((m) => m.id === 'new-premises-proof')?.required).toBe(true);
    expect(address.promisedLimit).toEqual({ kind: 'period', value: 8, unit: 'working-days' });

    const cancel: Narrowed = (await situation({ answers: { kind: 'cancel' } })).json();
    expect(cancel.materials.map((m) => m.id)).toContain('original-licence');
    expect(cancel.materials.map((m) => m.id)).not.toContain('premises-proof');
    expect(cancel.promisedLimit).toEqual({ kind: 'on-the-spot' });
  });

  it('ignores answers to hidden questions and options that do not exist', async () => {
    const body: Narrowed = (
      await situation({ answers: { kind: 'new', 'change-what': 'address', other: 'x' } })
    ).json();
    expect(body.answered).toEqual({ kind: 'new' });
    expect(body.materials.map((m) => m.id)).not.toContain('new-premises-proof');
    const stale: Narrowed = (await situation({ answers: { kind: 'gone' } })).json();
    expect(stale.answered).toEqual({});
  });

  it('rejects malformed answers with 400 and unknown codes or dates before any version with 404', async () => {
    for (const payload of [
      {},
      { answers: { kind: 7 } },
      { answers: { Kind: 'new' } },
      { answers: {}, extra: true },
      { answers: Object.fromEntries(Array.from({ length: 21 }, (_, i) => [`q${i}`, 'a'])) },
    ]) {
      const res = await situation(payload);
      expect(res.statusCode, JSON.stringify(payload)).toBe(400);
    }
    expect((await situation({ answers: {} }, '2025-12-31')).statusCode).toBe(404);
    expect((await situation({ answers: {} }, '2026-07-01', `${code.slice(0, 18)}000000`)).statusCode).toBe(
      404,
    );
  });
});
