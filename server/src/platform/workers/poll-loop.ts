// A background loop that runs `work` again at once while it finds something to do and sleeps
// `idleMs` when it does not. stop() wakes the sleeper and waits for the current round.
import type { Logger } from 'pino';

export class PollLoop {
  readonly #name: string;
  readonly #work: () => Promise<number>;
  readonly #idleMs: number;
  readonly #log: Logger | undefined;
  #running = false;
  #done: Promise<void> = Promise.resolve();
  #wake: (() => void) | undefined;

  constructor(name: string, work: () => Promise<number>, idleMs: number, log?: Logger) {
    this.#name = name;
    this.#work = work;
    this.#idleMs = idleMs;
    this.#log = log;
  }

  start(): void {
    if (this.#running) return;
    this.#running = true;
    this.#done = this.#loop();
  }

  async stop(): Promise<void> {
    this.#running = false;
    this.#wake?.();
    await this.#done;
  }

  async #loop(): Promise<void> {
    while (this.#running) {
      let found = 0;
      try {
        found = await this.#work();
      } catch (err) {
        this.#log?.error({ err, meta: { worker: this.#name } }, 'worker round failed');
      }
      if (found === 0 && this.#running) {
        await new Promise<void>((resolve) => {
          const timer = setTimeout(resolve, this.#idleMs);
          this.#wake = () => {
            clearTimeout(timer);
            resolve();
          };
        });
        this.#wake = undefined;
      }
    }
  }
}
