// Making an agency's e-seal (GB/T 38540): a fresh SM2 key pair (the private key encrypted at rest),
// an X.509 certificate and the SES_Seal, both issued by the platform's seal maker, and the
// picture — a generated red round seal or an uploaded PNG. Validity rules for requests live in the
// service; this core also makes the past-dated seals tests need.
import { eq, max, sql } from 'drizzle-orm';
import { recordAudit, type AuditActor } from '../../platform/audit/record.ts';
import {
  issueSealCertificate,
  makeSesSeal,
  type SealMaker,
  type SealPicture,
} from '../../platform/crypto/ses/index.ts';
import { generateSm2KeyPair } from '../../platform/crypto/sm2.ts';
import type { Db } from '../../platform/db/database.ts';
import { sealDrawing, sealSvg } from '../../platform/documents/seal-picture.ts';
import { AppError, notFound } from '../../platform/errors/app-error.ts';
import { uuidv7 } from '../../platform/ids.ts';
import { agency } from '../masterdata/schema.ts';
import { SEAL_TYPES, type SealType } from './codes.ts';
import type { LicenseDeps } from './deps.ts';
import { eSeal, type ESealRow } from './schema.ts';

/** Diameter of a generated seal: the common size of an official round seal. */
export const SEAL_SIZE_MM = 42;
const MAX_SERIAL = 9999;
const wholeSeconds = (d: Date) => new Date(Math.floor(d.getTime() / 1000) * 1000);

/** The AAD binding a seal's encrypted private key to its row. */
export const sealKeyAad = (id: string) => `e_seal/${id}`;

export interface NewSeal {
  agencyId: string;
  sealType: SealType;
  validFrom: Date;
  validTo: Date;
  /** An uploaded picture (already checked, see png-picture.ts); absent: a generated one. */
  picture?: SealPicture;
  createdBy: string | null;
  actor: AuditActor;
  /** Audit purpose. */
  purpose: string;
}

export const sealTypeName = (type: SealType) => SEAL_TYPES.find((t) => t.code === type)!.zh;

/** Seal name on the SES_Seal: the agency's full name; the picture's centre names the seal type. */
function generatedPicture(agencyName: string, type: SealType): SealPicture {
  const drawing = sealDrawing(agencyName, { centre: sealTypeName(type), sizeMm: SEAL_SIZE_MM });
  return {
    type: 'svg',
    data: Buffer.from(sealSvg(drawing), 'utf8'),
    widthMm: drawing.sizeMm,
    heightMm: drawing.sizeMm,
  };
}

/**
 * Inserts a new seal for the agency (NOT_FOUND when there is no such agency). Takes the agency
 * row lock so that concurrent makers of one agency's seals get consecutive esIDs.
 */
export async function insertSeal(
  tx: Db,
  deps: Pick<LicenseDeps, 'crypto'>,
  maker: SealMaker,
  input: NewSeal,
): Promise<ESealRow> {
  const [owner] = await tx
    .select({ name: agency.name, uscc: agency.uscc })
    .from(agency)
    .where(eq(agency.id, input.agencyId))
    .for('update');
  if (!owner) throw notFound('no such agency');
  const [last] = await tx
    .select({ esId: max(eSeal.esId) })
    .from(eSeal)
    .where(sql`${eSeal.agencyId} = ${input.agencyId} and ${eSeal.esId} like ${`${owner.uscc}%`}`);
  const serial = last?.esId ? Number(last.esId.slice(owner.uscc.length)) + 1 : 1;
  if (serial > MAX_SERIAL)
    throw new AppError('CONFLICT', { detail: `the agency has made ${MAX_SERIAL} seals; no serial is left` });
  const esId = `${owner.uscc}${String(serial).padStart(4, '0')}`;

  const id = uuidv7();
  const keys = generateSm2KeyPair();
  const createdAt = new Date();
  const picture = input.picture ?? generatedPicture(owner.name, input.sealType);
  // Whole seconds, as in the certificate and the SES_Seal, so the row and the seal agree.
  const validity = { from: wholeSeconds(input.validFrom), to: wholeSeconds(input.validTo) };
  const certificateDer = issueSealCertificate(
    maker,
    keys.publicKeyPem,
    {
      commonName: `${owner.name}${sealTypeName(input.sealType)}`,
      organization: owner.name,
      organizationId: owner.uscc,
    },
    validity,
  );
  const sesSeal = makeSesSeal(maker, {
    esId,
    type: input.sealType,
    name: owner.name,
    certificateDer,
    createdAt,
    validFrom: validity.from,
    validTo: validity.to,
    picture,
  });
  const [row] = await tx
    .insert(eSeal)
    .values({
      id,
      esId,
      agencyId: input.agencyId,
      name: owner.name,
      sealType: input.sealType,
      publicKeyPem: keys.publicKeyPem,
      privateKeyEnc: deps.crypto.cipher.encrypt(keys.privateKeyPem, sealKeyAad(id)),
      certificate: certificateDer,
      sesSeal,
      pictureType: picture.type,
      picture: picture.data,
      pictureWidthMm: picture.widthMm,
      pictureHeightMm: picture.heightMm,
      validFrom: validity.from,
      validTo: validity.to,
      status: 'active',
      createdBy: input.createdBy,
      createdAt,
    })
    .returning();
  await recordAudit(tx, input.actor, {
    action: 'seal.create',
    purpose: input.purpose,
    resource: { type: 'e-seal', id },
    detail: {
      esId,
      agencyId: input.agencyId,
      sealType: input.sealType,
      validFrom: validity.from.toISOString(),
      validTo: validity.to.toISOString(),
      pictureType: picture.type,
    },
  });
  return row!;
}
