// Managing agencies' e-seals: making one (seal.manage in the agency's scope; idempotent under
// the Idempotency-Key) and revoking one for good. Reads are in seals.queries.ts.
import { eq } from 'drizzle-orm';
import { recordAudit } from '../../platform/audit/record.ts';
import { AppError } from '../../platform/errors/app-error.ts';
import { idempotent, type IdempotentResult } from '../../platform/idempotency/idempotent.ts';
import { agency } from '../masterdata/schema.ts';
import type { SealSummary } from './licenses.schemas.ts';
import { pngPicture } from './png-picture.ts';
import { getManagedSeal, mayManage, type SealCtx } from './seal-access.ts';
import { insertSeal } from './seal-make.ts';
import { getSealMaker } from './seal-maker.ts';
import { SEAL_MAX_YEARS, type CreateSealBody, type RevokeSealBody } from './seals.schemas.ts';
import { sealSummary, summaryOf } from './seals.queries.ts';
import { eSeal } from './schema.ts';

const PURPOSE = 'manage the agencies’ e-seals';

/** The end of a new seal's validity: in the future and at most SEAL_MAX_YEARS from now. */
export function checkValidTo(validTo: string, now: Date): Date {
  const to = new Date(validTo);
  const latest = new Date(now);
  latest.setUTCFullYear(latest.getUTCFullYear() + SEAL_MAX_YEARS);
  if (Number.isNaN(to.getTime()) || to <= now || to > latest)
    throw new AppError('SEAL_VALIDITY_INVALID', {
      errors: [
        {
          path: '/body/validTo',
          message: `must be after now and at most ${SEAL_MAX_YEARS} years ahead`,
          messageZh: `须晚于当前时间且不超过 ${SEAL_MAX_YEARS} 年`,
        },
      ],
    });
  return to;
}

export async function createSeal(
  ctx: SealCtx,
  body: CreateSealBody,
  idempotencyKey: string | undefined,
): Promise<IdempotentResult<SealSummary>> {
  const [owner] = await ctx.db
    .select({ regionCode: agency.regionCode })
    .from(agency)
    .where(eq(agency.id, body.agencyId));
  if (!owner || !mayManage(ctx.principal, { agencyId: body.agencyId, regionCode: owner.regionCode }))
    throw new AppError('NOT_FOUND', { detail: `agency ${body.agencyId}` });
  const now = new Date();
  const validTo = checkValidTo(body.validTo, now);
  const picture = body.picturePng === undefined ? undefined : await pngPicture(body.picturePng);
  // Outside the transaction: the maker's certificate row must not roll back with a failed write.
  const maker = await getSealMaker(ctx.db, ctx.deps);
  return idempotent(
    ctx.db,
    { owner: ctx.principal.accountId, scope: 'seals.create', key: idempotencyKey, request: body },
    async (tx) => {
      const row = await insertSeal(tx, ctx.deps, maker, {
        agencyId: body.agencyId,
        sealType: body.sealType,
        validFrom: now,
        validTo,
        ...(picture && { picture }),
        createdBy: ctx.principal.kind === 'operator' ? null : ctx.principal.accountId,
        actor: ctx.actor,
        purpose: PURPOSE,
      });
      return { statusCode: 201, body: summaryOf(row, 0) };
    },
  );
}

/** Revokes the seal: it never signs again (signWithSeal re-checks under the row lock). */
export async function revokeSeal(ctx: SealCtx, id: string, body: RevokeSealBody): Promise<SealSummary> {
  return ctx.db.transaction(async (tx) => {
    const seal = await getManagedSeal(ctx, tx, id, true);
    if (seal.status === 'revoked') throw new AppError('CONFLICT', { detail: 'the seal is already revoked' });
    await tx
      .update(eSeal)
      .set({ status: 'revoked', revokedAt: new Date(), revokeReason: body.reason })
      .where(eq(eSeal.id, id));
    await recordAudit(tx, ctx.actor, {
      action: 'seal.revoke',
      purpose: PURPOSE,
      resource: { type: 'e-seal', id },
      detail: { esId: seal.esId, agencyId: seal.agencyId, reason: body.reason },
    });
    return sealSummary(tx, id);
  });
}
