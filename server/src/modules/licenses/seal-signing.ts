// Signing with an agency's e-seal: choosing the seal, then signing under the seal's row lock so
// that a revocation committed first always wins (a revoked or expired seal never signs). Every
// signature is logged in e_seal_use and audited.
import { and, desc, eq, gt, lte } from 'drizzle-orm';
import { recordAudit, type AuditActor } from '../../platform/audit/record.ts';
import { signDocument, type SealPicture } from '../../platform/crypto/ses/index.ts';
import { sm3 } from '../../platform/crypto/sm3.ts';
import type { Db } from '../../platform/db/database.ts';
import { AppError } from '../../platform/errors/app-error.ts';
import { uuidv7 } from '../../platform/ids.ts';
import type { LicenseDeps } from './deps.ts';
import { sealKeyAad } from './seal-make.ts';
import { eSeal, eSealUse } from './schema.ts';

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
export async function findSigningSeal(tx: Db, agencyId: string, at: Date): Promise<SigningSeal> {
  const [row] = await tx
    .select()
    .from(eSeal)
    .where(
      and(
        eq(eSeal.agencyId, agencyId),
        eq(eSeal.status, 'active'),
        lte(eSeal.validFrom, at),
        gt(eSeal.validTo, at),
      ),
    )
    .orderBy(desc(eSeal.createdAt), desc(eSeal.id))
    .limit(1);
  if (!row) throw new AppError('SEAL_NONE_ACTIVE', { detail: `agency ${agencyId}` });
  return {
    id: row.id,
    esId: row.esId,
    name: row.name,
    agencyId: row.agencyId,
    picture: {
      type: row.pictureType,
      data: row.picture,
      widthMm: row.pictureWidthMm,
      heightMm: row.pictureHeightMm,
    },
  };
}

/**
 * Signs `document` with the seal: SES_Signature DER over SM3(document). Re-checks status and
 * validity under a share lock (SEAL_NOT_USABLE): a revocation (an UPDATE) waits for signings in
 * flight and every later signing sees it, while signings of one agency still run side by side.
 * Logs the use (e_seal_use) and audits it.
 */
export async function signWithSeal(
  tx: Db,
  deps: Pick<LicenseDeps, 'crypto'>,
  seal: SigningSeal,
  document: Buffer,
  use: SealUse,
): Promise<Buffer> {
  const [row] = await tx.select().from(eSeal).where(eq(eSeal.id, seal.id)).for('share');
  const at = use.at.getTime();
  if (!row || row.status !== 'active' || at < row.validFrom.getTime() || at >= row.validTo.getTime())
    throw new AppError('SEAL_NOT_USABLE', { detail: `seal ${seal.esId}` });
  const documentSm3 = sm3(document);
  const signature = signDocument({
    sesSeal: row.sesSeal,
    sealPrivateKeyPem: deps.crypto.cipher.decrypt(row.privateKeyEnc, sealKeyAad(row.id)),
    documentSm3,
    signedAt: use.at,
    propertyInfo: `${use.purpose}:${use.resource.type}/${use.resource.id}`,
  });
  const dataSm3 = documentSm3.toString('hex');
  await tx.insert(eSealUse).values({
    id: uuidv7(),
    sealId: row.id,
    purpose: use.purpose,
    resourceType: use.resource.type,
    resourceId: use.resource.id,
    dataSm3,
    actorType: use.actor.type,
    actorId: use.actor.id,
    at: use.at,
  });
  await recordAudit(tx, use.actor, {
    action: 'seal.use',
    purpose: use.purpose,
    resource: { type: 'e-seal', id: row.id },
    detail: { esId: row.esId, signed: use.resource, dataSm3 },
  });
  return signature;
}
