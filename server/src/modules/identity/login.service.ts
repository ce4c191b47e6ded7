// Signing in: password (argon2id), then — for staff whose permissions demand it, or anyone who
// enrolled — a TOTP code, each accepted once. Failures count per account; from the fifth on, the
// account locks for a doubling time (1 min … 1 h). Unknown usernames cost the same as known ones.
import { eq, sql } from 'drizzle-orm';
import { SECOND_FACTOR_PERMISSIONS } from '../../platform/access/permissions.ts';
import { recordAudit } from '../../platform/audit/record.ts';
import type { PersonalDataCrypto } from '../../platform/crypto/personal-data.ts';
import type { Db } from '../../platform/db/database.ts';
import { AppError } from '../../platform/errors/app-error.ts';
import { loadGrants } from './grants.ts';
import { DUMMY_HASH, verifyPassword } from './password.ts';
import { account } from './schema.ts';
import { createSession } from './sessions.ts';
import { acceptTotp } from './second-factor.ts';

export const FREE_FAILURES = 4;

export function lockMinutes(failures: number): number {
  return failures <= FREE_FAILURES ? 0 : Math.min(60, 2 ** (failures - FREE_FAILURES - 1));
}

export interface LoginInput {
  username: string;
  password: string;
  totp?: string;
  origin: string;
  userAgent: string | undefined;
  requestId: string;
}

export async function login(db: Db, crypto: PersonalDataCrypto, input: LoginInput) {
  const [acc] = await db.select().from(account).where(eq(account.username, input.username));
  const actor = {
    type: acc?.kind ?? 'anonymous',
    id: acc?.id ?? null,
    origin: input.origin,
    requestId: input.requestId,
  } as const;
  if (acc?.lockedUntil && acc.lockedUntil > new Date()) {
    throw new AppError('ACCOUNT_LOCKED', { detail: `retry after ${acc.lockedUntil.toISOString()}` });
  }
  const passwordOk = await verifyPassword(input.password, acc?.passwordHash ?? DUMMY_HASH);
  if (!acc || acc.disabledAt || !passwordOk) {
    if (acc) await fail(db, acc.id, actor, 'password');
    throw new AppError('INVALID_CREDENTIALS');
  }

  const grants = acc.kind === 'staff' ? await loadGrants(db, acc.id) : [];
  const needsSecondFactor =
    !!acc.totpSecretEnc || grants.some((g) => SECOND_FACTOR_PERMISSIONS.includes(g.permission));
  if (needsSecondFactor) {
    // Staff who must use a second factor but never enrolled cannot sign in: there is no bypass.
    if (!acc.totpSecretEnc)
      throw new AppError('SECOND_FACTOR_REQUIRED', {
        detail: 'no authenticator enrolled; ask an administrator',
      });
    if (!input.totp) throw new AppError('SECOND_FACTOR_REQUIRED');
    const secret = crypto.cipher.decrypt(acc.totpSecretEnc, `account:${acc.id}:totp`);
    if (!(await acceptTotp(db, acc.id, secret, input.totp))) {
      await fail(db, acc.id, actor, 'second-factor');
      throw new AppError('SECOND_FACTOR_INVALID');
    }
  }

  return db.transaction(async (tx) => {
    await tx.update(account).set({ failedLogins: 0, lockedUntil: null }).where(eq(account.id, acc.id));
    const created = await createSession(tx, {
      accountId: acc.id,
      mfa: needsSecondFactor,
      origin: input.origin,
      userAgent: input.userAgent,
    });
    await recordAudit(tx, actor, {
      action: 'auth.login',
      purpose: 'sign in',
      resource: { type: 'session', id: created.id },
      detail: { mfa: needsSecondFactor },
    });
    return { ...created, accountId: acc.id };
  });
}

async function fail(db: Db, accountId: string, actor: Parameters<typeof recordAudit>[1], factor: string) {
  await db.transaction(async (tx) => {
    const [row] = await tx
      .update(account)
      .set({ failedLogins: sql`${account.failedLogins} + 1` })
      .where(eq(account.id, accountId))
      .returning({ failures: account.failedLogins });
    const minutes = lockMinutes(row?.failures ?? 0);
    if (minutes > 0)
      await tx
        .update(account)
        .set({ lockedUntil: new Date(Date.now() + minutes * 60_000) })
        .where(eq(account.id, accountId));
    await recordAudit(tx, actor, {
      action: 'auth.login.failed',
      purpose: 'sign in',
      detail: { factor, failures: row?.failures ?? 0, lockedMinutes: minutes },
    });
  });
}
