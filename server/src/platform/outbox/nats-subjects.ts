// Which outbox events leave for NATS, and under which subject. Pure rules, shared by the relay,
// its tests and docs/events.md: department systems build their subscriptions on these names.

/** Every bridged subject starts with this token; the stream captures `tongban.>`. */
export const SUBJECT_PREFIX = 'tongban';

/**
 * Internal plumbing, never bridged: scheduler runs (`job.*`), the SMS queue (`notification.*`,
 * an encrypted phone and text) and `case.notice`, the trigger for that SMS (department systems
 * learn of the case from `case.*` itself). Everything else a module publishes is bridged, so a
 * new business event reaches subscribers without touching the bridge.
 */
const INTERNAL_PREFIXES = ['job.', 'notification.'] as const;
const INTERNAL_TYPES = new Set(['case.notice']);

/** A NATS subject token: no dots, wildcards, whitespace or control characters. */
const TOKEN = /^[A-Za-z0-9_-]+$/;

/** True when `type` is a well-formed event type: dot-separated tokens NATS accepts. */
export function isValidEventType(type: string): boolean {
  return type.split('.').every((t) => TOKEN.test(t));
}

export function isBridged(type: string): boolean {
  if (INTERNAL_TYPES.has(type)) return false;
  if (INTERNAL_PREFIXES.some((p) => type.startsWith(p))) return false;
  return isValidEventType(type);
}

/** The JetStream subject of a bridged event type, e.g. `case.concluded` → `tongban.case.concluded`. */
export function subjectFor(type: string, prefix = SUBJECT_PREFIX): string {
  if (!isValidEventType(type)) throw new Error(`event type "${type}" is not a NATS subject`);
  return `${prefix}.${type}`;
}

/** The message body: the event's identity and time around the payload the module published. */
export interface BridgedMessage {
  id: string;
  type: string;
  occurredAt: string;
  payload: Record<string, unknown>;
}

export function messageFor(event: {
  id: string;
  type: string;
  createdAt: Date;
  payload: Record<string, unknown>;
}): BridgedMessage {
  return {
    id: event.id,
    type: event.type,
    occurredAt: event.createdAt.toISOString(),
    payload: event.payload,
  };
}
