// The holder's license library: own licenses only (a person's, or the enterprise's while acting
// for it), details unmasked for the holder, the PDF and SES signature downloads, 亮证 codes for
// valid licenses only, and staff look-up (permission, purpose, masking, audit, access log).
import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PERSON_LICENSE_TYPES } from '../src/modules/catalog/seed/persons/license-types.ts';
import { DEMO_PERSONS } from '../src/modules/identity/demo-accounts.ts';
import { licenseAccess, licenseShowToken, type LicenseRow } from '../src/modules/licenses/schema.ts';
import { auditLog } from '../src/platform/audit/schema.ts';
import { addCalendarDays, businessDate } from '../src/platform/time/business-date.ts';
import { ok } from './case-fixtures.ts';
import { anonymous } from './identity-callers.ts';
import type { TestPlatform } from './helpers.ts';
import { insertTestLicense, licenseWorld, problem, type Session } from './license-fixtures.ts';

let w: Awaited<ReturnType<typeof licenseWorld>>;
let p: TestPlatform;
let mine: LicenseRow;
let older: LicenseRow;
let lisis: LicenseRow;
let enterprises: LicenseRow;
let clerk: Session;

beforeAll(async () => {
  w = await licenseWorld();
  p = w.p;
  older = await insertTestLicense(w.db, w.deps, { issueDate: addCalendarDays(businessDate(), -30) });
  mine = await insertTestLicense(w.db, w.deps);
  lisis = await insertTestLicense(w.db, w.deps, { holder: 'lisi' });
  enterprises = await insertTestLicense(w.db, w.deps, { holder: 'enterprise' });
  clerk = await w.login('clerk-hexi');
});

afterAll(async () => {
  await p?.dispose();
});

const ids = (list: { items: { id: string }[] }) => list.items.map((l) => l.id);

describe('my licenses', () => {
  it('a person sees their own licenses only, newest issue first, keyset-paged', async () => {
    // The demo data may hold licenses of its own; ours are among them, in issue order.
    const all = ok(await w.zhangsan.req('GET', '/api/v1/me/licenses'));
    const got = ids(all);
    expect(got).toEqual(expect.arrayContaining([mine.id, older.id]));
    expect(got.indexOf(mine.id)).toBeLessThan(got.indexOf(older.id));
    expect(got).not.toContain(lisis.id);
    expect(got).not.toContain(enterprises.id);
    expect(new Set(all.items.map((l: { holderName: string }) => l.holderName))).toEqual(new Set(['张三']));
    const paged: string[] = [];
    for (let cursor = ''; ;) {
      const pg = ok(await w.zhangsan.req('GET', `/api/v1/me/licenses?limit=1${cursor}`));
      paged.push(...ids(pg));
      if (!pg.nextCursor) break;
      cursor = `&cursor=${pg.nextCursor}`;
    }
    expect(paged).toEqual(got);
    expect(ids(ok(await w.lisi.req('GET', '/api/v1/me/licenses')))).toContain(lisis.id);
  });

  it('an agent acting for the enterprise sees the enterprise’s licenses, not their own', async () => {
    const got = ids(ok(await w.lisiForEnterprise.req('GET', '/api/v1/me/licenses')));
    expect(got).toContain(enterprises.id);
    expect(got).not.toContain(lisis.id);
    ok(await w.lisiForEnterprise.req('GET', `/api/v1/me/licenses/${enterprises.id}`));
    problem(await w.lisiForEnterprise.req('GET', `/api/v1/me/licenses/${lisis.id}`), 404);
    problem(await w.lisi.req('GET', `/api/v1/me/licenses/${enterprises.id}`), 404);
  });

  it('the detail is unmasked for the holder; another holder’s license is not found', async () => {
    const d = ok(await w.zhangsan.req('GET', `/api/v1/me/licenses/${mine.id}`));
    expect(d.face.length).toBeGreaterThan(0);
    for (const f of d.face as { key: string; value: string }[]) expect(f.value).toBe(mine.face[f.key] ?? '');
    expect(d).toMatchObject({ identifier: mine.identifier, pdfSm3: mine.pdfSm3, caseId: null });
    problem(await w.zhangsan.req('GET', `/api/v1/me/licenses/${lisis.id}`), 404);
    problem(await w.zhangsan.req('GET', `/api/v1/me/licenses/${lisis.id}/file`), 404);
    problem(await w.zhangsan.req('GET', `/api/v1/me/licenses/${lisis.id}/accesses`), 404);
    problem(await clerk.req('GET', '/api/v1/me/licenses'), 403);
  });

  it('downloads the PDF and the SES signature', async () => {
    const pdf = await w.zhangsan.req('GET', `/api/v1/me/licenses/${mine.id}/file`);
    expect(pdf.statusCode).toBe(200);
    expect(pdf.headers['content-type']).toBe('application/pdf');
    expect(pdf.headers['content-disposition']).toBe(`attachment; filename="${mine.licenseNumber}.pdf"`);
    expect(pdf.rawPayload.subarray(0, 5).toString()).toBe('%PDF-');
    const ses = await w.zhangsan.req('GET', `/api/v1/me/licenses/${mine.id}/signature`);
    expect(ses.statusCode).toBe(200);
    expect(ses.headers['content-type']).toBe('application/octet-stream');
    expect(ses.headers['content-disposition']).toBe(`attachment; filename="${mine.licenseNumber}.ses"`);
    expect(ses.rawPayload.equals(mine.signature)).toBe(true);
  });
});

describe('the type catalogue', () => {
  it('lists every seeded type publicly, with its validity and face fields, holder data marked personal', async () => {
    const { items } = ok(await anonymous(p.app).request('GET', '/api/v1/licenses/types'));
    const permit = items.find((t: { code: string }) => t.code === PERSON_LICENSE_TYPES.residencePermit.code);
    expect(permit).toMatchObject({ holderType: 'person', validity: { kind: 'years', years: 1 } });
    const holderId = permit.faceFields.find((f: { from: string }) => f.from === 'holder.idNumber');
    expect(holderId).toMatchObject({ personal: true });
    expect(items.length).toBe(new Set(items.map((t: { code: string }) => t.code)).size);
    expect(items.map((t: { code: string }) => t.code)).toEqual(
      [...items.map((t: { code: string }) => t.code)].sort(),
    );
  });
});

describe('show-license codes', () => {
  it('a valid license gets a signed short-lived code, recorded', async () => {
    const t = ok(await w.zhangsan.req('POST', `/api/v1/me/licenses/${mine.id}/show-tokens`), 201);
    expect(t.token).toMatch(/^TBL1\.[\w-]+\.[\w-]+$/);
    expect(t.verifyUrl).toBe(`${p.config.publicUrl}/licenses/verify?t=${encodeURIComponent(t.token)}`);
    const minutes = (Date.parse(t.expiresAt) - Date.now()) / 60_000;
    expect(minutes).toBeGreaterThan(3);
    expect(minutes).toBeLessThanOrEqual(5);
    const rows = await w.db.select().from(licenseShowToken).where(eq(licenseShowToken.licenseId, mine.id));
    expect(rows).toHaveLength(1);
  });

  it('revoked, superseded and expired licenses cannot be shown', async () => {
    for (const o of [
      { status: 'revoked' as const },
      { status: 'superseded' as const },
      { validTo: addCalendarDays(businessDate(), -1) },
    ]) {
      const l = await insertTestLicense(w.db, w.deps, o);
      problem(
        await w.zhangsan.req('POST', `/api/v1/me/licenses/${l.id}/show-tokens`),
        409,
        'LICENSE_NOT_VALID',
      );
    }
  });
});

describe('staff look-up', () => {
  const zhangsanId = DEMO_PERSONS.find((x) => x.username === 'zhangsan')!.idNumber;
  const url = (q: string) => `/api/v1/licenses/lookup?holderIdType=111&${q}`;

  it('needs the permission and a purpose', async () => {
    const other = await w.login('catalog-admin');
    problem(await other.req('GET', url(`holderId=${zhangsanId}&purpose=核验`)), 403);
    problem(await clerk.req('GET', url(`holderId=${zhangsanId}`)), 400, 'LICENSE_PURPOSE_REQUIRED');
    problem(
      await clerk.req('GET', url(`holderId=${zhangsanId}&purpose=%20x%20`)),
      400,
      'LICENSE_PURPOSE_REQUIRED',
    );
  });

  it('refuses an ID whose check digit is wrong, as a field error', async () => {
    const wrong = zhangsanId.slice(0, 17) + (zhangsanId.endsWith('1') ? '2' : '1');
    const body = problem(
      await clerk.req('GET', url(`holderId=${wrong}&purpose=窗口核验`)),
      400,
      'VALIDATION_FAILED',
    );
    expect(body.errors?.[0]?.path).toBe('/query/holderId');
  });

  it('lists the holder’s licenses masked, audited with the purpose, logged on each license', async () => {
    const purpose = '办理居住证续签核验';
    const list = ok(
      await clerk.req('GET', url(`holderId=${zhangsanId}&purpose=${encodeURIComponent(purpose)}`)),
    );
    const found = list.map((l: { id: string }) => l.id);
    expect(found).toEqual(expect.arrayContaining([mine.id, older.id]));
    expect(found).not.toContain(lisis.id);
    const shown = list.find((l: { id: string }) => l.id === mine.id);
    expect(shown.holderName).toBe('张*');
    expect(shown.licenseNumber).not.toBe(mine.licenseNumber);
    expect(shown.holderIdMasked).toContain('*');
    const audits = await w.db.select().from(auditLog).where(eq(auditLog.action, 'license.lookup'));
    expect(audits).toHaveLength(1);
    expect(audits[0]).toMatchObject({
      purpose,
      dataSubjectType: 'person',
      dataSubjectId: mine.holderSubjectId,
    });
    const logged = await w.db
      .select()
      .from(licenseAccess)
      .where(and(eq(licenseAccess.kind, 'staff-lookup'), eq(licenseAccess.licenseId, mine.id)));
    expect(logged).toHaveLength(1);
    expect(logged[0]).toMatchObject({ purpose, actorName: '刘晓', agencyId: 'hx-zwfwb' });
    const seen = ok(await w.zhangsan.req('GET', `/api/v1/me/licenses/${mine.id}/accesses`));
    expect(seen.items.map((a: { kind: string }) => a.kind)).toContain('staff-lookup');
  });

  it('reads one license masked, with a purpose, logged the same way', async () => {
    problem(await clerk.req('GET', `/api/v1/licenses/lookup/${mine.id}`), 400, 'LICENSE_PURPOSE_REQUIRED');
    const d = ok(
      await clerk.req('GET', `/api/v1/licenses/lookup/${mine.id}?purpose=${encodeURIComponent('复核')}`),
    );
    expect(d.holderName).toBe('张*');
    const values = (d.face as { value: string }[]).map((f) => f.value);
    expect(values).not.toContain(zhangsanId);
    expect(values).not.toContain('张三');
    expect(d.caseId).toBeNull();
    const logged = await w.db
      .select()
      .from(licenseAccess)
      .where(and(eq(licenseAccess.licenseId, mine.id), eq(licenseAccess.purpose, '复核')));
    expect(logged).toHaveLength(1);
    problem(
      await clerk.req('GET', `/api/v1/licenses/lookup/00000000-0000-7000-8000-000000000000?purpose=复核`),
      404,
    );
  });
});
