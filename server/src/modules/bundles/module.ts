// Life-event bundles (一件事, issue #7): definitions versioned like implementations, the merged
// guide, form and material set, one application fanned out into real cases in every member's
// agency (started as order constraints allow), and the aggregate tracking and statistics.
import type { TongbanModule } from '../../platform/module.ts';
import { bundleCaseRoutes } from './bundle-cases.routes.ts';
import { bundleDeps } from './deps.ts';
import { guideRoutes } from './guide.routes.ts';
import { bundleHandlers } from './progress.handler.ts';
import { seedDemoBundles } from './seed/demo-bundles.ts';
import { statsRoutes } from './stats.routes.ts';
import { versionRoutes } from './versions.routes.ts';

export const bundlesModule: TongbanModule = {
  name: 'bundles',
  routes: (app, ctx) => {
    guideRoutes(app);
    bundleCaseRoutes(app, bundleDeps(ctx));
    versionRoutes(app);
    statsRoutes(app);
  },
  handlers: (handlers, ctx) => bundleHandlers(handlers, bundleDeps(ctx)),
  demoData: (db) => seedDemoBundles(db),
};
