// What the bundle module does with case events: when a sub-case changes status, the bundle case
// is re-aggregated, members whose predecessors all concluded (approved) are started, members
// behind a failed predecessor are blocked, and — delivery together — the applicant is told once
// every result is ready. Idempotent: redelivery re-derives the same state.
import type { EventHandlers } from '../../platform/outbox/handlers.ts';
import type { BundleDeps } from './deps.ts';

export function bundleHandlers(_handlers: EventHandlers, _deps: BundleDeps): void {
  // filled in by the fan-out work
}
