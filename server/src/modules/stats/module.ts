// Statistics and supervision (issue #8): rollups kept exact by events, the dashboard's queries,
// the Excel export and the monthly bulletin (通报).
import type { TongbanModule } from '../../platform/module.ts';
import { statsHandlers } from './facts.handler.ts';
import { seedDemoHistory } from './seed/demo-history.ts';
import { statsRoutes } from './stats.routes.ts';

export const statsModule: TongbanModule = {
  name: 'stats',
  routes: (app) => statsRoutes(app),
  handlers: (handlers) => statsHandlers(handlers),
  demoData: (db, ctx) => seedDemoHistory(db, ctx),
};
