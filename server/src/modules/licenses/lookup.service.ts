// Staff look-up of a holder's licenses (license.lookup): only with a stated purpose, by the
// holder's citizen ID or USCC (checked first, found through the blind index), masked. Each
// look-up is audited with the holder as data subject and logged on every license it showed, so
// the holder sees who looked and why.
import { and, desc, eq } from 'drizzle-orm';
import type { Principal } from '../../platform/access/principal.ts';
import { recordAudit, type AuditActor } from '../../platform/audit/record.ts';
import type { Db } from '../../platform/db/database.ts';
import { AppError, notFound } from '../../platform/errors/app-error.ts';
import { isValidCitizenId, normalizeCitizenId } from '../../platform/identifiers/citizen-id.ts';
import { isValidUscc } from '../../platform/identifiers/uscc.ts';
import { maskIdentityNumber } from '../identity/masking.ts';
import { accessActorOf, logAccess } from './access-log.ts';
import type { HolderIdType } from './codes.ts';
import type { LicenseDeps } from './deps.ts';
import { licenseDetail, summarizeLicenses } from './license-read.ts';
import type { LicenseDetail, LicenseSummary } from './licenses.schemas.ts';
import { license, type LicenseRow } from './schema.ts';

export interface LookupCtx {
  db: Db;
  deps: LicenseDeps;
  principal: Principal;
  actor: AuditActor;
  ip: string;
}

const invalid = (path: string, message: string, messageZh: string) =>
  new AppError('VALIDATION_FAILED', { errors: [{ path, message, messageZh }] });

/** The purpose, trimmed: 2..200 characters or LICENSE_PURPOSE_REQUIRED. */
export function purposeOf(input: string | undefined): string {
  const purpose = (input ?? '').trim();
  if ([...purpose].length < 2 || [...purpose].length > 200)
    throw new AppError('LICENSE_PURPOSE_REQUIRED', {
      errors: [
        {
          path: '/query/purpose',
          message: 'state the purpose (2 to 200 characters)',
          messageZh: '请说明查验用途（2至200字）',
        },
      ],
    });
  return purpose;
}

/** The holder ID normalized and checked (citizen ID check digit, USCC check character). */
export function holderIdOf(type: HolderIdType, input: string): string {
  if (type === '111') {
    const id = normalizeCitizenId(input);
    if (!isValidCitizenId(id))
      throw invalid('/query/holderId', 'not a valid citizen ID number', '公民身份号码无效（校验位不符）');
    return id;
  }
  const uscc = input.normalize('NFKC').replace(/\s+/g, '').toUpperCase();
  if (!isValidUscc(uscc)) throw invalid('/query/holderId', 'not a valid USCC', '统一社会信用代码无效');
  return uscc;
}

async function logLookup(ctx: LookupCtx, rows: readonly LicenseRow[], purpose: string, detail: object) {
  const actor = await accessActorOf(ctx.db, ctx.principal, ctx.ip);
  await ctx.db.transaction(async (tx) => {
    const subjects = new Map(rows.map((r) => [`${r.holderType}:${r.holderSubjectId}`, r]));
    // One audit row per holder (usually one); a look-up that found nothing is audited too.
    for (const r of subjects.size ? subjects.values() : [undefined])
      await recordAudit(tx, ctx.actor, {
        action: 'license.lookup',
        purpose,
        ...(r && { dataSubject: { type: r.holderType, id: r.holderSubjectId } }),
        detail: {
          ...detail,
          licenses: rows.filter((x) => !r || x.holderSubjectId === r.holderSubjectId).length,
        },
      });
    for (const r of rows) await logAccess(tx, actor, { licenseId: r.id, kind: 'staff-lookup', purpose });
  });
}

export async function lookupLicenses(
  ctx: LookupCtx,
  q: { holderIdType: HolderIdType; holderId: string; purpose?: string },
): Promise<LicenseSummary[]> {
  const purpose = purposeOf(q.purpose);
  const holderId = holderIdOf(q.holderIdType, q.holderId);
  const rows = await ctx.db
    .select()
    .from(license)
    .where(
      and(
        eq(license.holderIdHash, ctx.deps.crypto.lookupHash(holderId)),
        eq(license.holderIdType, q.holderIdType),
      ),
    )
    .orderBy(desc(license.issueDate), desc(license.id))
    .limit(200);
  await logLookup(ctx, rows, purpose, {
    holderIdType: q.holderIdType,
    holderIdMasked: q.holderIdType === '111' ? maskIdentityNumber(holderId) : holderId,
  });
  return summarizeLicenses(ctx.db, rows, 'other');
}

export async function lookupLicense(
  ctx: LookupCtx,
  id: string,
  purposeInput?: string,
): Promise<LicenseDetail> {
  const purpose = purposeOf(purposeInput);
  const [row] = await ctx.db.select().from(license).where(eq(license.id, id));
  if (!row) throw notFound(`license ${id}`);
  await logLookup(ctx, [row], purpose, { licenseId: row.id });
  return licenseDetail(ctx.db, row, 'other');
}
