// Review scope: a district service office (catalog.review and catalog.publish on its region)
// reviews and publishes the implementations in its region subtree only — the city's answer 404 —
// and cannot decide basic-catalog adjustments, which belong to the city office.
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ImplementationContent } from '../src/modules/catalog/content.ts';
import { account, staffRole } from '../src/modules/identity/schema.ts';
import { uuidv7 } from '../src/platform/ids.ts';
import { testPlatform, type TestPlatform } from './helpers.ts';
import { signIn, type Caller } from './identity-callers.ts';
import { act, catalogFixture, createDraft, ok, today, type Draft } from './catalog-fixtures.ts';

let p: TestPlatform;
let editor: Caller;
let district: Caller;
let itemId: string;
let content: ImplementationContent;
let hexi: Draft;
let city: Draft;

beforeAll(async () => {
  p = await testPlatform();
  ({ itemId, content } = await catalogFixture(p.database.db));
  // The auditor (who signs in with a second factor) also serves in 河西区's service office.
  const [auditor] = await p.database.db.select().from(account).where(eq(account.username, 'auditor'));
  await p.database.db
    .insert(staffRole)
    .values({ id: uuidv7(), staffId: auditor!.id, roleId: 'service-office', regionCode: '120103' });
  editor = await signIn(p.app, 'catalog-admin');
  district = await signIn(p.app, 'auditor');
  hexi = await createDraft(editor, itemId, content, { agencyId: 'hx-xzspj', regionCode: '120103' });
  city = await createDraft(editor, itemId, content);
  ok(await act(editor, hexi.versionId, { action: 'submit' }));
  ok(await act(editor, city.versionId, { action: 'submit' }));
});
afterAll(() => p?.dispose());

describe('a district service office', () => {
  it('sees the review queue of its region only', async () => {
    const queue = ok(
      await district.request('GET', '/api/v1/catalog/implementations?state=submitted&limit=200'),
    );
    const codes = queue.items.map((i: { code: string }) => i.code);
    expect(codes).toContain(hexi.code);
    expect(codes).not.toContain(city.code);
    for (const i of queue.items) expect(i.regionCode.startsWith('120103')).toBe(true);
  });

  it('approves and publishes in its region; the city’s version answers 404', async () => {
    expect(ok(await act(district, hexi.versionId, { action: 'approve' })).status).toBe('approved');
    const published = ok(await act(district, hexi.versionId, { action: 'publish', effectiveFrom: today() }));
    expect(published.status).toBe('published');
    expect((await act(district, city.versionId, { action: 'approve' })).statusCode).toBe(404);
    expect((await district.request('GET', `/api/v1/catalog/versions/${city.versionId}`)).statusCode).toBe(
      404,
    );
  });

  it('cannot decide basic-catalog adjustments (403), and sees only its own requests', async () => {
    const req = ok(
      await editor.request('POST', '/api/v1/catalog/item-adjustments', {
        kind: 'retire',
        itemId,
        reason: '测试',
      }),
      201,
    );
    const decision = await district.request('POST', `/api/v1/catalog/item-adjustments/${req.id}/decision`, {
      approve: true,
    });
    expect(decision.statusCode).toBe(403);
    expect(decision.json().detail).toMatch(/city service office/);
    expect(ok(await district.request('GET', '/api/v1/catalog/item-adjustments')).items).toEqual([]);
  });
});
