// Events that change what the counters read: each one re-derives its source's fact (apply-fact.ts).
// The payload only names the source; the handler reads the current row, so any order is fine.
import type { Db } from '../../platform/db/database.ts';
import { loadWorkingCalendar } from '../../platform/calendar/store.ts';
import type { EventHandlers } from '../../platform/outbox/handlers.ts';
import type { OutboxEvent } from '../../platform/outbox/publish.ts';
import { applyFact, type SourceType } from './apply-fact.ts';

/** Case events whose transaction may change received/accepted/concluded dates, on-time, the
 * delivery or the exempt-material count. case.status-changed alone covers every status move;
 * the others are listed so a case is re-derived even when an action publishes only them. */
export const CASE_EVENTS = [
  'case.status-changed',
  'case.submitted',
  'case.accepted',
  'case.refused',
  'case.concluded',
  'case.result-revoked',
] as const;

const idOf = (event: OutboxEvent, field: string): string | undefined => {
  const v = event.payload[field];
  return typeof v === 'string' ? v : undefined;
};

export type FactHandler = (event: OutboxEvent, tx: Db) => Promise<void>;

/** The handler for one event type: which source it names and where to find its id. */
export function factHandler(type: SourceType, field: string): FactHandler {
  return async (event, tx) => {
    const id = idOf(event, field);
    // The calendar is read through the delivering transaction (PGlite has one connection); it
    // is loaded only when a concluded case needs it.
    if (id) await applyFact(tx, type, id, () => loadWorkingCalendar(tx));
  };
}

export function statsHandlers(handlers: EventHandlers): void {
  for (const type of CASE_EVENTS) handlers.on(type, 'stats.case-fact', factHandler('case', 'caseId'));
  handlers.on('rating.created', 'stats.rating-fact', factHandler('rating', 'ratingId'));
  handlers.on('rectification.changed', 'stats.rating-fact', factHandler('rating', 'ratingId'));
  handlers.on('complaint.changed', 'stats.complaint-fact', factHandler('complaint', 'complaintId'));
}
