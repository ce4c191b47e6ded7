// Rating invitations: one per concluded case however often `case.concluded` is delivered (site
// message with the link, an encrypted SMS to the applicant's phone), the one reminder, and the
// window clerk's short-lived code for 一次一评 (anonymous rating, one per case and channel).
import { and, eq, sql } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { siteMessage } from '../src/modules/cases/schema.ts';
import { inviteAfterConclusion, sendRatingReminders } from '../src/modules/ratings/invitations.service.ts';
import { WINDOW_INVITATION_MINUTES } from '../src/modules/ratings/rating-rules.ts';
import { ratingInvitation } from '../src/modules/ratings/schema.ts';
import { smsAad, SMS_EVENT } from '../src/platform/notify/sms.ts';
import { publish } from '../src/platform/outbox/publish.ts';
import { outboxEvent } from '../src/platform/outbox/schema.ts';
import { ok } from './case-fixtures.ts';
import { operator } from './identity-callers.ts';
import {
  anon,
  clerk,
  concludedCase,
  countOf,
  db,
  deps,
  drainRatings,
  invitationOf,
  p,
  reviewer,
  submittedCase,
  tokenFor,
  useRatingsPlatform,
  zhangsan,
  zhangsanId,
} from './ratings-setup.ts';

useRatingsPlatform();

/** The clear texts of the SMS events created after `since` (decrypted as the SMS adapter does). */
async function smsSince(since: Date) {
  const rows = await db
    .select()
    .from(outboxEvent)
    .where(and(eq(outboxEvent.type, SMS_EVENT), sql`${outboxEvent.createdAt} >= ${since.toISOString()}`));
  return rows.map((r) => {
    const payload = r.payload as { phoneEnc: string; textEnc: string };
    return {
      phone: deps.cipher.decrypt(payload.phoneEnc, smsAad(r.id, 'phone')),
      text: deps.cipher.decrypt(payload.textEnc, smsAad(r.id, 'text')),
    };
  });
}

const messagesOf = (caseId: string) => db.select().from(siteMessage).where(eq(siteMessage.caseId, caseId));
const ratingMessages = async (caseId: string) =>
  (await messagesOf(caseId)).filter((m) => m.body.includes('/rate/TBR1.'));

describe('invitation after conclusion', () => {
  it('is made once, even when case.concluded is delivered again, with a site message and an SMS', async () => {
    const since = new Date();
    const id = await concludedCase();
    const inv = await invitationOf(id);
    expect(inv).toMatchObject({
      kind: 'case',
      channel: 'sms',
      raterType: 'person',
      raterId: zhangsanId,
      usedAt: null,
    });
    const days = (inv.expiresAt.getTime() - inv.createdAt.getTime()) / 86_400_000;
    expect(Math.round(days)).toBe(15); // rating.invitation-days
    const token = await tokenFor(id);
    const [msg] = await ratingMessages(id);
    expect(msg).toMatchObject({ recipientType: 'person', recipientId: zhangsanId });
    expect(msg!.body).toContain(`/rate/${token}`);
    const sms = (await smsSince(since)).filter((s) => s.text.includes(token));
    expect(sms).toEqual([{ phone: '13800000001', text: expect.stringContaining(`/rate/${token}`) }]);

    // Redelivery: the same event again (another id), and the handler called directly twice.
    const [event] = await db
      .select()
      .from(outboxEvent)
      .where(and(eq(outboxEvent.type, 'case.concluded'), sql`${outboxEvent.payload}->>'caseId' = ${id}`));
    await db.transaction((tx) =>
      publish(tx, { type: 'case.concluded', payload: event!.payload as Record<string, unknown> }),
    );
    await drainRatings();
    await db.transaction((tx) => inviteAfterConclusion(tx, deps, { caseId: id, caseNumber: '' }));
    expect(await countOf(ratingInvitation, eq(ratingInvitation.caseId, id))).toBe(1);
    expect(await ratingMessages(id)).toHaveLength(1);
    expect((await smsSince(since)).filter((s) => s.text.includes(token))).toHaveLength(1);
  });

  it('the link shows what is rated, without personal data', async () => {
    const id = await concludedCase();
    const view = ok(await anon.request('GET', `/api/v1/rating-invitations/${await tokenFor(id)}`));
    expect(view).toMatchObject({
      kind: 'case',
      channel: 'sms',
      state: 'open',
      itemName: '个体工商户设立登记',
      named: true,
      caseNumber: expect.any(String),
    });
    expect(view.indicators.map((i: { code: string }) => i.code)).toEqual([
      'overall',
      'efficiency',
      'guide-accuracy',
      'convenience',
      'usability',
    ]);
    expect(JSON.stringify(view)).not.toMatch(/张三|13800000001|1201031985/);
  });
});

describe('the one reminder', () => {
  it('goes once to unused, unexpired invitations older than rating.reminder-days', async () => {
    const [due, fresh, used, expired] = [
      await concludedCase(),
      await concludedCase(),
      await concludedCase(),
      await concludedCase(),
    ];
    const back = (id: string, days: number, extra: Record<string, unknown> = {}) =>
      db
        .update(ratingInvitation)
        .set({ createdAt: new Date(Date.now() - days * 86_400_000), ...extra })
        .where(eq(ratingInvitation.caseId, id));
    await back(due, 3.1);
    await back(fresh, 2.9);
    await back(used, 5, { usedAt: new Date() });
    await back(expired, 5, { expiresAt: new Date(Date.now() - 1000) });
    const since = new Date();
    const first = await sendRatingReminders(db, deps);
    expect(first).toBeGreaterThanOrEqual(1);
    expect((await invitationOf(due)).remindedAt).not.toBeNull();
    for (const id of [fresh, used, expired]) expect((await invitationOf(id)).remindedAt).toBeNull();
    const reminders = (await messagesOf(due)).filter((m) => m.title.startsWith('提醒'));
    expect(reminders).toHaveLength(1);
    // The same link as the invitation: the token is derived from the row.
    expect(reminders[0]!.body).toContain(`/rate/${await tokenFor(due)}`);
    const dueToken = await tokenFor(due);
    const sms = (await smsSince(since)).filter((s) => s.text.includes(dueToken));
    expect(sms).toHaveLength(1);
    expect(sms[0]!.text).toMatch(/^【通办】提醒：/);
    // Never twice.
    expect(await sendRatingReminders(db, deps)).toBe(0);
    expect((await messagesOf(due)).filter((m) => m.title.startsWith('提醒'))).toHaveLength(1);
  });
});

describe('一次一评 at the window', () => {
  it('the clerk shows a 30-minute code; an anonymous visitor rates the window service with it once', async () => {
    const res = await clerk.request('POST', '/api/v1/window-rating-invitations', { channel: 'qr' });
    const code = ok(res, 201);
    expect(code).toMatchObject({
      channel: 'qr',
      caseId: null,
      windowCode: 'SL01',
      venueName: '河西区政务服务中心',
    });
    expect(code.url).toBe(`${p.config.publicUrl.replace(/\/+$/, '')}/rate/${code.token}`);
    expect(code.qr).toMatch(/^<svg[\s\S]*<\/svg>$/);
    const minutes = (Date.parse(code.expiresAt) - Date.now()) / 60_000;
    expect(minutes).toBeGreaterThan(WINDOW_INVITATION_MINUTES - 1);
    expect(minutes).toBeLessThanOrEqual(WINDOW_INVITATION_MINUTES);

    const view = ok(await anon.request('GET', `/api/v1/rating-invitations/${code.token}`));
    expect(view).toMatchObject({ kind: 'window', named: false, windowCode: 'SL01', state: 'open' });
    expect(view.indicators.map((i: { code: string }) => i.code)).toEqual([
      'overall',
      'efficiency',
      'competence',
      'attitude',
    ]);
    // Online indicators do not belong to a window rating.
    const wrong = await anon.request('POST', '/api/v1/ratings', {
      token: code.token,
      level: 2,
      scores: { usability: 3 },
    });
    expect(wrong.statusCode, wrong.body).toBe(400);
    const rated = ok(
      await anon.request('POST', '/api/v1/ratings', { token: code.token, level: 2, scores: { attitude: 5 } }),
      201,
    );
    expect(rated).toMatchObject({
      kind: 'window',
      channel: 'qr',
      level: 2,
      caseId: null,
      canFollowUp: false,
    });
    expect((await anon.request('POST', '/api/v1/ratings', { token: code.token, level: 1 })).statusCode).toBe(
      409,
    );
    expect(ok(await anon.request('GET', `/api/v1/rating-invitations/${code.token}`)).state).toBe('used');
  });

  it('for a case: one rating per case and channel; a new code voids an unused older one', async () => {
    const id = await submittedCase();
    const first = ok(
      await clerk.request('POST', '/api/v1/window-rating-invitations', { channel: 'tablet', caseId: id }),
      201,
    );
    const second = ok(
      await clerk.request('POST', '/api/v1/window-rating-invitations', { channel: 'tablet', caseId: id }),
      201,
    );
    expect(second.invitationId).toBe(first.invitationId);
    if (second.token !== first.token)
      expect(
        (await anon.request('POST', '/api/v1/ratings', { token: first.token, level: 1 })).statusCode,
      ).toBe(400);
    ok(await anon.request('POST', '/api/v1/ratings', { token: second.token, level: 1 }), 201);
    const again = await clerk.request('POST', '/api/v1/window-rating-invitations', {
      channel: 'tablet',
      caseId: id,
    });
    expect(again.statusCode, again.body).toBe(409);
    expect(again.json().code).toBe('RATING_ALREADY_GIVEN');
  });

  it('needs a window (operator: 422), case.accept (reviewer: 403) and a case in the clerk’s scope', async () => {
    const op = await operator(p.app).request('POST', '/api/v1/window-rating-invitations', { channel: 'qr' });
    expect(op.statusCode, op.body).toBe(422);
    expect(op.json().code).toBe('RATING_WINDOW_REQUIRED');
    expect(
      (await reviewer.request('POST', '/api/v1/window-rating-invitations', { channel: 'qr' })).statusCode,
    ).toBe(403);
    expect(
      (await zhangsan.request('POST', '/api/v1/window-rating-invitations', { channel: 'qr' })).statusCode,
    ).toBe(403);
    const unknown = await clerk.request('POST', '/api/v1/window-rating-invitations', {
      channel: 'qr',
      caseId: '00000000-0000-7000-8000-000000000000',
    });
    expect(unknown.statusCode).toBe(404);
    const bad = await clerk.request('POST', '/api/v1/window-rating-invitations', { channel: 'sms' });
    expect(bad.statusCode).toBe(400);
  });
});
