// Transactional outbox: an event is written in the caller's transaction, so it exists exactly
// when the change that caused it committed. Workers deliver it afterwards.
import type { Db } from '../db/database.ts';
import { uuidv7 } from '../ids.ts';
import { outboxEvent } from './schema.ts';

export interface EventInput {
  type: string;
  payload: Record<string, unknown>;
  /** Give a deterministic id to make publishing itself idempotent; by default a new UUIDv7. */
  id?: string;
  availableAt?: Date;
}

export interface OutboxEvent {
  id: string;
  type: string;
  payload: Record<string, unknown>;
  attempts: number;
  createdAt: Date;
}

/** Writes the event in `tx`; returns its id. With an explicit id, a second publish is a no-op. */
export async function publish(tx: Db, event: EventInput): Promise<string> {
  const id = event.id ?? uuidv7();
  await tx
    .insert(outboxEvent)
    .values({
      id,
      type: event.type,
      payload: event.payload,
      ...(event.availableAt && { availableAt: event.availableAt }),
    })
    .onConflictDoNothing();
  return id;
}
