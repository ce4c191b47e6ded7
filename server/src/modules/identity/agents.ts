// May a person act for an enterprise? Its legal representative always may; an agent (经办人)
// while their authorisation is neither revoked nor expired.
import { and, eq, gt, isNull, or } from 'drizzle-orm';
import type { Db } from '../../platform/db/database.ts';
import { agentAuthorization, enterprise } from './schema.ts';

export async function mayActFor(
  db: Db,
  personId: string,
  enterpriseId: string,
  at = new Date(),
): Promise<boolean> {
  const [legal] = await db
    .select({ id: enterprise.id })
    .from(enterprise)
    .where(and(eq(enterprise.id, enterpriseId), eq(enterprise.legalRepPersonId, personId)));
  if (legal) return true;
  const [agent] = await db
    .select({ id: agentAuthorization.id })
    .from(agentAuthorization)
    .where(
      and(
        eq(agentAuthorization.enterpriseId, enterpriseId),
        eq(agentAuthorization.personId, personId),
        isNull(agentAuthorization.revokedAt),
        gt(agentAuthorization.expiresAt, at),
      ),
    )
    .limit(1);
  return !!agent;
}

/** The enterprises a person may act for now: as legal representative or as agent. */
export async function enterprisesFor(db: Db, personId: string, at = new Date()) {
  return db
    .selectDistinct({
      id: enterprise.id,
      uscc: enterprise.uscc,
      name: enterprise.name,
      legalRepPersonId: enterprise.legalRepPersonId,
    })
    .from(enterprise)
    .leftJoin(agentAuthorization, eq(agentAuthorization.enterpriseId, enterprise.id))
    .where(
      or(
        eq(enterprise.legalRepPersonId, personId),
        and(
          eq(agentAuthorization.personId, personId),
          isNull(agentAuthorization.revokedAt),
          gt(agentAuthorization.expiresAt, at),
        ),
      ),
    );
}
