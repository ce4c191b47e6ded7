// 一企一档 skeleton: a verified legal representative registers their enterprise (checked against
// the base registry), authorises persons as agents (经办人) for all or listed items until an
// expiry, and revokes them. Only the legal representative manages an enterprise's agents; to
// anyone else the enterprise does not exist (404).
import { and, asc, desc, eq, gt, isNull } from 'drizzle-orm';
import type { Principal } from '../../platform/access/principal.ts';
import { recordAudit, type AuditActor } from '../../platform/audit/record.ts';
import type { Db } from '../../platform/db/database.ts';
import { AppError, notFound } from '../../platform/errors/app-error.ts';
import { isValidUscc } from '../../platform/identifiers/uscc.ts';
import { uuidv7 } from '../../platform/ids.ts';
import { account, agentAuthorization, baseEnterprise, enterprise, person } from './schema.ts';

export interface EnterpriseCtx {
  db: Db;
  actor: AuditActor;
  principal: Principal & { kind: 'person' };
}

const MAX_YEARS = 5;

export async function registerEnterprise(ctx: EnterpriseCtx, input: { uscc: string }) {
  const uscc = input.uscc.trim().toUpperCase();
  if (!isValidUscc(uscc)) {
    throw new AppError('VALIDATION_FAILED', {
      errors: [{ path: '/body/uscc', message: 'not a valid USCC', messageZh: '统一社会信用代码无效' }],
    });
  }
  return ctx.db.transaction(async (tx) => {
    const [me] = await tx.select().from(person).where(eq(person.id, ctx.principal.accountId));
    const [base] = await tx.select().from(baseEnterprise).where(eq(baseEnterprise.uscc, uscc));
    // One answer for "not in the registry" and "not its legal representative": no oracle.
    if (
      !me ||
      me.realNameLevel < 2 ||
      !base ||
      base.legalRepIdType !== me.idType ||
      base.legalRepIdHash !== me.idNumberHash ||
      base.legalRepName !== me.name
    ) {
      throw new AppError('ENTERPRISE_NOT_VERIFIED');
    }
    const [existing] = await tx
      .select({ id: enterprise.id })
      .from(enterprise)
      .where(eq(enterprise.uscc, uscc));
    if (existing) throw new AppError('CONFLICT', { detail: 'the enterprise is registered already' });
    const id = uuidv7();
    const [created] = await tx
      .insert(enterprise)
      .values({ id, uscc, name: base.name, legalRepPersonId: me.id })
      .returning();
    await recordAudit(tx, ctx.actor, {
      action: 'enterprise.register',
      purpose: 'register enterprise',
      resource: { type: 'enterprise', id },
      detail: { uscc },
    });
    return {
      id,
      uscc,
      name: base.name,
      regionCode: base.regionCode,
      verifiedAt: created!.verifiedAt.toISOString(),
    };
  });
}

/** The enterprise when the caller is its legal representative acting as themself or for it. */
async function managedEnterprise(ctx: EnterpriseCtx, tx: Db, enterpriseId: string) {
  const acting = ctx.principal.actingFor;
  if (acting && acting.id !== enterpriseId) throw notFound('enterprise');
  const [found] = await tx
    .select({ id: enterprise.id })
    .from(enterprise)
    .where(and(eq(enterprise.id, enterpriseId), eq(enterprise.legalRepPersonId, ctx.principal.accountId)));
  if (!found) throw notFound('enterprise');
  return found;
}

const status = (a: { revokedAt: Date | null; expiresAt: Date }, now: Date) =>
  a.revokedAt ? 'revoked' : a.expiresAt <= now ? 'expired' : 'active';

const authorizationView = (
  a: {
    id: string;
    scope: 'all' | 'listed';
    itemCodes: string[];
    expiresAt: Date;
    revokedAt: Date | null;
    createdAt: Date;
  },
  now: Date,
) => ({
  id: a.id,
  scope: a.scope,
  itemCodes: a.itemCodes,
  expiresAt: a.expiresAt.toISOString(),
  revokedAt: a.revokedAt?.toISOString() ?? null,
  createdAt: a.createdAt.toISOString(),
  status: status(a, now),
});

export async function listAgents(ctx: EnterpriseCtx, enterpriseId: string) {
  await managedEnterprise(ctx, ctx.db, enterpriseId);
  const rows = await ctx.db
    .select({
      id: agentAuthorization.id,
      scope: agentAuthorization.scope,
      itemCodes: agentAuthorization.itemCodes,
      expiresAt: agentAuthorization.expiresAt,
      revokedAt: agentAuthorization.revokedAt,
      createdAt: agentAuthorization.createdAt,
      personId: person.id,
      username: account.username,
      name: person.name,
    })
    .from(agentAuthorization)
    .innerJoin(person, eq(person.id, agentAuthorization.personId))
    .innerJoin(account, eq(account.id, person.id))
    .where(eq(agentAuthorization.enterpriseId, enterpriseId))
    .orderBy(desc(agentAuthorization.createdAt), desc(agentAuthorization.id));
  const now = new Date();
  return {
    items: rows.map((r) => ({
      ...authorizationView(r, now),
      agent: { personId: r.personId, username: r.username, name: r.name },
    })),
  };
}

export interface AuthorizeInput {
  enterpriseId: string;
  username: string;
  scope: 'all' | 'listed';
  itemCodes: string[];
  expiresAt: string;
}

const invalid = (path: string, message: string, messageZh: string) =>
  new AppError('VALIDATION_FAILED', { errors: [{ path, message, messageZh }] });

export async function authorizeAgent(ctx: EnterpriseCtx, input: AuthorizeInput) {
  const now = new Date();
  const expiresAt = new Date(input.expiresAt);
  const latest = new Date(now);
  latest.setUTCFullYear(latest.getUTCFullYear() + MAX_YEARS);
  if (!(expiresAt > now) || expiresAt > latest)
    throw invalid(
      '/body/expiresAt',
      'must be in the future, at most 5 years ahead',
      '须为将来时间，且不超过5年',
    );
  const codes = [...new Set(input.itemCodes)];
  if (input.scope === 'listed' && codes.length === 0)
    throw invalid(
      '/body/itemCodes',
      'list at least one item for scope "listed"',
      '指定事项授权须至少列出一个事项',
    );
  if (input.scope === 'all' && codes.length > 0)
    throw invalid('/body/itemCodes', 'scope "all" takes no item list', '全部事项授权不应列出事项');

  return ctx.db.transaction(async (tx) => {
    await managedEnterprise(ctx, tx, input.enterpriseId);
    const [agent] = await tx
      .select({
        id: person.id,
        name: person.name,
        level: person.realNameLevel,
        disabledAt: account.disabledAt,
      })
      .from(account)
      .innerJoin(person, eq(person.id, account.id))
      .where(eq(account.username, input.username));
    if (!agent || agent.disabledAt) throw invalid('/body/username', 'no such person', '没有该用户');
    if (agent.id === ctx.principal.accountId)
      throw invalid(
        '/body/username',
        'the legal representative needs no authorisation',
        '法定代表人无需授权',
      );
    if (agent.level < 2)
      throw invalid('/body/username', 'the agent must be real-name verified (L2)', '经办人须完成实名认证');
    const [live] = await tx
      .select({ id: agentAuthorization.id })
      .from(agentAuthorization)
      .where(
        and(
          eq(agentAuthorization.enterpriseId, input.enterpriseId),
          eq(agentAuthorization.personId, agent.id),
          isNull(agentAuthorization.revokedAt),
          gt(agentAuthorization.expiresAt, now),
        ),
      );
    if (live) throw new AppError('CONFLICT', { detail: 'an authorisation is in force; revoke it first' });
    const id = uuidv7();
    const [created] = await tx
      .insert(agentAuthorization)
      .values({
        id,
        enterpriseId: input.enterpriseId,
        personId: agent.id,
        scope: input.scope,
        itemCodes: codes,
        expiresAt,
      })
      .returning();
    await recordAudit(tx, ctx.actor, {
      action: 'enterprise.agent.authorize',
      purpose: 'authorise agent',
      resource: { type: 'agent-authorization', id },
      dataSubject: { type: 'person', id: agent.id },
      detail: { enterpriseId: input.enterpriseId, scope: input.scope, itemCodes: codes, expiresAt },
    });
    return {
      ...authorizationView(created!, now),
      agent: { personId: agent.id, username: input.username, name: agent.name },
    };
  });
}

export async function revokeAgent(
  ctx: EnterpriseCtx,
  input: { enterpriseId: string; authorizationId: string },
) {
  return ctx.db.transaction(async (tx) => {
    await managedEnterprise(ctx, tx, input.enterpriseId);
    const [done] = await tx
      .update(agentAuthorization)
      .set({ revokedAt: new Date() })
      .where(
        and(
          eq(agentAuthorization.id, input.authorizationId),
          eq(agentAuthorization.enterpriseId, input.enterpriseId),
          isNull(agentAuthorization.revokedAt),
        ),
      )
      .returning({ personId: agentAuthorization.personId });
    if (!done) throw notFound('authorization');
    await recordAudit(tx, ctx.actor, {
      action: 'enterprise.agent.revoke',
      purpose: 'revoke agent',
      resource: { type: 'agent-authorization', id: input.authorizationId },
      dataSubject: { type: 'person', id: done.personId },
      detail: { enterpriseId: input.enterpriseId },
    });
  });
}

/** The authorisations granted to me as an agent, in force first. */
export async function myAuthorizations(db: Db, personId: string) {
  const rows = await db
    .select({
      id: agentAuthorization.id,
      scope: agentAuthorization.scope,
      itemCodes: agentAuthorization.itemCodes,
      expiresAt: agentAuthorization.expiresAt,
      revokedAt: agentAuthorization.revokedAt,
      createdAt: agentAuthorization.createdAt,
      enterpriseId: enterprise.id,
      uscc: enterprise.uscc,
      enterpriseName: enterprise.name,
    })
    .from(agentAuthorization)
    .innerJoin(enterprise, eq(enterprise.id, agentAuthorization.enterpriseId))
    .where(eq(agentAuthorization.personId, personId))
    .orderBy(desc(agentAuthorization.expiresAt), asc(agentAuthorization.id));
  const now = new Date();
  const items = rows.map((r) => ({
    ...authorizationView(r, now),
    enterprise: { id: r.enterpriseId, uscc: r.uscc, name: r.enterpriseName },
  }));
  return {
    items: [...items.filter((i) => i.status === 'active'), ...items.filter((i) => i.status !== 'active')],
  };
}
