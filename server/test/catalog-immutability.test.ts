// Published versions never change: every path that writes content refuses them (and frozen
// submitted/approved ones), and the stored content stays byte for byte what was published.
// Retirement ends a version without touching its content. Bad input changes nothing.
import { count, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ImplementationContent } from '../src/modules/catalog/content.ts';
import { implementation, implementationVersion } from '../src/modules/catalog/schema.ts';
import { testPlatform, type TestPlatform } from './helpers.ts';
import { signIn, type Caller } from './identity-callers.ts';
import {
  act,
  catalogFixture,
  createDraft,
  ok,
  publishVersion,
  today,
  type Draft,
} from './catalog-fixtures.ts';

let p: TestPlatform;
let editor: Caller;
let office: Caller;
let itemId: string;
let content: ImplementationContent;
let draft: Draft;

beforeAll(async () => {
  p = await testPlatform();
  ({ itemId, content } = await catalogFixture(p.database.db));
  editor = await signIn(p.app, 'catalog-admin');
  office = await signIn(p.app, 'office-admin');
  draft = await createDraft(editor, itemId, content);
});
afterAll(() => p?.dispose());

const stored = async (id: string) =>
  (await p.database.db.select().from(implementationVersion).where(eq(implementationVersion.id, id)))[0]!;
const put = (id: string, body: unknown) =>
  editor.request('PUT', `/api/v1/catalog/versions/${id}/content`, body);

describe('frozen versions', () => {
  it('a submitted version cannot be edited (409) until it is returned', async () => {
    ok(await act(editor, draft.versionId, { action: 'submit' }));
    const res = await put(draft.versionId, { ...content, consultationPhone: '1' });
    expect(res.statusCode).toBe(409);
    expect(res.json().code).toBe('CATALOG_VERSION_NOT_EDITABLE');
    ok(await act(editor, draft.versionId, { action: 'withdraw' }));
    ok(await put(draft.versionId, content));
  });

  it('a published version refuses every content write and stays as published', async () => {
    await publishVersion(editor, office, draft.versionId, today());
    const before = await stored(draft.versionId);
    const res = await put(draft.versionId, { ...content, name: '改名' });
    expect(res.statusCode).toBe(409);
    expect(res.json().code).toBe('CATALOG_VERSION_NOT_EDITABLE');
    // Nor through the workflow: it cannot go back to draft or be published again.
    for (const action of ['submit', 'withdraw', 'return', 'approve', 'publish']) {
      const moved = await act(office, draft.versionId, { action, comment: 'x', effectiveFrom: today() });
      expect([400, 409], `${action}: ${moved.body}`).toContain(moved.statusCode);
    }
    const after = await stored(draft.versionId);
    expect(after.content).toEqual(before.content);
    expect(after.status).toBe('published');
    expect(after.updatedAt).toEqual(before.updatedAt);
  });

  it('retiring ends the version today without changing its content; the guide no longer shows it', async () => {
    const before = await stored(draft.versionId);
    expect((await act(office, draft.versionId, { action: 'retire' })).statusCode).toBe(400); // needs a reason
    const retired = ok(await act(office, draft.versionId, { action: 'retire', comment: '事项取消' }));
    expect(retired).toMatchObject({ status: 'retired', effectiveTo: today() });
    expect((await stored(draft.versionId)).content).toEqual(before.content);
    const g = await p.app.inject({ method: 'GET', url: `/api/v1/catalog/guides/${draft.code}` });
    expect(g.statusCode).toBe(404);
    expect((await put(draft.versionId, content)).statusCode).toBe(409);
  });
});

describe('bad input changes nothing', () => {
  it('an unknown field or a malformed content is a 400 problem, and the draft keeps its content', async () => {
    const d = await createDraft(editor, itemId, content);
    const before = await stored(d.versionId);
    for (const body of [
      { ...content, extra: 1 },
      { ...content, visits: 'two' },
      { ...content, itemType: '99' },
      { ...content, materials: [{ id: 'BAD ID', name: 'x' }] },
    ]) {
      const res = await put(d.versionId, body);
      expect(res.statusCode, JSON.stringify(body).slice(0, 80)).toBe(400);
      expect(res.headers['content-type']).toContain('application/problem+json');
      expect(res.json().errors.length).toBeGreaterThan(0);
    }
    expect((await stored(d.versionId)).content).toEqual(before.content);
  });

  it('a bad create request creates nothing', async () => {
    const n = async () => (await p.database.db.select({ n: count() }).from(implementation))[0]!.n;
    const start = await n();
    for (const body of [
      { basicItemId: itemId, agencyId: 'tj-scjgw', regionCode: '120000', bogus: true },
      { basicItemId: itemId, agencyId: 'tj-scjgw', regionCode: '999999' },
      { basicItemId: '00000000-0000-7000-8000-000000000000', agencyId: 'tj-scjgw', regionCode: '120000' },
      { basicItemId: itemId, agencyId: 'no-such-agency', regionCode: '120000' },
    ]) {
      const res = await editor.request('POST', '/api/v1/catalog/implementations', body);
      expect([400, 404], res.body).toContain(res.statusCode);
    }
    expect(await n()).toBe(start);
  });

  it('an unknown action, a malformed date or a bogus cursor is a 400', async () => {
    const d = await createDraft(editor, itemId, content);
    expect((await act(editor, d.versionId, { action: 'explode' })).statusCode).toBe(400);
    expect(
      (await act(editor, d.versionId, { action: 'submit', effectiveFrom: '2026-02-30' })).statusCode,
    ).toBe(400);
    expect((await editor.request('GET', '/api/v1/catalog/implementations?cursor=zzz')).statusCode).toBe(400);
    expect((await stored(d.versionId)).status).toBe('draft');
  });
});
