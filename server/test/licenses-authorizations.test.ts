// Authorized use (授权用证): the holder grants an agency or an enterprise a purpose-bound,
// time-bound read of one license and may revoke it; the grantee reads it masked, each read logged
// for the holder and audited; grants to others are not found, inactive ones forbidden.
import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { license, licenseAccess, type LicenseRow } from '../src/modules/licenses/schema.ts';
import { auditLog } from '../src/platform/audit/schema.ts';
import { addCalendarDays, businessDate } from '../src/platform/time/business-date.ts';
import { demoEnterpriseId, ok } from './case-fixtures.ts';
import { insertTestLicense, licenseWorld, problem, type Session } from './license-fixtures.ts';

let w: Awaited<ReturnType<typeof licenseWorld>>;
let mine: LicenseRow;
let clerk: Session; // hx-zwfwb
let otherAgency: Session; // reviewer-hxsp, hx-xzspj
const today = businessDate();
const grant = (o: Record<string, unknown> = {}) => ({
  granteeType: 'agency',
  granteeId: 'hx-zwfwb',
  purpose: '核验居住证以办理入学',
  validFrom: today,
  validTo: addCalendarDays(today, 30),
  ...o,
});
const grantsUrl = (id: string) => `/api/v1/me/licenses/${id}/authorizations`;

beforeAll(async () => {
  w = await licenseWorld();
  mine = await insertTestLicense(w.db, w.deps);
  clerk = await w.login('clerk-hexi');
  otherAgency = await w.login('reviewer-hxsp');
});

afterAll(async () => {
  await w?.p.dispose();
});

describe('granting', () => {
  it('checks the period, the grantee and the license', async () => {
    const refused = async (o: Record<string, unknown>, path: string) => {
      const body = problem(
        await w.zhangsan.req('POST', grantsUrl(mine.id), grant(o)),
        422,
        'LICENSE_AUTHORIZATION_INVALID',
      );
      expect(body.errors?.[0]?.path).toBe(path);
    };
    await refused({ validFrom: addCalendarDays(today, -1) }, '/body/validFrom');
    await refused({ validTo: addCalendarDays(today, -1) }, '/body/validTo');
    await refused({ validTo: addCalendarDays(today, 367) }, '/body/validTo');
    await refused({ granteeId: 'no-such-agency' }, '/body/granteeId');
    await refused(
      { granteeType: 'enterprise', granteeId: '00000000-0000-7000-8000-000000000000' },
      '/body/granteeId',
    );
    problem(await w.zhangsan.req('POST', grantsUrl(mine.id), grant({ purpose: 'x' })), 400);
    const revoked = await insertTestLicense(w.db, w.deps, { status: 'revoked' });
    problem(await w.zhangsan.req('POST', grantsUrl(revoked.id), grant()), 409, 'LICENSE_NOT_VALID');
    problem(await w.lisi.req('POST', grantsUrl(mine.id), grant()), 404);
  });

  it('honours Idempotency-Key', async () => {
    const l = await insertTestLicense(w.db, w.deps);
    const headers = { 'idempotency-key': 'grant-once-1', 'content-type': 'application/json' };
    const a = ok(await w.zhangsan.req('POST', grantsUrl(l.id), JSON.stringify(grant()), headers), 201);
    const b = ok(await w.zhangsan.req('POST', grantsUrl(l.id), JSON.stringify(grant()), headers), 201);
    expect(b.id).toBe(a.id);
    expect(ok(await w.zhangsan.req('GET', grantsUrl(l.id)))).toHaveLength(1);
  });
});

describe('the lifecycle of a grant to an agency', () => {
  let id: string;

  it('the holder grants; the grant is listed for holder and grantee', async () => {
    const a = ok(await w.zhangsan.req('POST', grantsUrl(mine.id), grant()), 201);
    id = a.id;
    expect(a).toMatchObject({ status: 'active', granteeName: expect.any(String), licenseId: mine.id });
    expect(ok(await w.zhangsan.req('GET', grantsUrl(mine.id))).map((x: { id: string }) => x.id)).toEqual([
      id,
    ]);
    const listed = ok(await clerk.req('GET', '/api/v1/licenses/authorized'));
    const item = listed.find((x: { authorization: { id: string } }) => x.authorization.id === id);
    expect(item.license).toMatchObject({ id: mine.id, holderName: '张*' });
    expect(ok(await otherAgency.req('GET', '/api/v1/licenses/authorized'))).toEqual([]);
  });

  it('the grantee reads the license masked with the purpose; logged and audited', async () => {
    const r = ok(await clerk.req('GET', `/api/v1/licenses/authorized/${id}`));
    expect(r.authorization.purpose).toBe('核验居住证以办理入学');
    expect(r.license).toMatchObject({ id: mine.id, holderName: '张*', caseId: null });
    expect(r.license.licenseNumber).not.toBe(mine.licenseNumber);
    const seen = ok(await w.zhangsan.req('GET', `/api/v1/me/licenses/${mine.id}/accesses`));
    expect(seen.items[0]).toMatchObject({
      kind: 'authorized-use',
      purpose: '核验居住证以办理入学',
      actorName: '刘晓',
    });
    const [logged] = await w.db.select().from(licenseAccess).where(eq(licenseAccess.authorizationId, id));
    expect(logged).toBeDefined();
    const audits = await w.db
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.action, 'license.authorized-use'), eq(auditLog.resourceId, mine.id)));
    expect(audits).toHaveLength(1);
    expect(audits[0]).toMatchObject({ dataSubjectType: 'person', dataSubjectId: mine.holderSubjectId });
  });

  it('someone else’s grant is not found', async () => {
    problem(await otherAgency.req('GET', `/api/v1/licenses/authorized/${id}`), 404);
    problem(await w.lisi.req('GET', `/api/v1/licenses/authorized/${id}`), 404);
    problem(await w.lisi.req('POST', `${grantsUrl(mine.id)}/${id}/revoke`), 404);
  });

  it('after revocation the grantee is refused; revoking again answers the same', async () => {
    const r = ok(await w.zhangsan.req('POST', `${grantsUrl(mine.id)}/${id}/revoke`));
    expect(r).toMatchObject({ status: 'revoked', revokedAt: expect.any(String) });
    expect(ok(await w.zhangsan.req('POST', `${grantsUrl(mine.id)}/${id}/revoke`)).revokedAt).toBe(
      r.revokedAt,
    );
    problem(
      await clerk.req('GET', `/api/v1/licenses/authorized/${id}`),
      403,
      'LICENSE_AUTHORIZATION_NOT_ACTIVE',
    );
    const listed = ok(await clerk.req('GET', '/api/v1/licenses/authorized'));
    expect(listed.map((x: { authorization: { id: string } }) => x.authorization.id)).not.toContain(id);
  });
});

describe('period, license status and enterprise grantees', () => {
  it('a grant that has not started yet is refused', async () => {
    const a = ok(
      await w.zhangsan.req(
        'POST',
        grantsUrl(mine.id),
        grant({ validFrom: addCalendarDays(today, 1), validTo: addCalendarDays(today, 2) }),
      ),
      201,
    );
    problem(
      await clerk.req('GET', `/api/v1/licenses/authorized/${a.id}`),
      403,
      'LICENSE_AUTHORIZATION_NOT_ACTIVE',
    );
  });

  it('a license revoked after the grant can no longer be read', async () => {
    const l = await insertTestLicense(w.db, w.deps);
    const a = ok(await w.zhangsan.req('POST', grantsUrl(l.id), grant()), 201);
    await w.db.update(license).set({ status: 'revoked' }).where(eq(license.id, l.id));
    problem(await clerk.req('GET', `/api/v1/licenses/authorized/${a.id}`), 409, 'LICENSE_NOT_VALID');
  });

  it('an enterprise grantee reads through its agent acting for it', async () => {
    const enterpriseId = await demoEnterpriseId(w.db);
    const a = ok(
      await w.zhangsan.req(
        'POST',
        grantsUrl(mine.id),
        grant({ granteeType: 'enterprise', granteeId: enterpriseId }),
      ),
      201,
    );
    const r = ok(await w.lisiForEnterprise.req('GET', `/api/v1/licenses/authorized/${a.id}`));
    expect(r.license.holderName).toBe('张*');
    problem(await w.lisi.req('GET', `/api/v1/licenses/authorized/${a.id}`), 404);
    problem(await clerk.req('GET', `/api/v1/licenses/authorized/${a.id}`), 404);
  });
});
