// oidc-provider's storage adapter on the platform database (PGlite or PostgreSQL): every model
// (sessions, interactions, grants, codes, tokens, and the clients an administrator registered)
// is a row of oidc_model, so any replica can finish what another one started. Expired rows are
// invisible to find*; the provider only ever asks by id, uid, user code or grant id.
import { and, eq, gt, isNull, or, sql } from 'drizzle-orm';
import { jsonb, pgTable, primaryKey, text, timestamp } from 'drizzle-orm/pg-core';
import type { FieldCipher } from '../../platform/crypto/field-encryption.ts';
import type { Db } from '../../platform/db/database.ts';

export const oidcModel = pgTable(
  'oidc_model',
  {
    model: text('model').notNull(),
    id: text('id').notNull(),
    payload: jsonb('payload').$type<OidcPayload>().notNull(),
    grantId: text('grant_id'),
    userCode: text('user_code'),
    uid: text('uid'),
    expiresAt: timestamp('expires_at', { withTimezone: true }),
    consumedAt: timestamp('consumed_at', { withTimezone: true }),
  },
  (t) => [primaryKey({ columns: [t.model, t.id] })],
);

export type OidcPayload = Record<string, unknown> & {
  grantId?: string;
  userCode?: string;
  uid?: string;
  consumed?: number;
};

/** The adapter interface oidc-provider expects (one instance per model name). */
export interface OidcAdapter {
  upsert(id: string, payload: OidcPayload, expiresIn?: number): Promise<void>;
  find(id: string): Promise<OidcPayload | undefined>;
  findByUid(uid: string): Promise<OidcPayload | undefined>;
  findByUserCode(userCode: string): Promise<OidcPayload | undefined>;
  consume(id: string): Promise<void>;
  destroy(id: string): Promise<void>;
  revokeByGrantId(grantId: string): Promise<void>;
}

const live = () => or(isNull(oidcModel.expiresAt), gt(oidcModel.expiresAt, new Date()));

// oidc-provider compares client secrets itself, so they cannot be hashed; they are encrypted at
// rest instead (bound to the client id) and decrypted only when the provider loads the client.
function sealSecret(cipher: FieldCipher, id: string, payload: OidcPayload): OidcPayload {
  const { client_secret: secret, ...rest } = payload;
  return typeof secret === 'string'
    ? { ...rest, client_secret_enc: cipher.encrypt(secret, `oidc-client:${id}`) }
    : payload;
}

function openSecret(cipher: FieldCipher, id: string, payload: OidcPayload): OidcPayload {
  const { client_secret_enc: sealed, ...rest } = payload;
  return typeof sealed === 'string'
    ? { ...rest, client_secret: cipher.decrypt(sealed, `oidc-client:${id}`) }
    : payload;
}

export function oidcAdapterFactory(db: Db, cipher?: FieldCipher): (model: string) => OidcAdapter {
  return (model) => {
    if (model === 'Client' && !cipher) throw new Error('the Client model needs the field cipher');
    const findWhere = async (where: ReturnType<typeof eq>) => {
      const [row] = await db
        .select({ payload: oidcModel.payload, consumedAt: oidcModel.consumedAt })
        .from(oidcModel)
        .where(and(eq(oidcModel.model, model), where, live()))
        .limit(1);
      if (!row) return undefined;
      const payload =
        model === 'Client' ? openSecret(cipher!, String(row.payload.client_id), row.payload) : row.payload;
      return row.consumedAt ? { ...payload, consumed: Math.floor(row.consumedAt.getTime() / 1000) } : payload;
    };
    return {
      async upsert(id, given, expiresIn) {
        const payload = model === 'Client' ? sealSecret(cipher!, id, given) : given;
        const values = {
          payload,
          grantId: payload.grantId ?? null,
          userCode: payload.userCode ?? null,
          uid: payload.uid ?? null,
          expiresAt: expiresIn ? new Date(Date.now() + expiresIn * 1000) : null,
        };
        await db
          .insert(oidcModel)
          .values({ model, id, ...values })
          .onConflictDoUpdate({ target: [oidcModel.model, oidcModel.id], set: values });
      },
      find: (id) => findWhere(eq(oidcModel.id, id)),
      findByUid: (uid) => findWhere(eq(oidcModel.uid, uid)),
      findByUserCode: (userCode) => findWhere(eq(oidcModel.userCode, userCode)),
      async consume(id) {
        await db
          .update(oidcModel)
          .set({ consumedAt: new Date() })
          .where(and(eq(oidcModel.model, model), eq(oidcModel.id, id)));
      },
      async destroy(id) {
        await db.delete(oidcModel).where(and(eq(oidcModel.model, model), eq(oidcModel.id, id)));
      },
      async revokeByGrantId(grantId) {
        // Every model issued under the grant goes (codes, tokens), whichever adapter is asked.
        await db.delete(oidcModel).where(eq(oidcModel.grantId, grantId));
      },
    };
  };
}

/** Deletes rows that expired (a job may call it; find* already ignores them). */
export async function purgeExpiredOidcRows(db: Db): Promise<void> {
  await db.delete(oidcModel).where(sql`${oidcModel.expiresAt} < now()`);
}
