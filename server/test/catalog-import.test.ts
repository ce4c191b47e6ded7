// Excel import and export of the catalog (issue #4 §6): a good workbook imports as drafts; a bad
// one reports every problem (sheet, row, column) and writes nothing; rows outside the caller's
// scope are errors; an export imports back unchanged; files that are not workbooks are refused.
import ExcelJS from 'exceljs';
import { eq, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ImplementationContent } from '../src/modules/catalog/content.ts';
import { catalogItem, implementation, implementationVersion } from '../src/modules/catalog/schema.ts';
import { validContent } from '../src/modules/catalog/test-fixtures.ts';
import { buildWorkbook, XLSX_TYPE } from '../src/modules/catalog/transfer/write-workbook.ts';
import { DEMO_PASSWORD, DEMO_STAFF } from '../src/modules/identity/demo-accounts.ts';
import { totpCode } from '../src/modules/identity/totp.ts';
import { ADMIN, testPlatform, type TestPlatform } from './helpers.ts';

let p: TestPlatform;
const headersOf = new Map<string, Record<string, string>>();

/** Cookie and CSRF headers of a signed-in demo staff member. */
async function staff(username: string): Promise<Record<string, string>> {
  const secret = DEMO_STAFF.find((s) => s.username === username)?.totpSecret;
  const res = await p.app.inject({
    method: 'POST',
    url: '/api/v1/auth/login',
    remoteAddress: `10.88.0.${headersOf.size + 1}`,
    payload: { username, password: DEMO_PASSWORD, ...(secret && { totp: totpCode(secret) }) },
  });
  expect(res.statusCode, res.body).toBe(200);
  const cookies = res.cookies as { name: string; value: string }[];
  return {
    cookie: cookies.map((c) => `${c.name}=${c.value}`).join('; '),
    'x-csrf-token': cookies.find((c) => c.name === 'tb_csrf')!.value,
  };
}

const upload = (who: Record<string, string>, bytes: Buffer | string, query = '', type = XLSX_TYPE) =>
  p.app.inject({
    method: 'POST',
    url: `/api/v1/catalog/import${query}`,
    headers: { ...who, 'content-type': type },
    payload: bytes,
  });

async function counts() {
  const db = p.database.db;
  const n = async (table: typeof catalogItem | typeof implementation | typeof implementationVersion) =>
    (await db.select({ n: sql<number>`count(*)`.mapWith(Number) }).from(table))[0]!.n;
  return {
    items: await n(catalogItem),
    impls: await n(implementation),
    versions: await n(implementationVersion),
  };
}

/** Opens a workbook, lets `change` edit it, and writes it back. */
async function edit(bytes: Buffer, change: (wb: ExcelJS.Workbook) => void): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(bytes as never);
  change(wb);
  return Buffer.from(await wb.xlsx.writeBuffer());
}
function setCell(wb: ExcelJS.Workbook, sheet: string, row: number, header: string, value: string) {
  const ws = wb.getWorksheet(sheet)!;
  let col = 0;
  ws.getRow(1).eachCell((c, i) => {
    if (c.value === header) col = i;
  });
  expect(col, `${sheet} has column ${header}`).toBeGreaterThan(0);
  ws.getRow(row).getCell(col).value = value;
}

const BASIC_CODE = 'IMPORT0001';
function content(): ImplementationContent {
  return { ...validContent(), name: '导入测试事项', basicCode: BASIC_CODE };
}
const basicItem = () => {
  const c = content();
  return {
    name: c.name,
    basicCode: c.basicCode,
    itemType: c.itemType,
    legalBasis: c.legalBasis,
    exerciseLevel: c.exerciseLevel,
    serviceTargets: c.serviceTargets,
    themes: c.themes,
  };
};
const goodWorkbook = () =>
  buildWorkbook({
    basicItems: [basicItem()],
    implementations: [
      { code: '', rowKey: 'A', agencyId: 'tj-scjgw', regionCode: '120000', content: content() },
      {
        code: '',
        rowKey: 'B',
        agencyId: 'tj-scjgw',
        regionCode: '120000',
        content: { ...content(), promisedLimit: { kind: 'period', value: 5, unit: 'working-days' } },
      },
    ],
  });

beforeAll(async () => {
  p = await testPlatform();
  for (const u of ['catalog-admin', 'reviewer-scjg']) headersOf.set(u, await staff(u));
});
afterAll(() => p?.dispose());

describe('a good workbook', () => {
  let created: { row: number; rowKey: string; code: string }[];

  it('a dry run reports what would happen and writes nothing', async () => {
    const before = await counts();
    const res = await upload(ADMIN, await goodWorkbook(), '?dryRun=true');
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json()).toMatchObject({
      dryRun: true,
      basicItems: { created: [BASIC_CODE], updated: [] },
      implementations: {
        created: [
          { row: 2, rowKey: 'A', code: null },
          { row: 3, rowKey: 'B', code: null },
        ],
      },
    });
    expect(await counts()).toEqual(before);
  });

  it('imports the basic item (city office) and the implementations as drafts with their materials', async () => {
    const before = await counts();
    const res = await upload(ADMIN, await goodWorkbook());
    expect(res.statusCode, res.body).toBe(200);
    created = res.json().implementations.created;
    expect(created.map((c) => c.rowKey)).toEqual(['A', 'B']);
    expect(Number(created[1]!.code.slice(18))).toBe(Number(created[0]!.code.slice(18)) + 1);
    expect(await counts()).toEqual({
      items: before.items + 1,
      impls: before.impls + 2,
      versions: before.versions + 2,
    });
    const [b] = await p.database.db
      .select({ v: implementationVersion })
      .from(implementationVersion)
      .innerJoin(implementation, eq(implementation.id, implementationVersion.implementationId))
      .where(eq(implementation.code, created[1]!.code));
    expect(b!.v.status).toBe('draft');
    // Exactly what was exported went in: the workbook loses nothing of the content.
    expect(b!.v.content).toEqual({
      ...content(),
      promisedLimit: { kind: 'period', value: 5, unit: 'working-days' },
    });
  });

  it('a changed row while a draft is in progress is refused, at that row', async () => {
    const bytes = await buildWorkbook({
      basicItems: [],
      implementations: [
        {
          code: created[0]!.code,
          agencyId: 'tj-scjgw',
          regionCode: '120000',
          content: { ...content(), visits: 1, visitsReason: '现场核验' },
        },
      ],
    });
    const res = await upload(headersOf.get('catalog-admin')!, bytes);
    expect(res.statusCode, res.body).toBe(422);
    expect(res.json().errors).toEqual([
      expect.objectContaining({ path: '/实施清单/2/实施编码', sheet: '实施清单', row: 2 }),
    ]);
  });

  it('a published implementation gets a new draft version; an unchanged row is left alone', async () => {
    await p.database.db.execute(
      sql`update implementation_version set status = 'published', effective_from = current_date - 1, published_at = now()
          where implementation_id in (select id from implementation where code in (${created[0]!.code}, ${created[1]!.code}))`,
    );
    const bytes = await buildWorkbook({
      basicItems: [basicItem()],
      implementations: [
        {
          code: created[0]!.code,
          agencyId: 'tj-scjgw',
          regionCode: '120000',
          content: { ...content(), visits: 1, visitsReason: '现场核验' },
        },
        {
          code: created[1]!.code,
          agencyId: 'tj-scjgw',
          regionCode: '120000',
          content: { ...content(), promisedLimit: { kind: 'period', value: 5, unit: 'working-days' } },
        },
      ],
    });
    // The scoped editor of the commission: no basic-item change, both rows in scope.
    const res = await upload(headersOf.get('reviewer-scjg')!, bytes);
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json()).toMatchObject({
      basicItems: { created: [], updated: [], unchanged: 1 },
      implementations: {
        created: [],
        newVersions: [{ row: 2, code: created[0]!.code, version: 2 }],
        unchanged: 1,
      },
    });
  });
});

describe('a workbook with errors', () => {
  it('reports every problem with its sheet, row and column, and writes nothing', async () => {
    const bytes = await edit(await goodWorkbook(), (wb) => {
      setCell(wb, '基本目录', 2, '事项类型', '99');
      setCell(wb, '实施清单', 2, '承诺时限', '二十天');
      setCell(wb, '实施清单', 3, '实施主体', 'no-such-agency');
      setCell(wb, '实施清单', 3, '全市通办', '也许');
      setCell(wb, '申请材料', 4, '是否必要', '看情况');
      setCell(wb, '申请材料', 5, '原件份数', '-1');
      setCell(wb, '实施清单', 2, '完整内容', '{"procedure": "受理"}');
    });
    const before = await counts();
    const res = await upload(ADMIN, bytes);
    expect(res.statusCode, res.body).toBe(422);
    expect(res.headers['content-type']).toContain('application/problem+json');
    const body = res.json();
    expect(body.code).toBe('CATALOG_IMPORT_FAILED');
    const paths = body.errors.map((e: { path: string }) => e.path);
    expect(paths).toEqual(
      expect.arrayContaining([
        '/基本目录/2/事项类型',
        '/实施清单/2/承诺时限',
        '/实施清单/3/实施主体',
        '/申请材料/4/是否必要',
        '/申请材料/5/原件份数',
        '/实施清单/2/完整内容',
      ]),
    );
    // Row 3 stops at its unknown agency (its 全市通办 is not read); every error has both languages.
    expect(paths, JSON.stringify(body.errors)).toHaveLength(6);
    for (const e of body.errors) expect(e.messageZh && e.message).toBeTruthy();
    expect(await counts()).toEqual(before);
  });

  it('answers the workbook back with the bad cells marked and a list of the problems', async () => {
    const bytes = await edit(await goodWorkbook(), (wb) => {
      setCell(wb, '实施清单', 2, '承诺时限', '二十天');
      setCell(wb, '申请材料', 4, '是否必要', '看情况');
    });
    const before = await counts();
    const res = await p.app.inject({
      method: 'POST',
      url: '/api/v1/catalog/import/annotated',
      headers: { ...ADMIN, 'content-type': XLSX_TYPE },
      payload: bytes,
    });
    expect(res.statusCode, res.body).toBe(200);
    expect(res.headers['x-import-errors']).toBe('2');
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(res.rawPayload as never);
    const sheet = wb.getWorksheet('实施清单')!;
    let col = 0;
    sheet.getRow(1).eachCell((c, i) => {
      if (c.value === '承诺时限') col = i;
    });
    const limit = sheet.getRow(2).getCell(col);
    expect(limit.fill).toMatchObject({ type: 'pattern' });
    expect(String(limit.note)).toContain('二十天');
    expect(wb.getWorksheet('导入错误')!.rowCount).toBe(3);
    expect(await counts()).toEqual(before);
  });

  it('reports a schema error in the full-content JSON at that column', async () => {
    const bytes = await edit(await goodWorkbook(), (wb) => {
      setCell(wb, '实施清单', 2, '完整内容', '{"procedure": "受理"}');
      setCell(wb, '实施清单', 3, '完整内容', '{"visits": 3}');
      setCell(wb, '实施清单', 3, '到现场次数', '12');
    });
    const res = await upload(ADMIN, bytes);
    expect(res.statusCode, res.body).toBe(422);
    const paths = res.json().errors.map((e: { path: string }) => e.path);
    expect(paths.sort()).toEqual(
      ['/实施清单/2/完整内容', '/实施清单/3/到现场次数', '/实施清单/3/完整内容'].sort(),
    );
  });

  it('an agency editor: rows of other agencies and basic-item changes are errors', async () => {
    const bytes = await buildWorkbook({
      basicItems: [{ ...basicItem(), basicCode: 'IMPORT0002', name: '新事项' }],
      implementations: [
        { code: '', rowKey: 'ok', agencyId: 'tj-scjgw', regionCode: '120000', content: content() },
        { code: '', rowKey: 'other', agencyId: 'tj-wjw', regionCode: '120000', content: content() },
      ],
    });
    const before = await counts();
    const res = await upload(headersOf.get('reviewer-scjg')!, bytes);
    expect(res.statusCode, res.body).toBe(422);
    expect(res.json().errors.map((e: { path: string }) => e.path)).toEqual([
      '/基本目录/2/基本编码',
      '/实施清单/3/实施主体',
    ]);
    expect(await counts()).toEqual(before);
  });
});

describe('export', () => {
  it('the exported workbook imports back with no errors and no changes', async () => {
    // Implementations in force keep the basic item they were made for, even once it is retired.
    await p.database.db.execute(
      sql`update catalog_item set retired_at = now() where basic_code = ${BASIC_CODE}`,
    );
    const json = await p.app.inject({ method: 'GET', url: '/api/v1/catalog/export.json' });
    expect(json.statusCode, json.body).toBe(200);
    const catalog = json.json();
    expect(catalog.implementations.length).toBeGreaterThanOrEqual(2);
    const xlsx = await p.app.inject({ method: 'GET', url: '/api/v1/catalog/export.xlsx' });
    expect(xlsx.statusCode).toBe(200);
    expect(xlsx.headers['content-type']).toContain(XLSX_TYPE);
    const res = await upload(ADMIN, xlsx.rawPayload, '?dryRun=true');
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json()).toMatchObject({
      basicItems: { created: [], updated: [], unchanged: catalog.basicItems.length },
      implementations: { created: [], newVersions: [], unchanged: catalog.implementations.length },
    });
    await p.database.db.execute(
      sql`update catalog_item set retired_at = null where basic_code = ${BASIC_CODE}`,
    );
  });
});

describe('bad files and callers', () => {
  it('refuses what is not a workbook, an empty workbook and a file over 5 MB', async () => {
    const notXlsx = await upload(ADMIN, Buffer.from('hello, this is not a spreadsheet'));
    expect(notXlsx.statusCode).toBe(415);
    const zipButNot = await upload(
      ADMIN,
      Buffer.concat([Buffer.from([0x50, 0x4b, 3, 4]), Buffer.alloc(100)]),
    );
    expect(zipButNot.statusCode).toBe(415);
    const empty = new ExcelJS.Workbook();
    empty.addWorksheet('Sheet1');
    const none = await upload(ADMIN, Buffer.from(await empty.xlsx.writeBuffer()));
    expect(none.statusCode).toBe(422);
    expect(none.json()).toMatchObject({ code: 'CATALOG_IMPORT_FAILED', errors: [{ path: '/' }] });
    const big = await upload(ADMIN, Buffer.alloc(5 * 1024 * 1024 + 10));
    expect(big.statusCode).toBe(413);
    const asJson = await upload(ADMIN, '{}', '', 'application/json');
    expect(asJson.statusCode).toBe(415);
    for (const r of [notXlsx, none, big, asJson])
      expect(r.headers['content-type']).toContain('application/problem+json');
  });

  it('an unknown column is reported (a typo would otherwise drop data)', async () => {
    const bytes = await edit(await goodWorkbook(), (wb) => {
      wb.getWorksheet('实施清单')!.getRow(1).getCell(8).value = '承诺时现';
      setCell(wb, '实施清单', 3, '承诺时限', '二十天');
    });
    const res = await upload(ADMIN, bytes);
    expect(res.statusCode).toBe(422);
    // The rows are still checked (the unknown column is left out of them).
    expect(res.json().errors.map((e: { path: string }) => e.path)).toEqual([
      '/实施清单/1/承诺时现',
      '/实施清单/3/承诺时限',
    ]);
  });

  it('needs a signed-in catalog editor or reviewer', async () => {
    const bytes = await goodWorkbook();
    expect((await upload({}, bytes)).statusCode).toBe(401);
    expect((await upload(await staff('clerk-hexi'), bytes, '?dryRun=true')).statusCode).toBe(403);
    // The office passes the gate (it may import basic items) but edits no implementation.
    const office = await upload(await staff('office-admin'), bytes, '?dryRun=true');
    expect(office.statusCode, office.body).toBe(422);
    expect(office.json().errors.map((e: { path: string }) => e.path)).toEqual([
      '/实施清单/2/实施主体',
      '/实施清单/3/实施主体',
    ]);
  });
});
