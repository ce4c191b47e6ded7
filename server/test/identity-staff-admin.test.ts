// Staff and role administration: rows limited to the administrator's scope (outside it: 404),
// grants never wider than the granter's scope nor carrying second-factor permissions the granter
// lacks (403), a TOTP secret handed out once when a grant makes a second factor mandatory,
// disabling that ends sessions, roles as data validated against the catalog — all audited.
import { asc, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_STAFF } from '../src/modules/identity/demo-accounts.ts';
import { FirstAdminError, createFirstAdmin } from '../src/modules/identity/first-admin.ts';
import { account } from '../src/modules/identity/schema.ts';
import { auditLog } from '../src/platform/audit/schema.ts';
import { personalDataCrypto } from '../src/platform/crypto/personal-data.ts';
import { testPlatform, type TestPlatform } from './helpers.ts';
import { anonymous, operator, signIn, type Caller } from './identity-callers.ts';

let p: TestPlatform;
let officeAdmin: Caller; // platform-admin, city-wide
let agencyAdmin: Caller; // platform-admin scoped to tj-scjgw, created below
let agencyAdminId: string;
const ids = new Map<string, string>();
const PASSWORD = 'Correct-Horse-42';

beforeAll(async () => {
  p = await testPlatform();
  for (const row of await p.database.db.select({ id: account.id, username: account.username }).from(account))
    ids.set(row.username, row.id);
  officeAdmin = await signIn(p.app, 'office-admin');
});
afterAll(() => p.dispose());

const audits = (action: string) =>
  p.database.db.select().from(auditLog).where(eq(auditLog.action, action)).orderBy(asc(auditLog.id));

async function createStaff(by: Caller, body: Record<string, unknown>) {
  const res = await by.request('POST', '/api/v1/staff', { password: PASSWORD, ...body });
  expect(res.statusCode, res.body).toBe(201);
  return res.json() as { id: string; username: string; grants: unknown[] };
}

describe('a city-wide administrator', () => {
  it('lists every staff member, without any password or second-factor secret', async () => {
    const res = await officeAdmin.request('GET', '/api/v1/staff?limit=200');
    expect(res.statusCode, res.body).toBe(200);
    const names = res.json().items.map((s: { username: string }) => s.username);
    expect(names).toEqual(expect.arrayContaining(DEMO_STAFF.map((s) => s.username)));
    expect(res.body).not.toMatch(/argon2|password|totpSecret|JBSWY3DP/i);
    const one = await officeAdmin.request('GET', `/api/v1/staff/${ids.get('auditor')}`);
    expect(one.json()).toMatchObject({
      username: 'auditor',
      secondFactorEnrolled: true,
      secondFactorRequired: true,
    });
    expect(one.body).not.toMatch(/argon2|password|JBSWY3DP/i);
  });

  it('pages the list with a cursor', async () => {
    const first = await officeAdmin.request('GET', '/api/v1/staff?limit=2');
    expect(first.json().items).toHaveLength(2);
    const second = await officeAdmin.request(
      'GET',
      `/api/v1/staff?limit=2&cursor=${first.json().nextCursor}`,
    );
    expect(second.json().items[0].id > first.json().items[1].id).toBe(true);
  });

  it('creates an agency administrator and hands out the TOTP secret once with the grant', async () => {
    const created = await createStaff(officeAdmin, {
      username: 'admin-scjg',
      name: '马琳',
      agencyId: 'tj-scjgw',
    });
    agencyAdminId = created.id;
    expect(created.grants).toEqual([]);
    const grant = await officeAdmin.request('POST', `/api/v1/staff/${created.id}/roles`, {
      roleId: 'platform-admin',
      agencyId: 'tj-scjgw',
    });
    expect(grant.statusCode, grant.body).toBe(201);
    const { secret, otpauthUri } = grant.json().secondFactor;
    expect(secret).toMatch(/^[A-Z2-7]{32}$/);
    expect(otpauthUri).toContain(`secret=${secret}`);
    expect(grant.json().staff).toMatchObject({ secondFactorEnrolled: true, secondFactorRequired: true });
    // The secret is stored encrypted only.
    const [row] = await p.database.db.select().from(account).where(eq(account.id, created.id));
    expect(row!.totpSecretEnc).not.toContain(secret);
    // Without the code the new administrator cannot sign in; with it they can.
    const noCode = await anonymous(p.app).request('POST', '/api/v1/auth/login', {
      username: 'admin-scjg',
      password: PASSWORD,
    });
    expect(noCode.json().code).toBe('SECOND_FACTOR_REQUIRED');
    agencyAdmin = await signIn(p.app, 'admin-scjg', { password: PASSWORD, totpSecret: secret });
    // A second grant needing the factor does not issue a new secret.
    const again = await officeAdmin.request('POST', `/api/v1/staff/${created.id}/roles`, {
      roleId: 'service-office',
      agencyId: 'tj-scjgw',
    });
    expect(again.json().secondFactor).toBeNull();
    expect((await audits('staff.create')).at(-1)).toMatchObject({
      actorId: ids.get('office-admin'),
      resourceId: created.id,
    });
    expect((await audits('staff.role.grant')).at(-1)).toMatchObject({ resourceId: created.id });
    expect((await audits('staff.totp.issue')).at(-1)).toMatchObject({ resourceId: created.id });
    expect(JSON.stringify(await audits('staff.totp.issue'))).not.toContain(secret);
  });

  it('refuses a duplicate username, an unknown agency and a short password', async () => {
    const dup = await officeAdmin.request('POST', '/api/v1/staff', {
      username: 'clerk-hexi',
      name: 'x',
      agencyId: 'tj-scjgw',
      password: PASSWORD,
    });
    expect(dup.statusCode).toBe(409);
    const agency = await officeAdmin.request('POST', '/api/v1/staff', {
      username: 'new-one',
      name: 'x',
      agencyId: 'no-such',
      password: PASSWORD,
    });
    expect(agency.statusCode).toBe(400);
    const short = await officeAdmin.request('POST', '/api/v1/staff', {
      username: 'new-one',
      name: 'x',
      agencyId: 'tj-scjgw',
      password: 'short',
    });
    expect(short.statusCode).toBe(400);
  });

  it('cannot hand out a second-factor permission it does not hold (audit.read), the operator can', async () => {
    const target = ids.get('catalog-admin')!;
    const res = await officeAdmin.request('POST', `/api/v1/staff/${target}/roles`, { roleId: 'auditor' });
    expect(res.statusCode, res.body).toBe(403);
    const op = await operator(p.app).request('POST', `/api/v1/staff/${target}/roles`, { roleId: 'auditor' });
    expect(op.statusCode, op.body).toBe(201);
    expect(op.json().secondFactor).not.toBeNull();
  });

  it('does not change its own account', async () => {
    const self = ids.get('office-admin')!;
    expect(
      (await officeAdmin.request('PUT', `/api/v1/staff/${self}/disabled`, { disabled: true })).statusCode,
    ).toBe(403);
    expect(
      (await officeAdmin.request('POST', `/api/v1/staff/${self}/roles`, { roleId: 'reviewer' })).statusCode,
    ).toBe(403);
  });

  it('disables an account, which ends its sessions and sign-ins, and enables it again', async () => {
    const clerk = await signIn(p.app, 'clerk-hexi');
    const id = ids.get('clerk-hexi')!;
    const off = await officeAdmin.request('PUT', `/api/v1/staff/${id}/disabled`, { disabled: true });
    expect(off.statusCode, off.body).toBe(200);
    expect(off.json().disabled).toBe(true);
    expect((await clerk.request('GET', '/api/v1/auth/me')).statusCode).toBe(401);
    const login = await anonymous(p.app).request('POST', '/api/v1/auth/login', {
      username: 'clerk-hexi',
      password: 'Tongban@2026',
    });
    expect(login.statusCode).toBe(401);
    expect((await audits('staff.disable')).at(-1)).toMatchObject({
      resourceId: id,
      actorId: ids.get('office-admin'),
    });
    const on = await officeAdmin.request('PUT', `/api/v1/staff/${id}/disabled`, { disabled: false });
    expect(on.json().disabled).toBe(false);
    await signIn(p.app, 'clerk-hexi');
  });
});

describe('an agency-scoped administrator', () => {
  it('sees only the staff of their agency; others answer 404', async () => {
    const res = await agencyAdmin.request('GET', '/api/v1/staff?limit=200');
    expect(res.statusCode, res.body).toBe(200);
    expect(
      res
        .json()
        .items.map((s: { username: string }) => s.username)
        .sort(),
    ).toEqual(['admin-scjg', 'reviewer-scjg']);
    expect((await agencyAdmin.request('GET', `/api/v1/staff/${ids.get('reviewer-scjg')}`)).statusCode).toBe(
      200,
    );
    for (const other of ['clerk-hexi', 'office-admin', 'auditor']) {
      const id = ids.get(other)!;
      expect((await agencyAdmin.request('GET', `/api/v1/staff/${id}`)).statusCode, other).toBe(404);
      expect(
        (await agencyAdmin.request('PUT', `/api/v1/staff/${id}/disabled`, { disabled: true })).statusCode,
        other,
      ).toBe(404);
      expect(
        (
          await agencyAdmin.request('POST', `/api/v1/staff/${id}/roles`, {
            roleId: 'reviewer',
            agencyId: 'tj-scjgw',
          })
        ).statusCode,
        other,
      ).toBe(404);
    }
  });

  it('creates staff in their agency only', async () => {
    const outside = await agencyAdmin.request('POST', '/api/v1/staff', {
      username: 'hexi-two',
      name: 'x',
      agencyId: 'hx-zwfwb',
      password: PASSWORD,
    });
    expect(outside.statusCode).toBe(403);
    await createStaff(agencyAdmin, { username: 'scjg-two', name: '牛犇', agencyId: 'tj-scjgw' });
  });

  it('grants within their scope, never wider (403)', async () => {
    const created = (await agencyAdmin.request('GET', '/api/v1/staff?q=scjg-two')).json().items[0];
    const url = `/api/v1/staff/${created.id}/roles`;
    const ok = await agencyAdmin.request('POST', url, { roleId: 'reviewer', agencyId: 'tj-scjgw' });
    expect(ok.statusCode, ok.body).toBe(201);
    expect(ok.json().secondFactor).toBeNull();
    const cityWide = await agencyAdmin.request('POST', url, { roleId: 'reviewer' });
    expect(cityWide.statusCode).toBe(403);
    const otherAgency = await agencyAdmin.request('POST', url, { roleId: 'reviewer', agencyId: 'hx-zwfwb' });
    expect(otherAgency.statusCode).toBe(403);
    const widened = await agencyAdmin.request('POST', url, {
      roleId: 'reviewer',
      agencyId: 'tj-scjgw',
      regionCode: '120000',
    });
    expect(widened.statusCode).toBe(403);
    const auditorRole = await agencyAdmin.request('POST', url, { roleId: 'auditor', agencyId: 'tj-scjgw' });
    expect(auditorRole.statusCode).toBe(403);
    const unknownRole = await agencyAdmin.request('POST', url, {
      roleId: 'no-such-role',
      agencyId: 'tj-scjgw',
    });
    expect(unknownRole.statusCode).toBe(400);

    // A city-wide grant given by the city-wide admin cannot be withdrawn by the agency admin.
    const wide = await officeAdmin.request('POST', url, { roleId: 'catalog-editor' });
    expect(wide.statusCode, wide.body).toBe(201);
    expect((await agencyAdmin.request('DELETE', `${url}/${wide.json().grantId}`)).statusCode).toBe(403);
    // Nor may they disable someone holding a grant wider than their scope.
    const disable = await agencyAdmin.request('PUT', `/api/v1/staff/${created.id}/disabled`, {
      disabled: true,
    });
    expect(disable.statusCode, disable.body).toBe(403);
    const reviewer = ids.get('reviewer-scjg')!;
    const within = await agencyAdmin.request('PUT', `/api/v1/staff/${reviewer}/disabled`, { disabled: true });
    expect(within.statusCode, within.body).toBe(200);
    await agencyAdmin.request('PUT', `/api/v1/staff/${reviewer}/disabled`, { disabled: false });
    const own = await agencyAdmin.request('DELETE', `${url}/${ok.json().grantId}`);
    expect(own.statusCode, own.body).toBe(204);
    expect((await agencyAdmin.request('DELETE', `${url}/${ok.json().grantId}`)).statusCode).toBe(404);
    expect((await audits('staff.role.withdraw')).at(-1)).toMatchObject({
      actorId: agencyAdminId,
      resourceId: created.id,
    });
  });

  it('cannot add roles', async () => {
    const res = await agencyAdmin.request('POST', '/api/v1/roles', {
      id: 'scjg-special',
      nameZh: '特别角色',
      nameEn: 'Special',
      permissions: ['case.review'],
    });
    expect(res.statusCode).toBe(403);
  });
});

describe('a region-scoped administrator', () => {
  it('manages the staff of agencies and venues inside the region', async () => {
    const created = await createStaff(officeAdmin, {
      username: 'admin-hexi',
      name: '杨帆',
      agencyId: 'hx-zwfwb',
    });
    const grant = await officeAdmin.request('POST', `/api/v1/staff/${created.id}/roles`, {
      roleId: 'platform-admin',
      regionCode: '120103',
    });
    expect(grant.statusCode, grant.body).toBe(201);
    const admin = await signIn(p.app, 'admin-hexi', {
      password: PASSWORD,
      totpSecret: grant.json().secondFactor.secret,
    });
    const res = await admin.request('GET', '/api/v1/staff?limit=200');
    expect(
      res
        .json()
        .items.map((s: { username: string }) => s.username)
        .sort(),
    ).toEqual(['admin-hexi', 'clerk-hexi', 'handler-hxsp', 'lead-hxsp', 'reviewer-hxsp']);
    expect((await admin.request('GET', `/api/v1/staff/${ids.get('reviewer-scjg')}`)).statusCode).toBe(404);
    const narrower = await admin.request('POST', `/api/v1/staff/${ids.get('clerk-hexi')}/roles`, {
      roleId: 'reviewer',
      regionCode: '120103001',
    });
    expect(narrower.statusCode, narrower.body).toBe(201);
  });
});

describe('roles', () => {
  it('lists roles with their permissions', async () => {
    const res = await officeAdmin.request('GET', '/api/v1/roles');
    expect(res.statusCode).toBe(200);
    expect(res.json().items).toContainEqual(
      expect.objectContaining({ id: 'auditor', permissions: ['audit.read'] }),
    );
    const catalog = await officeAdmin.request('GET', '/api/v1/permissions');
    expect(catalog.json().items).toContainEqual(
      expect.objectContaining({ name: 'users.admin', secondFactor: true }),
    );
  });

  it('adds a role with permissions from the catalog only', async () => {
    const bad = await officeAdmin.request('POST', '/api/v1/roles', {
      id: 'night-desk',
      nameZh: '夜间值守',
      nameEn: 'Night desk',
      permissions: ['case.accept', 'case.teleport'],
    });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().errors[0].path).toBe('/body/permissions/1');
    const ok = await officeAdmin.request('POST', '/api/v1/roles', {
      id: 'night-desk',
      nameZh: '夜间值守',
      nameEn: 'Night desk',
      permissions: ['license.lookup', 'case.accept', 'case.accept'],
    });
    expect(ok.statusCode, ok.body).toBe(201);
    expect(ok.json().permissions).toEqual(['case.accept', 'license.lookup']);
    const dup = await officeAdmin.request('POST', '/api/v1/roles', ok.json() as Record<string, unknown>);
    expect(dup.statusCode).toBe(409);
    const list = await officeAdmin.request('GET', '/api/v1/roles');
    expect(list.json().items).toContainEqual(expect.objectContaining({ id: 'night-desk' }));
    expect((await audits('role.create')).at(-1)).toMatchObject({
      resourceId: 'night-desk',
      actorId: ids.get('office-admin'),
    });
  });
});

describe('the first administrator (npm run admin:create)', () => {
  it('is a city-wide platform administrator who signs in with the printed password and TOTP secret', async () => {
    const crypto = personalDataCrypto(p.config);
    const created = await createFirstAdmin(p.database.db, crypto, {
      username: 'root-admin',
      name: '首任管理员',
      agencyId: 'tj-zwfwb',
    });
    expect(created.password).toHaveLength(20);
    expect(created.otpauthUri).toContain(`secret=${created.totpSecret}`);
    const [row] = await p.database.db.select().from(account).where(eq(account.id, created.id));
    expect(row!.passwordHash).not.toContain(created.password);
    expect(row!.totpSecretEnc).not.toContain(created.totpSecret);
    const root = await signIn(p.app, 'root-admin', {
      password: created.password,
      totpSecret: created.totpSecret,
    });
    const list = await root.request('GET', '/api/v1/staff?limit=200');
    expect(list.statusCode).toBe(200);
    expect(list.json().items.map((s: { username: string }) => s.username)).toEqual(
      expect.arrayContaining(DEMO_STAFF.map((s) => s.username)),
    );
    expect((await audits('staff.create')).at(-1)).toMatchObject({
      actorType: 'operator',
      actorId: 'cli:admin-create',
      resourceId: created.id,
    });
  });

  it('refuses a taken username and an unknown agency', async () => {
    const crypto = personalDataCrypto(p.config);
    await expect(
      createFirstAdmin(p.database.db, crypto, { username: 'root-admin', name: 'x', agencyId: 'tj-zwfwb' }),
    ).rejects.toThrow(FirstAdminError);
    await expect(
      createFirstAdmin(p.database.db, crypto, { username: 'root-two', name: 'x', agencyId: 'no-such' }),
    ).rejects.toThrow(/no agency/);
  });
});
