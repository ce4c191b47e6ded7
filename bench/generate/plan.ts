// The plan of one case: channel, filing time and its events up to the cut-off (the end of
// yesterday), with the projected columns those events leave behind. A recent case may be kept
// open (the open share); an open case whose promised date passed before yesterday carries the
// sweep's mark-overdue, one due yesterday does not yet (today's deadline-sweep work).
import { addCalendarDays, compareDates } from '../../server/src/platform/time/business-date.ts';
import type { Channel } from '../../server/src/modules/cases/codes.ts';
import type { CaseDelivery } from '../../server/src/modules/cases/schema.ts';
import { ONLINE } from '../../server/src/modules/stats/seed/history-plan.ts';
import type { Random } from '../../server/src/modules/stats/seed/history-random.ts';
import type { GenContext, Impl } from './context.ts';
import { at, dueOf, handlingDays, pickPath, plus, type PlannedEvent, type Stop } from './timeline.ts';

/** Channel shares (history-plan.ts): about two thirds online, a quarter at a window. */
const CHANNEL_SHARES: readonly (readonly [Channel, number])[] = [
  ['pc', 36],
  ['mobile', 24],
  ['window', 25],
  ['assisted', 5],
  ['kiosk', 5],
  ['third-party-app', 5],
];
/** Halls are closed on rest days: only remote channels file then. */
const REST_DAY_SHARES = CHANNEL_SHARES.filter(([c]) => c !== 'window' && c !== 'assisted' && c !== 'kiosk');

export interface Planned {
  online: boolean;
  channel: Channel;
  events: PlannedEvent[];
  stop: Stop;
  receivedOn: string;
  acceptedOn: string | null;
  statutoryDue: string | null;
  promisedDue: string | null;
  decision: 'approved' | 'denied' | null;
  concludedAt: Date | null;
  concludedOn: string | null;
  overdueSince: string | null;
  delivery: CaseDelivery | null;
}

const dayOfAt = (d: Date) => new Date(d.getTime() + 8 * 3600_000).toISOString().slice(0, 10);

function pickStop(r: Random, g: GenContext, impl: Impl, day: string, instant: boolean): Stop {
  if (instant || compareDates(day, g.stuckSince) < 0 || !r.chance(g.stuckShare)) return null;
  const s = r.weighted([
    ['accepted', 50],
    ['reviewed', 30],
    ['suspended', 20],
  ] as const);
  return s === 'suspended' && !impl.content.specialProcedures.length ? 'accepted' : s;
}

export function plan(r: Random, g: GenContext, impl: Impl, dayIdx: number): Planned {
  const c = impl.content;
  const day = g.volume.days[dayIdx]!;
  const channel = r.weighted(g.volume.working[dayIdx] ? CHANNEL_SHARES : REST_DAY_SHARES);
  const online = ONLINE.includes(channel);
  const minutes = online
    ? r.chance(0.75)
      ? r.int(8 * 60, 18 * 60)
      : r.int(18 * 60, 23 * 60)
    : r.int(9 * 60, 16 * 60 + 30);
  const instant = c.promisedLimit.kind === 'on-the-spot';
  const path = pickPath(r, instant);
  const events: PlannedEvent[] = [{ action: 'submit', at: at(day, minutes), on: day, who: 'applicant' }];
  const out: Planned = {
    online,
    channel,
    events,
    stop: null,
    receivedOn: day,
    acceptedOn: null,
    statutoryDue: null,
    promisedDue: null,
    decision: null,
    concludedAt: null,
    concludedOn: null,
    overdueSince: null,
    delivery: null,
  };
  const push = (action: PlannedEvent['action'], when: Date, who: PlannedEvent['who']) =>
    events.push({ action, at: when, on: dayOfAt(when), who });
  const staffNext = (from: string, fromAt: Date) =>
    online ? at(g.cal.addWorkingDays(from, 1).due, r.int(9 * 60, 11 * 60)) : plus(fromAt, r.int(10, 40));
  if (path === 'withdrawn') {
    push('withdraw', plus(events[0]!.at, r.int(30, 1440)), 'applicant');
    return cut(g, out);
  }
  if (path === 'refused') {
    push('refuse', staffNext(day, events[0]!.at), 'clerk');
    return cut(g, out);
  }
  let receivedAt = events[0]!.at;
  let receivedMinutes = minutes;
  if (path === 'corrected') {
    const asked = staffNext(day, receivedAt);
    push('request-correction', asked, 'clerk');
    receivedMinutes = online ? r.int(8 * 60, 22 * 60) : r.int(9 * 60, 16 * 60);
    let back = addCalendarDays(dayOfAt(asked), r.int(1, 6));
    if (!online && !g.working(back)) back = g.cal.addWorkingDays(back, 1).due;
    receivedAt = at(back, receivedMinutes);
    push('resubmit', receivedAt, 'applicant');
    out.receivedOn = back;
  }
  accept(r, g, impl, out, receivedAt, receivedMinutes, instant);
  return cut(g, out);
}

/** Acceptance to delivery, as history-cases.ts; a kept-open case stops on the way. */
function accept(
  r: Random,
  g: GenContext,
  impl: Impl,
  out: Planned,
  receivedAt: Date,
  minutes: number,
  instant: boolean,
) {
  const c = impl.content;
  const { online, events } = out;
  const push = (action: PlannedEvent['action'], when: Date, who: PlannedEvent['who']) =>
    events.push({ action, at: when, on: dayOfAt(when), who });
  let acceptedOn = out.receivedOn;
  if (online && (!g.working(acceptedOn) || minutes >= 15 * 60 || r.chance(0.4)))
    acceptedOn = g.cal.addWorkingDays(acceptedOn, 1).due;
  const acceptAt =
    acceptedOn === out.receivedOn ? plus(receivedAt, r.int(10, 40)) : at(acceptedOn, r.int(9 * 60, 11 * 60));
  out.acceptedOn = acceptedOn;
  out.statutoryDue = dueOf(g.cal, acceptedOn, c.statutoryLimit);
  out.promisedDue = dueOf(g.cal, acceptedOn, c.promisedLimit);
  let concludedOn = acceptedOn;
  let concludedAt: Date;
  if (instant) {
    push('accept-and-conclude', acceptAt, 'clerk');
    concludedAt = acceptAt;
    out.decision = 'approved';
  } else {
    push('accept', acceptAt, 'clerk');
    out.stop = pickStop(r, g, impl, out.receivedOn, instant);
    const promised = g.cal.workingDaysBetween(acceptedOn, out.promisedDue).days;
    const days = handlingDays(r, promised);
    concludedOn = g.cal.addWorkingDays(acceptedOn, days).due;
    if (out.stop === 'suspended') {
      push(
        'start-special-procedure',
        at(g.cal.addWorkingDays(acceptedOn, r.int(1, 3)).due, r.int(9 * 60, 16 * 60)),
        'reviewer',
      );
      return;
    }
    const reviewOn =
      days <= 1 ? concludedOn : g.cal.addWorkingDays(acceptedOn, days - r.int(0, Math.min(3, days - 1))).due;
    const reviewAt = days === 0 ? plus(acceptAt, 40) : at(reviewOn, r.int(9 * 60, 11 * 60));
    push('review-pass', reviewAt, 'reviewer');
    if (out.stop === 'reviewed') return;
    if (out.stop === 'accepted') {
      events.pop();
      return;
    }
    concludedAt =
      reviewOn === concludedOn ? plus(reviewAt, r.int(30, 240)) : at(concludedOn, r.int(11 * 60, 16 * 60));
    const denied = r.chance(0.03);
    out.decision = denied ? 'denied' : 'approved';
    push(denied ? 'deny' : 'approve', concludedAt, 'reviewer');
  }
  out.concludedAt = concludedAt;
  out.concludedOn = concludedOn;
  const method: CaseDelivery['method'] = online
    ? r.chance(0.85)
      ? 'electronic'
      : 'courier'
    : r.chance(0.8)
      ? 'window'
      : 'courier';
  const deliverOn =
    method === 'window' && r.chance(0.5) ? g.cal.addWorkingDays(concludedOn, 1).due : concludedOn;
  const deliveredAt =
    deliverOn !== concludedOn ? at(deliverOn, r.int(9 * 60, 16 * 60)) : plus(concludedAt, 10);
  out.delivery = {
    method,
    deliveredAt: deliveredAt.toISOString(),
    ...(method === 'window' && { receivedBy: '申请人本人' }),
    ...(method === 'courier' && {
      courier: 'EMS',
      trackingNumber: `11${String(r.int(0, 99_999_999_999)).padStart(11, '0')}`,
    }),
  };
  push('deliver', deliveredAt, 'clerk');
}

/** Drops what would happen after yesterday, then adds the overdue mark the sweep would have made. */
function cut(g: GenContext, out: Planned): Planned {
  const kept = out.events.filter((e) => e.at.getTime() <= g.cutoff.getTime());
  const lastAction = kept.at(-1)!.action;
  if (!kept.some((e) => e.action === 'accept' || e.action === 'accept-and-conclude')) {
    out.acceptedOn = out.statutoryDue = out.promisedDue = null;
  }
  if (
    !kept.some((e) => e.action === 'approve' || e.action === 'deny' || e.action === 'accept-and-conclude')
  ) {
    out.decision = null;
    out.concludedAt = out.concludedOn = null;
  }
  if (lastAction !== 'deliver') out.delivery = null;
  out.events = kept;
  out.receivedOn = kept.filter((e) => e.action === 'submit' || e.action === 'resubmit').at(-1)!.on;
  // The sweep has not yet run for cases due on the last working day: today's deadline-sweep work.
  if (out.promisedDue && out.acceptedOn && compareDates(out.promisedDue, g.lastDue) < 0) {
    const markOn = addCalendarDays(out.promisedDue, 1);
    const markAt = at(markOn, 10);
    if (markAt.getTime() <= g.cutoff.getTime()) {
      const before = kept.filter((e) => e.at.getTime() < markAt.getTime()).at(-1)!.action;
      if (before === 'accept' || before === 'review-pass') {
        out.events = [
          ...kept.filter((e) => e.at.getTime() < markAt.getTime()),
          { action: 'mark-overdue', at: markAt, on: markOn, who: 'system' },
          ...kept.filter((e) => e.at.getTime() >= markAt.getTime()),
        ];
        out.overdueSince = markOn;
      }
    }
  }
  return out;
}
