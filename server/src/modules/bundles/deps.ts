// What the bundle module needs from the configuration: the case module's file storage (sub-cases
// carry materials) and the personal-data crypto (the applicant's ID is stored encrypted).
import { join } from 'node:path';
import { personalDataCrypto, type PersonalDataCrypto } from '../../platform/crypto/personal-data.ts';
import type { ModuleContext } from '../../platform/module.ts';
import type { FileStorage } from '../../platform/storage/file-storage.ts';
import { localFileStorage } from '../../platform/storage/local-file-storage.ts';

export interface BundleDeps {
  storage: FileStorage;
  crypto: PersonalDataCrypto;
}

export const bundleDeps = (ctx: Pick<ModuleContext, 'config'>): BundleDeps => ({
  storage: localFileStorage(join(ctx.config.dataDir, 'files')),
  crypto: personalDataCrypto(ctx.config),
});
