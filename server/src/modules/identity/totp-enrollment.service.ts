// Enrolling one's own authenticator: a new secret is kept encrypted as *pending* until the owner
// proves it with a code, so an abandoned enrolment never demands a code at sign-in. Confirming
// makes it the account's second factor; from then on sign-in requires it. An account that
// already has one must have it removed by an administrator before enrolling another.
import { eq } from 'drizzle-orm';
import { recordAudit, type AuditActor } from '../../platform/audit/record.ts';
import { AppError } from '../../platform/errors/app-error.ts';
import type { IdentityContext } from './identity-context.ts';
import { account } from './schema.ts';
import { newTotpSecret, totpStep, totpUri } from './totp.ts';

const pendingAad = (id: string) => `account:${id}:totp-pending`;
const activeAad = (id: string) => `account:${id}:totp`;

async function accountOf(ctx: IdentityContext, accountId: string) {
  const [acc] = await ctx.db
    .select({
      username: account.username,
      active: account.totpSecretEnc,
      pending: account.totpPendingEnc,
    })
    .from(account)
    .where(eq(account.id, accountId));
  if (!acc) throw new AppError('UNAUTHENTICATED');
  if (acc.active) throw new AppError('CONFLICT', { detail: 'an authenticator is already enabled' });
  return acc;
}

export async function startTotpEnrollment(
  ctx: IdentityContext,
  input: { accountId: string; actor: AuditActor },
): Promise<{ secret: string; otpauthUri: string }> {
  const acc = await accountOf(ctx, input.accountId);
  const secret = newTotpSecret();
  await ctx.db.transaction(async (tx) => {
    await tx
      .update(account)
      .set({ totpPendingEnc: ctx.crypto.cipher.encrypt(secret, pendingAad(input.accountId)) })
      .where(eq(account.id, input.accountId));
    await recordAudit(tx, input.actor, {
      action: 'auth.totp.enrol',
      purpose: 'enrol an authenticator',
      resource: { type: 'account', id: input.accountId },
    });
  });
  return { secret, otpauthUri: totpUri(secret, acc.username) };
}

export async function confirmTotpEnrollment(
  ctx: IdentityContext,
  input: { accountId: string; code: string; actor: AuditActor },
): Promise<{ enabled: true }> {
  const acc = await accountOf(ctx, input.accountId);
  if (!acc.pending) throw new AppError('CONFLICT', { detail: 'no authenticator enrolment is pending' });
  const secret = ctx.crypto.cipher.decrypt(acc.pending, pendingAad(input.accountId));
  const step = totpStep(secret, input.code);
  if (step === null) throw new AppError('TOTP_CONFIRMATION_FAILED');
  await ctx.db.transaction(async (tx) => {
    await tx
      .update(account)
      .set({
        totpSecretEnc: ctx.crypto.cipher.encrypt(secret, activeAad(input.accountId)),
        totpPendingEnc: null,
        // The confirming code is spent: signing in right after needs the next one.
        totpLastStep: step,
      })
      .where(eq(account.id, input.accountId));
    await recordAudit(tx, input.actor, {
      action: 'auth.totp.enable',
      purpose: 'enable the second factor',
      resource: { type: 'account', id: input.accountId },
    });
  });
  return { enabled: true };
}
