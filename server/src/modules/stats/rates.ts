// From summed counters to the dashboard's row: ratios 0–1 (null when the denominator is 0) and
// averages. Pure; the overview, the export and the bulletin all use it so they agree.
import type { Counter } from './contributions.ts';
import type { StatsRow } from './stats.schemas.ts';

export type Sums = Record<Counter, number>;

const ratio = (n: number, d: number): number | null =>
  d > 0 ? Math.round((Math.min(n, d) / d) * 10000) / 10000 : null;
const average = (n: number, d: number): number | null => (d > 0 ? Math.round((n / d) * 100) / 100 : null);

export function rowOf(key: string, label: string, s: Sums): StatsRow {
  return {
    key,
    label,
    received: s.received,
    accepted: s.accepted,
    concluded: s.concluded,
    onTimeRate: ratio(s.concludedOnTime, s.concluded),
    avgWorkingDays: average(s.concludeWorkingDays, s.concluded),
    instantShare: ratio(s.instant, s.concluded),
    fullyOnlineShare: ratio(s.fullyOnline, s.concluded),
    zeroVisitShare: ratio(s.zeroVisit, s.concluded),
    atMostOneVisitShare: ratio(s.atMostOneVisit, s.concluded),
    exemptMaterials: s.exemptMaterials,
    ratings: s.ratings,
    // A negative rating dismissed on appeal is neither: it leaves the satisfaction rate.
    satisfactionRate: ratio(s.ratingsPositive, s.ratingsPositive + s.ratingsNegative),
    ratingsNegative: s.ratingsNegative,
    // Of the negative ratings, how many loops closed; of those, how many had a return visit.
    rectificationRate: ratio(s.rectified, s.ratingsNegative),
    revisitRate: ratio(s.revisited, s.rectified),
    revisitSatisfiedRate: ratio(s.revisitSatisfied, s.revisited),
    complaints: s.complaints,
    complaintAnsweredRate: ratio(s.complaintsReplied, s.complaints),
    complaintOnTimeRate: ratio(s.complaintsRepliedOnTime, s.complaintsReplied),
    complaintSolvedRate: ratio(s.complaintsSolved, s.complaintsConfirmed),
    complaintReturnVisitRate: ratio(s.complaintsConfirmed, s.complaintsReplied),
    avgSignMinutes: average(s.complaintSignMinutes, s.complaintsSigned),
    avgReplyHours: average(s.complaintReplyHours, s.complaintsReplied),
  };
}
