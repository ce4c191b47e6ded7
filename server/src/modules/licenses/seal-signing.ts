// CONTRACT STUB — replaced by the implementation (seals helper).
import type { AuditActor } from '../../platform/audit/record.ts';
import type { SealPicture } from '../../platform/crypto/ses/index.ts';
import type { Db } from '../../platform/db/database.ts';
import type { LicenseDeps } from './deps.ts';

export interface SigningSeal {
  id: string;
  esId: string;
  name: string;
  agencyId: string;
  picture: SealPicture;
}

export interface SealUse {
  /** e.g. 'license-issue' */
  purpose: string;
  resource: { type: string; id: string };
  actor: AuditActor;
  at: Date;
}

/** The agency's active seal valid at `at` (newest first). Throws SEAL_NONE_ACTIVE. */
export async function findSigningSeal(_tx: Db, _agencyId: string, _at: Date): Promise<SigningSeal> {
  throw new Error('not implemented yet');
}

/**
 * Signs `document` with the seal: SES_Signature DER over SM3(document). Re-checks status and
 * validity under a row lock (SEAL_NOT_USABLE), logs the use (e_seal_use) and audits it.
 */
export async function signWithSeal(
  _tx: Db,
  _deps: LicenseDeps,
  _seal: SigningSeal,
  _document: Buffer,
  _use: SealUse,
): Promise<Buffer> {
  throw new Error('not implemented yet');
}
