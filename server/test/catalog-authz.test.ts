// Who may do what in the catalog: an agency's editor works on its own implementations only
// (others' answer 404), approval needs a second pair of eyes, and basic-catalog adjustments are
// decided by the city service office only.
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ImplementationContent } from '../src/modules/catalog/content.ts';
import { catalogItem } from '../src/modules/catalog/schema.ts';
import { outboxEvent } from '../src/platform/outbox/schema.ts';
import { testPlatform, type TestPlatform } from './helpers.ts';
import { operator, signIn, type Caller } from './identity-callers.ts';
import { act, catalogFixture, createDraft, ok, type Draft } from './catalog-fixtures.ts';
import { basicItemOf } from '../src/modules/catalog/test-fixtures.ts';

let p: TestPlatform;
let admin: Caller;
let scjg: Caller;
let office: Caller;
let itemId: string;
let content: ImplementationContent;
let own: Draft;
let foreign: Draft;

beforeAll(async () => {
  p = await testPlatform();
  ({ itemId, content } = await catalogFixture(p.database.db));
  admin = await signIn(p.app, 'catalog-admin');
  scjg = await signIn(p.app, 'reviewer-scjg');
  office = await signIn(p.app, 'office-admin');
  foreign = await createDraft(admin, itemId, content, { agencyId: 'tj-wjw', regionCode: '120000' });
});
afterAll(() => p?.dispose());

describe('an agency editor (reviewer-scjg: catalog.edit on tj-scjgw)', () => {
  it('creates and edits an implementation of its own agency', async () => {
    own = await createDraft(scjg, itemId, content);
    ok(await scjg.request('PUT', `/api/v1/catalog/versions/${own.versionId}/content`, content));
    ok(await scjg.request('GET', `/api/v1/catalog/implementations/${own.code}`));
  });

  it("gets 404 for another agency's implementation, version and agency", async () => {
    expect((await scjg.request('GET', `/api/v1/catalog/implementations/${foreign.code}`)).statusCode).toBe(
      404,
    );
    expect((await scjg.request('GET', `/api/v1/catalog/versions/${foreign.versionId}`)).statusCode).toBe(404);
    const put = await scjg.request('PUT', `/api/v1/catalog/versions/${foreign.versionId}/content`, content);
    expect(put.statusCode).toBe(404);
    expect((await act(scjg, foreign.versionId, { action: 'submit' })).statusCode).toBe(404);
    const create = await scjg.request('POST', '/api/v1/catalog/implementations', {
      basicItemId: itemId,
      agencyId: 'tj-wjw',
      regionCode: '120000',
    });
    expect(create.statusCode).toBe(404);
  });

  it('lists only its own agency’s implementations', async () => {
    const list = ok(await scjg.request('GET', '/api/v1/catalog/implementations?limit=200'));
    expect(list.items.length).toBeGreaterThan(0);
    expect(new Set(list.items.map((i: { agency: { id: string } }) => i.agency.id))).toEqual(
      new Set(['tj-scjgw']),
    );
    const all = ok(await admin.request('GET', `/api/v1/catalog/implementations?agencyId=tj-wjw&limit=200`));
    expect(all.items.map((i: { code: string }) => i.code)).toContain(foreign.code);
  });

  it('cannot approve or publish (403), and the version stays submitted', async () => {
    ok(await act(scjg, own.versionId, { action: 'submit' }));
    expect((await act(scjg, own.versionId, { action: 'approve' })).statusCode).toBe(403);
    expect(ok(await scjg.request('GET', `/api/v1/catalog/versions/${own.versionId}`)).status).toBe(
      'submitted',
    );
  });
});

describe('four eyes', () => {
  it('the account that submitted cannot approve, even holding catalog.review', async () => {
    const ops = operator(p.app);
    const d = await createDraft(ops, itemId, content);
    ok(await act(ops, d.versionId, { action: 'submit' }));
    const self = await act(ops, d.versionId, { action: 'approve' });
    expect(self.statusCode).toBe(403);
    expect(self.json().detail).toMatch(/four-eyes/);
    expect(ok(await act(office, d.versionId, { action: 'approve' })).status).toBe('approved');
  });
});

describe('basic-catalog adjustments', () => {
  const proposed = () => ({
    ...basicItemOf(content),
    basicCode: 'ADJ' + Date.now().toString(36).toUpperCase(),
  });

  it('an editor requests, the agency reviewer cannot decide, the city office approves', async () => {
    const item = proposed();
    const req = ok(
      await scjg.request('POST', '/api/v1/catalog/item-adjustments', {
        kind: 'create',
        proposed: item,
        reason: '新设事项',
      }),
      201,
    );
    expect(req).toMatchObject({ status: 'submitted', requestedAgencyId: 'tj-scjgw' });
    const url = `/api/v1/catalog/item-adjustments/${req.id}/decision`;
    expect((await scjg.request('POST', url, { approve: true })).statusCode).toBe(403);
    const mine = ok(await scjg.request('GET', '/api/v1/catalog/item-adjustments'));
    expect(mine.items.map((a: { id: string }) => a.id)).toEqual([req.id]);
    const queue = ok(await office.request('GET', '/api/v1/catalog/item-adjustments?status=submitted'));
    expect(queue.items.map((a: { id: string }) => a.id)).toContain(req.id);

    const done = ok(await office.request('POST', url, { approve: true, comment: '同意' }));
    expect(done).toMatchObject({ status: 'approved', itemId: expect.any(String) });
    const item1 = ok(await p.app.inject({ method: 'GET', url: `/api/v1/catalog/items/${done.itemId}` }));
    expect(item1).toMatchObject({ name: item.name, revision: 1, implementationCount: 0 });
    expect((await office.request('POST', url, { approve: false, comment: 'x' })).statusCode).toBe(409);

    const change = ok(
      await scjg.request('POST', '/api/v1/catalog/item-adjustments', {
        kind: 'change',
        itemId: done.itemId,
        proposed: { ...item, name: `${item.name}（调整）` },
        reason: '名称调整',
      }),
      201,
    );
    ok(
      await office.request('POST', `/api/v1/catalog/item-adjustments/${change.id}/decision`, {
        approve: true,
      }),
    );
    const [row] = await p.database.db.select().from(catalogItem).where(eq(catalogItem.id, done.itemId));
    expect(row).toMatchObject({ name: `${item.name}（调整）`, revision: 2 });
    const events = await p.database.db
      .select()
      .from(outboxEvent)
      .where(eq(outboxEvent.type, 'catalog.item-changed'));
    expect(events.map((e) => (e.payload as { kind: string }).kind)).toEqual(
      expect.arrayContaining(['create', 'change']),
    );
  });

  it('a returned request changes nothing and needs a reason', async () => {
    const req = ok(
      await admin.request('POST', '/api/v1/catalog/item-adjustments', {
        kind: 'retire',
        itemId,
        reason: '取消',
      }),
      201,
    );
    const url = `/api/v1/catalog/item-adjustments/${req.id}/decision`;
    expect((await office.request('POST', url, { approve: false })).statusCode).toBe(400);
    expect(ok(await office.request('POST', url, { approve: false, comment: '仍在实施' })).status).toBe(
      'returned',
    );
    const [row] = await p.database.db.select().from(catalogItem).where(eq(catalogItem.id, itemId));
    expect(row!.retiredAt).toBeNull();
  });

  it('inconsistent requests are 400 and create nothing', async () => {
    for (const body of [
      { kind: 'create', reason: 'x' },
      { kind: 'change', proposed: proposed(), reason: 'x' },
      { kind: 'retire', itemId, proposed: proposed(), reason: 'x' },
    ]) {
      expect((await admin.request('POST', '/api/v1/catalog/item-adjustments', body)).statusCode).toBe(400);
    }
  });
});
