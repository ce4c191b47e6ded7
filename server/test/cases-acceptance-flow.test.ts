// Acceptance through HTTP: 即办 accepted and concluded at the window, and a normal promised case
// from acceptance to delivery on the calendar's due dates.
import { eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { serviceCase, siteMessage } from '../src/modules/cases/schema.ts';
import { loadWorkingCalendar } from '../src/platform/calendar/store.ts';
import { personalDataCrypto } from '../src/platform/crypto/personal-data.ts';
import { smsAad, SMS_EVENT } from '../src/platform/notify/sms.ts';
import { deliverDueEvents } from '../src/platform/outbox/deliver.ts';
import { outboxEvent } from '../src/platform/outbox/schema.ts';
import { actOn, caseOf, insertSubmittedCase, ok, personId } from './case-fixtures.ts';
import {
  documentKinds,
  documentTextOf,
  zhDate,
  eventsOf,
  expectLogAgrees,
  expectProblem,
} from './case-handling-helpers.ts';
import {
  agent,
  clerk,
  db,
  food,
  foodCase,
  p,
  reviewer,
  seal,
  today,
  useAcceptancePlatform,
} from './cases-acceptance-setup.ts';

useAcceptancePlatform();

describe('即办 (accept and conclude on the spot)', () => {
  it('accepts and approves in one step at the window, with both documents and the conclusion event', async () => {
    const id = await insertSubmittedCase(db, {
      code: seal,
      applicant: 'enterprise',
      answers: { kind: 'new' },
    });
    const before = await caseOf(clerk, id);
    expect(before.allowedActions).toContain('accept-and-conclude');

    const c = ok(await actOn(clerk, id, { action: 'accept-and-conclude', seq: before.seq }));
    expect(c).toMatchObject({
      status: 'concluded',
      decision: 'approved',
      acceptedOn: today,
      promisedDue: today,
      statutoryDue: today,
      onTime: true,
    });
    expect(c.actions.at(-1)).toMatchObject({
      action: 'accept-and-conclude',
      actorKind: 'staff',
      venueId: 'zwfw-120103',
    });
    expect(await documentKinds(db, id)).toEqual(['acceptance-notice', 'approval-decision']);
    const [concluded] = await eventsOf(db, 'case.concluded', id);
    expect(concluded).toEqual({
      caseId: id,
      caseNumber: c.caseNumber,
      implementationCode: seal,
      agencyId: 'hx-gafj',
      supervisingAgencyId: null,
      decision: 'approved',
      onTime: true,
      resultLicenseType: null,
      concludedOn: today,
    });
    expect(await eventsOf(db, 'case.accepted', id)).toHaveLength(1);
    await expectLogAgrees(db, id);

    // Delivered at the window to a named person.
    const d = ok(
      await actOn(clerk, id, { action: 'deliver', delivery: { method: 'window', receivedBy: '李四' } }),
    );
    expect(d.status).toBe('delivered');
    expect(d.delivery).toMatchObject({ method: 'window', venueId: 'zwfw-120103', receivedBy: '李四' });
    expect(await documentKinds(db, id)).toContain('delivery-receipt');
  });

  it('is not offered for an item with a promised limit: 409 naming the allowed actions', async () => {
    const id = await foodCase();
    const problem = await expectProblem(
      db,
      id,
      () => actOn(clerk, id, { action: 'accept-and-conclude' }),
      409,
      'CASE_ACTION_NOT_ALLOWED',
    );
    expect(problem.allowedActions).toEqual(
      expect.arrayContaining(['accept', 'request-correction', 'refuse']),
    );
    expect(problem.allowedActions).not.toContain('accept-and-conclude');
  });

  it('refuses 容缺 on the spot, and a missing material', async () => {
    const id = await insertSubmittedCase(db, {
      code: seal,
      applicant: 'enterprise',
      answers: { kind: 'new' },
      withoutMaterials: ['seal-impression'],
    });
    await expectProblem(
      db,
      id,
      () => actOn(clerk, id, { action: 'accept-and-conclude', missingMaterials: ['power-of-attorney'] }),
      422,
      'CASE_DEFICIENCY_NOT_ALLOWED',
    );
    const p2 = await expectProblem(
      db,
      id,
      () => actOn(clerk, id, { action: 'accept-and-conclude' }),
      422,
      'CASE_MATERIALS_INCOMPLETE',
    );
    expect(p2.errors).toEqual([expect.objectContaining({ path: '/materials/seal-impression' })]);
  });
});

describe('a normal promised case', () => {
  it('accept → assign → review → approve → deliver, on the calendar’s due dates', async () => {
    const id = await foodCase();
    const cal = await loadWorkingCalendar(db);
    const accepted = ok(await actOn(clerk, id, { action: 'accept' }));
    expect(accepted).toMatchObject({
      status: 'accepted',
      acceptedOn: today,
      promisedDue: cal.addWorkingDays(today, 3).due,
      statutoryDue: cal.addWorkingDays(today, 10).due,
      paused: false,
      deficiencyDue: null,
    });
    expect(await documentKinds(db, id)).toEqual(['acceptance-notice']);
    const notice = await documentTextOf(agent, id, 'acceptance-notice');
    expect(notice).toContain(`承诺办结日期：${zhDate(accepted.promisedDue)}（3个工作日）`);
    expect(notice).toContain(`法定办结日期：${zhDate(accepted.statutoryDue)}（10个工作日）`);
    const [acceptedEvent] = await eventsOf(db, 'case.accepted', id);
    expect(acceptedEvent).toMatchObject({
      caseId: id,
      acceptedOn: today,
      deficiency: false,
      commitment: false,
    });

    // The applicant was told (site message) and, through the outbox, by SMS to the agent's phone.
    const messages = await db.select().from(siteMessage).where(eq(siteMessage.caseId, id));
    expect(messages.map((m) => m.title)).toContain('您的申请已受理');
    await deliverDueEvents(db, p.handlers, { batchSize: 200, maxAttempts: 3 });
    const { cipher } = personalDataCrypto(p.config);
    const sms = (await db.select().from(outboxEvent).where(eq(outboxEvent.type, SMS_EVENT))).map((e) => {
      const payload = e.payload as { phoneEnc: string; textEnc: string };
      return {
        phone: cipher.decrypt(payload.phoneEnc, smsAad(e.id, 'phone')),
        text: cipher.decrypt(payload.textEnc, smsAad(e.id, 'text')),
      };
    });
    expect(sms).toContainEqual({
      phone: '13800000002',
      text: expect.stringContaining(`${accepted.caseNumber}：您的申请已受理`),
    });

    // Assignment: only to staff of the case's agency.
    const reviewerId = await personId(db, 'reviewer-hxsp');
    const clerkId = await personId(db, 'clerk-hexi');
    await expectProblem(
      db,
      id,
      () => actOn(reviewer, id, { action: 'assign', assigneeId: clerkId }),
      422,
      'CASE_ASSIGNEE_INVALID',
    );
    ok(await actOn(reviewer, id, { action: 'assign', assigneeId: reviewerId }));
    const [row] = await db.select().from(serviceCase).where(eq(serviceCase.id, id));
    expect(row!.assigneeId).toBe(reviewerId);

    await expectProblem(
      db,
      id,
      () => actOn(reviewer, id, { action: 'review-pass' }),
      400,
      'VALIDATION_FAILED',
    );
    expect(
      ok(await actOn(reviewer, id, { action: 'review-pass', opinion: '材料齐全，符合条件' })).status,
    ).toBe('reviewed');
    // Returned once, passed again.
    expect(ok(await actOn(reviewer, id, { action: 'return', opinion: '请核实经营场所面积' })).status).toBe(
      'accepted',
    );
    ok(await actOn(reviewer, id, { action: 'review-pass', opinion: '已核实' }));
    const approved = ok(await actOn(reviewer, id, { action: 'approve', opinion: '准予许可' }));
    expect(approved).toMatchObject({ status: 'concluded', decision: 'approved', onTime: true });
    const [concluded] = await eventsOf(db, 'case.concluded', id);
    expect(concluded).toMatchObject({
      caseId: id,
      implementationCode: food,
      agencyId: 'hx-xzspj',
      supervisingAgencyId: 'hx-zwfwb',
      decision: 'approved',
      onTime: true,
      resultLicenseType: '11120000TB0000018J502',
      concludedOn: today,
    });

    // Courier delivery needs the courier and the tracking number.
    await expectProblem(
      db,
      id,
      () => actOn(clerk, id, { action: 'deliver', delivery: { method: 'courier', courier: '中国邮政EMS' } }),
      422,
      'CASE_DELIVERY_INVALID',
    );
    const delivered = ok(
      await actOn(clerk, id, {
        action: 'deliver',
        delivery: { method: 'courier', courier: '中国邮政EMS', trackingNumber: '1234567890123' },
      }),
    );
    expect(delivered.status).toBe('delivered');
    expect(delivered.delivery).toMatchObject({ method: 'courier', trackingNumber: '1234567890123' });
    expect(await documentKinds(db, id)).toEqual([
      'acceptance-notice',
      'approval-decision',
      'delivery-receipt',
    ]);
    const state = await expectLogAgrees(db, id);
    expect(state.status).toBe('delivered');
  });

  it('window pickup only at the pickup or accepting venue', async () => {
    const id = await foodCase({ pickupVenueId: 'zwfw-120103' });
    ok(await actOn(clerk, id, { action: 'accept' }));
    ok(await actOn(reviewer, id, { action: 'review-pass', opinion: '符合' }));
    ok(await actOn(reviewer, id, { action: 'deny', reason: '经营场所与有毒有害场所距离不符合规定' }));
    const problem = await expectProblem(
      db,
      id,
      () =>
        actOn(clerk, id, {
          action: 'deliver',
          delivery: { method: 'window', venueId: 'zwfw-120101', receivedBy: '李四' },
        }),
      422,
      'CASE_DELIVERY_INVALID',
    );
    expect(problem.errors).toEqual([expect.objectContaining({ path: '/body/delivery/venueId' })]);
  });
});
