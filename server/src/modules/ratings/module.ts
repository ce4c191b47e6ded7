// Service ratings (好差评, issue #8): invitations after conclusion and at the window, ratings
// through signed single-use links or the applicant's own session, follow-ups, and the
// rectification loop of every negative rating with its deadlines, escalation and ledger.
import type { TongbanModule } from '../../platform/module.ts';
import { ratingHandlers, ratingJobs } from './invitations.handler.ts';
import { rectificationHandlers, rectificationJobs } from './rectification.handler.ts';
import { ratingRoutes } from './ratings.routes.ts';
import { rectificationRoutes } from './rectifications.routes.ts';
import { seedDemoRatings } from './seed/demo-ratings.ts';

export const ratingsModule: TongbanModule = {
  name: 'ratings',
  routes: (app, ctx) => {
    ratingRoutes(app, ctx);
    rectificationRoutes(app, ctx);
  },
  handlers: (handlers, ctx) => {
    ratingHandlers(handlers, ctx);
    rectificationHandlers(handlers, ctx);
  },
  jobs: (ctx) => [...ratingJobs(ctx), ...rectificationJobs(ctx)],
  demoData: (db, ctx) => seedDemoRatings(db, ctx),
};
