// Relying parties of the OpenID Provider, registered by a city-wide user administrator (no
// dynamic registration). Each is a 'Client' row of oidc_model that oidc-provider reads; the
// secret is shown once, at registration.
import { randomBytes } from 'node:crypto';
import { and, eq } from 'drizzle-orm';
import { recordAudit, type AuditActor } from '../../platform/audit/record.ts';
import type { Db } from '../../platform/db/database.ts';
import { AppError, notFound } from '../../platform/errors/app-error.ts';
import type { FieldCipher } from '../../platform/crypto/field-encryption.ts';
import { oidcAdapterFactory, oidcModel } from './oidc-adapter.ts';

export interface OidcClientSummary {
  clientId: string;
  name: string;
  redirectUris: string[];
}

const LOOPBACK = new Set(['localhost', '127.0.0.1', '[::1]']);

/** https, or http on the loopback interface for development; no fragment, no credentials. */
export function redirectUriAllowed(text: string): boolean {
  let url: URL;
  try {
    url = new URL(text);
  } catch {
    return false;
  }
  if (url.hash || url.username || url.password) return false;
  return url.protocol === 'https:' || (url.protocol === 'http:' && LOOPBACK.has(url.hostname));
}

const summaryOf = (payload: Record<string, unknown>): OidcClientSummary => ({
  clientId: String(payload.client_id),
  name: String(payload.client_name ?? ''),
  redirectUris: (payload.redirect_uris as string[] | undefined) ?? [],
});

export async function listOidcClients(db: Db): Promise<{ items: OidcClientSummary[] }> {
  const rows = await db
    .select({ payload: oidcModel.payload })
    .from(oidcModel)
    .where(eq(oidcModel.model, 'Client'))
    .orderBy(oidcModel.id);
  return { items: rows.map((r) => summaryOf(r.payload)) };
}

export async function registerOidcClient(
  db: Db,
  cipher: FieldCipher,
  actor: AuditActor,
  input: { name: string; redirectUris: string[] },
): Promise<OidcClientSummary & { clientSecret: string; tokenEndpointAuthMethod: string }> {
  const bad = input.redirectUris.filter((u) => !redirectUriAllowed(u));
  if (bad.length) throw new AppError('OIDC_REDIRECT_URI_NOT_ALLOWED', { detail: bad.join(', ') });
  const clientId = `tb-${randomBytes(12).toString('base64url')}`;
  const clientSecret = randomBytes(32).toString('base64url');
  const metadata = {
    client_id: clientId,
    client_secret: clientSecret,
    client_name: input.name,
    redirect_uris: [...new Set(input.redirectUris)],
    grant_types: ['authorization_code'],
    response_types: ['code'],
    token_endpoint_auth_method: 'client_secret_basic',
  };
  await db.transaction(async (tx) => {
    await oidcAdapterFactory(tx, cipher)('Client').upsert(clientId, metadata);
    await recordAudit(tx, actor, {
      action: 'oidc.client.create',
      purpose: 'register a single sign-on client',
      resource: { type: 'oidc-client', id: clientId },
      detail: { name: input.name, redirectUris: metadata.redirect_uris },
    });
  });
  return {
    ...summaryOf(metadata),
    clientSecret,
    tokenEndpointAuthMethod: metadata.token_endpoint_auth_method,
  };
}

export async function removeOidcClient(db: Db, actor: AuditActor, clientId: string): Promise<void> {
  await db.transaction(async (tx) => {
    const gone = await tx
      .delete(oidcModel)
      .where(and(eq(oidcModel.model, 'Client'), eq(oidcModel.id, clientId)))
      .returning({ id: oidcModel.id });
    if (!gone.length) throw notFound('OIDC client');
    await recordAudit(tx, actor, {
      action: 'oidc.client.delete',
      purpose: 'remove a single sign-on client',
      resource: { type: 'oidc-client', id: clientId },
    });
  });
}
