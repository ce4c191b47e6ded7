import { personalDataCrypto } from '../../platform/crypto/personal-data.ts';
import type { TongbanModule } from '../../platform/module.ts';
import { clientTokenAuthenticator } from './api-client-auth.ts';
import { apiClientRoutes } from './api-clients.routes.ts';
import { sessionAuthenticator } from './authenticate.ts';
import { loadIdentityDemo, loadRoles } from './demo-data.ts';
import { enterpriseRoutes } from './enterprise.routes.ts';
import { createOidcProvider, mountOidcProvider } from './oidc-provider.ts';
import { oidcRoutes } from './oidc.routes.ts';
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
  // An explicit bearer token wins over a cookie the same request may carry.
  authenticators: ({ database }) => [
    clientTokenAuthenticator(database.db),
    sessionAuthenticator(database.db),
  ],
  jobs: () => [identityPurgeJob],
  routes: async (app, { config }) => {
    const opts = { crypto: personalDataCrypto(config), secureCookies: config.nodeEnv === 'production' };
    identityRoutes(app, opts);
    registrationRoutes(app, opts);
    totpRoutes(app, opts);
    profileRoutes(app, opts);
    enterpriseRoutes(app);
    staffAdminRoutes(app, opts);
    await apiClientRoutes(app);
    const oidc = createOidcProvider(config, app.db, app.log);
    await mountOidcProvider(app, oidc);
    oidcRoutes(app, oidc, opts.crypto.cipher);
  },
};
