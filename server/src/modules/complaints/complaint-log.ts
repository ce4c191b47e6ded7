// The append-only action log of an order and what rides with every entry: the row's projection
// (status, seq and the fields the action sets) updated under the seq the caller saw, the audit
// row, the `complaint.changed` event, and a site message to a complainant with an account.
import { and, eq, sql } from 'drizzle-orm';
import type { Principal } from '../../platform/access/principal.ts';
import { recordAudit, type AuditActor } from '../../platform/audit/record.ts';
import type { PersonalDataCrypto } from '../../platform/crypto/personal-data.ts';
import type { Db } from '../../platform/db/database.ts';
import { AppError } from '../../platform/errors/app-error.ts';
import { uuidv7 } from '../../platform/ids.ts';
import { publish } from '../../platform/outbox/publish.ts';
import { resolveSetting } from '../../platform/settings/service.ts';
import { siteMessage } from '../cases/schema.ts';
import type { ComplaintStatus } from './codes.ts';
import type { ComplaintAction } from './complaint-workflow.ts';
import { SETTING_KEYS, type DeadlineSettings } from './deadlines.ts';
import { complaint, complaintAction, type ComplaintRow } from './schema.ts';

export const COMPLAINT_CHANGED = 'complaint.changed';

export interface ComplaintCtx {
  db: Db;
  actor: AuditActor;
  principal: Principal | null;
  crypto: PersonalDataCrypto;
}

/** Who is acting, as the log names them. */
export interface LogActor {
  kind: 'staff' | 'complainant' | 'system';
  id: string | null;
  name: string;
  audit: AuditActor;
}

export function logActorOf(ctx: ComplaintCtx, kind: LogActor['kind']): LogActor {
  return {
    kind,
    id: ctx.principal?.accountId ?? null,
    name: ctx.principal?.name ?? (kind === 'complainant' ? '匿名' : '系统'),
    audit: ctx.actor,
  };
}

export type ComplaintPatch = Partial<Omit<ComplaintRow, 'id' | 'complaintNumber' | 'seq' | 'status'>>;

export interface LogEntry {
  action: ComplaintAction;
  to: ComplaintStatus;
  patch?: ComplaintPatch;
  comment?: string | null;
  detail?: Record<string, unknown>;
  /** The complainant's site message, when they have an account. */
  notice?: { title: string; body: string };
}

/** Appends one action to a locked row; 409 COMPLAINT_CHANGED when the row moved on meanwhile. */
export async function appendAction(
  tx: Db,
  row: ComplaintRow,
  actor: LogActor,
  entry: LogEntry,
  at: Date = new Date(),
): Promise<ComplaintRow> {
  const seq = row.seq + 1;
  const [updated] = await tx
    .update(complaint)
    .set({ ...entry.patch, status: entry.to, seq, updatedAt: sql`now()` })
    .where(and(eq(complaint.id, row.id), eq(complaint.seq, row.seq)))
    .returning();
  if (!updated) throw new AppError('COMPLAINT_CHANGED');
  await tx.insert(complaintAction).values({
    id: uuidv7(at.getTime()),
    complaintId: row.id,
    seq,
    action: entry.action,
    fromStatus: entry.action === 'file' ? null : row.status,
    toStatus: entry.to,
    actorId: actor.kind === 'system' ? null : actor.id,
    actorKind: actor.kind,
    actorName: actor.name,
    agencyId: updated.agencyId,
    comment: entry.comment ?? null,
    detail: entry.detail ?? null,
    at,
  });
  await recordAudit(tx, actor.audit, {
    action: `complaint.${entry.action}`,
    purpose: 'handle a complaint (办不成事/12345)',
    resource: { type: 'complaint', id: row.id },
    ...(row.complainantId &&
      row.complainantType && { dataSubject: { type: row.complainantType, id: row.complainantId } }),
    detail: { number: row.complaintNumber, from: entry.action === 'file' ? null : row.status, to: entry.to },
  });
  await publish(tx, {
    type: COMPLAINT_CHANGED,
    payload: {
      complaintId: row.id,
      from: entry.action === 'file' ? null : row.status,
      to: entry.to,
      action: entry.action,
    },
  });
  if (entry.notice && updated.complainantId && updated.complainantType)
    await tx.insert(siteMessage).values({
      id: uuidv7(),
      recipientType: updated.complainantType,
      recipientId: updated.complainantId,
      caseId: updated.caseId,
      title: entry.notice.title,
      body: entry.notice.body,
    });
  return updated;
}

/** The row locked for an action; NOT_FOUND when missing (callers check visibility). */
export async function lockComplaint(tx: Db, id: string): Promise<ComplaintRow> {
  const [row] = await tx.select().from(complaint).where(eq(complaint.id, id)).for('update');
  if (!row) throw new AppError('NOT_FOUND', { detail: `complaint ${id}` });
  return row;
}

export interface ComplaintSettings extends DeadlineSettings {
  maxReturns: number;
}

/** The deadline settings in force for an agency (or the region where none is dispatched). */
export async function complaintSettings(
  db: Db,
  at: { agencyId?: string; regionCode?: string },
): Promise<ComplaintSettings> {
  const keys = Object.entries(SETTING_KEYS) as [keyof DeadlineSettings, string][];
  // One after another: a transaction's connection runs one query at a time.
  const values: number[] = [];
  for (const key of [...keys.map(([, key]) => key), 'complaint.max-returns'])
    values.push(Number((await resolveSetting(db, key, at)).value));
  const s = Object.fromEntries(keys.map(([name], i) => [name, values[i]!])) as unknown as DeadlineSettings;
  return { ...s, maxReturns: values.at(-1)! };
}
