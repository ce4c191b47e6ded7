// Applying for a bundle (一件事) over HTTP: one submission fans out into real cases — only the
// members without predecessors start, each in its own agency's queue with the bundle case's id —
// conditional members follow the answers, a retry under the same Idempotency-Key applies once,
// and bad data, the wrong caller or a member the applicant may not apply for leaves nothing behind.
import { eq, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { bundleCase } from '../src/modules/bundles/schema.ts';
import { serviceCase } from '../src/modules/cases/schema.ts';
import { auditLog } from '../src/platform/audit/schema.ts';
import type { Db } from '../src/platform/db/database.ts';
import {
  applicationFor,
  insertTestBundle,
  memberRows,
  NEEDS_L3,
  SIDE_BY_SIDE,
  subCases,
  type TestBundle,
} from './bundle-fixtures.ts';
import { ok } from './case-fixtures.ts';
import { login, type Session } from './cases-apply-setup.ts';
import { testPlatform, type TestPlatform } from './helpers.ts';

let p: TestPlatform;
let db: Db;
let t: TestBundle;
let zhangsan: Session;
let lisi: Session;
let clerk: Session;

beforeAll(async () => {
  p = await testPlatform();
  db = p.database.db;
  t = await insertTestBundle(db);
  [zhangsan, lisi, clerk] = await Promise.all([
    login(p.app, 'zhangsan'),
    login(p.app, 'lisi'),
    login(p.app, 'clerk-hexi'),
  ]);
});
afterAll(() => p?.dispose());

const counts = async () => {
  const [r] = await db
    .select({
      bundles: sql<number>`(select count(*)::int from bundle_case)`,
      cases: sql<number>`(select count(*)::int from service_case)`,
    })
    .from(sql`(select 1) as one`);
  return r!;
};

const apply = (s: Session, body: unknown, key?: string) =>
  s.req('POST', '/api/v1/bundle-cases', body, key ? { 'idempotency-key': key } : {});

describe('fan-out', () => {
  it('starts only the members without predecessors, each in its agency, with the bundle case id', async () => {
    const detail = ok(await apply(zhangsan, applicationFor('yes')), 201);
    expect(detail.bundleNumber).toMatch(/^YJS\d{8}\d{8}$/);
    expect(detail.status).toBe('in-progress');
    expect(detail.members.map((m: { memberId: string }) => m.memberId)).toEqual(['job', 'pension', 'card']);
    const byId = Object.fromEntries(detail.members.map((m: { memberId: string }) => [m.memberId, m]));
    expect(byId.job).toMatchObject({ outcome: 'in-progress', caseStatus: 'submitted', agencyId: 'hx-rsj' });
    expect(byId.card).toMatchObject({ outcome: 'in-progress', caseStatus: 'submitted', agencyId: 'hx-rsj' });
    expect(byId.pension).toMatchObject({
      outcome: 'waiting',
      caseId: null,
      after: ['job'],
      agencyId: 'hx-swj',
    });
    expect(byId.job.caseNumber).toMatch(/^120103/);

    const cases = await subCases(db, detail.id);
    expect(cases.map((c) => [c.implementationCode, c.agencyId, c.status]).sort()).toEqual(
      [
        [t.job, 'hx-rsj', 'submitted'],
        [t.card, 'hx-rsj', 'submitted'],
      ].sort(),
    );
    const job = cases.find((c) => c.implementationCode === t.job)!;
    // The member's part of the merged form only (its own keys), filed as zhangsan's own application.
    expect(job.formData).toEqual({
      applicant: {
        name: '张三',
        idType: 'resident-id',
        idNumber: expect.any(String),
        phone: '13800000001',
        education: '20',
      },
    });
    expect(job).toMatchObject({
      applicantType: 'person',
      actorKind: 'applicant',
      acceptingVenueId: 'zwfw-120103',
    });
    const card = cases.find((c) => c.implementationCode === t.card)!;
    expect(card.answers).toEqual({ kind: 'first', who: 'self' });

    const rows = await memberRows(db, detail.id);
    expect(rows.map((r) => [r.memberId, r.position, r.state])).toEqual([
      ['job', 0, 'started'],
      ['pension', 1, 'waiting'],
      ['card', 2, 'started'],
    ]);
    const [bc] = await db.select().from(bundleCase).where(eq(bundleCase.id, detail.id));
    expect(bc!.applicantIdEnc).not.toContain('120103198506');
    expect(bc!.applicantIdMasked).toContain('*');
    expect(bc!.promisedDue! > bc!.receivedOn).toBe(true);
    const audit = await db.select().from(auditLog).where(eq(auditLog.action, 'bundle-case.create'));
    expect(audit.some((a) => a.resourceId === detail.id)).toBe(true);
  });

  it('leaves a conditional member out when the answers exclude it', async () => {
    const detail = ok(await apply(zhangsan, applicationFor('no')), 201);
    expect(detail.members.map((m: { memberId: string }) => m.memberId)).toEqual(['job', 'pension']);
    const cases = await subCases(db, detail.id);
    expect(cases.map((c) => c.implementationCode)).toEqual([t.job]);
  });

  it('a retry under the same Idempotency-Key returns the same bundle case and files nothing twice', async () => {
    const before = await counts();
    const first = ok(await apply(zhangsan, applicationFor('no'), 'bundle-retry-1'), 201);
    const again = ok(await apply(zhangsan, applicationFor('no'), 'bundle-retry-1'), 201);
    expect(again.id).toBe(first.id);
    expect(again.bundleNumber).toBe(first.bundleNumber);
    expect(await counts()).toEqual({ bundles: before.bundles + 1, cases: before.cases + 1 });
    const other = await apply(zhangsan, applicationFor('yes'), 'bundle-retry-1');
    expect(other.statusCode).toBe(422);
  });
});

describe('refusals leave nothing behind', () => {
  it('bad form data: 400 with the merged form’s field paths', async () => {
    const before = await counts();
    const form = applicationFor('no');
    const res = await apply(zhangsan, {
      ...form,
      formData: { applicant: { ...(form.formData.applicant as object), phone: 'x' }, application: {} },
    });
    expect(res.statusCode, res.body).toBe(400);
    const paths = (res.json().errors as { path: string }[]).map((e) => e.path);
    expect(paths).toContain('/body/formData/applicant/phone');
    expect(paths.some((x) => x.startsWith('/body/formData/application'))).toBe(true);
    expect(await counts()).toEqual(before);
  });

  it('unknown answers and material keys: 400', async () => {
    const before = await counts();
    const q = await apply(zhangsan, applicationFor('no', { answers: { card: 'maybe', nope: 'x' } }));
    expect(q.statusCode).toBe(400);
    expect((q.json().errors as { path: string }[]).map((e) => e.path).sort()).toEqual([
      '/body/answers/card',
      '/body/answers/nope',
    ]);
    const m = await apply(
      zhangsan,
      applicationFor('no', {
        materials: [{ materialKey: 'name:nothing', materialId: '01900000-0000-7000-8000-000000000000' }],
      }),
    );
    expect(m.statusCode).toBe(400);
    expect(m.json().errors[0].path).toBe('/body/materials/0/materialKey');
    expect(await counts()).toEqual(before);
  });

  it('a sub-case that fails its own checks rolls the whole bundle back, named after the member', async () => {
    const before = await counts();
    // Side by side, the pension member is filed at once; without consent to 免证办 its 户口簿 is missing.
    const res = await apply(
      zhangsan,
      applicationFor('no', { bundleCode: SIDE_BY_SIDE, answers: {}, licenseConsent: false }),
    );
    expect(res.statusCode, res.body).toBe(422);
    const problem = res.json();
    expect(problem.code).toBe('CASE_MATERIALS_INCOMPLETE');
    expect(problem.detail).toContain('（pension）');
    expect(problem.errors.map((e: { path: string }) => e.path)).toEqual([
      '/members/pension/materials/household-register',
    ]);
    expect(await counts()).toEqual(before);
    // With consent the same application goes through: both members start at once.
    const okRes = ok(
      await apply(zhangsan, applicationFor('no', { bundleCode: SIDE_BY_SIDE, answers: {} })),
      201,
    );
    expect(okRes.members.map((m: { outcome: string }) => m.outcome)).toEqual(['in-progress', 'in-progress']);
  });

  it('a later member the applicant may not apply for online refuses the submission now', async () => {
    const before = await counts();
    const res = await apply(zhangsan, applicationFor('no', { bundleCode: NEEDS_L3, answers: {} }));
    expect(res.statusCode, res.body).toBe(403);
    expect(res.json().detail).toContain('（getihu）');
    expect(res.json().detail).toContain('L3');
    expect(await counts()).toEqual(before);
  });

  it('an unknown bundle: 404', async () => {
    expect((await apply(zhangsan, applicationFor('no', { bundleCode: 'YJS000000000' }))).statusCode).toBe(
      404,
    );
  });

  it('anonymous 401, staff 403, another bundle 404', async () => {
    const anon = await p.app.inject({
      method: 'POST',
      url: '/api/v1/bundle-cases',
      payload: applicationFor('no'),
    });
    expect(anon.statusCode).toBe(401);
    expect((await apply(clerk, applicationFor('no'))).statusCode).toBe(403);
    expect((await lisi.req('GET', '/api/v1/bundle-cases/mine')).statusCode).toBe(200);
  });
});

describe('tracking', () => {
  it('lists my bundle cases newest first with masked names; others get 404 on the detail', async () => {
    const mine = ok(await zhangsan.req('GET', '/api/v1/bundle-cases/mine?limit=2'));
    expect(mine.items).toHaveLength(2);
    expect(mine.items[0].applicantName).toBe('张*');
    expect(mine.nextCursor).not.toBeNull();
    const next = ok(
      await zhangsan.req(
        'GET',
        `/api/v1/bundle-cases/mine?limit=2&cursor=${encodeURIComponent(mine.nextCursor)}`,
      ),
    );
    expect(next.items.map((i: { id: string }) => i.id)).not.toContain(mine.items[0].id);
    expect(ok(await lisi.req('GET', '/api/v1/bundle-cases/mine')).items).toEqual([]);

    const id = mine.items[0].id;
    expect((await lisi.req('GET', `/api/v1/bundle-cases/${id}`)).statusCode).toBe(404);
    const own = ok(await zhangsan.req('GET', `/api/v1/bundle-cases/${id}`));
    expect(own.applicantName).toBe('张三');
  });

  it('a clerk who sees a sub-case gets the bundle context (audited); its detail names the bundle case', async () => {
    const detail = ok(await apply(zhangsan, applicationFor('no')), 201);
    const jobCase = detail.members.find((m: { memberId: string }) => m.memberId === 'job').caseId;
    const c = ok(await clerk.req('GET', `/api/v1/cases/${jobCase}`));
    expect(c.bundleCaseId).toBe(detail.id);
    const ctx = ok(await clerk.req('GET', `/api/v1/bundle-cases/${c.bundleCaseId}`));
    expect(ctx.members.map((m: { outcome: string }) => m.outcome)).toEqual(['in-progress', 'waiting']);
    const reads = await db.select().from(auditLog).where(eq(auditLog.action, 'bundle-case.read'));
    expect(reads.some((a) => a.resourceId === detail.id)).toBe(true);
    // Staff of another district see none of its sub-cases: 404.
    const heping = await login(p.app, 'clerk-heping');
    expect((await heping.req('GET', `/api/v1/bundle-cases/${detail.id}`)).statusCode).toBe(404);
    const own = await db.select().from(serviceCase).where(eq(serviceCase.id, jobCase));
    expect(own[0]!.bundleCaseId).toBe(detail.id);
  });
});
