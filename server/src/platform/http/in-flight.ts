// Counts route handlers that are running. A client that disconnects mid-request closes its
// socket, so the HTTP server can finish closing while the handler still works; shutdown waits
// for this count to reach zero before it closes the database under them.
import type { FastifyInstance, RouteHandlerMethod } from 'fastify';

export interface InFlight {
  /** Resolves when no handler runs, or after `timeoutMs`; tells which. */
  drained(timeoutMs: number): Promise<boolean>;
}

export function trackHandlers(app: FastifyInstance): InFlight {
  let active = 0;
  const waiters: (() => void)[] = [];
  app.addHook('onRoute', (route) => {
    const handler = route.handler as RouteHandlerMethod;
    // Only async handlers (all of ours); plugin handlers in callback style are left alone.
    if (handler.constructor.name !== 'AsyncFunction') return;
    route.handler = async function tracked(this: FastifyInstance, request, reply) {
      active += 1;
      try {
        return await handler.call(this, request, reply);
      } finally {
        active -= 1;
        if (active === 0) waiters.splice(0).forEach((wake) => wake());
      }
    };
  });
  return {
    drained: (timeoutMs) =>
      active === 0
        ? Promise.resolve(true)
        : new Promise<boolean>((resolve) => {
            const timer = setTimeout(() => resolve(false), timeoutMs);
            waiters.push(() => {
              clearTimeout(timer);
              resolve(true);
            });
          }),
  };
}
