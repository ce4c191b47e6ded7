import type { TongbanModule } from '../module.ts';
import { sealAuditLog } from './seal.ts';
import { createAnchorSigner, loadAuditKey } from './signer.ts';

/** Seals the audit chain every few seconds and signs an anchor each minute. */
export const auditModule: TongbanModule = {
  name: 'audit',
  jobs: ({ config }) => {
    const signer = createAnchorSigner(loadAuditKey(config));
    return [
      {
        name: 'audit.seal',
        schedule: '*/5 * * * * *',
        run: async (_event, tx) => {
          while ((await sealAuditLog(tx, { signer })) > 0);
        },
      },
    ];
  },
};
