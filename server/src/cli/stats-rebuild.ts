// npm run stats:rebuild — recomputes every statistics fact and the whole rollup from the source
// tables (cases, ratings with their rectifications, complaints). Safe while the server runs on
// PostgreSQL: one transaction, and event handlers arriving meanwhile wait and then diff against
// the rebuilt facts. Use it after a bulk load, a restore or a change of the counting rules.
import { loadConfig } from '../platform/config/config.ts';
import { openDatabase } from '../platform/db/database.ts';
import { recordAudit, SYSTEM_ACTOR } from '../platform/audit/record.ts';
import { rebuildStats } from '../modules/stats/rebuild.ts';

const config = loadConfig();
const database = await openDatabase(config);
try {
  const started = Date.now();
  const counts = await rebuildStats(database.db);
  const ms = Date.now() - started;
  await recordAudit(database.db, SYSTEM_ACTOR, {
    action: 'stats.rebuild',
    purpose: 'recompute the statistics rollup',
    detail: { ...counts, ms },
  });
  console.log(
    `Statistics rebuilt in ${ms} ms: ${counts.cases} cases, ${counts.ratings} ratings, ${counts.complaints} complaints.`,
  );
} finally {
  await database.close();
}
