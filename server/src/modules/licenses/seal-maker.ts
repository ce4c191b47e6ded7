// The platform's seal maker (制章者, GB/T 38540): an SM2 key from configuration and its
// self-signed CA certificate. The certificate is made once per key and kept in seal_maker, so
// every replica presents the same one (INSERT … ON CONFLICT DO NOTHING, then read the winner);
// each process caches it by public key.
import { eq } from 'drizzle-orm';
import { makeMakerCertificate, type SealMaker } from '../../platform/crypto/ses/index.ts';
import { sm2PublicKeyFromPrivate } from '../../platform/crypto/sm2.ts';
import type { Db } from '../../platform/db/database.ts';
import { agency } from '../masterdata/schema.ts';
import { CITY_SERVICE_OFFICE_ID } from '../masterdata/seed/agencies-city.ts';
import type { LicenseDeps } from './deps.ts';
import { sealMaker } from './schema.ts';

export const SEAL_MAKER_COMMON_NAME = '通办平台电子印章制章系统 Tongban seal maker';
const FALLBACK_ORGANIZATION = '天津市人民政府政务服务办公室';
/** Long enough to outlive every seal it certifies (a seal lasts at most five years). */
const MAKER_YEARS = 20;

const cache = new Map<string, SealMaker>();

export async function getSealMaker(db: Db, deps: Pick<LicenseDeps, 'sealMakerKeyPem'>): Promise<SealMaker> {
  const privateKeyPem = deps.sealMakerKeyPem;
  const publicKeyPem = sm2PublicKeyFromPrivate(privateKeyPem);
  const cached = cache.get(publicKeyPem);
  if (cached) return cached;
  let certificateDer = await storedCertificate(db, publicKeyPem);
  if (!certificateDer) {
    const [office] = await db
      .select({ name: agency.name, uscc: agency.uscc })
      .from(agency)
      .where(eq(agency.id, CITY_SERVICE_OFFICE_ID));
    const from = new Date();
    const to = new Date(from);
    to.setUTCFullYear(to.getUTCFullYear() + MAKER_YEARS);
    const made = makeMakerCertificate(
      privateKeyPem,
      {
        commonName: SEAL_MAKER_COMMON_NAME,
        organization: office?.name ?? FALLBACK_ORGANIZATION,
        ...(office && { organizationId: office.uscc }),
      },
      { from, to },
    );
    await db.insert(sealMaker).values({ publicKeyPem, certificate: made }).onConflictDoNothing();
    // Another replica may have won the race: everyone uses the stored certificate.
    certificateDer = (await storedCertificate(db, publicKeyPem)) ?? made;
  }
  const maker: SealMaker = { privateKeyPem, publicKeyPem, certificateDer };
  cache.set(publicKeyPem, maker);
  return maker;
}

async function storedCertificate(db: Db, publicKeyPem: string): Promise<Buffer | undefined> {
  const [row] = await db
    .select({ certificate: sealMaker.certificate })
    .from(sealMaker)
    .where(eq(sealMaker.publicKeyPem, publicKeyPem));
  return row?.certificate;
}

/** The maker's certificate as PEM, for the offline verifier and `openssl`. */
export function certificatePem(der: Buffer): string {
  const lines = der.toString('base64').match(/.{1,64}/g) ?? [];
  return `-----BEGIN CERTIFICATE-----\n${lines.join('\n')}\n-----END CERTIFICATE-----\n`;
}
