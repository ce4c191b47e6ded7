// The small part of oidc-provider's API Tongban uses (the package ships no type declarations).
declare module 'oidc-provider' {
  import type { IncomingMessage, ServerResponse } from 'node:http';

  export interface InteractionModel {
    uid: string;
    exp: number;
    returnTo: string;
    params: Record<string, unknown> & { client_id?: string; scope?: string; redirect_uri?: string };
    prompt: { name: string; reasons: string[]; details: Record<string, unknown> };
    session?: { accountId?: string };
    result?: unknown;
    save(ttl: number): Promise<string>;
    destroy(): Promise<void>;
  }

  export interface GrantModel {
    addOIDCScope(scope: string): void;
    save(ttl?: number): Promise<string>;
  }

  export interface ClientModel {
    clientId: string;
    clientName?: string;
  }

  export interface TokenLike {
    grantId?: string;
  }

  export interface Account {
    accountId: string;
    claims(use: string, scope: string): Promise<Record<string, unknown>> | Record<string, unknown>;
  }

  export type Configuration = Record<string, unknown> & {
    findAccount?: (ctx: unknown, sub: string, token?: TokenLike) => Promise<Account | undefined>;
  };

  export default class Provider {
    constructor(issuer: string, configuration?: Configuration);
    proxy: boolean;
    readonly issuer: string;
    callback(): (req: IncomingMessage, res: ServerResponse) => Promise<void>;
    on(event: string, listener: (...args: unknown[]) => void): this;
    Interaction: { find(uid: string): Promise<InteractionModel | undefined> };
    Client: { find(id: string): Promise<ClientModel | undefined> };
    Grant: new (init: { accountId: string; clientId: string }) => GrantModel;
  }
}
