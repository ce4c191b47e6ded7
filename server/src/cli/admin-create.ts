// npm run admin:create -- --username … --name … --agency … — creates a staff account with the
// platform-admin role city-wide, for an installation's first administrator (production has no
// demo accounts). Prints a generated password and a TOTP secret once; nothing else keeps them.
import { parseArgs } from 'node:util';
import { loadConfig } from '../platform/config/config.ts';
import { personalDataCrypto } from '../platform/crypto/personal-data.ts';
import { openDatabase } from '../platform/db/database.ts';
import { migrate } from '../platform/db/migrate.ts';
import { createLogger } from '../platform/logger.ts';
import { MODULES } from '../modules/index.ts';
import { FirstAdminError, createFirstAdmin } from '../modules/identity/first-admin.ts';

const { values } = parseArgs({
  options: {
    username: { type: 'string' },
    name: { type: 'string' },
    agency: { type: 'string' },
  },
});
if (!values.username || !values.name || !values.agency) {
  console.error('usage: npm run admin:create -- --username <username> --name <姓名> --agency <agency id>');
  process.exit(2);
}

const config = loadConfig();
const database = await openDatabase(config);
try {
  await migrate(database.db);
  const ctx = { config, database, logger: createLogger('warn') };
  for (const m of MODULES) await m.baseData?.(database.db, ctx); // roles, like a server start
  const created = await createFirstAdmin(database.db, personalDataCrypto(config), {
    username: values.username,
    name: values.name,
    agencyId: values.agency,
  });
  console.log(
    [
      `Created administrator ${created.username} (${created.id}) with the platform-admin role, city-wide.`,
      '',
      `  Password:    ${created.password}`,
      `  TOTP secret: ${created.totpSecret}`,
      `  otpauth URI: ${created.otpauthUri}`,
      '',
      'Shown once: store the password safely and add the secret to an authenticator app now.',
    ].join('\n'),
  );
} catch (e) {
  if (!(e instanceof FirstAdminError)) throw e;
  console.error(`admin:create: ${e.message}`);
  process.exitCode = 1;
} finally {
  await database.close();
}
