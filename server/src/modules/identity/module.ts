import { personalDataCrypto } from '../../platform/crypto/personal-data.ts';
import type { TongbanModule } from '../../platform/module.ts';
import { sessionAuthenticator } from './authenticate.ts';
import { loadIdentityDemo, loadRoles } from './demo-data.ts';
import { identityRoutes } from './routes.ts';

export const identityModule: TongbanModule = {
  name: 'identity',
  baseData: (db) => loadRoles(db),
  demoData: loadIdentityDemo,
  authenticator: ({ database }) => sessionAuthenticator(database.db),
  routes: (app, { config }) =>
    identityRoutes(app, {
      crypto: personalDataCrypto(config),
      secureCookies: config.nodeEnv === 'production',
    }),
};
