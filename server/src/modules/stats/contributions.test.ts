import { describe, expect, it } from 'vitest';
import {
  caseContributions,
  complaintContributions,
  diff,
  ratingContributions,
  visitsOf,
  type CaseSource,
  type ComplaintSource,
  type DayCounter,
  type RatingSource,
} from './contributions.ts';

// Weekdays only: enough to check that the count is (from, to] in working days.
const weekdays: DayCounter = {
  workingDaysBetween(from, to) {
    let days = 0;
    for (let d = new Date(`${from}T00:00:00Z`); ;) {
      d = new Date(d.getTime() + 86_400_000);
      if (d.toISOString().slice(0, 10) > to) return { days };
      if (d.getUTCDay() % 6 !== 0) days++;
    }
  },
};

const caseRow = (over: Partial<CaseSource> = {}): CaseSource => ({
  status: 'submitted',
  agencyId: 'hx-xzspj',
  regionCode: '120103',
  implementationCode: 'IMP1',
  channel: 'pc',
  receivedOn: '2026-03-31',
  acceptedOn: null,
  concludedAt: null,
  onTime: null,
  delivery: null,
  pickupVenueId: null,
  exemptMaterialCount: 0,
  ...over,
});
const key = (month: string, channel = 'pc') => ({
  month,
  agencyId: 'hx-xzspj',
  regionCode: '120103',
  itemCode: 'IMP1',
  channel,
});
// 2026-04-02 10:00 in Beijing is 02:00 UTC.
const at = (iso: string) => new Date(iso);

describe('case contributions', () => {
  it('counts nothing for a draft', () => {
    expect(caseContributions(caseRow({ status: 'draft', receivedOn: null }), weekdays)).toEqual([]);
    expect(caseContributions(caseRow({ status: 'draft' }), weekdays)).toEqual([]);
  });

  it('counts a refused case as received only', () => {
    expect(caseContributions(caseRow({ status: 'refused' }), weekdays)).toEqual([
      { key: key('2026-03'), counters: { received: 1 } },
    ]);
  });

  it('puts received, accepted and concluded in their own months (concluded in China time)', () => {
    const c = caseRow({
      status: 'concluded',
      acceptedOn: '2026-04-01',
      exemptMaterialCount: 2,
      // 2026-04-30 17:00 UTC is 2026-05-01 01:00 in Beijing: a May conclusion.
      concludedAt: at('2026-04-30T17:00:00Z'),
      onTime: true,
    });
    const out = caseContributions(c, weekdays);
    expect(out.map((o) => o.key.month)).toEqual(['2026-03', '2026-04', '2026-05']);
    expect(out[1]!.counters).toEqual({ accepted: 1, exemptMaterials: 2 });
    expect(out[2]!.counters).toMatchObject({
      concluded: 1,
      concludedOnTime: 1,
      concludeWorkingDays: 22, // Apr 2 – May 1: 21 weekdays in April after the 1st, and Fri May 1
      instant: 0,
      fullyOnline: 1,
      zeroVisit: 1,
      atMostOneVisit: 1,
    });
  });

  it('counts a conclusion on the acceptance day as instant with 0 working days', () => {
    const c = caseRow({
      status: 'concluded',
      channel: 'window',
      acceptedOn: '2026-04-02',
      concludedAt: at('2026-04-02T08:00:00Z'),
      onTime: false,
    });
    const concluded = caseContributions(c, weekdays)[2]!.counters;
    expect(concluded).toMatchObject({ instant: 1, concludeWorkingDays: 0, concludedOnTime: 0 });
    expect(concluded).toMatchObject({ fullyOnline: 0, zeroVisit: 0, atMostOneVisit: 1 });
  });

  it('counts visits: one to apply in a hall, one to pick up at a window', () => {
    expect(visitsOf({ channel: 'pc', delivery: null, pickupVenueId: null })).toBe(0);
    expect(visitsOf({ channel: 'mobile', delivery: null, pickupVenueId: 'zwfw-120103' })).toBe(1);
    expect(visitsOf({ channel: 'mobile', delivery: { method: 'courier' }, pickupVenueId: 'v' })).toBe(0);
    expect(visitsOf({ channel: 'window', delivery: { method: 'window' }, pickupVenueId: null })).toBe(2);
    expect(visitsOf({ channel: 'kiosk', delivery: { method: 'electronic' }, pickupVenueId: null })).toBe(1);
    expect(visitsOf({ channel: 'hotline', delivery: null, pickupVenueId: null })).toBe(0);
  });

  it('an online case picked up at a window is not fully online', () => {
    const c = caseRow({
      status: 'delivered',
      acceptedOn: '2026-04-02',
      concludedAt: at('2026-04-03T02:00:00Z'),
      delivery: { method: 'window' },
    });
    expect(caseContributions(c, weekdays)[2]!.counters).toMatchObject({
      fullyOnline: 0,
      zeroVisit: 0,
      atMostOneVisit: 1,
    });
  });
});

const ratingRow = (over: Partial<RatingSource> = {}): RatingSource => ({
  kind: 'case',
  followUpOf: null,
  agencyId: 'hx-xzspj',
  regionCode: '120103',
  implementationCode: 'IMP1',
  caseChannel: 'mobile',
  channel: 'sms',
  level: 2,
  ratedOn: '2026-04-10',
  ...over,
});

describe('rating contributions', () => {
  it('counts a positive rating in its month with the case channel', () => {
    expect(ratingContributions(ratingRow(), null)).toEqual([
      {
        key: { ...key('2026-04', 'mobile') },
        counters: {
          ratings: 1,
          ratingsPositive: 1,
          ratingsNegative: 0,
          rectified: 0,
          revisited: 0,
          revisitSatisfied: 0,
        },
      },
    ]);
  });

  it('uses the rating channel for a window rating and "" for no item', () => {
    const [c] = ratingContributions(
      ratingRow({ kind: 'window', caseChannel: null, channel: 'tablet', implementationCode: null }),
      null,
    );
    expect(c!.key).toMatchObject({ channel: 'tablet', itemCode: '' });
  });

  it('ignores follow-ups', () => {
    expect(ratingContributions(ratingRow({ followUpOf: 'x' }), null)).toEqual([]);
  });

  it('counts a negative rating, its closed rectification and the return visit', () => {
    const neg = ratingRow({ level: 4 });
    expect(
      ratingContributions(neg, { status: 'verifying', revisitSatisfied: null })[0]!.counters,
    ).toMatchObject({ ratingsNegative: 1, rectified: 0 });
    expect(ratingContributions(neg, { status: 'closed', revisitSatisfied: true })[0]!.counters).toMatchObject(
      {
        ratingsNegative: 1,
        rectified: 1,
        revisited: 1,
        revisitSatisfied: 1,
      },
    );
    expect(
      ratingContributions(neg, { status: 'closed', revisitSatisfied: false })[0]!.counters,
    ).toMatchObject({
      revisited: 1,
      revisitSatisfied: 0,
    });
  });

  it('a dismissed rectification (appeal upheld) removes the rating from the negative count', () => {
    const [c] = ratingContributions(ratingRow({ level: 5 }), { status: 'dismissed', revisitSatisfied: null });
    expect(c!.counters).toMatchObject({ ratings: 1, ratingsPositive: 0, ratingsNegative: 0, rectified: 0 });
  });
});

const complaintRow = (over: Partial<ComplaintSource> = {}): ComplaintSource => ({
  status: 'received',
  channel: 'hotline',
  agencyId: null,
  regionCode: '120103',
  implementationCode: null,
  receivedAt: at('2026-04-10T01:00:00Z'),
  receivedOn: '2026-04-10',
  dispatchedAt: null,
  signedAt: null,
  repliedAt: null,
  repliedOnTime: null,
  solved: null,
  ...over,
});

describe('complaint contributions', () => {
  it('keys an undispatched complaint under agency ""', () => {
    const [c] = complaintContributions(complaintRow());
    expect(c!.key).toEqual({
      month: '2026-04',
      agencyId: '',
      regionCode: '120103',
      itemCode: '',
      channel: 'hotline',
    });
    expect(c!.counters).toMatchObject({ complaints: 1, complaintsSigned: 0, complaintsReplied: 0 });
  });

  it('counts sign minutes, reply hours (whole units), on time, confirmed and solved', () => {
    const [c] = complaintContributions(
      complaintRow({
        status: 'closed',
        agencyId: 'hx-xzspj',
        dispatchedAt: at('2026-04-10T01:10:00Z'),
        signedAt: at('2026-04-10T01:55:59Z'),
        repliedAt: at('2026-04-12T03:59:00Z'),
        repliedOnTime: true,
        solved: false,
      }),
    );
    expect(c!.counters).toEqual({
      complaints: 1,
      complaintsSigned: 1,
      complaintSignMinutes: 45,
      complaintsReplied: 1,
      complaintsRepliedOnTime: 1,
      complaintReplyHours: 50,
      complaintsConfirmed: 1,
      complaintsSolved: 0,
    });
  });

  it('counts nothing for a merged complaint', () => {
    expect(complaintContributions(complaintRow({ status: 'merged' }))).toEqual([]);
  });
});

describe('diff', () => {
  const k1 = key('2026-03');
  const k2 = key('2026-04');
  it('gives per-key deltas, drops zeros, sorts keys', () => {
    const old = [
      { key: k2, counters: { received: 1, accepted: 1 } },
      { key: k1, counters: { concluded: 1 } },
    ];
    const next = [
      { key: k2, counters: { received: 1, accepted: 1, concluded: 1 } },
      { key: k1, counters: {} },
    ];
    expect(diff(old, next)).toEqual([
      { key: k1, counters: { concluded: -1 } },
      { key: k2, counters: { concluded: 1 } },
    ]);
  });
  it('is empty for equal lists and inverts', () => {
    const a = [{ key: k1, counters: { received: 1, accepted: 2 } }];
    expect(diff(a, a)).toEqual([]);
    expect(diff([], a)).toEqual(a);
    expect(diff(a, [])).toEqual([{ key: k1, counters: { received: -1, accepted: -2 } }]);
  });
});
