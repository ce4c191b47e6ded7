// Personal data of persons: the holder's own profile (unmasked), the staff directory (masked by
// default), unmasked reads with a stated purpose, and the holder's view of who read their data.
// Every unmasked read is audited with the person as data subject, including the holder's own.
import { and, asc, desc, eq, gt, ilike, lt, ne, or, sql, type SQL } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import type { AuditActor } from '../../platform/audit/record.ts';
import { recordAudit } from '../../platform/audit/record.ts';
import { auditLog } from '../../platform/audit/schema.ts';
import type { PersonalDataCrypto } from '../../platform/crypto/personal-data.ts';
import type { Db } from '../../platform/db/database.ts';
import { notFound } from '../../platform/errors/app-error.ts';
import { likeEscape, page } from '../../platform/http/cursor.ts';
import { normalizeIdentityNumber } from '../../platform/identifiers/identity-document.ts';
import { maskIdentityNumber, maskPhone } from './masking.ts';
import { account, person, staff } from './schema.ts';
import { uuidCursor } from './uuid-cursor.ts';

export interface PersonDataCtx {
  db: Db;
  crypto: PersonalDataCrypto;
  actor: AuditActor;
}

const columns = {
  id: person.id,
  username: account.username,
  name: person.name,
  idType: person.idType,
  idNumberEnc: person.idNumberEnc,
  phoneEnc: person.phoneEnc,
  realNameLevel: person.realNameLevel,
};
interface Row {
  id: string;
  username: string;
  name: string;
  idType: string;
  idNumberEnc: string;
  phoneEnc: string;
  realNameLevel: number;
}

function reveal(crypto: PersonalDataCrypto, row: Row) {
  return {
    id: row.id,
    username: row.username,
    name: row.name,
    idType: row.idType,
    idNumber: crypto.cipher.decrypt(row.idNumberEnc, `person:${row.id}:id_number`),
    phone: crypto.cipher.decrypt(row.phoneEnc, `person:${row.id}:phone`),
    realNameLevel: row.realNameLevel,
  };
}

function masked(crypto: PersonalDataCrypto, row: Row) {
  const full = reveal(crypto, row);
  return { ...full, idNumber: maskIdentityNumber(full.idNumber), phone: maskPhone(full.phone), masked: true };
}

async function findPerson(db: Db, id: string): Promise<Row> {
  const [row] = await db
    .select(columns)
    .from(person)
    .innerJoin(account, eq(account.id, person.id))
    .where(eq(person.id, id));
  if (!row) throw notFound('person');
  return row;
}

/** The holder's own profile, unmasked; audited as self-service. */
export async function myProfile(ctx: PersonDataCtx, personId: string) {
  return ctx.db.transaction(async (tx) => {
    const row = await findPerson(tx, personId);
    await recordAudit(tx, ctx.actor, {
      action: 'person.profile.read',
      purpose: 'self-service',
      resource: { type: 'person', id: personId },
      dataSubject: { type: 'person', id: personId },
    });
    return { ...reveal(ctx.crypto, row), masked: false };
  });
}

export interface PersonListInput {
  limit: number;
  cursor?: string;
  q?: string;
  idNumber?: string;
  phone?: string;
}

/** The masked directory; exact look-ups by ID or phone number go through the blind index. */
export async function listPersons(ctx: PersonDataCtx, input: PersonListInput) {
  const after = uuidCursor(input.cursor);
  const where: (SQL | undefined)[] = [
    input.q ? ilike(person.name, `%${likeEscape(input.q)}%`) : undefined,
    input.idNumber
      ? eq(person.idNumberHash, ctx.crypto.lookupHash(normalizeIdentityNumber(input.idNumber)))
      : undefined,
    input.phone ? eq(person.phoneHash, ctx.crypto.lookupHash(input.phone.trim())) : undefined,
    after ? gt(person.id, after) : undefined,
  ];
  const rows = await ctx.db
    .select(columns)
    .from(person)
    .innerJoin(account, eq(account.id, person.id))
    .where(and(...where))
    .orderBy(asc(person.id))
    .limit(input.limit + 1);
  const result = page(rows, input.limit, (r) => [r.id]);
  return { items: result.items.map((r) => masked(ctx.crypto, r)), nextCursor: result.nextCursor };
}

/** One person: masked, or unmasked when the caller states a purpose (audited). */
export async function readPerson(ctx: PersonDataCtx, input: { id: string; purpose?: string }) {
  return ctx.db.transaction(async (tx) => {
    const row = await findPerson(tx, input.id);
    if (!input.purpose) return masked(ctx.crypto, row);
    await recordAudit(tx, ctx.actor, {
      action: 'person.personal-data.read',
      purpose: input.purpose,
      resource: { type: 'person', id: input.id },
      dataSubject: { type: 'person', id: input.id },
      detail: { fields: ['idNumber', 'phone'] },
    });
    return { ...reveal(ctx.crypto, row), masked: false };
  });
}

const ACTOR_NAMES: Record<string, { zh: string; en: string }> = {
  operator: { zh: '平台运维', en: 'Platform operator' },
  system: { zh: '系统', en: 'System' },
};

const actorPerson = alias(person, 'actor_person');

/** Who touched my personal data, newest first; my own reads are left out. */
export async function dataAccessOf(db: Db, personId: string, input: { limit: number; cursor?: string }) {
  const after = uuidCursor(input.cursor);
  const rows = await db
    .select({
      id: auditLog.id,
      occurredAt: auditLog.occurredAt,
      actorType: auditLog.actorType,
      actorId: auditLog.actorId,
      staffName: staff.name,
      personName: actorPerson.name,
      action: auditLog.action,
      purpose: auditLog.purpose,
    })
    .from(auditLog)
    .leftJoin(staff, and(eq(auditLog.actorType, 'staff'), sql`${staff.id}::text = ${auditLog.actorId}`))
    .leftJoin(
      actorPerson,
      and(eq(auditLog.actorType, 'person'), sql`${actorPerson.id}::text = ${auditLog.actorId}`),
    )
    .where(
      and(
        eq(auditLog.dataSubjectType, 'person'),
        eq(auditLog.dataSubjectId, personId),
        or(ne(auditLog.actorType, 'person'), ne(auditLog.actorId, personId)),
        after ? lt(auditLog.id, after) : undefined,
      ),
    )
    // Audit ids are UUIDv7: their order is the order in which the entries were written.
    .orderBy(desc(auditLog.id))
    .limit(input.limit + 1);
  const result = page(rows, input.limit, (r) => [r.id]);
  return {
    items: result.items.map((r) => ({
      id: r.id,
      occurredAt: r.occurredAt.toISOString(),
      actorType: r.actorType,
      actorName: r.staffName ?? r.personName ?? ACTOR_NAMES[r.actorType]?.zh ?? null,
      action: r.action,
      purpose: r.purpose,
    })),
    nextCursor: result.nextCursor,
  };
}
