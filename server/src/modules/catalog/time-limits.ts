// Comparing time limits given in different units, for "promised ≤ statutory". The comparison is
// conservative: it says yes only when the promise is within the statutory limit whatever the
// calendar, so publication never lets a promise outlast the law.
//
// Conversion (natural days):
//   on-the-spot = 0; N natural days = N; N months = 30·N (as the national checkers count a month).
//   N working days last at least N natural days, and at most ⌈7·N/5⌉ in ordinary five-day weeks.
//   So: same unit → compare the numbers. Otherwise the promise's longest span must fit in the
//   statutory limit's shortest: promised N working days ≤ statutory M natural days iff
//   ⌈7N/5⌉ ≤ M (i.e. N ≤ ⌊5M/7⌋); promised N natural days ≤ statutory M working days iff N ≤ M.
//   Public holidays can stretch a working-day period beyond ⌈7N/5⌉ (the Spring Festival week).
//   The rule ignores them on purpose: a publication check that depended on the year's holiday
//   calendar would pass or fail by date. The case clock (#5) counts the real calendar.
import type { TimeLimit } from './content.ts';

const MONTH_DAYS = 30;

/** The longest span in natural days a limit can take (promised side). */
function longest(limit: TimeLimit): number {
  if (limit.kind === 'on-the-spot') return 0;
  switch (limit.unit) {
    case 'working-days':
      return Math.ceil((7 * limit.value) / 5);
    case 'months':
      return MONTH_DAYS * limit.value;
    default:
      return limit.value;
  }
}

/** The shortest span in natural days a limit can take (statutory side). */
function shortest(limit: TimeLimit): number {
  if (limit.kind === 'on-the-spot') return 0;
  return limit.unit === 'months' ? MONTH_DAYS * limit.value : limit.value;
}

/** True when the promised limit can never exceed the statutory one. */
export function limitWithin(promised: TimeLimit, statutory: TimeLimit): boolean {
  if (promised.kind === 'on-the-spot') return true;
  if (statutory.kind === 'on-the-spot') return false;
  if (promised.unit === statutory.unit) return promised.value <= statutory.value;
  return longest(promised) <= shortest(statutory);
}

const UNIT_ZH: Record<string, string> = {
  'working-days': '个工作日',
  'natural-days': '个自然日',
  months: '个月',
};
const UNIT_EN: Record<string, string> = {
  'working-days': 'working days',
  'natural-days': 'natural days',
  months: 'months',
};

export const limitZh = (l: TimeLimit) => (l.kind === 'on-the-spot' ? '即办' : `${l.value}${UNIT_ZH[l.unit]}`);
export const limitEn = (l: TimeLimit) =>
  l.kind === 'on-the-spot' ? 'on the spot' : `${l.value} ${UNIT_EN[l.unit]}`;
