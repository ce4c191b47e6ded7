// What one source row (a case, a rating, a complaint) adds to the rollup: a list of
// (rollup key, counters). Pure; the handler diffs the old and new lists (see 0015_stats.sql).

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
