// Personal data at rest, wired to configuration: one field cipher and one blind index. The
// public development defaults are stretched with SM3 so that development works without setup;
// production refuses them (config.ts).
import { DEV_SECRET_PREFIX } from '../config/spec.ts';
import { blindIndex, normalizeIdNumber, type Normalizer } from './blind-index.ts';
import { createFieldCipher, parseMasterKey, type FieldCipher } from './field-encryption.ts';
import { sm3 } from './sm3.ts';

export interface PersonalDataCrypto {
  cipher: FieldCipher;
  /** Equality look-up hash of a value (ID numbers are normalized: upper case, no spaces). */
  lookupHash(value: string, normalize?: Normalizer): string;
}

/** A 32-byte master key from configuration (the public development default stretched with SM3). */
export const keyFrom = (secret: string) =>
  secret.startsWith(DEV_SECRET_PREFIX) ? sm3(secret) : parseMasterKey(secret);

export function personalDataCrypto(config: {
  fieldEncryptionKey: string;
  blindIndexKey: string;
}): PersonalDataCrypto {
  const indexKey = keyFrom(config.blindIndexKey);
  return {
    cipher: createFieldCipher({
      keys: [{ id: 'k1', key: keyFrom(config.fieldEncryptionKey) }],
      currentKeyId: 'k1',
    }),
    lookupHash: (value, normalize = normalizeIdNumber) => blindIndex(value, indexKey, normalize),
  };
}
