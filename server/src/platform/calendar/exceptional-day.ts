// One exceptional date of the working calendar: a day the State Council's yearly holiday notice
// (or an administrator's amendment) takes off the Monday–Friday pattern or adds to it.
// This is the shape shared by the built-in data, the database rows and the calendar functions.

import { isBusinessDate } from '../time/business-date.ts';

export type ExceptionalDayKind = 'rest' | 'work';

export const EXCEPTIONAL_DAY_KINDS: readonly ExceptionalDayKind[] = ['rest', 'work'];

export interface ExceptionalDay {
  /** Business date 'YYYY-MM-DD' (Asia/Shanghai). */
  readonly date: string;
  /**
   * 'rest': a day off listed by the notice — statutory holiday, weekday given in lieu, or a weekend
   * day inside the holiday block. 'work': a weekend day the notice declares a working day (调休上班).
   */
  readonly kind: ExceptionalDayKind;
  /** The holiday as the notice heads it, e.g. '国庆节、中秋节'. */
  readonly name: string;
  /** The notice the day comes from, e.g. '国办发明电〔2024〕12号', so every deadline can be audited. */
  readonly source: string;
}

/** Why `value` is not a valid ExceptionalDay, or null when it is. For validating admin input. */
export function exceptionalDayProblem(value: unknown): string | null {
  if (typeof value !== 'object' || value === null) return 'must be an object';
  const day = value as Record<string, unknown>;
  if (!isBusinessDate(day.date)) return `date must be YYYY-MM-DD, got ${JSON.stringify(day.date)}`;
  if (day.kind !== 'rest' && day.kind !== 'work') return `kind must be 'rest' or 'work'`;
  if (typeof day.name !== 'string' || day.name.trim() === '') return 'name must be a non-empty string';
  if (typeof day.source !== 'string' || day.source.trim() === '') return 'source must be a non-empty string';
  return null;
}

/** Throws RangeError unless `value` is a valid ExceptionalDay. */
export function assertExceptionalDay(value: unknown): asserts value is ExceptionalDay {
  const problem = exceptionalDayProblem(value);
  if (problem !== null) throw new RangeError(`exceptional day ${problem}`);
}
