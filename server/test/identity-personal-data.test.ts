// Personal data: the holder sees their own data unmasked (audited as self-service); the person
// directory is masked; an unmasked read needs personal-data.read and a stated purpose, and lands
// in the audit log, where the person sees it under /me/data-access (their own reads left out).
import { and, asc, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_PERSONS } from '../src/modules/identity/demo-accounts.ts';
import { account } from '../src/modules/identity/schema.ts';
import { auditLog } from '../src/platform/audit/schema.ts';
import { testPlatform, type TestPlatform } from './helpers.ts';
import { anonymous, operator, signIn, type Caller } from './identity-callers.ts';

let p: TestPlatform;
let zhangsan: Caller;
let clerk: Caller;
let officeAdmin: Caller;
let officer: Caller; // reviewer-scjg, made a personal-data officer below (by the operator)
const ids = new Map<string, string>();
const demo = (username: string) => DEMO_PERSONS.find((d) => d.username === username)!;

beforeAll(async () => {
  p = await testPlatform();
  for (const row of await p.database.db.select({ id: account.id, username: account.username }).from(account))
    ids.set(row.username, row.id);
  zhangsan = await signIn(p.app, 'zhangsan');
  clerk = await signIn(p.app, 'clerk-hexi');
  officeAdmin = await signIn(p.app, 'office-admin');
  const op = operator(p.app);
  const grant = await op.request('POST', `/api/v1/staff/${ids.get('reviewer-scjg')}/roles`, {
    roleId: 'personal-data-officer',
  });
  expect(grant.statusCode, grant.body).toBe(201);
  const secret = grant.json().secondFactor.secret as string;
  officer = await signIn(p.app, 'reviewer-scjg', { totpSecret: secret });
});
afterAll(() => p.dispose());

const auditRows = (subjectId: string) =>
  p.database.db
    .select()
    .from(auditLog)
    .where(and(eq(auditLog.dataSubjectType, 'person'), eq(auditLog.dataSubjectId, subjectId)))
    .orderBy(asc(auditLog.id));

const MASKED_ID = /^\d{4}\*{10}[\dX]{4}$/;

describe('GET /api/v1/me/profile', () => {
  it('shows the holder their own data unmasked and audits the read as self-service', async () => {
    const before = (await auditRows(ids.get('zhangsan')!)).length;
    const res = await zhangsan.request('GET', '/api/v1/me/profile');
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json()).toMatchObject({
      username: 'zhangsan',
      name: '张三',
      idType: '111',
      idNumber: demo('zhangsan').idNumber,
      phone: demo('zhangsan').phone,
      realNameLevel: 2,
      masked: false,
    });
    const rows = await auditRows(ids.get('zhangsan')!);
    expect(rows).toHaveLength(before + 1);
    expect(rows.at(-1)).toMatchObject({
      actorType: 'person',
      actorId: ids.get('zhangsan'),
      action: 'person.profile.read',
      purpose: 'self-service',
    });
  });

  it('is for persons only', async () => {
    expect((await anonymous(p.app).request('GET', '/api/v1/me/profile')).statusCode).toBe(401);
    expect((await clerk.request('GET', '/api/v1/me/profile')).statusCode).toBe(403);
  });
});

describe('GET /api/v1/persons', () => {
  it('needs personal-data.read: a clerk or a staff administrator is refused', async () => {
    expect((await anonymous(p.app).request('GET', '/api/v1/persons')).statusCode).toBe(401);
    expect((await zhangsan.request('GET', '/api/v1/persons')).statusCode).toBe(403);
    expect((await clerk.request('GET', '/api/v1/persons')).statusCode).toBe(403);
    expect((await officeAdmin.request('GET', '/api/v1/persons')).statusCode).toBe(403);
  });

  it('lists persons with masked ID and phone numbers, never the full ones', async () => {
    const res = await officer.request('GET', '/api/v1/persons?limit=200');
    expect(res.statusCode, res.body).toBe(200);
    const items = res.json().items as {
      username: string;
      idNumber: string;
      phone: string;
      masked: boolean;
    }[];
    expect(items.map((i) => i.username)).toEqual(expect.arrayContaining(DEMO_PERSONS.map((d) => d.username)));
    for (const item of items) {
      expect(item.idNumber).toMatch(MASKED_ID);
      expect(item.phone).toMatch(/^\d{3}\*{4}\d{4}$/);
      expect(item.masked).toBe(true);
    }
    const z = items.find((i) => i.username === 'zhangsan')!;
    expect(z.idNumber).toBe(
      `${demo('zhangsan').idNumber.slice(0, 4)}**********${demo('zhangsan').idNumber.slice(-4)}`,
    );
    expect(z.phone).toBe('138****0001');
    for (const d of DEMO_PERSONS) {
      expect(res.body).not.toContain(d.idNumber);
      expect(res.body).not.toContain(d.phone);
    }
  });

  it('finds a person by exact ID number or phone through the blind index, and by name', async () => {
    const byId = await officer.request(
      'GET',
      `/api/v1/persons?idNumber=${demo('lisi').idNumber.toLowerCase()}`,
    );
    expect(byId.json().items.map((i: { username: string }) => i.username)).toEqual(['lisi']);
    const byPhone = await officer.request('GET', `/api/v1/persons?phone=${demo('ent-admin').phone}`);
    expect(byPhone.json().items.map((i: { username: string }) => i.username)).toEqual(['ent-admin']);
    const partial = await officer.request(
      'GET',
      `/api/v1/persons?idNumber=${demo('lisi').idNumber.slice(0, 10)}`,
    );
    expect(partial.json().items).toEqual([]);
    const byName = await officer.request('GET', `/api/v1/persons?q=${encodeURIComponent('张')}`);
    expect(byName.json().items.map((i: { username: string }) => i.username)).toEqual(['zhangsan']);
  });

  it('pages with a keyset cursor and rejects a forged one', async () => {
    const seen: string[] = [];
    let cursor: string | null = null;
    for (let i = 0; i < 20; i++) {
      const res = await officer.request('GET', `/api/v1/persons?limit=1${cursor ? `&cursor=${cursor}` : ''}`);
      expect(res.statusCode, res.body).toBe(200);
      seen.push(...res.json().items.map((x: { id: string }) => x.id));
      cursor = res.json().nextCursor;
      if (!cursor) break;
    }
    expect(new Set(seen).size).toBe(seen.length);
    expect(seen.length).toBeGreaterThanOrEqual(DEMO_PERSONS.length);
    const forged = Buffer.from(JSON.stringify(['not-a-uuid'])).toString('base64url');
    expect((await officer.request('GET', `/api/v1/persons?cursor=${forged}`)).statusCode).toBe(400);
  });
});

describe('GET /api/v1/persons/{id}', () => {
  it('is masked without a purpose, and such a read is not an unmasked read in the audit log', async () => {
    const id = ids.get('lisi')!;
    const before = (await auditRows(id)).length;
    const res = await officer.request('GET', `/api/v1/persons/${id}`);
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json().idNumber).toMatch(MASKED_ID);
    expect(res.json().masked).toBe(true);
    expect(res.body).not.toContain(demo('lisi').idNumber);
    expect(await auditRows(id)).toHaveLength(before);
  });

  it('refuses a purpose shorter than 4 characters', async () => {
    const id = ids.get('lisi')!;
    for (const purpose of ['abc', '%20%20%20%20abc', '']) {
      const res = await officer.request('GET', `/api/v1/persons/${id}?purpose=${purpose}`);
      expect(res.statusCode, purpose).toBe(400);
    }
  });

  it('is unmasked with a purpose, and the read is audited with that purpose', async () => {
    const id = ids.get('zhangsan')!;
    const purpose = '核验办件申请人身份';
    const res = await officer.request('GET', `/api/v1/persons/${id}?purpose=${encodeURIComponent(purpose)}`);
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json()).toMatchObject({
      idNumber: demo('zhangsan').idNumber,
      phone: demo('zhangsan').phone,
      masked: false,
    });
    const rows = await auditRows(id);
    expect(rows.at(-1)).toMatchObject({
      actorType: 'staff',
      actorId: ids.get('reviewer-scjg'),
      action: 'person.personal-data.read',
      purpose,
      dataSubjectType: 'person',
      dataSubjectId: id,
    });
  });

  it('answers 404 for an unknown person and 403 to a caller without the permission', async () => {
    expect(
      (await officer.request('GET', '/api/v1/persons/00000000-0000-7000-8000-000000000000')).statusCode,
    ).toBe(404);
    const res = await clerk.request('GET', `/api/v1/persons/${ids.get('zhangsan')}?purpose=looking%20around`);
    expect(res.statusCode).toBe(403);
    expect(res.body).not.toContain(demo('zhangsan').idNumber);
  });
});

describe('GET /api/v1/me/data-access', () => {
  it('shows who read my data and why, newest first, without my own reads', async () => {
    const id = ids.get('zhangsan')!;
    await officer.request('GET', `/api/v1/persons/${id}?purpose=${encodeURIComponent('second read')}`);
    await zhangsan.request('GET', '/api/v1/me/profile');
    const res = await zhangsan.request('GET', '/api/v1/me/data-access');
    expect(res.statusCode, res.body).toBe(200);
    const items = res.json().items as {
      actorType: string;
      actorName: string;
      purpose: string;
      action: string;
    }[];
    expect(items.slice(0, 2)).toMatchObject([
      { actorType: 'staff', actorName: '陈静', purpose: 'second read', action: 'person.personal-data.read' },
      { actorType: 'staff', actorName: '陈静', purpose: '核验办件申请人身份' },
    ]);
    expect(items.some((i) => i.purpose === 'self-service')).toBe(false);
  });

  it('pages with a cursor', async () => {
    const first = await zhangsan.request('GET', '/api/v1/me/data-access?limit=1');
    expect(first.json().items).toHaveLength(1);
    const cursor = first.json().nextCursor as string;
    expect(cursor).toBeTruthy();
    const second = await zhangsan.request('GET', `/api/v1/me/data-access?limit=1&cursor=${cursor}`);
    expect(second.json().items).toHaveLength(1);
    expect(second.json().items[0].id).not.toBe(first.json().items[0].id);
    expect(second.json().items[0].purpose).toBe('核验办件申请人身份');
  });

  it('shows another person nothing of mine', async () => {
    const lisi = await signIn(p.app, 'lisi');
    const res = await lisi.request('GET', '/api/v1/me/data-access');
    expect(res.statusCode).toBe(200);
    expect(res.json().items.some((i: { purpose: string }) => i.purpose === 'second read')).toBe(false);
  });
});
