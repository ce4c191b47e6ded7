// What every part of the license module needs from the configuration, made once per process.
import { join } from 'node:path';
import { personalDataCrypto, type PersonalDataCrypto } from '../../platform/crypto/personal-data.ts';
import { loadPlatformKey } from '../../platform/crypto/platform-key.ts';
import type { ModuleContext } from '../../platform/module.ts';
import type { FileStorage } from '../../platform/storage/file-storage.ts';
import { localFileStorage } from '../../platform/storage/local-file-storage.ts';

export interface LicenseDeps {
  storage: FileStorage;
  crypto: PersonalDataCrypto;
  /** The seal maker's SM2 private key (PEM); its certificate is in seal_maker (seal-maker.ts). */
  sealMakerKeyPem: string;
  /** The key that signs show-license codes; its public key is published. */
  licenseSigningKeyPem: string;
  /** Base of URLs printed in QR codes (PUBLIC_URL). */
  publicUrl: string;
}

let cached: { ctx: ModuleContext['config']; deps: LicenseDeps } | undefined;

export function licenseDeps(ctx: Pick<ModuleContext, 'config'>): LicenseDeps {
  if (cached?.ctx === ctx.config) return cached.deps;
  const { config } = ctx;
  const deps: LicenseDeps = {
    storage: localFileStorage(join(config.dataDir, 'files')),
    crypto: personalDataCrypto(config),
    sealMakerKeyPem: loadPlatformKey(config.sealMakerKeyFile, config.dataDir, 'seal-maker'),
    licenseSigningKeyPem: loadPlatformKey(config.licenseSigningKeyFile, config.dataDir, 'license-show'),
    publicUrl: config.publicUrl,
  };
  cached = { ctx: config, deps };
  return deps;
}
