// Client credentials → bearer token (OAuth 2.0 §4.4), and the bearer token → the client's
// principal. Secrets and tokens are random 256-bit values; only their SM3 hashes are stored. The
// secret check compares in constant time, and an unknown client costs the same as a wrong secret.
// A client's grants leave out any permission that demands a second factor, whatever its roles say.
import { randomBytes, timingSafeEqual } from 'node:crypto';
import { and, eq, gt, isNull } from 'drizzle-orm';
import type { FastifyRequest } from 'fastify';
import { SECOND_FACTOR_PERMISSIONS, isPermission } from '../../platform/access/permissions.ts';
import type { Grant, Principal } from '../../platform/access/principal.ts';
import { recordAudit, type AuditActor } from '../../platform/audit/record.ts';
import { sm3, sm3Hex } from '../../platform/crypto/sm3.ts';
import type { Db } from '../../platform/db/database.ts';
import { AppError } from '../../platform/errors/app-error.ts';
import type { Authenticator } from '../../platform/http/auth.ts';
import { apiClient, apiClientGrant, apiToken, rolePermission } from './schema.ts';

export const TOKEN_SECONDS = 3600;
const TOKEN_PREFIX = 'tbat_';

export const clientSecretHash = (clientId: string, secret: string) =>
  sm3Hex(`api-client-secret:${clientId}:${secret}`);
const tokenIdOf = (token: string) => sm3Hex(`api-token:${token}`);
/** Compared against when the client is unknown, so that case takes the same time. */
const NO_CLIENT_HASH = sm3Hex('api-client-secret:none');

/** Issues a token for valid credentials; null for an unknown or revoked client or a wrong secret. */
export async function issueToken(
  ctx: { db: Db; actor: Omit<AuditActor, 'type' | 'id'> },
  input: { clientId: string; clientSecret: string },
): Promise<{ accessToken: string; expiresIn: number } | null> {
  return ctx.db.transaction(async (tx) => {
    const [client] = await tx
      .select({ id: apiClient.id, secretHash: apiClient.secretHash })
      .from(apiClient)
      .where(and(eq(apiClient.id, input.clientId), isNull(apiClient.revokedAt)));
    const given = sm3(`api-client-secret:${input.clientId}:${input.clientSecret}`);
    const stored = Buffer.from(client?.secretHash ?? NO_CLIENT_HASH, 'hex');
    if (!timingSafeEqual(given, stored) || !client) return null;
    const accessToken = TOKEN_PREFIX + randomBytes(32).toString('base64url');
    const expiresAt = new Date(Date.now() + TOKEN_SECONDS * 1000);
    await tx.insert(apiToken).values({ id: tokenIdOf(accessToken), clientId: client.id, expiresAt });
    await recordAudit(
      tx,
      { ...ctx.actor, type: 'client', id: client.id },
      {
        action: 'api-client.token.issue',
        purpose: 'client credentials sign-in',
        resource: { type: 'api-client', id: client.id },
        detail: { expiresAt: expiresAt.toISOString() },
      },
    );
    return { accessToken, expiresIn: TOKEN_SECONDS };
  });
}

async function clientGrants(db: Db, clientId: string): Promise<Grant[]> {
  const rows = await db
    .select({
      permission: rolePermission.permission,
      agencyId: apiClientGrant.agencyId,
      regionCode: apiClientGrant.regionCode,
      venueId: apiClientGrant.venueId,
    })
    .from(apiClientGrant)
    .innerJoin(rolePermission, eq(rolePermission.roleId, apiClientGrant.roleId))
    .where(eq(apiClientGrant.clientId, clientId));
  return rows.flatMap((r) =>
    isPermission(r.permission) && !SECOND_FACTOR_PERMISSIONS.includes(r.permission)
      ? [
          {
            permission: r.permission,
            scope: { agencyId: r.agencyId, regionCode: r.regionCode, venueId: r.venueId },
          },
        ]
      : [],
  );
}

/** `Authorization: Bearer tbat_…` → the client; other bearer tokens are not ours (null). */
export function clientTokenAuthenticator(db: Db): Authenticator {
  return async (request: FastifyRequest): Promise<Principal | null> => {
    const header = request.headers.authorization;
    if (!header?.startsWith(`Bearer ${TOKEN_PREFIX}`)) return null;
    const token = header.slice('Bearer '.length).trim();
    const [live] = await db
      .select({ id: apiClient.id, name: apiClient.name })
      .from(apiToken)
      .innerJoin(apiClient, eq(apiClient.id, apiToken.clientId))
      .where(
        and(
          eq(apiToken.id, tokenIdOf(token)),
          gt(apiToken.expiresAt, new Date()),
          isNull(apiClient.revokedAt),
        ),
      );
    if (!live)
      throw new AppError('UNAUTHENTICATED', { detail: 'The bearer token is not valid or has expired' });
    return {
      kind: 'client',
      accountId: live.id,
      name: live.name,
      actingFor: null,
      grants: await clientGrants(db, live.id),
      sessionId: null,
    };
  };
}
