// Expired sessions and verification codes are kept a month for the audit trail of sign-ins
// (the audit log keeps the events themselves), then deleted. Expired API tokens and OpenID
// Provider rows go at once.
import { lt, or, sql } from 'drizzle-orm';
import type { JobDefinition } from '../../platform/jobs/scheduler.ts';
import { purgeExpiredOidcRows } from './oidc-adapter.ts';
import { apiToken, session, verificationCode } from './schema.ts';

export const identityPurgeJob: JobDefinition = {
  name: 'identity.purge',
  schedule: '41 3 * * *',
  run: async (_event, tx) => {
    const monthAgo = sql`now() - interval '30 days'`;
    await tx.delete(session).where(or(lt(session.expiresAt, monthAgo), lt(session.revokedAt, monthAgo)));
    await tx.delete(apiToken).where(lt(apiToken.expiresAt, sql`now()`));
    await tx.delete(verificationCode).where(lt(verificationCode.expiresAt, sql`now() - interval '1 day'`));
    await purgeExpiredOidcRows(tx);
  },
};
