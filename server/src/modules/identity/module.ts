import { personalDataCrypto } from '../../platform/crypto/personal-data.ts';
import type { TongbanModule } from '../../platform/module.ts';
import { sessionAuthenticator } from './authenticate.ts';
import { loadIdentityDemo, loadRoles } from './demo-data.ts';
import { enterpriseRoutes } from './enterprise.routes.ts';
import { identityPurgeJob } from './purge.ts';
import { profileRoutes } from './profile.routes.ts';
import { registrationRoutes } from './registration.routes.ts';
import { identityRoutes } from './routes.ts';
import { staffAdminRoutes } from './staff-admin.routes.ts';
import { totpRoutes } from './totp.routes.ts';

export const identityModule: TongbanModule = {
  name: 'identity',
  baseData: (db) => loadRoles(db),
  demoData: loadIdentityDemo,
  authenticator: ({ database }) => sessionAuthenticator(database.db),
  jobs: () => [identityPurgeJob],
  routes: (app, { config }) => {
    const opts = { crypto: personalDataCrypto(config), secureCookies: config.nodeEnv === 'production' };
    identityRoutes(app, opts);
    registrationRoutes(app, opts);
    totpRoutes(app, opts);
    profileRoutes(app, opts);
    enterpriseRoutes(app);
    staffAdminRoutes(app, opts);
  },
};
