// Rating invitations (stub: the ratings work fills this in).
import type { JobDefinition } from '../../platform/jobs/scheduler.ts';
import type { ModuleContext } from '../../platform/module.ts';
import type { EventHandlers } from '../../platform/outbox/handlers.ts';

export function ratingHandlers(_handlers: EventHandlers, _ctx: ModuleContext): void {}
export const ratingJobs = (_ctx: ModuleContext): JobDefinition[] => [];
