// Real-name verification (实名核验): a person's declared name and identity document are compared
// with the base registry (the platform's copy of the population database), found by the
// document's blind index. A match raises the real-name level to 2 (L2); a mismatch leaves L1.
// Both outcomes are audited; neither the name nor the number is written anywhere in clear.
import { and, eq } from 'drizzle-orm';
import { recordAudit, type AuditActor } from '../../platform/audit/record.ts';
import { normalizeText } from '../../platform/crypto/blind-index.ts';
import { AppError, notFound } from '../../platform/errors/app-error.ts';
import type { IdentityContext } from './identity-context.ts';
import { basePerson, person } from './schema.ts';

export async function verifyRealName(
  ctx: IdentityContext,
  input: { personId: string; actor: AuditActor },
): Promise<{ realNameLevel: 2 }> {
  const [me] = await ctx.db
    .select({
      name: person.name,
      idType: person.idType,
      idNumberHash: person.idNumberHash,
      level: person.realNameLevel,
    })
    .from(person)
    .where(eq(person.id, input.personId));
  if (!me) throw notFound('person');
  if (me.level >= 2) return { realNameLevel: 2 };

  const [registered] = await ctx.db
    .select({ name: basePerson.name })
    .from(basePerson)
    .where(and(eq(basePerson.idType, me.idType), eq(basePerson.idNumberHash, me.idNumberHash)));
  const entry = {
    action: 'identity.real-name.verify',
    purpose: 'real-name verification against the base registry',
    resource: { type: 'person', id: input.personId },
    dataSubject: { type: 'person', id: input.personId },
  };
  if (!registered || normalizeText(registered.name) !== normalizeText(me.name)) {
    await recordAudit(ctx.db, input.actor, { ...entry, detail: { result: 'mismatch' } });
    throw new AppError('REAL_NAME_MISMATCH');
  }
  await ctx.db.transaction(async (tx) => {
    await tx.update(person).set({ realNameLevel: 2 }).where(eq(person.id, input.personId));
    await recordAudit(tx, input.actor, { ...entry, detail: { result: 'match', realNameLevel: 2 } });
  });
  return { realNameLevel: 2 };
}
