// Acceptance through HTTP: who may accept a case, and the applicant's notices (site message, SMS).
import { and, eq, sql } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { personalDataCrypto } from '../src/platform/crypto/personal-data.ts';
import { smsAad } from '../src/platform/notify/sms.ts';
import { outboxEvent } from '../src/platform/outbox/schema.ts';
import { caseNoticeHandler, smsIdFor } from '../src/modules/cases/notify-applicant.ts';
import { actOn, ok } from './case-fixtures.ts';
import { expectProblem } from './case-handling-helpers.ts';
import {
  clerk,
  db,
  foodCase,
  p,
  reviewer,
  useAcceptancePlatform,
  zhangsan,
} from './cases-acceptance-setup.ts';
import { signIn } from './identity-callers.ts';

useAcceptancePlatform();

describe('who may accept', () => {
  it('a clerk of another venue and a reviewer of another agency get 404; an applicant 403', async () => {
    const id = await foodCase({ applicant: 'zhangsan' });
    const heping = await signIn(p.app, 'clerk-heping');
    const scjg = await signIn(p.app, 'reviewer-scjg');
    await expectProblem(db, id, () => actOn(heping, id, { action: 'accept' }), 404, 'NOT_FOUND');
    await expectProblem(db, id, () => actOn(scjg, id, { action: 'accept' }), 404, 'NOT_FOUND');
    expect((await scjg.request('GET', `/api/v1/cases/${id}`)).statusCode).toBe(404);
    await expectProblem(db, id, () => actOn(zhangsan, id, { action: 'accept' }), 403, 'FORBIDDEN');
    // A reviewer of the agency sees the case but may not accept it.
    await expectProblem(db, id, () => actOn(reviewer, id, { action: 'accept' }), 403, 'FORBIDDEN');
    // Acting in a wrong state: 409 with what the caller may do instead.
    const wrong = await expectProblem(
      db,
      id,
      () => actOn(reviewer, id, { action: 'approve' }),
      409,
      'CASE_ACTION_NOT_ALLOWED',
    );
    expect(Array.isArray(wrong.allowedActions)).toBe(true);
    expect(wrong.allowedActions).not.toContain('approve');
    // A stale view: 409 CASE_CHANGED.
    await expectProblem(db, id, () => actOn(clerk, id, { action: 'accept', seq: 0 }), 409, 'CASE_CHANGED');
    expect(ok(await actOn(clerk, id, { action: 'accept', seq: 1 })).status).toBe('accepted');
  });

  it('a clerk who sees the case only as its pickup venue may not accept it', async () => {
    const id = await foodCase({ acceptingVenueId: 'zwfw-120101', pickupVenueId: 'zwfw-120103' });
    await expectProblem(db, id, () => actOn(clerk, id, { action: 'accept' }), 422, 'CASE_VENUE_NOT_ALLOWED');
  });
});

describe('notices to the applicant', () => {
  it('a person applicant gets the site message and one SMS per notice, however often the event is delivered', async () => {
    const id = await foodCase({ applicant: 'zhangsan' });
    const accepted = ok(await actOn(clerk, id, { action: 'accept' }));
    const [notice] = await db
      .select()
      .from(outboxEvent)
      .where(and(eq(outboxEvent.type, 'case.notice'), sql`${outboxEvent.payload}->>'caseId' = ${id}`));
    expect(notice!.payload).toMatchObject({ caseId: id, recipientType: 'person' });
    const handle = caseNoticeHandler(personalDataCrypto(p.config).cipher);
    const event = { ...notice!, payload: notice!.payload as Record<string, unknown>, attempts: 1 };
    await handle(event, db);
    await handle(event, db);
    const [sms, ...more] = await db
      .select()
      .from(outboxEvent)
      .where(eq(outboxEvent.id, smsIdFor(notice!.id)));
    expect(more).toEqual([]);
    const { cipher } = personalDataCrypto(p.config);
    const payload = sms!.payload as { phoneEnc: string; textEnc: string };
    expect(JSON.stringify(payload)).not.toContain('13800000001');
    expect(cipher.decrypt(payload.phoneEnc, smsAad(sms!.id, 'phone'))).toBe('13800000001');
    expect(cipher.decrypt(payload.textEnc, smsAad(sms!.id, 'text'))).toContain(
      `${accepted.caseNumber}：您的申请已受理`,
    );
    const mine = ok(await zhangsan.request('GET', `/api/v1/cases/${id}`));
    expect(mine.status).toBe('accepted');
  });
});
