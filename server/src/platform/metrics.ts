// Prometheus metrics for /metrics: process defaults plus HTTP and worker counters.
import { Counter, Histogram, Registry, collectDefaultMetrics } from 'prom-client';

export interface Metrics {
  registry: Registry;
  httpDuration: Histogram<'method' | 'route' | 'status'>;
  outboxOutcomes: Counter<'type' | 'outcome'>;
}

export function createMetrics(): Metrics {
  const registry = new Registry();
  collectDefaultMetrics({ register: registry, prefix: 'tongban_' });
  return {
    registry,
    httpDuration: new Histogram({
      name: 'tongban_http_request_duration_seconds',
      help: 'HTTP request duration by route template',
      labelNames: ['method', 'route', 'status'],
      buckets: [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5],
      registers: [registry],
    }),
    outboxOutcomes: new Counter({
      name: 'tongban_outbox_events_total',
      help: 'Outbox deliveries by event type and outcome (done, retry, dead)',
      labelNames: ['type', 'outcome'],
      registers: [registry],
    }),
  };
}
