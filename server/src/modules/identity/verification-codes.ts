// SMS verification codes: six random digits, sent through the outbox, stored only as a keyed
// HMAC-SM3 hash (blind-index key) bound to phone and purpose. A code lives 5 minutes, allows 5
// attempts, is consumed once; a phone gets at most one code per 60 seconds.
import { randomInt } from 'node:crypto';
import { and, desc, eq, gt, isNull, sql } from 'drizzle-orm';
import { normalizeText } from '../../platform/crypto/blind-index.ts';
import type { Db } from '../../platform/db/database.ts';
import { AppError } from '../../platform/errors/app-error.ts';
import { uuidv7 } from '../../platform/ids.ts';
import { publishSms } from '../../platform/notify/sms.ts';
import type { IdentityContext } from './identity-context.ts';
import { verificationCode } from './schema.ts';

export const CODE_TTL_SECONDS = 300;
export const CODE_MAX_ATTEMPTS = 5;
export const CODE_RESEND_SECONDS = 60;

export type CodePurpose = 'register';

const PURPOSE_TEXT: Record<CodePurpose, string> = { register: '注册' };

const codeHash = (ctx: IdentityContext, phoneHash: string, purpose: CodePurpose, code: string) =>
  ctx.crypto.lookupHash(`verification-code:${purpose}:${phoneHash}:${code}`, normalizeText);

export async function issueVerificationCode(
  ctx: IdentityContext,
  input: { phone: string; purpose: CodePurpose },
): Promise<{ expiresInSeconds: number }> {
  const phoneHash = ctx.crypto.lookupHash(input.phone);
  const code = String(randomInt(0, 1_000_000)).padStart(6, '0');
  await ctx.db.transaction(async (tx) => {
    // One issuer per phone at a time, so two concurrent requests cannot both pass the check.
    await tx.execute(sql`select pg_advisory_xact_lock(hashtextextended(${`vcode:${phoneHash}`}, 0))`);
    const [recent] = await tx
      .select({ id: verificationCode.id })
      .from(verificationCode)
      .where(
        and(
          eq(verificationCode.phoneHash, phoneHash),
          eq(verificationCode.purpose, input.purpose),
          gt(verificationCode.createdAt, new Date(Date.now() - CODE_RESEND_SECONDS * 1000)),
        ),
      )
      .limit(1);
    if (recent) throw new AppError('RATE_LIMITED', { detail: `one code per ${CODE_RESEND_SECONDS} s` });
    await tx.insert(verificationCode).values({
      id: uuidv7(),
      phoneHash,
      purpose: input.purpose,
      codeHash: codeHash(ctx, phoneHash, input.purpose, code),
      expiresAt: new Date(Date.now() + CODE_TTL_SECONDS * 1000),
    });
    await publishSms(
      tx,
      ctx.crypto.cipher,
      input.phone,
      `【通办】您的${PURPOSE_TEXT[input.purpose]}验证码是 ${code}，${CODE_TTL_SECONDS / 60} 分钟内有效。请勿告诉他人。`,
    );
  });
  return { expiresInSeconds: CODE_TTL_SECONDS };
}

/**
 * Checks a code against the phone's latest unused one and counts the attempt (committed even
 * when the code is wrong). Returns the code's id, to be consumed with `consumeVerificationCode`
 * in the transaction that acts on it.
 */
export async function checkVerificationCode(
  ctx: IdentityContext,
  input: { phone: string; purpose: CodePurpose; code: string },
): Promise<string> {
  const phoneHash = ctx.crypto.lookupHash(input.phone);
  const outcome = await ctx.db.transaction(async (tx) => {
    const [row] = await tx
      .select()
      .from(verificationCode)
      .where(
        and(
          eq(verificationCode.phoneHash, phoneHash),
          eq(verificationCode.purpose, input.purpose),
          isNull(verificationCode.usedAt),
        ),
      )
      .orderBy(desc(verificationCode.createdAt))
      .limit(1)
      .for('update');
    if (!row) return 'VERIFICATION_CODE_INVALID' as const;
    if (row.expiresAt <= new Date()) return 'VERIFICATION_CODE_EXPIRED' as const;
    if (row.attempts >= CODE_MAX_ATTEMPTS) return 'VERIFICATION_CODE_ATTEMPTS_EXCEEDED' as const;
    await tx
      .update(verificationCode)
      .set({ attempts: row.attempts + 1 })
      .where(eq(verificationCode.id, row.id));
    return row.codeHash === codeHash(ctx, phoneHash, input.purpose, input.code)
      ? { id: row.id }
      : ('VERIFICATION_CODE_INVALID' as const);
  });
  if (typeof outcome === 'string') throw new AppError(outcome);
  return outcome.id;
}

/** Marks a checked code used, in the caller's transaction; a code already used is refused. */
export async function consumeVerificationCode(tx: Db, id: string): Promise<void> {
  const done = await tx
    .update(verificationCode)
    .set({ usedAt: new Date() })
    .where(and(eq(verificationCode.id, id), isNull(verificationCode.usedAt)))
    .returning({ id: verificationCode.id });
  if (!done.length) throw new AppError('VERIFICATION_CODE_INVALID');
}
