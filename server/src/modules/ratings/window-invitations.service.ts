// 一次一评: a window clerk shows a code for the service just given — a QR code the visitor scans,
// or the hall tablet's rating page. Valid for WINDOW_INVITATION_MINUTES, single use, anonymous
// allowed (whoever stood at the window). With a case, one window rating per case and channel: a
// new code for the same case refreshes the unused invitation (older codes stop working, since the
// token binds the expiry) and answers 409 once it was used.
import { and, eq } from 'drizzle-orm';
import type { Principal } from '../../platform/access/principal.ts';
import { recordAudit, type AuditActor } from '../../platform/audit/record.ts';
import type { Db } from '../../platform/db/database.ts';
import { AppError } from '../../platform/errors/app-error.ts';
import { idempotent } from '../../platform/idempotency/idempotent.ts';
import { uuidv7 } from '../../platform/ids.ts';
import { staffMay } from '../cases/case-access.ts';
import { serviceCase, type ServiceCaseRow } from '../cases/schema.ts';
import { findStaffPlace } from '../identity/staff-place.ts';
import { serviceWindow, venue } from '../masterdata/schema.ts';
import type { RatingDeps } from './deps.ts';
import { qrSvg, rateUrl, tokenOf } from './invitations.service.ts';
import { expiryAfter, WINDOW_INVITATION_MINUTES } from './rating-rules.ts';
import type { WindowInvitation, WindowInvitationBody } from './ratings.schemas.ts';
import { ratingInvitation, type RatingInvitationRow } from './schema.ts';

export interface WindowCtx {
  db: Db;
  actor: AuditActor;
  principal: Principal;
  deps: RatingDeps;
}

async function placeOf(tx: Db, p: Principal) {
  const place = p.kind === 'staff' ? await findStaffPlace(tx, p.accountId) : undefined;
  if (!place?.venueId || !place.windowCode)
    throw new AppError('RATING_WINDOW_REQUIRED', { detail: 'the caller has no venue and window' });
  const [v] = await tx.select().from(venue).where(eq(venue.id, place.venueId));
  if (!v) throw new AppError('RATING_WINDOW_REQUIRED', { detail: `unknown venue ${place.venueId}` });
  const [w] = await tx
    .select()
    .from(serviceWindow)
    .where(and(eq(serviceWindow.venueId, v.id), eq(serviceWindow.code, place.windowCode)));
  return { place, venue: v, windowAgencyId: w?.agencyId ?? null };
}

async function caseFor(tx: Db, p: Principal, caseId: string): Promise<ServiceCaseRow> {
  const [c] = await tx.select().from(serviceCase).where(eq(serviceCase.id, caseId));
  if (!c || !staffMay(p, 'case.accept', c)) throw new AppError('NOT_FOUND', { detail: `case ${caseId}` });
  return c;
}

/** Refreshes the unused invitation of (case, channel), or refuses when it was used. */
async function refresh(tx: Db, row: Omit<RatingInvitationRow, 'usedAt' | 'remindedAt'>) {
  const [old] = await tx
    .select()
    .from(ratingInvitation)
    .where(and(eq(ratingInvitation.caseId, row.caseId!), eq(ratingInvitation.channel, row.channel)))
    .for('update');
  if (!old) throw new AppError('CONFLICT', { detail: 'invitation changed meanwhile; retry' });
  if (old.usedAt)
    throw new AppError('RATING_ALREADY_GIVEN', { detail: 'this case was rated at the window already' });
  const [inv] = await tx
    .update(ratingInvitation)
    .set({ expiresAt: row.expiresAt, staffId: row.staffId, venueId: row.venueId, windowCode: row.windowCode })
    .where(eq(ratingInvitation.id, old.id))
    .returning();
  return inv!;
}

export async function createWindowInvitation(
  ctx: WindowCtx,
  body: WindowInvitationBody,
  key: string | undefined,
  now = new Date(),
) {
  const claim = { owner: ctx.principal.accountId, scope: 'ratings.window-invitation', key, request: body };
  return idempotent<WindowInvitation>(ctx.db, claim, async (tx) => {
    const { place, venue: v, windowAgencyId } = await placeOf(tx, ctx.principal);
    const c = body.caseId ? await caseFor(tx, ctx.principal, body.caseId) : undefined;
    const row = {
      id: uuidv7(now.getTime()),
      kind: 'window' as const,
      caseId: c?.id ?? null,
      venueId: v.id,
      windowCode: place.windowCode,
      staffId: ctx.principal.accountId,
      agencyId: c?.agencyId ?? windowAgencyId ?? place.agencyId,
      regionCode: c?.regionCode ?? v.regionCode,
      implementationCode: c?.implementationCode ?? null,
      itemName: c?.itemName ?? null,
      raterType: null,
      raterId: null,
      channel: body.channel,
      expiresAt: expiryAfter(now, WINDOW_INVITATION_MINUTES * 60_000),
      createdAt: now,
    };
    const [inserted] = await tx.insert(ratingInvitation).values(row).onConflictDoNothing().returning();
    const inv = inserted ?? (await refresh(tx, row));
    await recordAudit(tx, ctx.actor, {
      action: inserted ? 'rating-invitation.create' : 'rating-invitation.refresh',
      purpose: 'invite a rating of a window service',
      resource: { type: 'rating-invitation', id: inv.id },
      detail: { channel: inv.channel, caseId: inv.caseId, venueId: v.id, windowCode: place.windowCode },
    });
    const token = tokenOf(ctx.deps, inv);
    const url = rateUrl(ctx.deps, token);
    const view: WindowInvitation = {
      invitationId: inv.id,
      token,
      url,
      expiresAt: inv.expiresAt.toISOString(),
      qr: qrSvg(url),
      channel: inv.channel,
      caseId: inv.caseId,
      caseNumber: c?.caseNumber ?? null,
      itemName: inv.itemName,
      venueName: v.name,
      windowCode: place.windowCode!,
    };
    return { statusCode: 201, body: view };
  });
}
