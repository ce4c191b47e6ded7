import type { Logger } from 'pino';
import type { Config } from '../config/config.ts';
import type { NotificationAdapter } from './adapter.ts';
import { logAdapter } from './log-adapter.ts';
import { smtpAdapter } from './smtp-adapter.ts';

export function notificationAdapter(
  config: Pick<Config, 'nodeEnv' | 'notifyAdapter' | 'smtpUrl'>,
  logger: Logger,
): NotificationAdapter {
  return config.notifyAdapter === 'smtp'
    ? smtpAdapter(config.smtpUrl, logger)
    : logAdapter(logger, { revealText: config.nodeEnv !== 'production' });
}
