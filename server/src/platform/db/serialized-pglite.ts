// PGlite is one connection. Every use goes through one FIFO queue; a transaction holds the queue
// for its whole length. Code inside a transaction that reaches for the outer database instead of
// its `tx` would wait for itself forever — we fail loudly instead.
import { AsyncLocalStorage } from 'node:async_hooks';
import type { PGlite, Transaction } from '@electric-sql/pglite';

export class ReentrantDatabaseUseError extends Error {
  constructor() {
    super(
      'The embedded database was used from inside a transaction through the outer handle; use the transaction handle (tx).',
    );
    this.name = 'ReentrantDatabaseUseError';
  }
}

export class SerializedPglite {
  readonly #pg: PGlite;
  readonly #inTransaction = new AsyncLocalStorage<true>();
  #tail: Promise<unknown> = Promise.resolve();

  constructor(pg: PGlite) {
    this.#pg = pg;
  }

  #enqueue<T>(work: () => Promise<T>): Promise<T> {
    if (this.#inTransaction.getStore()) return Promise.reject(new ReentrantDatabaseUseError());
    const run = this.#tail.then(work, work);
    this.#tail = run.catch(() => undefined);
    return run;
  }

  query: PGlite['query'] = (text, params, options) =>
    this.#enqueue(() => this.#pg.query(text, params, options));

  exec: PGlite['exec'] = (text, options) => this.#enqueue(() => this.#pg.exec(text, options));

  transaction<T>(callback: (tx: Transaction) => Promise<T>): Promise<T> {
    return this.#enqueue(() =>
      this.#pg.transaction((tx) => this.#inTransaction.run(true, () => callback(tx))),
    );
  }

  dumpDataDir(): Promise<Blob> {
    return this.#enqueue(() => this.#pg.dumpDataDir('none'));
  }

  close(): Promise<void> {
    return this.#enqueue(() => this.#pg.close());
  }
}
