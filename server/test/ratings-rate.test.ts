// Rating through links and online: single use (a second use and a concurrent double submit give
// one rating), expiry 410, tampering 400, staff 403 with nothing written, bad input 400 with
// nothing changed, one rating per case and channel, not concluded 422, someone else's 404, the
// follow-up window's last day, and the rating.created event and audit of every rating.
import { and, eq, sql } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { tokenOf } from '../src/modules/ratings/invitations.service.ts';
import { rating, ratingInvitation } from '../src/modules/ratings/schema.ts';
import { auditLog } from '../src/platform/audit/schema.ts';
import { outboxEvent } from '../src/platform/outbox/schema.ts';
import { addCalendarDays, businessDate } from '../src/platform/time/business-date.ts';
import { ok } from './case-fixtures.ts';
import { operator } from './identity-callers.ts';
import {
  anon,
  clerk,
  concludedCase,
  countOf,
  db,
  deps,
  GOOD,
  invitationOf,
  lisi,
  p,
  ratingsOf,
  reviewer,
  submittedCase,
  tokenFor,
  useRatingsPlatform,
  zhangsan,
  zhangsanId,
} from './ratings-setup.ts';

useRatingsPlatform();

const rate = (caller = zhangsan, body: Record<string, unknown>) =>
  caller.request('POST', '/api/v1/ratings', body);

async function problem(
  res: { statusCode: number; body: string; json(): unknown },
  status: number,
  code: string,
) {
  expect(res.statusCode, res.body).toBe(status);
  const pr = res.json() as { code: string; titleZh: string; titleEn: string };
  expect(pr.code).toBe(code);
  expect(pr.titleZh).toMatch(/\p{Script=Han}/u);
  expect(pr.titleEn).toMatch(/[a-z]/);
}

/** Everything a refused rating could have changed. */
const snapshot = async (caseId: string) => ({
  ratings: await countOf(rating),
  used: (await invitationOf(caseId)).usedAt,
  events: await countOf(outboxEvent, eq(outboxEvent.type, 'rating.created')),
});

describe('rating through the SMS link', () => {
  it('rates once: the rating, its event and audit; a second use is 409', async () => {
    const id = await concludedCase();
    const token = await tokenFor(id);
    const r = ok(await rate(zhangsan, { token, ...GOOD }), 201);
    expect(r).toMatchObject({ kind: 'case', channel: 'sms', caseId: id, level: 1, ratedOn: businessDate() });
    expect(r.canFollowUp).toBe(true);
    const [row] = await ratingsOf(id);
    expect(row).toMatchObject({
      raterType: 'person',
      raterId: zhangsanId,
      agencyId: 'hx-xzspj',
      itemName: '个体工商户设立登记',
      caseChannel: 'pc',
      invitationId: (await invitationOf(id)).id,
      comment: GOOD.comment,
    });
    const [event] = await db
      .select()
      .from(outboxEvent)
      .where(and(eq(outboxEvent.type, 'rating.created'), sql`${outboxEvent.payload}->>'ratingId' = ${r.id}`));
    expect(event!.payload).toEqual({
      ratingId: r.id,
      caseId: id,
      level: 1,
      agencyId: 'hx-xzspj',
      followUpOf: null,
    });
    const audits = await db.select().from(auditLog).where(eq(auditLog.resourceId, r.id));
    expect(audits.map((a) => a.action)).toEqual(['rating.create']);
    await problem(await rate(zhangsan, { token, level: 2 }), 409, 'RATING_TOKEN_USED');
    expect(await ratingsOf(id)).toHaveLength(1);
  });

  it('may be used signed out (the link is the credential), but not by another person (404)', async () => {
    const id = await concludedCase();
    const token = await tokenFor(id);
    await problem(await rate(lisi, { token, level: 3 }), 404, 'NOT_FOUND');
    expect((await lisi.request('GET', `/api/v1/rating-invitations/${token}`)).statusCode).toBe(404);
    const r = ok(await rate(anon, { token, level: 3 }), 201);
    expect((await ratingsOf(id))[0]).toMatchObject({ id: r.id, raterId: zhangsanId });
  });

  it('a concurrent double submit makes exactly one rating', async () => {
    const id = await concludedCase();
    const token = await tokenFor(id);
    const results = await Promise.all([rate(zhangsan, { token, level: 2 }), rate(anon, { token, level: 5 })]);
    expect(results.map((r) => r.statusCode).sort()).toEqual([201, 409]);
    expect(await ratingsOf(id)).toHaveLength(1);
  });

  it('an expired link is 410 and says so; a tampered one 400', async () => {
    const id = await concludedCase();
    const past = new Date(Math.floor(Date.now() / 1000) * 1000 - 1000);
    await db.update(ratingInvitation).set({ expiresAt: past }).where(eq(ratingInvitation.caseId, id));
    const expired = tokenOf(deps, await invitationOf(id));
    expect(ok(await anon.request('GET', `/api/v1/rating-invitations/${expired}`)).state).toBe('expired');
    await problem(await rate(zhangsan, { token: expired, level: 1 }), 410, 'RATING_TOKEN_EXPIRED');

    const other = await concludedCase();
    const token = await tokenFor(other);
    const tampered = token.slice(0, 10) + (token[10] === 'A' ? 'B' : 'A') + token.slice(11);
    await problem(await rate(zhangsan, { token: tampered, level: 1 }), 400, 'RATING_TOKEN_INVALID');
    await problem(
      await anon.request('GET', `/api/v1/rating-invitations/${tampered}`),
      400,
      'RATING_TOKEN_INVALID',
    );
    await problem(await rate(zhangsan, { token: 'TBR1.abc.def', level: 1 }), 400, 'RATING_TOKEN_INVALID');
    expect(await ratingsOf(other)).toHaveLength(0);
  });

  it('staff and the operator are refused with nothing written', async () => {
    const id = await concludedCase();
    const token = await tokenFor(id);
    const before = await snapshot(id);
    const audits = await countOf(auditLog);
    for (const caller of [clerk, reviewer, operator(p.app)]) {
      await problem(await rate(caller, { token, ...GOOD }), 403, 'RATING_STAFF_FORBIDDEN');
      await problem(
        await caller.request('GET', `/api/v1/rating-invitations/${token}`),
        403,
        'RATING_STAFF_FORBIDDEN',
      );
      // Even without a body: refused before validation.
      await problem(await caller.request('POST', `/api/v1/ratings`, {}), 403, 'RATING_STAFF_FORBIDDEN');
    }
    await problem(
      await clerk.request('POST', `/api/v1/cases/${id}/ratings`, { channel: 'pc', level: 1 }),
      403,
      'RATING_STAFF_FORBIDDEN',
    );
    expect(await snapshot(id)).toEqual(before);
    expect(await countOf(auditLog)).toBe(audits);
  });

  it('bad input is 400 and changes nothing; the link stays usable', async () => {
    const id = await concludedCase();
    const token = await tokenFor(id);
    const before = await snapshot(id);
    for (const body of [
      { token },
      { token, level: null },
      { token, level: 0 },
      { token, level: 6 },
      { token, level: '1' },
      { token, level: 1, scores: { attitude: 3 } },
      { token, level: 1, scores: { overall: 6 } },
      { token, level: 1, comment: '长'.repeat(501) },
      { token, level: 1, extra: true },
      { token, level: 1, comment: "'); drop table rating; --" + '\u0000' },
    ]) {
      const res = await rate(zhangsan, body);
      expect(res.statusCode, JSON.stringify(body).slice(0, 80)).toBe(400);
    }
    const malformed = await p.app.inject({
      method: 'POST',
      url: '/api/v1/ratings',
      headers: { 'content-type': 'application/json' },
      payload: '{"token":',
    });
    expect(malformed.statusCode).toBe(400);
    expect(await snapshot(id)).toEqual(before);
    ok(await rate(zhangsan, { token, level: 4, comment: "'); drop table rating; --" }), 201);
  });
});

describe('rating a case online (PC, mobile)', () => {
  it('one per case per channel; not concluded 422; someone else’s 404', async () => {
    const id = await concludedCase();
    const open = ok(await zhangsan.request('GET', `/api/v1/cases/${id}/ratings`));
    expect(open).toMatchObject({ caseId: id, open: true, channelsLeft: ['pc', 'mobile'], ratings: [] });
    await problem(
      await lisi.request('POST', `/api/v1/cases/${id}/ratings`, { channel: 'pc', level: 1 }),
      404,
      'NOT_FOUND',
    );
    expect((await lisi.request('GET', `/api/v1/cases/${id}/ratings`)).statusCode).toBe(404);
    const r = ok(
      await zhangsan.request('POST', `/api/v1/cases/${id}/ratings`, { channel: 'pc', ...GOOD }),
      201,
    );
    expect(r).toMatchObject({ channel: 'pc', caseId: id });
    await problem(
      await zhangsan.request('POST', `/api/v1/cases/${id}/ratings`, { channel: 'pc', level: 2 }),
      409,
      'RATING_ALREADY_GIVEN',
    );
    ok(await zhangsan.request('POST', `/api/v1/cases/${id}/ratings`, { channel: 'mobile', level: 2 }), 201);
    const after = ok(await zhangsan.request('GET', `/api/v1/cases/${id}/ratings`));
    expect(after.channelsLeft).toEqual([]);
    expect(after.ratings).toHaveLength(2);

    const pending = await submittedCase();
    await problem(
      await zhangsan.request('POST', `/api/v1/cases/${pending}/ratings`, { channel: 'pc', level: 1 }),
      422,
      'RATING_NOT_OPEN',
    );
    expect(ok(await zhangsan.request('GET', `/api/v1/cases/${pending}/ratings`)).open).toBe(false);
  });
});

describe('follow-up (追评)', () => {
  it('is open through the last day of rating.follow-up-days and closed the day after; once', async () => {
    const id = await concludedCase();
    const onEdge = ok(
      await zhangsan.request('POST', `/api/v1/cases/${id}/ratings`, { channel: 'pc', level: 4 }),
      201,
    );
    const late = ok(
      await zhangsan.request('POST', `/api/v1/cases/${id}/ratings`, { channel: 'mobile', level: 4 }),
      201,
    );
    const today = businessDate();
    await db
      .update(rating)
      .set({ ratedOn: addCalendarDays(today, -15) })
      .where(eq(rating.id, onEdge.id));
    await db
      .update(rating)
      .set({ ratedOn: addCalendarDays(today, -16) })
      .where(eq(rating.id, late.id));
    await problem(
      await zhangsan.request('POST', `/api/v1/ratings/${late.id}/follow-up`, { level: 2 }),
      422,
      'RATING_FOLLOW_UP_CLOSED',
    );
    await problem(
      await lisi.request('POST', `/api/v1/ratings/${onEdge.id}/follow-up`, { level: 2 }),
      404,
      'NOT_FOUND',
    );
    await problem(
      await clerk.request('POST', `/api/v1/ratings/${onEdge.id}/follow-up`, { level: 2 }),
      403,
      'RATING_STAFF_FORBIDDEN',
    );
    const f = ok(
      await zhangsan.request('POST', `/api/v1/ratings/${onEdge.id}/follow-up`, {
        level: 2,
        comment: '问题已解决',
      }),
      201,
    );
    expect(f).toMatchObject({ followUpOf: onEdge.id, channel: 'pc', level: 2, canFollowUp: false });
    const [event] = await db
      .select()
      .from(outboxEvent)
      .where(and(eq(outboxEvent.type, 'rating.created'), sql`${outboxEvent.payload}->>'ratingId' = ${f.id}`));
    expect(event!.payload).toMatchObject({ followUpOf: onEdge.id, level: 2 });
    await problem(
      await zhangsan.request('POST', `/api/v1/ratings/${onEdge.id}/follow-up`, { level: 1 }),
      422,
      'RATING_FOLLOW_UP_CLOSED',
    );
    await problem(
      await zhangsan.request('POST', `/api/v1/ratings/${f.id}/follow-up`, { level: 1 }),
      422,
      'RATING_FOLLOW_UP_CLOSED',
    );
    const mine = ok(await zhangsan.request('GET', `/api/v1/cases/${id}/ratings`));
    const edge = mine.ratings.find((r: { id: string }) => r.id === onEdge.id);
    expect(edge.followUp).toMatchObject({ id: f.id, level: 2, comment: '问题已解决' });
  });
});

describe('my ratings', () => {
  it('lists the rater’s ratings newest first, page by page; staff 403', async () => {
    const first = ok(await zhangsan.request('GET', '/api/v1/me/ratings?limit=1'));
    expect(first.items).toHaveLength(1);
    expect(first.nextCursor).toEqual(expect.any(String));
    const second = ok(await zhangsan.request('GET', `/api/v1/me/ratings?limit=1&cursor=${first.nextCursor}`));
    expect(second.items[0].id).not.toBe(first.items[0].id);
    expect(Date.parse(second.items[0].createdAt)).toBeLessThanOrEqual(Date.parse(first.items[0].createdAt));
    expect((await zhangsan.request('GET', '/api/v1/me/ratings?cursor=nope')).statusCode).toBe(400);
    expect((await clerk.request('GET', '/api/v1/me/ratings')).statusCode).toBe(403);
    const theirs = ok(await lisi.request('GET', '/api/v1/me/ratings')).items.map((r: { id: string }) => r.id);
    expect(theirs).not.toContain(first.items[0].id);
  });
});
