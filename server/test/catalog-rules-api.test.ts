// Publication rules through the API: the check endpoint reports every failure without changing
// anything, and submit refuses with CATALOG_RULES_FAILED listing the same failures all at once.
// The consistency report lists in-force versions whose four fields differ from the basic item.
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ImplementationContent } from '../src/modules/catalog/content.ts';
import { catalogItem, implementationVersion } from '../src/modules/catalog/schema.ts';
import { testPlatform, type TestPlatform } from './helpers.ts';
import { signIn, type Caller } from './identity-callers.ts';
import { act, catalogFixture, createDraft, ok, publishVersion } from './catalog-fixtures.ts';

let p: TestPlatform;
let editor: Caller;
let office: Caller;
let itemId: string;
let content: ImplementationContent;

beforeAll(async () => {
  p = await testPlatform();
  ({ itemId, content } = await catalogFixture(p.database.db));
  editor = await signIn(p.app, 'catalog-admin');
  office = await signIn(p.app, 'office-admin');
});
afterAll(() => p?.dispose());

type Failure = { rule: string; path: string; zh: string; en: string };

describe('rule failures, all at once', () => {
  it('a valid draft checks clean', async () => {
    const d = await createDraft(editor, itemId, content);
    expect(ok(await editor.request('GET', `/api/v1/catalog/versions/${d.versionId}/check`))).toEqual({
      ok: true,
      failures: [],
    });
  });

  it('a draft breaking four rules: check lists them, submit refuses with every one, nothing changes', async () => {
    const broken: ImplementationContent = {
      ...content,
      name: `${content.name}（改）`,
      promisedLimit: { kind: 'period', value: 99, unit: 'working-days' },
      handlingModes: [],
      visits: 2,
      visitsReason: undefined,
    };
    delete broken.visitsReason;
    const d = await createDraft(editor, itemId, broken);
    const report = ok(await editor.request('GET', `/api/v1/catalog/versions/${d.versionId}/check`));
    expect(report.ok).toBe(false);
    const rules = new Set(report.failures.map((f: Failure) => f.rule));
    for (const rule of [
      'promised-within-statutory',
      'handling-mode',
      'visits-reason',
      'four-level-consistency',
    ])
      expect(rules, rule).toContain(rule);

    const res = await act(editor, d.versionId, { action: 'submit' });
    expect(res.statusCode).toBe(422);
    const problem = res.json();
    expect(problem.code).toBe('CATALOG_RULES_FAILED');
    expect(problem.errors).toHaveLength(report.failures.length);
    expect(problem.errors).toEqual(
      report.failures.map((f: Failure) => ({ path: f.path, message: `${f.rule}: ${f.en}`, messageZh: f.zh })),
    );
    const [row] = await p.database.db
      .select()
      .from(implementationVersion)
      .where(eq(implementationVersion.id, d.versionId));
    expect(row!.status).toBe('draft');
  });

  it('a new implementation starts from the basic item and is not yet publishable', async () => {
    const created = ok(
      await editor.request('POST', '/api/v1/catalog/implementations', {
        basicItemId: itemId,
        agencyId: 'tj-scjgw',
        regionCode: '120000',
      }),
      201,
    );
    const v = ok(await editor.request('GET', `/api/v1/catalog/versions/${created.versions[0].id}`));
    expect(v.content).toMatchObject({
      name: content.name,
      basicCode: content.basicCode,
      itemType: content.itemType,
    });
    const report = ok(
      await editor.request('GET', `/api/v1/catalog/versions/${created.versions[0].id}/check`),
    );
    expect(report.ok).toBe(false);
    expect(report.failures.map((f: Failure) => f.rule)).toContain('handling-mode');
    expect(report.failures.map((f: Failure) => f.rule)).not.toContain('four-level-consistency');
  });
});

describe('the consistency report', () => {
  it('lists a published version whose basic item changed since', async () => {
    const d = await createDraft(editor, itemId, content);
    await publishVersion(editor, office, d.versionId);
    expect((await editor.request('GET', '/api/v1/catalog/reports/consistency')).statusCode).toBe(403);
    const before = ok(await office.request('GET', '/api/v1/catalog/reports/consistency'));
    expect(before.items.map((r: { implementationCode: string }) => r.implementationCode)).not.toContain(
      d.code,
    );
    await p.database.db
      .update(catalogItem)
      .set({ name: '食品经营许可（新）' })
      .where(eq(catalogItem.id, itemId));
    const after = ok(await office.request('GET', '/api/v1/catalog/reports/consistency'));
    const row = after.items.find((r: { implementationCode: string }) => r.implementationCode === d.code);
    expect(row.differences).toEqual([
      { field: 'name', basic: '食品经营许可（新）', implementation: content.name },
    ]);
    expect(row.agency.id).toBe('tj-scjgw');
  });
});
