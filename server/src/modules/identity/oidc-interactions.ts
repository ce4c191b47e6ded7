// Finishing an OpenID sign-in through Tongban's own login: the web page (/oidc-login?uid=…)
// shows which system asks for what, the signed-in user confirms, and the provider's interaction
// gets its result (login + consent for the requested scopes of the admin-registered client). The
// page then navigates to `redirectTo`, the provider's resume endpoint, which the browser's
// interaction cookie binds to the browser that started the request.
import type Provider from 'oidc-provider';
import type { InteractionModel } from 'oidc-provider';
import { recordAudit, type AuditActor } from '../../platform/audit/record.ts';
import type { Principal } from '../../platform/access/principal.ts';
import type { Db } from '../../platform/db/database.ts';
import { notFound } from '../../platform/errors/app-error.ts';
import { oidcAdapterFactory } from './oidc-adapter.ts';
import { ACTING_FOR_MODEL, OIDC_SCOPES } from './oidc-provider.ts';

export interface InteractionSummary {
  uid: string;
  clientId: string;
  clientName: string;
  scopes: string[];
  prompt: string;
}

const nowSeconds = () => Math.floor(Date.now() / 1000);

async function findInteraction(provider: Provider, uid: string): Promise<InteractionModel> {
  const interaction = await provider.Interaction.find(uid);
  if (!interaction || interaction.exp <= nowSeconds()) throw notFound('sign-in request');
  return interaction;
}

const scopesOf = (i: InteractionModel) =>
  String(i.params.scope ?? '')
    .split(' ')
    .filter((s) => (OIDC_SCOPES as readonly string[]).includes(s));

export async function describeInteraction(provider: Provider, uid: string): Promise<InteractionSummary> {
  const interaction = await findInteraction(provider, uid);
  const clientId = String(interaction.params.client_id ?? '');
  const client = await provider.Client.find(clientId);
  if (!client) throw notFound('sign-in request');
  return {
    uid,
    clientId,
    clientName: client.clientName ?? clientId,
    scopes: scopesOf(interaction),
    prompt: interaction.prompt.name,
  };
}

async function finish(interaction: InteractionModel, result: unknown): Promise<{ redirectTo: string }> {
  interaction.result = result;
  await interaction.save(interaction.exp - nowSeconds());
  return { redirectTo: interaction.returnTo };
}

export async function completeInteraction(
  provider: Provider,
  db: Db,
  principal: Principal,
  actor: AuditActor,
  uid: string,
): Promise<{ redirectTo: string }> {
  const interaction = await findInteraction(provider, uid);
  const clientId = String(interaction.params.client_id ?? '');
  if (!(await provider.Client.find(clientId))) throw notFound('sign-in request');
  const scopes = scopesOf(interaction);
  const grant = new provider.Grant({ accountId: principal.accountId, clientId });
  grant.addOIDCScope(scopes.join(' '));
  const grantId = await grant.save();
  if (principal.actingFor) {
    await oidcAdapterFactory(db)(ACTING_FOR_MODEL).upsert(
      grantId,
      { grantId, enterpriseId: principal.actingFor.id },
      12 * 3600,
    );
  }
  await recordAudit(db, actor, {
    action: 'oidc.consent',
    purpose: 'single sign-on to a department system',
    resource: { type: 'oidc-client', id: clientId },
    detail: { scopes, actingFor: principal.actingFor?.id ?? null },
  });
  return finish(interaction, { login: { accountId: principal.accountId }, consent: { grantId } });
}

export async function abortInteraction(provider: Provider, uid: string): Promise<{ redirectTo: string }> {
  const interaction = await findInteraction(provider, uid);
  return finish(interaction, { error: 'access_denied', error_description: 'End-User aborted interaction' });
}
