// Scheduled jobs ride on the outbox: a tick locks the due job rows (SKIP LOCKED), publishes one
// `job.<name>` event per due run with a deterministic id, and moves next_run_at on — all in one
// transaction. However many replicas tick, each run is published once and delivered once.
import { createHash } from 'node:crypto';
import { CronExpressionParser } from 'cron-parser';
import { and, eq, lte, sql } from 'drizzle-orm';
import type { Db } from '../db/database.ts';
import type { EventHandler, EventHandlers } from '../outbox/handlers.ts';
import { publish } from '../outbox/publish.ts';
import { scheduledJob } from './schema.ts';

export interface JobDefinition {
  name: string;
  /** Cron expression with optional seconds field, in China Standard Time. */
  schedule: string;
  run: EventHandler;
}

export const JOB_TIME_ZONE = 'Asia/Shanghai';

export function nextRun(schedule: string, after: Date): Date {
  return CronExpressionParser.parse(schedule, { currentDate: after, tz: JOB_TIME_ZONE }).next().toDate();
}

export const jobEventType = (name: string) => `job.${name}`;

function runId(name: string, at: Date): string {
  const h = createHash('sha256').update(`${name}@${at.toISOString()}`).digest('hex');
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-8${h.slice(13, 16)}-a${h.slice(17, 20)}-${h.slice(20, 32)}`;
}

/** Throws unless `schedule` is a 5- or 6-field cron expression (or an @macro) that parses. */
function assertSchedule(job: JobDefinition): void {
  // cron-parser fills missing fields with `*`: '' or '* * *' would silently run every minute.
  const fields = job.schedule.trim().split(/\s+/).filter(Boolean).length;
  if (!job.schedule.trim().startsWith('@') && fields !== 5 && fields !== 6) {
    throw new Error(`Job ${job.name}: schedule "${job.schedule}" must have 5 or 6 cron fields`);
  }
  nextRun(job.schedule, new Date());
}

/** Registers the jobs' handlers and makes sure each has a row; a changed schedule is taken over. */
export async function registerJobs(db: Db, handlers: EventHandlers, jobs: JobDefinition[]): Promise<void> {
  jobs.forEach(assertSchedule); // every schedule is checked before anything is written
  for (const job of jobs) {
    handlers.on(jobEventType(job.name), job.name, job.run);
    await db
      .insert(scheduledJob)
      .values({ name: job.name, schedule: job.schedule, nextRunAt: nextRun(job.schedule, new Date()) })
      .onConflictDoUpdate({
        target: scheduledJob.name,
        set: {
          schedule: job.schedule,
          nextRunAt: sql`case when ${scheduledJob.schedule} = excluded.schedule then ${scheduledJob.nextRunAt} else excluded.next_run_at end`,
        },
      });
  }
}

/** Publishes the due runs; returns how many. Missed runs while down collapse into one. */
export async function tickScheduler(db: Db, now = new Date()): Promise<number> {
  return db.transaction(async (tx) => {
    const due = await tx
      .select()
      .from(scheduledJob)
      .where(and(eq(scheduledJob.enabled, true), lte(scheduledJob.nextRunAt, now)))
      .for('update', { skipLocked: true });
    for (const job of due) {
      await publish(tx, {
        id: runId(job.name, job.nextRunAt),
        type: jobEventType(job.name),
        payload: { job: job.name, scheduledFor: job.nextRunAt.toISOString() },
      });
      await tx
        .update(scheduledJob)
        .set({ lastRunAt: job.nextRunAt, nextRunAt: nextRun(job.schedule, now) })
        .where(eq(scheduledJob.name, job.name));
    }
    return due.length;
  });
}
