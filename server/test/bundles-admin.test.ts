// Bundle definitions through HTTP, as implementations are administered: the city's editor
// (catalog-admin) creates a bundle and edits its draft, the service office (office-admin)
// reviews and publishes it, and the public guide shows it; a published version is frozen, a new
// version takes over on its date, and retirement ends it. Publication is refused with every
// failed rule (form conflicts, an order cycle, a member that does not exist); an editor of
// another agency neither sees nor creates bundles outside its scope.
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { BundleContent } from '../src/modules/bundles/content.ts';
import { bundleVersion } from '../src/modules/bundles/schema.ts';
import { auditLog } from '../src/platform/audit/schema.ts';
import { addCalendarDays, businessDate } from '../src/platform/time/business-date.ts';
import { catalogFixture, ok } from './catalog-fixtures.ts';
import { testPlatform, type TestPlatform } from './helpers.ts';
import { anonymous, signIn, type Caller } from './identity-callers.ts';
import { bundleContent, conflictingContent, memberImplementation } from './bundles-admin-fixtures.ts';

let p: TestPlatform;
let editor: Caller;
let office: Caller;
let scjg: Caller;
let licenceCode: string;
let otherCode: string;
let conflictCode: string;
let content: BundleContent;

const today = () => businessDate();
const tomorrow = () => addCalendarDays(businessDate(), 1);

beforeAll(async () => {
  p = await testPlatform();
  const db = p.database.db;
  const fixture = await catalogFixture(db);
  licenceCode = await memberImplementation(db, fixture.itemId, fixture.content);
  otherCode = await memberImplementation(
    db,
    fixture.itemId,
    { ...fixture.content, name: '食品经营许可（河西）' },
    { agencyId: 'hx-xzspj', regionCode: '120103' },
  );
  conflictCode = await memberImplementation(db, fixture.itemId, conflictingContent());
  content = bundleContent([
    { id: 'licence', implementationCode: licenceCode, answers: { kind: 'new' } },
    {
      id: 'branch',
      implementationCode: otherCode,
      answers: { kind: 'new' },
      after: ['licence'],
      when: { 'need-seal': ['yes'] },
    },
  ]);
  editor = await signIn(p.app, 'catalog-admin');
  office = await signIn(p.app, 'office-admin');
  scjg = await signIn(p.app, 'reviewer-scjg');
});
afterAll(() => p?.dispose());

const create = (caller: Caller, body: Record<string, unknown>) =>
  caller.request('POST', '/api/v1/admin/bundles', body);
const act = (caller: Caller, id: string, body: Record<string, unknown>) =>
  caller.request('POST', `/api/v1/admin/bundle-versions/${id}/actions`, body);
const save = (caller: Caller, id: string, c: BundleContent) =>
  caller.request('PUT', `/api/v1/admin/bundle-versions/${id}`, { content: c });

let code: string;
let v1: string;

describe('from draft to published', () => {
  it('the editor creates a bundle: code YJS + region + serial, a draft version 1', async () => {
    const d = ok(await create(editor, { regionCode: '120103', content }), 201);
    expect(d.bundleCode).toMatch(/^YJS120103\d{3}$/);
    expect(d).toMatchObject({ version: 1, status: 'draft', state: 'draft', regionCode: '120103' });
    expect(d.availableActions).toEqual(['submit']);
    expect(d.failures).toEqual([]);
    code = d.bundleCode;
    v1 = d.id;
    const next = ok(await create(editor, { regionCode: '120103', content }), 201);
    expect(Number(next.bundleCode.slice(9))).toBe(Number(code.slice(9)) + 1);
  });

  it('refuses an unknown lead agency (400) and a lead agency outside the editor’s scope (403)', async () => {
    const unknown = await create(editor, {
      regionCode: '120103',
      content: { ...content, leadAgencyId: 'no-such' },
    });
    expect(unknown.statusCode).toBe(400);
    expect(unknown.json().errors[0].path).toBe('/body/content/leadAgencyId');
    const outside = await create(scjg, { regionCode: '120103', content });
    expect(outside.statusCode).toBe(403);
  });

  it('an editor of another agency neither lists nor reads the bundle (404)', async () => {
    const listed = ok(await scjg.request('GET', '/api/v1/admin/bundles')).items;
    expect(listed.map((b: { code: string }) => b.code)).not.toContain(code);
    expect((await scjg.request('GET', `/api/v1/admin/bundles/${code}`)).statusCode).toBe(404);
    expect((await scjg.request('GET', `/api/v1/admin/bundle-versions/${v1}`)).statusCode).toBe(404);
    expect((await save(scjg, v1, content)).statusCode).toBe(404);
    expect((await act(scjg, v1, { action: 'submit' })).statusCode).toBe(404);
    const mine = ok(await office.request('GET', '/api/v1/admin/bundles')).items;
    expect(mine.find((b: { code: string }) => b.code === code)).toMatchObject({
      name: '测试开办一件事',
      leadAgencyId: 'hx-xzspj',
      leadAgencyName: expect.stringContaining('河西'),
      versions: [{ version: 1, status: 'draft' }],
    });
  });

  it('the editor saves the draft; the lead agency cannot change', async () => {
    const saved = ok(await save(editor, v1, { ...content, summary: '许可与分支一次办' }));
    expect(saved.content.summary).toBe('许可与分支一次办');
    const moved = await save(editor, v1, { ...content, leadAgencyId: 'tj-scjgw' });
    expect(moved.statusCode).toBe(400);
  });

  it('submit → return needs a comment → resubmit; the editor cannot approve; a draft cannot be published', async () => {
    const early = await act(office, v1, { action: 'publish' });
    expect(early.statusCode).toBe(409);
    expect(early.json().code).toBe('CATALOG_TRANSITION_NOT_ALLOWED');
    expect(ok(await act(editor, v1, { action: 'submit' })).status).toBe('submitted');
    expect((await act(office, v1, { action: 'return' })).statusCode).toBe(400);
    const returned = ok(await act(office, v1, { action: 'return', comment: '请补充说明' }));
    expect(returned.status).toBe('returned');
    ok(await act(editor, v1, { action: 'submit' }));
    expect((await act(editor, v1, { action: 'approve' })).statusCode).toBe(403);
  });

  it('the office approves and publishes; the guide shows it; edits are refused from then on', async () => {
    ok(await act(office, v1, { action: 'approve' }));
    expect(
      (await act(office, v1, { action: 'publish', effectiveFrom: addCalendarDays(today(), -1) })).statusCode,
    ).toBe(400);
    const published = ok(await act(office, v1, { action: 'publish' }));
    expect(published).toMatchObject({ status: 'published', state: 'in-force', effectiveFrom: today() });
    expect(published.publishedAt).not.toBeNull();
    expect(published.actions.map((a: { action: string }) => a.action)).toEqual([
      'submit',
      'return',
      'submit',
      'approve',
      'publish',
    ]);
    const guide = ok(await anonymous(p.app).request('GET', `/api/v1/bundles/${code}`));
    expect(guide).toMatchObject({ code, versionId: v1, summary: '许可与分支一次办' });
    const frozen = await save(editor, v1, content);
    expect(frozen.statusCode).toBe(409);
    expect(frozen.json().code).toBe('CATALOG_VERSION_NOT_EDITABLE');
    const audited = await p.database.db
      .select({ action: auditLog.action })
      .from(auditLog)
      .where(eq(auditLog.resourceId, v1));
    expect(audited.map((a) => a.action)).toEqual(
      expect.arrayContaining([
        'bundle.version.edit',
        'bundle.version.submit',
        'bundle.version.return',
        'bundle.version.approve',
        'bundle.version.publish',
      ]),
    );
  });
});

describe('a new version', () => {
  let v2: string;
  it('opens version 2 from the published one; a second open version is refused (409)', async () => {
    const opened = ok(await editor.request('POST', `/api/v1/admin/bundles/${code}/versions`), 201);
    expect(opened).toMatchObject({ version: 2, status: 'draft' });
    expect(opened.content.summary).toBe('许可与分支一次办');
    v2 = opened.id;
    const again = await editor.request('POST', `/api/v1/admin/bundles/${code}/versions`);
    expect(again.statusCode).toBe(409);
    expect(again.json().code).toBe('BUNDLE_VERSION_IN_PROGRESS');
  });

  it('published for tomorrow, it ends version 1 tomorrow', async () => {
    ok(await save(editor, v2, { ...content, summary: '第二版' }));
    ok(await act(editor, v2, { action: 'submit' }));
    ok(await act(office, v2, { action: 'approve' }));
    const published = ok(await act(office, v2, { action: 'publish', effectiveFrom: tomorrow() }));
    expect(published).toMatchObject({ state: 'scheduled', effectiveFrom: tomorrow() });
    const [first] = await p.database.db.select().from(bundleVersion).where(eq(bundleVersion.id, v1));
    expect(first!.effectiveTo).toBe(tomorrow());
    const guide = ok(await anonymous(p.app).request('GET', `/api/v1/bundles/${code}`));
    expect(guide.versionId).toBe(v1);
  });

  it('retiring the version in force (with a reason) ends it today', async () => {
    expect((await act(office, v1, { action: 'retire' })).statusCode).toBe(400);
    const retired = ok(await act(office, v1, { action: 'retire', comment: '测试废止' }));
    expect(retired).toMatchObject({ status: 'retired', effectiveTo: today() });
    const guide = await anonymous(p.app).request('GET', `/api/v1/bundles/${code}`);
    expect(guide.statusCode).toBe(422);
    expect(guide.json().code).toBe('BUNDLE_NOT_IN_FORCE');
  });
});

describe('publication rules', () => {
  let id: string;
  /** Saves `c` into the draft, takes it to approved and tries to publish; returns it for changes. */
  async function tryPublish(c: BundleContent) {
    ok(await save(editor, id, c));
    const detail = ok(await editor.request('GET', `/api/v1/admin/bundle-versions/${id}`));
    ok(await act(editor, id, { action: 'submit' }));
    ok(await act(office, id, { action: 'approve' }));
    const res = await act(office, id, { action: 'publish' });
    if (res.statusCode !== 200) ok(await act(office, id, { action: 'return', comment: '发布校验未通过' }));
    return { res, failures: detail.failures as { rule: string; path: string }[] };
  }

  beforeAll(async () => {
    id = ok(await create(editor, { regionCode: '120103', content }), 201).id;
  });

  it('refuses two members whose forms validate one data element differently', async () => {
    const { res, failures } = await tryPublish(
      bundleContent([
        { id: 'licence', implementationCode: licenceCode, answers: { kind: 'new' } },
        { id: 'clash', implementationCode: conflictCode, answers: { kind: 'new' } },
      ]),
    );
    expect(failures).toContainEqual(
      expect.objectContaining({ rule: 'bundle-form-conflict', path: 'form.enterprise.name' }),
    );
    expect(res.statusCode).toBe(422);
    expect(res.json().code).toBe('BUNDLE_RULES_FAILED');
    expect(res.json().errors).toContainEqual({
      path: 'form.enterprise.name',
      message: expect.stringContaining('bundle-form-conflict'),
      messageZh: expect.stringContaining('enterprise.name'),
    });
  });

  it('refuses an order cycle and a member that does not exist, all at once', async () => {
    const { res } = await tryPublish(
      bundleContent([
        { id: 'a', implementationCode: licenceCode, answers: { kind: 'new' }, after: ['b'] },
        { id: 'b', implementationCode: otherCode, answers: { kind: 'new' }, after: ['a'] },
        { id: 'ghost', implementationCode: 'TBTEST-NO-SUCH' },
      ]),
    );
    expect(res.statusCode).toBe(422);
    const messages = res.json().errors.map((e: { message: string }) => e.message.split(':')[0]);
    expect(messages).toEqual(expect.arrayContaining(['bundle-order', 'bundle-member-in-force']));
    const [row] = await p.database.db.select().from(bundleVersion).where(eq(bundleVersion.id, id));
    expect(row!.status).toBe('returned');
  });

  it('publishes once the rules pass', async () => {
    const { res } = await tryPublish(content);
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json().failures).toEqual([]);
  });
});
