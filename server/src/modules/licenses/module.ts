// E-licenses and e-seals (issue #6): license types, agencies' e-seals (GB/T 38540), issuance on
// case conclusion with a signed A4 PDF, the holder's license library, 亮证 codes and their
// verification, authorized use (授权用证), staff look-up with a purpose, and revocation.
import type { TongbanModule } from '../../platform/module.ts';
import { authorizationRoutes } from './authorizations.routes.ts';
import { licenseDeps } from './deps.ts';
import { licenseHandlers } from './issue.handler.ts';
import { libraryRoutes } from './library.routes.ts';
import { lookupRoutes } from './lookup.routes.ts';
import { sealRoutes } from './seals.routes.ts';
import { seedDemoLicenses } from './seed/demo-licenses.ts';
import { seedDemoSeals } from './seed/demo-seals.ts';
import { loadLicenseTypes } from './seed/license-types.ts';
import { licenseTypeRoutes } from './types.routes.ts';
import { verifyRoutes } from './verify.routes.ts';

export const licensesModule: TongbanModule = {
  name: 'licenses',
  routes: (app, ctx) => {
    const deps = licenseDeps(ctx);
    licenseTypeRoutes(app);
    sealRoutes(app, deps);
    libraryRoutes(app, deps);
    verifyRoutes(app, deps);
    authorizationRoutes(app, deps);
    lookupRoutes(app, deps);
  },
  handlers: (handlers, ctx) => licenseHandlers(handlers, licenseDeps(ctx), ctx.logger),
  baseData: (db) => loadLicenseTypes(db),
  demoData: async (db, ctx) => {
    const deps = licenseDeps(ctx);
    await seedDemoSeals(db, deps);
    await seedDemoLicenses(db, deps);
  },
};
