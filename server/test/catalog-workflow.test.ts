// The catalog workflow end to end through HTTP: an editor creates an implementation and edits
// its draft, the service office returns it with a comment, the editor resubmits, another account
// approves and publishes it, the guide shows it; a second version published with a later
// effective date takes over on that date, and not a day earlier.
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { agency } from '../src/modules/masterdata/schema.ts';
import { outboxEvent } from '../src/platform/outbox/schema.ts';
import { auditLog } from '../src/platform/audit/schema.ts';
import { testPlatform, type TestPlatform } from './helpers.ts';
import { signIn, type Caller } from './identity-callers.ts';
import {
  act,
  catalogFixture,
  createDraft,
  inDays,
  ok,
  publishVersion,
  today,
  type Draft,
} from './catalog-fixtures.ts';
import type { ImplementationContent } from '../src/modules/catalog/content.ts';

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
});
afterAll(() => p?.dispose());

const guide = (code: string, on?: string) =>
  p.app.inject({ method: 'GET', url: `/api/v1/catalog/guides/${code}${on ? `?on=${on}` : ''}` });
const version = async (id: string) => ok(await editor.request('GET', `/api/v1/catalog/versions/${id}`));

describe('from draft to published', () => {
  it('creates the implementation with a code from the agency USCC and a draft version 1', async () => {
    draft = await createDraft(editor, itemId, content);
    const [owner] = await p.database.db.select().from(agency).where(eq(agency.id, 'tj-scjgw'));
    expect(draft.code).toMatch(new RegExp(`^${owner!.uscc}\\d{6}$`));
    const detail = ok(await editor.request('GET', `/api/v1/catalog/implementations/${draft.code}`));
    expect(detail.versions).toHaveLength(1);
    expect(detail.versions[0]).toMatchObject({ version: 1, status: 'draft', state: 'draft' });
    expect(detail.agency.id).toBe('tj-scjgw');
  });

  it('a second implementation of the agency takes the next serial', async () => {
    const other = await createDraft(editor, itemId, content);
    expect(Number(other.code.slice(18))).toBe(Number(draft.code.slice(18)) + 1);
  });

  it('implementations created at the same time get distinct serials (the unique code decides)', async () => {
    const made = await Promise.all([1, 2, 3].map(() => createDraft(editor, itemId, content)));
    expect(new Set(made.map((d) => d.code)).size).toBe(3);
  });

  it('the editor saves the draft and submits it; the office returns it with a comment', async () => {
    const saved = ok(
      await editor.request('PUT', `/api/v1/catalog/versions/${draft.versionId}/content`, {
        ...content,
        consultationPhone: '022-88880000',
      }),
    );
    expect(saved.content.consultationPhone).toBe('022-88880000');
    expect(ok(await act(editor, draft.versionId, { action: 'submit' })).status).toBe('submitted');
    const missing = await act(office, draft.versionId, { action: 'return' });
    expect(missing.statusCode).toBe(400); // a return must say why
    const returned = ok(await act(office, draft.versionId, { action: 'return', comment: '请补充咨询电话' }));
    expect(returned.status).toBe('returned');
    expect(returned.actions.map((a: { action: string }) => a.action)).toEqual(['submit', 'return']);
    expect(returned.actions[1]).toMatchObject({ comment: '请补充咨询电话', actorName: expect.any(String) });
  });

  it('the editor cannot approve (no catalog.review): 403', async () => {
    ok(await act(editor, draft.versionId, { action: 'submit' }));
    const res = await act(editor, draft.versionId, { action: 'approve' });
    expect(res.statusCode).toBe(403);
    expect((await version(draft.versionId)).status).toBe('submitted');
  });

  it('publication needs an effective date not before today', async () => {
    ok(await act(office, draft.versionId, { action: 'approve' }));
    expect((await act(office, draft.versionId, { action: 'publish' })).statusCode).toBe(400);
    const past = await act(office, draft.versionId, { action: 'publish', effectiveFrom: inDays(-1) });
    expect(past.statusCode).toBe(400);
    expect((await version(draft.versionId)).status).toBe('approved');
  });

  it('the office publishes it; the guide shows it, the search and the outbox know it', async () => {
    const published = ok(await act(office, draft.versionId, { action: 'publish', effectiveFrom: today() }));
    expect(published).toMatchObject({ status: 'published', state: 'in-force', effectiveFrom: today() });
    const g = ok(await guide(draft.code));
    expect(g).toMatchObject({ version: 1, versionId: draft.versionId });
    expect(g.content.consultationPhone).toBe('022-88880000');
    const events = await p.database.db
      .select()
      .from(outboxEvent)
      .where(eq(outboxEvent.type, 'catalog.version-published'));
    expect(events.map((e) => e.payload)).toContainEqual({
      implementationCode: draft.code,
      versionId: draft.versionId,
      version: 1,
      effectiveFrom: today(),
    });
    const audited = await p.database.db
      .select({ action: auditLog.action })
      .from(auditLog)
      .where(eq(auditLog.resourceId, draft.versionId));
    expect(audited.map((a) => a.action)).toEqual(
      expect.arrayContaining([
        'catalog.version.edit',
        'catalog.version.submit',
        'catalog.version.return',
        'catalog.version.approve',
        'catalog.version.publish',
      ]),
    );
  });
});

describe('a new version takes over on its effective date', () => {
  let v2: string;
  it('opens version 2 as a copy; a second open version is refused', async () => {
    const opened = ok(
      await editor.request('POST', `/api/v1/catalog/implementations/${draft.code}/versions`),
      201,
    );
    expect(opened.version).toBe(2);
    v2 = opened.id;
    expect((await version(v2)).content.consultationPhone).toBe('022-88880000');
    const again = await editor.request('POST', `/api/v1/catalog/implementations/${draft.code}/versions`);
    expect(again.statusCode).toBe(409);
    expect(again.json().code).toBe('CATALOG_VERSION_IN_PROGRESS');
  });

  it('version 2 published for a later date: v1 until the day before, v2 from that day', async () => {
    ok(
      await editor.request('PUT', `/api/v1/catalog/versions/${v2}/content`, {
        ...content,
        consultationPhone: '022-99990000',
      }),
    );
    const published = await publishVersion(editor, office, v2, inDays(10));
    expect(published.state).toBe('scheduled');
    expect(ok(await guide(draft.code)).version).toBe(1);
    expect(ok(await guide(draft.code, inDays(9))).version).toBe(1);
    const later = ok(await guide(draft.code, inDays(10)));
    expect(later.version).toBe(2);
    expect(later.content.consultationPhone).toBe('022-99990000');
    const v1 = await version(draft.versionId);
    expect(v1).toMatchObject({ effectiveTo: inDays(10), state: 'in-force' });
    const detail = ok(await editor.request('GET', `/api/v1/catalog/implementations/${draft.code}`));
    expect(detail.inForceVersion).toBe(1);
    expect(detail.versions.map((v: { state: string }) => v.state)).toEqual(['scheduled', 'in-force']);
  });

  it('a third version may not start before the scheduled one', async () => {
    const v3 = ok(
      await editor.request('POST', `/api/v1/catalog/implementations/${draft.code}/versions`),
      201,
    ).id;
    ok(await act(editor, v3, { action: 'submit' }));
    ok(await act(office, v3, { action: 'approve' }));
    const early = await act(office, v3, { action: 'publish', effectiveFrom: inDays(5) });
    expect(early.statusCode).toBe(409);
    expect((await version(v3)).status).toBe('approved');
    expect((await version(draft.versionId)).effectiveTo).toBe(inDays(10));
  });

  it('the diff shows what changed from the previous version', async () => {
    const detail = ok(await editor.request('GET', `/api/v1/catalog/implementations/${draft.code}`));
    const v2id = detail.versions.find((v: { version: number }) => v.version === 2).id;
    const diff = ok(await editor.request('GET', `/api/v1/catalog/versions/${v2id}/diff`));
    expect(diff.against).toBe(draft.versionId);
    expect(diff.changes).toEqual([
      { path: 'consultationPhone', before: '022-88880000', after: '022-99990000' },
    ]);
  });

  it('the queues: state filters on the latest version', async () => {
    const approved = ok(
      await office.request('GET', '/api/v1/catalog/implementations?state=approved&limit=200'),
    );
    expect(approved.items.map((i: { code: string }) => i.code)).toContain(draft.code);
    const inForce = ok(
      await office.request('GET', '/api/v1/catalog/implementations?state=in-force&limit=200'),
    );
    expect(inForce.items.map((i: { code: string }) => i.code)).not.toContain(draft.code);
  });

  it('retiring the scheduled version: it never takes effect, version 1 stays in force', async () => {
    const detail = ok(await editor.request('GET', `/api/v1/catalog/implementations/${draft.code}`));
    const v2id = detail.versions.find((v: { version: number }) => v.version === 2).id;
    const retired = ok(await act(office, v2id, { action: 'retire', comment: '暂缓实施' }));
    expect(retired).toMatchObject({ status: 'retired', effectiveFrom: inDays(10), effectiveTo: inDays(10) });
    expect((await version(draft.versionId)).effectiveTo).toBeNull();
    expect(ok(await guide(draft.code, inDays(30))).version).toBe(1);
  });
});
