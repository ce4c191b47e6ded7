// Opening and escalating rectifications (stub: the rectification work fills this in).
import type { JobDefinition } from '../../platform/jobs/scheduler.ts';
import type { ModuleContext } from '../../platform/module.ts';
import type { EventHandlers } from '../../platform/outbox/handlers.ts';

export function rectificationHandlers(_handlers: EventHandlers, _ctx: ModuleContext): void {}
export const rectificationJobs = (_ctx: ModuleContext): JobDefinition[] => [];
