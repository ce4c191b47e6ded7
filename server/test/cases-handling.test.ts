// Handling after acceptance through HTTP: a special procedure pauses the clock and its counted
// days move the due dates (the holiday arithmetic is in deadline.test.ts on the real calendar);
// the one extension; 告知承诺 approved, then the verification fails → revoked, credit record, and
// the commitment path refused from then on; two clerks acting at once (PostgreSQL).
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { caseSpecialProcedure, commitmentVerification, creditRecord } from '../src/modules/cases/schema.ts';
import { loadWorkingCalendar } from '../src/platform/calendar/store.ts';
import type { Db } from '../src/platform/db/database.ts';
import { businessDate } from '../src/platform/time/business-date.ts';
import {
  actOn,
  caseOf,
  demoEnterpriseId,
  implementationCode,
  insertSubmittedCase,
  ok,
  type CaseFixture,
} from './case-fixtures.ts';
import {
  acceptedAsOf,
  documentKinds,
  documentTextOf,
  eventsOf,
  expectLogAgrees,
  expectProblem,
  FOOD_NEW,
  workingDaysBefore,
} from './case-handling-helpers.ts';
import { ON_POSTGRES, testPlatform, type TestPlatform } from './helpers.ts';
import { signIn, type Caller } from './identity-callers.ts';

let p: TestPlatform;
let db: Db;
let clerk: Caller;
let reviewer: Caller;
let lead: Caller;
let food: string;
let seal: string;
let today: string;

beforeAll(async () => {
  p = await testPlatform();
  db = p.database.db;
  [clerk, reviewer, lead] = await Promise.all([
    signIn(p.app, 'clerk-hexi'),
    signIn(p.app, 'reviewer-hxsp'),
    signIn(p.app, 'lead-hxsp'),
  ]);
  food = await implementationCode(db, 'hx-xzspj', '食品经营许可');
  seal = await implementationCode(db, 'hx-gafj', '公章刻制备案');
  today = businessDate();
});
afterAll(() => p?.dispose());

const foodCase = (over: Partial<CaseFixture> = {}) =>
  insertSubmittedCase(db, { code: food, applicant: 'enterprise', answers: FOOD_NEW, ...over });

async function acceptedFoodCase(over: Partial<CaseFixture> = {}, body: Record<string, unknown> = {}) {
  const id = await foodCase(over);
  ok(await actOn(clerk, id, { action: 'accept', ...body }));
  return id;
}

describe('special procedures (行政许可法 §45)', () => {
  it('only the item’s kinds, with a reason; a running procedure pauses the clock and its days move the due dates', async () => {
    const cal = await loadWorkingCalendar(db);
    // Received and accepted five working days ago.
    const acceptedOn = await workingDaysBefore(db, today, 5);
    const id = await foodCase({ receivedOn: acceptedOn });
    await acceptedAsOf(db, id, acceptedOn);

    const hearing = await expectProblem(
      db,
      id,
      () =>
        actOn(reviewer, id, {
          action: 'start-special-procedure',
          procedureKind: 'hearing',
          reason: '利害关系人申请',
        }),
      422,
      'CASE_SPECIAL_PROCEDURE_NOT_ALLOWED',
    );
    expect(hearing.errors).toEqual([expect.objectContaining({ path: '/body/procedureKind' })]);
    await expectProblem(
      db,
      id,
      () => actOn(reviewer, id, { action: 'start-special-procedure', procedureKind: 'inspection' }),
      400,
      'VALIDATION_FAILED',
    );

    const started = ok(
      await actOn(reviewer, id, {
        action: 'start-special-procedure',
        procedureKind: 'inspection',
        reason: '需要对经营场所进行现场核查',
      }),
    );
    expect(started).toMatchObject({ status: 'suspended', paused: true });
    expect(started.specialProcedures).toEqual([
      expect.objectContaining({ kind: 'inspection', maxWorkingDays: 5, startedOn: today, endedOn: null }),
    ]);
    expect(await documentKinds(db, id)).toContain('special-procedure-notice');
    const notice = await documentTextOf(reviewer, id, 'special-procedure-notice');
    expect(notice).toContain('需要对经营场所进行现场核查');
    expect(notice).toContain('5个工作日');
    const deadline = ok(await reviewer.request('GET', `/api/v1/cases/${id}/deadline`));
    expect(deadline).toMatchObject({
      paused: true,
      pauses: [expect.objectContaining({ kind: 'inspection', to: null })],
    });
    // Nothing is decided while it runs.
    await expectProblem(
      db,
      id,
      () => actOn(reviewer, id, { action: 'review-pass', opinion: '符合' }),
      409,
      'CASE_ACTION_NOT_ALLOWED',
    );

    // The inspection began three working days ago (the row is moved back, as acceptance was).
    const startedOn = await workingDaysBefore(db, today, 3);
    await db.update(caseSpecialProcedure).set({ startedOn }).where(eq(caseSpecialProcedure.caseId, id));
    const paused = cal.workingDaysBetween(startedOn, today).days;
    // Two or three working days, depending on whether today is one.
    expect(paused).toBeGreaterThanOrEqual(2);

    await expectProblem(
      db,
      id,
      () => actOn(reviewer, id, { action: 'end-special-procedure' }),
      400,
      'VALIDATION_FAILED',
    );
    const ended = ok(
      await actOn(reviewer, id, { action: 'end-special-procedure', result: '现场核查符合要求' }),
    );
    expect(ended).toMatchObject({
      status: 'accepted',
      paused: false,
      promisedDue: cal.addWorkingDays(acceptedOn, 3 + paused).due,
      statutoryDue: cal.addWorkingDays(acceptedOn, 10 + paused).due,
    });
    expect(ended.specialProcedures[0]).toMatchObject({ endedOn: today, result: '现场核查符合要求' });
    const explained = ok(await reviewer.request('GET', `/api/v1/cases/${id}/deadline`));
    expect(explained.pauses).toEqual([
      expect.objectContaining({ kind: 'inspection', from: startedOn, to: today, workingDays: paused }),
    ]);
    await expectLogAgrees(db, id);
  });

  it('returns to the status it began in', async () => {
    const id = await acceptedFoodCase();
    ok(await actOn(reviewer, id, { action: 'review-pass', opinion: '符合' }));
    ok(
      await actOn(reviewer, id, {
        action: 'start-special-procedure',
        procedureKind: 'inspection',
        reason: '现场核查',
      }),
    );
    const ended = ok(await actOn(reviewer, id, { action: 'end-special-procedure', result: '符合' }));
    expect(ended.status).toBe('reviewed');
    await expectLogAgrees(db, id);
  });
});

describe('extension (行政许可法 §42)', () => {
  it('once, by a holder of case.extend, at most the configured working days (10 by default)', async () => {
    const id = await acceptedFoodCase();
    const cal = await loadWorkingCalendar(db);
    await expectProblem(
      db,
      id,
      () => actOn(clerk, id, { action: 'extend', reason: '情况复杂' }),
      403,
      'FORBIDDEN',
    );
    await expectProblem(db, id, () => actOn(lead, id, { action: 'extend' }), 400, 'VALIDATION_FAILED');
    const tooMany = await expectProblem(
      db,
      id,
      () => actOn(lead, id, { action: 'extend', reason: '情况复杂', workingDays: 11 }),
      400,
      'VALIDATION_FAILED',
    );
    expect(tooMany.errors).toEqual([expect.objectContaining({ path: '/body/workingDays' })]);

    const extended = ok(await actOn(lead, id, { action: 'extend', reason: '需征求相关部门意见' }));
    expect(extended).toMatchObject({
      status: 'accepted',
      extensionDays: 10,
      promisedDue: cal.addWorkingDays(today, 13).due,
      statutoryDue: cal.addWorkingDays(today, 20).due,
    });
    expect(extended.actions.at(-1).detail).toEqual({ workingDays: 10, reason: '需征求相关部门意见' });

    const again = await expectProblem(
      db,
      id,
      () => actOn(reviewer, id, { action: 'extend', reason: '仍需时间', workingDays: 2 }),
      409,
      'CASE_EXTENSION_USED',
    );
    expect(again.titleZh).toBe('办理期限只能延长一次');
    await expectLogAgrees(db, id);
  });
});

describe('告知承诺 (notice-and-commitment)', () => {
  it('approved on the commitment, verification fails → revoked with a credit record; the path is closed afterwards', async () => {
    // Not offered by the item → 422.
    const sealCase = await insertSubmittedCase(db, {
      code: seal,
      applicant: 'enterprise',
      answers: { kind: 'new' },
    });
    await expectProblem(
      db,
      sealCase,
      () => actOn(clerk, sealCase, { action: 'accept', commitment: true }),
      422,
      'CASE_COMMITMENT_NOT_ALLOWED',
    );

    const id = await acceptedFoodCase({}, { commitment: true });
    const accepted = await caseOf(reviewer, id);
    expect(accepted.commitment).toMatchObject({
      text: expect.stringContaining('承诺'),
      conditionIds: expect.arrayContaining(['equipment', 'manager']),
    });
    expect((await eventsOf(db, 'case.accepted', id))[0]).toMatchObject({ commitment: true });
    // Verification is not possible before approval.
    await expectProblem(
      db,
      id,
      () => actOn(reviewer, id, { action: 'verify-commitment', verificationPassed: false }),
      409,
      'CASE_ACTION_NOT_ALLOWED',
    );
    ok(await actOn(reviewer, id, { action: 'review-pass', opinion: '申请人已作出承诺' }));
    const approved = ok(await actOn(reviewer, id, { action: 'approve', opinion: '依承诺准予许可' }));
    const cal = await loadWorkingCalendar(db);
    expect(approved.verification).toMatchObject({
      status: 'pending',
      dueOn: cal.addWorkingDays(today, 20).due,
      plan: expect.stringContaining('现场核查'),
    });

    // Failed verification: the reason is required.
    await expectProblem(
      db,
      id,
      () => actOn(reviewer, id, { action: 'verify-commitment', verificationPassed: false }),
      400,
      'VALIDATION_FAILED',
    );
    const revoked = ok(
      await actOn(reviewer, id, {
        action: 'verify-commitment',
        verificationPassed: false,
        opinion: '现场核查发现未配备食品安全管理人员',
      }),
    );
    expect(revoked.status).toBe('revoked');
    expect(revoked.verification).toMatchObject({
      status: 'failed',
      note: '现场核查发现未配备食品安全管理人员',
    });
    expect(
      revoked.actions.slice(-2).map((a: { action: string; actorKind: string }) => [a.action, a.actorKind]),
    ).toEqual([
      ['verify-commitment', 'staff'],
      ['revoke', 'system'],
    ]);
    expect(await documentKinds(db, id)).toContain('revocation-decision');
    expect(await documentTextOf(reviewer, id, 'revocation-decision')).toContain('未配备食品安全管理人员');
    expect(await eventsOf(db, 'case.result-revoked', id)).toEqual([
      {
        caseId: id,
        caseNumber: revoked.caseNumber,
        implementationCode: food,
        resultLicenseType: '11120000TB0000018J502',
        reason: expect.stringContaining('未配备食品安全管理人员'),
      },
    ]);
    const records = await db.select().from(creditRecord).where(eq(creditRecord.caseId, id));
    expect(records).toEqual([
      expect.objectContaining({ subjectType: 'enterprise', subjectId: await demoEnterpriseId(db) }),
    ]);
    await expectLogAgrees(db, id);

    // From now on the enterprise may not take the commitment path, nor 容缺.
    const next = await foodCase({ withoutMaterials: ['layout-plan'] });
    const refused = await expectProblem(
      db,
      next,
      () => actOn(clerk, next, { action: 'accept', missingMaterials: ['layout-plan'] }),
      422,
      'CASE_DEFICIENCY_NOT_ALLOWED',
    );
    expect(refused.errors).toEqual([expect.objectContaining({ path: '/body/missingMaterials' })]);
    const other = await foodCase();
    const noCommitment = await expectProblem(
      db,
      other,
      () => actOn(clerk, other, { action: 'accept', commitment: true }),
      422,
      'CASE_COMMITMENT_NOT_ALLOWED',
    );
    expect(noCommitment.errors).toEqual([
      expect.objectContaining({ messageZh: expect.stringContaining('信用记录') }),
    ]);
    // Without the commitment it is accepted as usual.
    expect(ok(await actOn(clerk, other, { action: 'accept' })).status).toBe('accepted');
  });

  it('a passed verification closes the task; a second verification is refused', async () => {
    const id = await acceptedFoodCase({ applicant: 'zhangsan' }, { commitment: true });
    ok(await actOn(reviewer, id, { action: 'review-pass', opinion: '符合' }));
    ok(await actOn(reviewer, id, { action: 'approve' }));
    const passed = ok(await actOn(reviewer, id, { action: 'verify-commitment', verificationPassed: true }));
    expect(passed).toMatchObject({ status: 'concluded', verification: { status: 'passed' } });
    await expectProblem(
      db,
      id,
      () => actOn(reviewer, id, { action: 'verify-commitment', verificationPassed: true }),
      409,
      'CASE_VERIFICATION_NOT_PENDING',
    );
    const [task] = await db
      .select()
      .from(commitmentVerification)
      .where(eq(commitmentVerification.caseId, id));
    expect(task!.decidedBy).not.toBeNull();
    // The approver may still revoke an approval (§69), with a reason; no credit record then.
    await expectProblem(db, id, () => actOn(reviewer, id, { action: 'revoke' }), 400, 'VALIDATION_FAILED');
    const revoked = ok(await actOn(reviewer, id, { action: 'revoke', reason: '申请人以欺骗手段取得许可' }));
    expect(revoked.status).toBe('revoked');
    expect(revoked.actions.at(-1)).toMatchObject({ action: 'revoke', actorKind: 'staff' });
    expect(await eventsOf(db, 'case.result-revoked', id)).toHaveLength(1);
    expect(await db.select().from(creditRecord).where(eq(creditRecord.caseId, id))).toEqual([]);
  });

  it('a denial states the reasons; a denied case cannot be revoked', async () => {
    const id = await acceptedFoodCase({ applicant: 'zhangsan' });
    ok(await actOn(reviewer, id, { action: 'review-pass', opinion: '经现场核查' }));
    await expectProblem(db, id, () => actOn(reviewer, id, { action: 'deny' }), 400, 'VALIDATION_FAILED');
    const denied = ok(await actOn(reviewer, id, { action: 'deny', reason: '经营场所不符合食品安全要求' }));
    expect(denied).toMatchObject({ status: 'concluded', decision: 'denied' });
    expect(await documentKinds(db, id)).toContain('denial-decision');
    const text = await documentTextOf(reviewer, id, 'denial-decision');
    expect(text).toContain('经营场所不符合食品安全要求');
    expect(text).toMatch(/60日内.*行政复议/);
    expect((await eventsOf(db, 'case.concluded', id))[0]).toMatchObject({ decision: 'denied' });
    await expectProblem(
      db,
      id,
      () => actOn(reviewer, id, { action: 'revoke', reason: '—' }),
      409,
      'CASE_NOT_APPROVED',
    );
  });
});

describe.runIf(ON_POSTGRES)('two clerks at once (PostgreSQL)', () => {
  it('one wins, the other gets 409 and nothing is written twice', async () => {
    const id = await foodCase();
    const other = await signIn(p.app, 'clerk-hexi');
    const seq = (await caseOf(clerk, id)).seq;
    const results = await Promise.all([
      actOn(clerk, id, { action: 'accept', seq }),
      actOn(other, id, { action: 'request-correction', seq, items: [{ text: '请补正申请书' }] }),
    ]);
    const codes = results.map((r) => r.statusCode).sort();
    expect(codes).toEqual([200, 409]);
    const loser = results.find((r) => r.statusCode === 409)!.json();
    expect(['CASE_CHANGED', 'CASE_ACTION_NOT_ALLOWED']).toContain(loser.code);
    const state = await expectLogAgrees(db, id);
    expect(state.status === 'accepted' || state.status === 'correction-requested').toBe(true);
    expect((await caseOf(clerk, id)).seq).toBe(seq + 1);
  });

  it('the same action twice at once: one acts, the other is told', async () => {
    const id = await foodCase();
    const other = await signIn(p.app, 'clerk-hexi');
    const results = await Promise.all([
      actOn(clerk, id, { action: 'accept' }),
      actOn(other, id, { action: 'accept' }),
    ]);
    expect(results.map((r) => r.statusCode).sort()).toEqual([200, 409]);
    expect(await eventsOf(db, 'case.accepted', id)).toHaveLength(1);
    expect(await documentKinds(db, id)).toEqual(['acceptance-notice']);
  });
});
