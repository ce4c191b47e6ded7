// Starts Tongban: one process serving the API and the web app and running the workers.
// SIGTERM/SIGINT: stop accepting, finish requests in flight, stop workers, close the database.
import { ConfigError, loadConfig } from './platform/config/config.ts';
import { createPlatform } from './compose.ts';

async function main() {
  let config;
  try {
    config = loadConfig();
  } catch (e) {
    if (e instanceof ConfigError) {
      console.error(e.message);
      process.exit(2);
    }
    throw e;
  }
  const platform = await createPlatform(config);
  const { logger } = platform;
  if (config.workers) platform.startWorkers();
  const address = await platform.app.listen({ host: config.host, port: config.port });
  logger.info(
    { meta: { address, database: platform.database.kind, dataDir: config.dataDir } },
    'Tongban listening',
  );
  console.warn(
    `\n  通办 Tongban is running at ${address.replace('127.0.0.1', 'localhost')}  (API docs: ${address}/docs)\n`,
  );

  let stopping = false;
  const shutdown = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    logger.info({ meta: { signal } }, 'shutting down');
    const force = setTimeout(() => {
      logger.error('shutdown took too long; exiting');
      process.exit(1);
    }, 25_000);
    force.unref();
    try {
      await platform.close();
      process.exit(0);
    } catch (err) {
      logger.error({ err }, 'shutdown failed');
      process.exit(1);
    }
  };
  process.on('SIGTERM', () => void shutdown('SIGTERM'));
  process.on('SIGINT', () => void shutdown('SIGINT'));
}

main().catch((err) => {
  console.error('Tongban failed to start:', err);
  process.exit(1);
});
