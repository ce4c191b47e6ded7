// The data-element dictionary and catalog files over HTTP: public reads, publisher-only changes,
// the type of an element a published form uses is frozen, retirement is refused while a version
// in force uses it; files are sniffed, recorded as catalog files and downloadable by anyone.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ImplementationContent } from '../src/modules/catalog/content.ts';
import { ADMIN, testPlatform, type TestPlatform } from './helpers.ts';
import { anonymous, signIn, type Caller } from './identity-callers.ts';
import { catalogFixture, createDraft, ok, publishVersion } from './catalog-fixtures.ts';

let p: TestPlatform;
let admin: Caller;
let office: Caller;
let itemId: string;
let content: ImplementationContent;

beforeAll(async () => {
  p = await testPlatform();
  ({ itemId, content } = await catalogFixture(p.database.db));
  admin = await signIn(p.app, 'catalog-admin');
  office = await signIn(p.app, 'office-admin');
});
afterAll(() => p?.dispose());

const element = (type: string, extra: Record<string, unknown> = {}) => ({
  labelZh: '测试字段',
  labelEn: 'Test field',
  type,
  format: null,
  enumValues: null,
  maxLength: null,
  sourceKind: 'none',
  sourceField: null,
  sourceLicenseType: null,
  description: '',
  ...extra,
});

describe('data elements', () => {
  it('anyone lists them by key, filtered; keys page with a cursor', async () => {
    const anon = anonymous(p.app);
    const first = ok(await anon.request('GET', '/api/v1/catalog/data-elements?limit=2'));
    expect(first.items).toHaveLength(2);
    expect(first.items[0].key < first.items[1].key).toBe(true);
    const next = ok(
      await anon.request('GET', `/api/v1/catalog/data-elements?limit=2&cursor=${first.nextCursor}`),
    );
    expect(next.items[0].key > first.items[1].key).toBe(true);
    const found = ok(await anon.request('GET', '/api/v1/catalog/data-elements?q=applicant.name'));
    expect(found.items.map((e: { key: string }) => e.key)).toContain('applicant.name');
  });

  it('publishers create and change them; editors may not; bad keys and shapes are 400', async () => {
    const url = '/api/v1/catalog/data-elements/test.sample';
    expect((await admin.request('PUT', url, element('string'))).statusCode).toBe(403);
    expect(ok(await office.request('PUT', url, element('string', { maxLength: 20 })), 201).maxLength).toBe(
      20,
    );
    expect(ok(await office.request('PUT', url, element('integer'))).type).toBe('integer');
    expect(
      (await office.request('PUT', '/api/v1/catalog/data-elements/Bad', element('string'))).statusCode,
    ).toBe(400);
    expect((await office.request('PUT', url, element('enum'))).statusCode).toBe(400); // no values
    expect((await office.request('PUT', url, element('integer', { format: 'uscc' }))).statusCode).toBe(400);
  });

  it('an element a published form uses keeps its type and cannot be retired', async () => {
    const d = await createDraft(admin, itemId, content);
    await publishVersion(admin, office, d.versionId);
    const url = '/api/v1/catalog/data-elements/applicant.name';
    const changed = await office.request('PUT', url, element('integer'));
    expect(changed.statusCode).toBe(409);
    expect(changed.json().code).toBe('DATA_ELEMENT_IN_USE');
    const retired = await office.request('DELETE', url);
    expect(retired.statusCode).toBe(409);
    // A label change keeps the type: allowed.
    ok(await office.request('PUT', url, element('string', { labelZh: '申请人姓名', maxLength: 50 })));
  });

  it('an unused element is retired and leaves the default list', async () => {
    const url = '/api/v1/catalog/data-elements/test.sample';
    expect((await office.request('DELETE', url)).statusCode).toBe(204);
    const list = ok(await office.request('GET', '/api/v1/catalog/data-elements?q=test.sample'));
    expect(list.items).toHaveLength(0);
    const all = ok(
      await office.request('GET', '/api/v1/catalog/data-elements?q=test.sample&includeRetired=true'),
    );
    expect(all.items[0]).toMatchObject({ key: 'test.sample', retired: true });
  });
});

const PNG = Buffer.from(
  '89504e470d0a1a0a0000000d49484452000000010000000108060000001f15c4890000000d4944415478da6364f8ffff3f0005fe02fea7d6a4a10000000049454e44ae426082',
  'hex',
);
const upload = (payload: Buffer, contentType: string, headers: Record<string, string> = ADMIN) =>
  p.app.inject({
    method: 'POST',
    url: '/api/v1/catalog/files',
    headers: { ...headers, 'content-type': contentType },
    payload,
  });

describe('catalog files', () => {
  it('staff upload a PNG (the type sniffed), anyone downloads it', async () => {
    const file = ok(await upload(PNG, 'application/octet-stream'), 201);
    expect(file).toMatchObject({ contentType: 'image/png', sizeBytes: PNG.length });
    const res = await p.app.inject({ method: 'GET', url: `/api/v1/catalog/files/${file.id}` });
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toBe('image/png');
    expect(res.rawPayload.equals(PNG)).toBe(true);
  });

  it('refuses what is not a document, and anonymous uploads', async () => {
    expect((await upload(Buffer.from('just text'), 'application/pdf')).statusCode).toBe(415);
    expect((await upload(PNG, 'image/png', {})).statusCode).toBe(401);
    const missing = await p.app.inject({
      method: 'GET',
      url: '/api/v1/catalog/files/00000000-0000-7000-8000-000000000000',
    });
    expect(missing.statusCode).toBe(404);
  });
});
