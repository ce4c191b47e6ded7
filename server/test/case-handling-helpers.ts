// Helpers of the case-handling tests (acceptance, review, decision): demo codes, the applicant
// acting for the demo enterprise, the log-versus-projection check, outbox look-ups, and moving
// a case's dates into the past (the real date cannot move; the fold reads the action dates).
import { and, asc, eq, sql } from 'drizzle-orm';
import { expect } from 'vitest';
import { loadLog } from '../src/modules/cases/actions.service.ts';
import { deriveState } from '../src/modules/cases/case-state.ts';
import { caseAction, caseDocument, serviceCase } from '../src/modules/cases/schema.ts';
import { DEMO_ENTERPRISE } from '../src/modules/identity/demo-accounts.ts';
import { loadWorkingCalendar } from '../src/platform/calendar/store.ts';
import type { Db } from '../src/platform/db/database.ts';
import { outboxEvent } from '../src/platform/outbox/schema.ts';
import { uuidv7 } from '../src/platform/ids.ts';
import { demoEnterpriseId, ok } from './case-fixtures.ts';
import type { Caller } from './identity-callers.ts';
import { pdfText } from './pdf-tools.ts';

export const FOOD_NEW = { kind: 'new', category: 'catering' };

/** A valid application form of 食品经营许可 for the demo enterprise. */
export const FOOD_FORM = {
  enterprise: {
    name: DEMO_ENTERPRISE.name,
    uscc: DEMO_ENTERPRISE.uscc,
    legalRepName: '王五',
    address: '天津市河西区友谊路1号',
    contactName: '李四',
    contactPhone: '13800000002',
  },
  business: {
    premisesAddress: '天津市河西区友谊路1号底商',
    premisesArea: 80,
    category: 'catering',
    foodItems: '热食类食品制售',
    foodSafetyManager: '李四',
  },
};

/** lisi, switched to acting for the demo enterprise. */
export async function actingForEnterprise(db: Db, lisi: Caller): Promise<Caller> {
  ok(await lisi.request('PUT', '/api/v1/auth/acting-for', { enterpriseId: await demoEnterpriseId(db) }));
  return lisi;
}

/** The projection on service_case equals the fold of the action log. */
export async function expectLogAgrees(db: Db, id: string) {
  const state = deriveState(await loadLog(db, id));
  const [row] = await db.select().from(serviceCase).where(eq(serviceCase.id, id));
  const [{ n }] = (await db
    .select({ n: sql<number>`count(*)::int` })
    .from(caseAction)
    .where(eq(caseAction.caseId, id))) as [{ n: number }];
  expect({
    status: row!.status,
    receivedOn: row!.receivedOn,
    acceptedOn: row!.acceptedOn,
    deemedAccepted: row!.deemedAccepted,
    decision: row!.decision,
    extensionDays: row!.extensionDays,
    seq: row!.seq,
  }).toEqual({
    status: state.status,
    receivedOn: state.receivedOn,
    acceptedOn: state.acceptedOn,
    deemedAccepted: state.deemedAccepted,
    decision: state.decision,
    extensionDays: state.extensionDays,
    seq: n,
  });
  return state;
}

export async function eventsOf(db: Db, type: string, caseId: string) {
  const rows = await db
    .select()
    .from(outboxEvent)
    .where(and(eq(outboxEvent.type, type), sql`${outboxEvent.payload}->>'caseId' = ${caseId}`))
    .orderBy(asc(outboxEvent.createdAt));
  return rows.map((r) => r.payload as Record<string, unknown>);
}

export async function documentKinds(db: Db, caseId: string): Promise<string[]> {
  const rows = await db
    .select({ kind: caseDocument.kind })
    .from(caseDocument)
    .where(eq(caseDocument.caseId, caseId))
    .orderBy(asc(caseDocument.createdAt), asc(caseDocument.number));
  return rows.map((r) => r.kind).sort();
}

/** Everything an action could change on a case: the row and its rows elsewhere. */
async function snapshot(db: Db, caseId: string) {
  const count = async (table: string) =>
    (
      (await db.execute(
        sql`select count(*)::int as n from ${sql.identifier(table)} where case_id = ${caseId}`,
      )) as unknown as {
        rows: { n: number }[];
      }
    ).rows[0]!.n;
  const [row] = await db.select().from(serviceCase).where(eq(serviceCase.id, caseId));
  return {
    row,
    counts: await Promise.all(
      [
        'case_action',
        'case_document',
        'case_material',
        'case_special_procedure',
        'commitment_verification',
        'credit_record',
        'site_message',
      ].map(count),
    ),
  };
}

/** The action fails with a 4xx problem+json in both languages and changes nothing on the case. */
export async function expectProblem(
  db: Db,
  caseId: string,
  request: () => Promise<{ statusCode: number; json(): unknown; body: string }>,
  status: number,
  code: string,
) {
  const before = await snapshot(db, caseId);
  const res = await request();
  expect(res.statusCode, res.body).toBe(status);
  const problem = res.json() as {
    code: string;
    titleZh: string;
    titleEn: string;
    detail?: string;
    errors?: { path: string; message: string; messageZh?: string }[];
    allowedActions?: string[];
  };
  expect(problem.code).toBe(code);
  expect(problem.titleZh).toMatch(/\p{Script=Han}/u);
  expect(problem.titleEn).toMatch(/[a-z]/);
  for (const e of problem.errors ?? []) expect(e.messageZh ?? '', e.path).not.toBe('');
  expect(await snapshot(db, caseId)).toEqual(before);
  return problem;
}

/** The working day `n` working days before `date`. */
export async function workingDaysBefore(db: Db, date: string, n: number): Promise<string> {
  const cal = await loadWorkingCalendar(db);
  let d = date;
  let left = n;
  while (left > 0) {
    const t = new Date(`${d}T00:00:00Z`);
    t.setUTCDate(t.getUTCDate() - 1);
    d = t.toISOString().slice(0, 10);
    if (cal.isWorkingDay(d).working) left--;
  }
  return d;
}

/**
 * Records the acceptance of a submitted case on a past business date `on` (the log is
 * append-only and the real date cannot move: the fixture appends the accept action as the clerk
 * would have on that day, and the projection with it).
 */
export async function acceptedAsOf(db: Db, caseId: string, on: string) {
  const [row] = await db.select().from(serviceCase).where(eq(serviceCase.id, caseId));
  if (!row || row.status !== 'submitted') throw new Error('acceptedAsOf: a submitted case');
  await db.insert(caseAction).values({
    id: uuidv7(),
    caseId,
    seq: row.seq + 1,
    action: 'accept',
    fromStatus: 'submitted',
    toStatus: 'accepted',
    actorId: null,
    actorKind: 'staff',
    actorName: '测试受理人',
    channel: 'window',
    venueId: row.acceptingVenueId,
    detail: { missingMaterials: [] },
    at: new Date(`${on}T10:00:00+08:00`),
  });
  await db
    .update(serviceCase)
    .set({ status: 'accepted', seq: row.seq + 1, acceptedOn: on })
    .where(eq(serviceCase.id, caseId));
}

/** The text of the case's (latest) document of `kind`, downloaded as `caller`, whitespace removed. */
export async function documentTextOf(caller: Caller, caseId: string, kind: string): Promise<string> {
  const c = ok(await caller.request('GET', `/api/v1/cases/${caseId}`));
  const doc = (c.documents as { id: string; kind: string }[]).findLast((d) => d.kind === kind);
  if (!doc) throw new Error(`no ${kind} on case ${caseId}`);
  const res = await caller.request('GET', `/api/v1/cases/${caseId}/documents/${doc.id}`);
  expect(res.statusCode, res.body.slice(0, 200)).toBe(200);
  return pdfText(res.rawPayload).replace(/\s+/g, '');
}

/** 2026-03-01 → 2026年3月1日, as documents print dates. */
export const zhDate = (d: string) => {
  const [y, m, day] = d.split('-');
  return `${y}年${Number(m)}月${Number(day)}日`;
};
