// What the ratings services need from configuration: the token key, the personal-data cipher
// (phone numbers for SMS) and the public address the links point to.
import { personalDataCrypto } from '../../platform/crypto/personal-data.ts';
import type { FieldCipher } from '../../platform/crypto/field-encryption.ts';
import type { Principal } from '../../platform/access/principal.ts';
import type { AuditActor } from '../../platform/audit/record.ts';
import type { Config } from '../../platform/config/config.ts';
import type { Db } from '../../platform/db/database.ts';
import { ratingTokenKey } from './rating-token.ts';

export interface RatingDeps {
  tokenKey: Buffer;
  cipher: FieldCipher;
  publicUrl: string;
}

export const ratingDeps = (config: Config): RatingDeps => ({
  tokenKey: ratingTokenKey(config.fieldEncryptionKey),
  cipher: personalDataCrypto(config).cipher,
  publicUrl: config.publicUrl.replace(/\/+$/, ''),
});

/** A request to the ratings services: caller, database, deps and (for tests) the clock. */
export interface RateCtx {
  db: Db;
  actor: AuditActor;
  principal: Principal | null;
  deps: RatingDeps;
  now?: Date;
}
