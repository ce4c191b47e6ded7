// 异地代收代办: a window in another district accepted for the competent agency after checking
// form and identity (acceptance-route.ts, mode remote-acceptance) and holds the paper materials.
// The case_forwarding row, written at acceptance, tracks them: the accepting window sends them
// (courier, tracking number), the competent agency confirms receipt. Both steps are actions on
// the case, so they appear on its timeline.
import { and, eq, isNull } from 'drizzle-orm';
import { canAccess } from '../../../platform/access/principal.ts';
import { AppError } from '../../../platform/errors/app-error.ts';
import { caseForwarding } from '../schema.ts';
import { invalidField } from './invalid-field.ts';
import type { ActionContext, ActionHandler } from './types.ts';

async function forwardingOf(a: ActionContext) {
  const [f] = await a.tx.select().from(caseForwarding).where(eq(caseForwarding.caseId, a.row.id));
  if (!f)
    throw new AppError('CASE_FORWARDING_STATE', {
      detail: 'the case was not accepted for another district: there are no paper materials to forward',
    });
  return f;
}

export const forward: ActionHandler = async (a) => {
  const f = await forwardingOf(a);
  if (a.party.venueId !== f.fromVenueId)
    throw new AppError('FORBIDDEN', {
      detail: `only the accepting venue ${f.fromVenueId} forwards the paper materials`,
    });
  if (f.sentAt)
    throw new AppError('CASE_FORWARDING_STATE', {
      detail: `the materials were already sent on ${f.sentAt.toISOString()} (${f.courier} ${f.trackingNumber})`,
    });
  const input = a.body.forwarding;
  if (!input)
    throw invalidField('forwarding', 'courier and tracking number are required', '请填写寄递公司和运单号');
  const sentAt = new Date();
  return {
    detail: {
      courier: input.courier,
      trackingNumber: input.trackingNumber,
      fromVenueId: f.fromVenueId,
      toAgencyId: f.toAgencyId,
    },
    write: async (tx) => {
      const done = await tx
        .update(caseForwarding)
        .set({ courier: input.courier, trackingNumber: input.trackingNumber, sentAt })
        .where(and(eq(caseForwarding.id, f.id), isNull(caseForwarding.sentAt)))
        .returning({ id: caseForwarding.id });
      if (!done.length) throw new AppError('CASE_CHANGED');
    },
  };
};

export const confirmReceipt: ActionHandler = async (a) => {
  const f = await forwardingOf(a);
  const p = a.party.principal;
  // The competent agency's staff (a grant over the agency or its region), not a venue grant.
  const ofAgency = { agencyIds: [f.toAgencyId], regionCodes: [a.row.regionCode] };
  if (!p || !(canAccess(p, 'case.review', ofAgency) || canAccess(p, 'case.accept', ofAgency)))
    throw new AppError('FORBIDDEN', {
      detail: `only staff of the competent agency ${f.toAgencyId} confirm receipt of the materials`,
    });
  if (!f.sentAt)
    throw new AppError('CASE_FORWARDING_STATE', { detail: 'the materials have not been sent yet' });
  if (f.receivedAt)
    throw new AppError('CASE_FORWARDING_STATE', {
      detail: `receipt was already confirmed on ${f.receivedAt.toISOString()}`,
    });
  const receivedAt = new Date();
  return {
    detail: { courier: f.courier, trackingNumber: f.trackingNumber, sentAt: f.sentAt.toISOString() },
    write: async (tx) => {
      const done = await tx
        .update(caseForwarding)
        .set({ receivedAt, receivedBy: a.party.accountId })
        .where(and(eq(caseForwarding.id, f.id), isNull(caseForwarding.receivedAt)))
        .returning({ id: caseForwarding.id });
      if (!done.length) throw new AppError('CASE_CHANGED');
    },
  };
};
