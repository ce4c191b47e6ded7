// What identity services need: the database and the personal-data crypto (cipher + blind index).
import type { PersonalDataCrypto } from '../../platform/crypto/personal-data.ts';
import type { Db } from '../../platform/db/database.ts';

export interface IdentityContext {
  db: Db;
  crypto: PersonalDataCrypto;
}
