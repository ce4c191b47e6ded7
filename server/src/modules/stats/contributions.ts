// What one source row (a case, a rating, a complaint) adds to the rollup: a list of
// (rollup key, counters). Pure; the handler diffs the old and new lists (see 0015_stats.sql).
import { businessDate } from '../../platform/time/business-date.ts';

export const COUNTERS = [
  'received',
  'accepted',
  'concluded',
  'concludedOnTime',
  'concludeWorkingDays',
  'instant',
  'fullyOnline',
  'zeroVisit',
  'atMostOneVisit',
  'exemptMaterials',
  'ratings',
  'ratingsPositive',
  'ratingsNegative',
  'rectified',
  'revisited',
  'revisitSatisfied',
  'complaints',
  'complaintsSigned',
  'complaintSignMinutes',
  'complaintsReplied',
  'complaintsRepliedOnTime',
  'complaintReplyHours',
  'complaintsConfirmed',
  'complaintsSolved',
] as const;
export type Counter = (typeof COUNTERS)[number];

export interface RollupKey {
  month: string;
  agencyId: string;
  regionCode: string;
  itemCode: string;
  channel: string;
}

export interface Contribution {
  key: RollupKey;
  counters: Partial<Record<Counter, number>>;
}

/** The columns of a case the counters read (a ServiceCaseRow satisfies it). */
export interface CaseSource {
  status: string;
  agencyId: string;
  regionCode: string;
  implementationCode: string;
  channel: string;
  receivedOn: string | null;
  acceptedOn: string | null;
  concludedAt: Date | null;
  onTime: boolean | null;
  delivery: { method: string } | null;
  pickupVenueId: string | null;
  exemptMaterialCount: number;
}

export interface RatingSource {
  kind: string;
  followUpOf: string | null;
  agencyId: string;
  regionCode: string;
  implementationCode: string | null;
  caseChannel: string | null;
  channel: string;
  level: number;
  ratedOn: string;
}

export interface RectificationSource {
  status: string;
  revisitSatisfied: boolean | null;
}

export interface ComplaintSource {
  status: string;
  channel: string;
  agencyId: string | null;
  regionCode: string;
  implementationCode: string | null;
  receivedAt: Date;
  receivedOn: string;
  dispatchedAt: Date | null;
  signedAt: Date | null;
  repliedAt: Date | null;
  repliedOnTime: boolean | null;
  solved: boolean | null;
}

/** What the case counters need of the working-day calendar (platform/calendar). */
export interface DayCounter {
  workingDaysBetween(from: string, to: string): { days: number };
}

const monthOf = (date: string) => date.slice(0, 7);

/** Channels where the applicant comes to a hall to apply: one visit. */
export const VISIT_CHANNELS: readonly string[] = ['window', 'assisted', 'kiosk'];
/** Channels where the applicant applies from afar (全程网办 when the result does not need a visit). */
export const ONLINE_CHANNELS: readonly string[] = ['pc', 'mobile', 'third-party-app'];

/**
 * Visits the applicant made: one to apply in a hall, one to pick the result up at a window. The
 * pick-up counts when the case was delivered at a window, or, not yet delivered, when the
 * applicant chose a pick-up venue (the result will be collected there).
 */
export function visitsOf(c: Pick<CaseSource, 'channel' | 'delivery' | 'pickupVenueId'>): number {
  const applyVisit = VISIT_CHANNELS.includes(c.channel) ? 1 : 0;
  const pickUp = c.delivery ? c.delivery.method === 'window' : c.pickupVenueId !== null;
  return applyVisit + (pickUp ? 1 : 0);
}

export function caseContributions(c: CaseSource, calendar: DayCounter): Contribution[] {
  if (c.status === 'draft') return [];
  const at = (month: string): RollupKey => ({
    month,
    agencyId: c.agencyId,
    regionCode: c.regionCode,
    itemCode: c.implementationCode,
    channel: c.channel,
  });
  const out: Contribution[] = [];
  if (c.receivedOn) out.push({ key: at(monthOf(c.receivedOn)), counters: { received: 1 } });
  if (c.acceptedOn)
    out.push({
      key: at(monthOf(c.acceptedOn)),
      counters: { accepted: 1, exemptMaterials: c.exemptMaterialCount },
    });
  if (c.concludedAt) {
    const day = businessDate(c.concludedAt); // the concluded date in China time
    const visits = visitsOf(c);
    out.push({
      key: at(monthOf(day)),
      counters: {
        concluded: 1,
        concludedOnTime: c.onTime ? 1 : 0,
        concludeWorkingDays: c.acceptedOn
          ? Math.max(0, calendar.workingDaysBetween(c.acceptedOn, day).days)
          : 0,
        instant: c.acceptedOn === day ? 1 : 0,
        fullyOnline: ONLINE_CHANNELS.includes(c.channel) && visits === 0 ? 1 : 0,
        zeroVisit: visits === 0 ? 1 : 0,
        atMostOneVisit: visits <= 1 ? 1 : 0,
      },
    });
  }
  return out;
}

export function ratingContributions(r: RatingSource, rect: RectificationSource | null): Contribution[] {
  if (r.followUpOf !== null) return []; // 追评 amends a rating; it is not another one
  const negative = r.level >= 4;
  const dismissed = rect?.status === 'dismissed'; // the appeal was upheld: not a valid negative rating
  const closed = negative && rect?.status === 'closed';
  return [
    {
      key: {
        month: monthOf(r.ratedOn),
        agencyId: r.agencyId,
        regionCode: r.regionCode,
        itemCode: r.implementationCode ?? '',
        channel: r.kind === 'case' ? (r.caseChannel ?? r.channel) : r.channel,
      },
      counters: {
        ratings: 1,
        ratingsPositive: negative ? 0 : 1,
        ratingsNegative: negative && !dismissed ? 1 : 0,
        rectified: closed ? 1 : 0,
        revisited: closed && rect.revisitSatisfied !== null ? 1 : 0,
        revisitSatisfied: closed && rect.revisitSatisfied === true ? 1 : 0,
      },
    },
  ];
}

const wholeUnits = (from: Date | null, to: Date | null, ms: number) =>
  from && to ? Math.max(0, Math.floor((to.getTime() - from.getTime()) / ms)) : 0;

export function complaintContributions(c: ComplaintSource): Contribution[] {
  if (c.status === 'merged') return []; // counted once, as the complaint it was merged into
  return [
    {
      key: {
        month: monthOf(c.receivedOn),
        agencyId: c.agencyId ?? '', // not yet dispatched: '' (未分派)
        regionCode: c.regionCode,
        itemCode: c.implementationCode ?? '',
        channel: c.channel,
      },
      counters: {
        complaints: 1,
        complaintsSigned: c.signedAt ? 1 : 0,
        complaintSignMinutes: c.signedAt ? wholeUnits(c.dispatchedAt, c.signedAt, 60_000) : 0,
        complaintsReplied: c.repliedAt ? 1 : 0,
        complaintsRepliedOnTime: c.repliedAt && c.repliedOnTime ? 1 : 0,
        complaintReplyHours: c.repliedAt ? wholeUnits(c.receivedAt, c.repliedAt, 3_600_000) : 0,
        complaintsConfirmed: c.solved !== null ? 1 : 0,
        complaintsSolved: c.solved === true ? 1 : 0,
      },
    },
  ];
}

/** A stable text form of a key: the map key of diff and the sort order of the rollup writes. */
export const keyText = (k: RollupKey) =>
  JSON.stringify([k.month, k.agencyId, k.regionCode, k.itemCode, k.channel]);

function summed(list: readonly Contribution[], sign: 1 | -1, into: Map<string, Contribution>) {
  for (const c of list) {
    const text = keyText(c.key);
    const entry = into.get(text) ?? { key: c.key, counters: {} };
    for (const [name, n] of Object.entries(c.counters) as [Counter, number][])
      entry.counters[name] = (entry.counters[name] ?? 0) + sign * n;
    into.set(text, entry);
  }
}

/** new − old per key and counter; zero deltas and keys left with none are dropped; sorted by key. */
export function diff(old: readonly Contribution[], next: readonly Contribution[]): Contribution[] {
  const all = new Map<string, Contribution>();
  summed(next, 1, all);
  summed(old, -1, all);
  return [...all.entries()]
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    .map(([, c]) => ({
      key: c.key,
      counters: Object.fromEntries(Object.entries(c.counters).filter(([, n]) => n !== 0)),
    }))
    .filter((c) => Object.keys(c.counters).length > 0);
}
