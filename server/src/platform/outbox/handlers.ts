// Modules register what should happen when an event is delivered. A handler runs inside the
// delivering transaction (its writes commit with the "done" mark) and must be idempotent on
// event.id: after a crash between its side effects outside the database and the commit, the
// event is delivered again.
import type { Db } from '../db/database.ts';
import type { OutboxEvent } from './publish.ts';

export type EventHandler = (event: OutboxEvent, tx: Db) => Promise<void>;

export class EventHandlers {
  readonly #byType = new Map<string, { name: string; handle: EventHandler }[]>();

  /** Registers `handle` under a unique `name` for events of `type`. */
  on(type: string, name: string, handle: EventHandler): void {
    const list = this.#byType.get(type) ?? [];
    if (list.some((h) => h.name === name)) throw new Error(`Handler ${name} already registered for ${type}`);
    list.push({ name, handle });
    this.#byType.set(type, list);
  }

  for(type: string): readonly { name: string; handle: EventHandler }[] {
    return this.#byType.get(type) ?? [];
  }
}
