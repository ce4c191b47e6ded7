// Verifying a shown license: a 亮证 code (signature → expiry → a code we made → the license's
// current status) or the identifier printed in the PDF's QR code (→ status). The answer shows
// only what a verifier needs, masked. Every verification we can tie to a license is logged for
// its holder; a code with a bad signature names no license we can trust, so it is not logged
// against one.
import { eq } from 'drizzle-orm';
import type { Principal } from '../../platform/access/principal.ts';
import { sm2PublicKeyFromPrivate } from '../../platform/crypto/sm2.ts';
import type { Db } from '../../platform/db/database.ts';
import { AppError } from '../../platform/errors/app-error.ts';
import { businessDate } from '../../platform/time/business-date.ts';
import { accessActorOf, logAccess } from './access-log.ts';
import { VERIFY_RESULTS, type VerifyResult } from './codes.ts';
import type { LicenseDeps } from './deps.ts';
import { maskHolderName, maskLicenseNumber } from './license-read.ts';
import { effectiveStatus } from './license.queries.ts';
import { parseLicenseIdentifier } from './license-identifier.ts';
import type { VerifyBody, VerifyResponse } from './licenses.schemas.ts';
import { license, licenseShowToken, licenseType, type LicenseRow } from './schema.ts';
import { checkShowToken } from './show-token.ts';

export interface VerifyCtx {
  db: Db;
  deps: LicenseDeps;
  principal: Principal | null;
  ip: string;
}

const publicKeys = new Map<string, string>();
/** The public half of the show-code key (derived once per key). */
export function showPublicKey(deps: LicenseDeps): string {
  let pem = publicKeys.get(deps.licenseSigningKeyPem);
  if (!pem)
    publicKeys.set(deps.licenseSigningKeyPem, (pem = sm2PublicKeyFromPrivate(deps.licenseSigningKeyPem)));
  return pem;
}

const invalidBody = (message: string, messageZh: string) =>
  new AppError('VALIDATION_FAILED', { errors: [{ path: '/body', message, messageZh }] });

async function answer(
  ctx: VerifyCtx,
  result: VerifyResult,
  row: LicenseRow | null,
  tokenExpiresAt: Date | null,
  now: Date,
): Promise<VerifyResponse> {
  const entry = VERIFY_RESULTS.find((r) => r.code === result)!;
  let shown: VerifyResponse['license'] = null;
  if (row) {
    await logAccess(ctx.db, await accessActorOf(ctx.db, ctx.principal, ctx.ip), {
      licenseId: row.id,
      kind: 'verify',
      result,
    });
    // An expired code only tells the verifier to ask for a fresh one; it shows nothing more.
    if (result !== 'token-expired') {
      const [type] = await ctx.db
        .select({ zh: licenseType.nameZh, en: licenseType.nameEn })
        .from(licenseType)
        .where(eq(licenseType.code, row.typeCode));
      shown = {
        identifier: row.identifier,
        typeName: type ?? { zh: row.typeCode, en: row.typeCode },
        licenseNumberMasked: maskLicenseNumber(row.licenseNumber),
        holderNameMasked: maskHolderName(row),
        holderIdMasked: row.holderIdMasked,
        issuerName: row.issuerName,
        issueDate: row.issueDate,
        validTo: row.validTo,
        status: effectiveStatus(row, businessDate(now)),
      };
    }
  }
  return {
    valid: result === 'valid',
    result,
    message: { zh: entry.zh, en: entry.en },
    license: shown,
    tokenExpiresAt: tokenExpiresAt ? tokenExpiresAt.toISOString() : null,
    checkedAt: now.toISOString(),
  };
}

const statusResult = (row: LicenseRow, now: Date): VerifyResult => effectiveStatus(row, businessDate(now));

export async function verifyLicense(
  ctx: VerifyCtx,
  body: VerifyBody,
  now = new Date(),
): Promise<VerifyResponse> {
  if ((body.token === undefined) === (body.identifier === undefined))
    throw invalidBody('give exactly one of token and identifier', '请提供亮证码或证照标识之一');
  if (body.identifier !== undefined) {
    if (!parseLicenseIdentifier(body.identifier.trim()))
      throw new AppError('VALIDATION_FAILED', {
        errors: [
          {
            path: '/body/identifier',
            message: 'not a GB/T 36904 license identifier (or its check character is wrong)',
            messageZh: '不是有效的电子证照标识（或校验位不符）',
          },
        ],
      });
    const [row] = await ctx.db.select().from(license).where(eq(license.identifier, body.identifier.trim()));
    return answer(ctx, row ? statusResult(row, now) : 'unknown', row ?? null, null, now);
  }
  const checked = checkShowToken(body.token!, showPublicKey(ctx.deps), Math.floor(now.getTime() / 1000));
  if (checked.result === 'bad-signature') return answer(ctx, 'bad-signature', null, null, now);
  const { payload } = checked;
  const tokenExpiresAt = new Date(payload.exp * 1000);
  const [made] = await ctx.db.select().from(licenseShowToken).where(eq(licenseShowToken.jti, payload.jti));
  const [row] = made ? await ctx.db.select().from(license).where(eq(license.id, made.licenseId)) : [];
  // Signed by our key but not a code we made (or not for this license): treat as unknown.
  if (!row || row.identifier !== payload.lid) return answer(ctx, 'unknown', null, tokenExpiresAt, now);
  if (checked.result === 'token-expired') return answer(ctx, 'token-expired', row, tokenExpiresAt, now);
  return answer(ctx, statusResult(row, now), row, tokenExpiresAt, now);
}
