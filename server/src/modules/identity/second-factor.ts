// Accepting a TOTP code at most once: the account remembers the last accepted time step, and a
// code of the same or an earlier step is refused — even within its 90-second validity window.
// The conditional UPDATE makes two concurrent uses of one code race to a single winner.
import { and, eq, isNull, lt, or } from 'drizzle-orm';
import type { Db } from '../../platform/db/database.ts';
import { account } from './schema.ts';
import { totpStep } from './totp.ts';

export async function acceptTotp(db: Db, accountId: string, secret: string, code: string): Promise<boolean> {
  const step = totpStep(secret, code);
  if (step === null) return false;
  const won = await db
    .update(account)
    .set({ totpLastStep: step })
    .where(and(eq(account.id, accountId), or(isNull(account.totpLastStep), lt(account.totpLastStep, step))))
    .returning({ id: account.id });
  return won.length > 0;
}
