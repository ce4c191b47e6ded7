// Writing the audit log: one plain INSERT in the caller's transaction, no shared lock, so many
// writers never queue on a chain head. The sealer chains committed rows later.
import type { Db } from '../db/database.ts';
import { uuidv7 } from '../ids.ts';
import { auditLog } from './schema.ts';

export type ActorType = 'person' | 'staff' | 'operator' | 'client' | 'system' | 'anonymous';

/** Who is acting, for whom, and from where — taken from the request or a worker. */
export interface AuditActor {
  type: ActorType;
  id: string | null;
  onBehalfOf?: { type: string; id: string };
  origin?: string;
  requestId?: string;
}

export interface AuditEntry {
  action: string;
  purpose: string;
  resource?: { type: string; id: string };
  /** Whose personal data this touched (a person id, never the raw ID number). */
  dataSubject?: { type: string; id: string };
  detail?: Record<string, unknown>;
}

export const SYSTEM_ACTOR: AuditActor = { type: 'system', id: 'tongban' };

export async function recordAudit(tx: Db, actor: AuditActor, entry: AuditEntry): Promise<void> {
  await tx.insert(auditLog).values({
    id: uuidv7(),
    actorType: actor.type,
    actorId: actor.id,
    onBehalfOfType: actor.onBehalfOf?.type ?? null,
    onBehalfOfId: actor.onBehalfOf?.id ?? null,
    dataSubjectType: entry.dataSubject?.type ?? null,
    dataSubjectId: entry.dataSubject?.id ?? null,
    action: entry.action,
    resourceType: entry.resource?.type ?? null,
    resourceId: entry.resource?.id ?? null,
    purpose: entry.purpose,
    origin: actor.origin ?? null,
    requestId: actor.requestId ?? null,
    detail: entry.detail ?? null,
  });
}
