// Rating invitations on the outbox: `case.concluded` invites the applicant once (site message +
// SMS, idempotent through the unique index per case and channel), and an hourly job sends the one
// reminder of invitations still unused after `rating.reminder-days`.
import type { Database, Db } from '../../platform/db/database.ts';
import type { JobDefinition } from '../../platform/jobs/scheduler.ts';
import type { ModuleContext } from '../../platform/module.ts';
import type { EventHandlers } from '../../platform/outbox/handlers.ts';
import { ratingDeps } from './deps.ts';
import { inviteAfterConclusion, sendRatingReminders } from './invitations.service.ts';

export function ratingHandlers(handlers: EventHandlers, ctx: ModuleContext): void {
  const deps = ratingDeps(ctx.config);
  handlers.on('case.concluded', 'ratings.invite', async (event, tx) => {
    const { caseId, caseNumber } = event.payload;
    if (typeof caseId !== 'string') return;
    await inviteAfterConclusion(tx, deps, {
      caseId,
      caseNumber: typeof caseNumber === 'string' ? caseNumber : '',
    });
  });
}

/** Each invitation's reminder in its own transaction: independent on PostgreSQL, savepoints on PGlite. */
const handleFor = (database: Database, tx: Db): Db => (database.kind === 'postgres' ? database.db : tx);

export const ratingJobs = (ctx: ModuleContext): JobDefinition[] => {
  const deps = ratingDeps(ctx.config);
  return [
    {
      name: 'ratings.reminders',
      schedule: '23 * * * *',
      run: async (_event, tx) => {
        const sent = await sendRatingReminders(handleFor(ctx.database, tx), deps);
        if (sent) ctx.logger.info({ meta: { job: 'ratings.reminders', sent } }, 'rating reminders sent');
      },
    },
  ];
};
