// Unresolved matters and 12345 orders (办不成事, issue #8): received at the window, online or by a
// hotline agent; dispatched, signed for, answered and confirmed on the working-day clock, with
// returns, designation, merging, reopening and supervision (督办).
import { personalDataCrypto } from '../../platform/crypto/personal-data.ts';
import type { TongbanModule } from '../../platform/module.ts';
import { complaintAdminRoutes } from './admin.routes.ts';
import { complaintRoutes } from './complaints.routes.ts';
import { seedDemoComplaints } from './seed/demo-complaints.ts';
import { complaintJobs } from './supervision.ts';

export const complaintsModule: TongbanModule = {
  name: 'complaints',
  routes: (app, ctx) => {
    const crypto = personalDataCrypto(ctx.config);
    complaintRoutes(app, crypto);
    complaintAdminRoutes(app, crypto);
  },
  jobs: (ctx) => complaintJobs(ctx),
  demoData: (db, ctx) => seedDemoComplaints(db, personalDataCrypto(ctx.config)),
};
