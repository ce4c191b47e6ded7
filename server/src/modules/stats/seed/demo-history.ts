// A demo year (never in production): so that the supervision dashboard shows a year of data on a
// fresh start, the twelve months before today get concluded cases across the demo agencies and
// channels, their ratings (the few negative ones with closed rectifications) and a few dozen
// complaints — all of synthetic applicants who have no account — then the rollups are rebuilt.
// Deterministic (one seeded PRNG) and idempotent (skipped once a history case exists). Written
// with multi-row inserts and no events: the history is past, nothing should be sent or issued.
import { and, eq, getTableColumns, getTableName, inArray, sql } from 'drizzle-orm';
import type { PgTable } from 'drizzle-orm/pg-core';
import { loadWorkingCalendar } from '../../../platform/calendar/store.ts';
import { personalDataCrypto } from '../../../platform/crypto/personal-data.ts';
import type { Db } from '../../../platform/db/database.ts';
import { queryRows } from '../../../platform/db/query.ts';
import type { ModuleContext } from '../../../platform/module.ts';
import { businessDate } from '../../../platform/time/business-date.ts';
import { implementation, implementationVersion } from '../../catalog/schema.ts';
import { caseAction, serviceCase } from '../../cases/schema.ts';
import { complaint, complaintAction } from '../../complaints/schema.ts';
import { account, staff } from '../../identity/schema.ts';
import { rating, rectification, rectificationAction } from '../../ratings/schema.ts';
import { rebuildStats } from '../rebuild.ts';
import { buildCases, type HistoryImplementation, type HistoryStaff } from './history-cases.ts';
import { buildComplaints, buildRatings } from './history-feedback.ts';
import { planSubmissions } from './history-plan.ts';
import { seededRandom } from './history-random.ts';

const SEED = 20_260_808;
const CHUNK = 1000;

/** Demo staff who appear in the log where they work; elsewhere a name from the roster. */
const CLERKS: Record<string, string> = { 'zwfw-120103': 'clerk-hexi', 'zwfw-120101': 'clerk-heping' };
const REVIEWERS: Record<string, string> = { 'hx-xzspj': 'reviewer-hxsp', 'tj-scjgw': 'reviewer-scjg' };
const ROSTER = ['王丽', '陈静', '赵磊', '孙悦', '周宁', '吴敏', '郑楠', '冯博', '褚蕾', '卫东'];

export async function alreadySeeded(db: Db): Promise<boolean> {
  const rows = await queryRows<{ one: number }>(
    db,
    sql`select 1 as one from case_action where action = 'submit' and detail ? 'demoHistory' limit 1`,
  );
  return rows.length > 0;
}

/**
 * Inserts rows as one JSON parameter per chunk (jsonb_populate_recordset): thousands of bound
 * parameters per statement are what makes a bulk insert slow on PGlite, one document is not.
 * Only the columns the rows name are inserted, so the others keep their defaults.
 */
async function insertAll<T extends Record<string, unknown>>(db: Db, table: PgTable, rows: T[]) {
  const columns = getTableColumns(table);
  const name = sql.identifier(getTableName(table));
  const keys = [...new Set(rows.flatMap((r) => Object.keys(r)))];
  const list = sql.join(
    keys.map((k) => sql.identifier(columns[k]!.name)),
    sql`, `,
  );
  for (let i = 0; i < rows.length; i += CHUNK) {
    const docs = rows.slice(i, i + CHUNK).map((row) => {
      const doc: Record<string, unknown> = {};
      for (const key of keys) {
        const value = row[key];
        doc[columns[key]!.name] = value instanceof Date ? value.toISOString() : (value ?? null);
      }
      return doc;
    });
    await db.execute(
      sql`insert into ${name} (${list}) select ${list} from jsonb_populate_recordset(null::${name}, ${JSON.stringify(docs)}::jsonb)`,
    );
  }
}

async function implementations(db: Db): Promise<HistoryImplementation[]> {
  const rows = await db
    .select({
      id: implementation.id,
      code: implementation.code,
      agencyId: implementation.agencyId,
      regionCode: implementation.regionCode,
      versionId: implementationVersion.id,
      version: implementationVersion.version,
      content: implementationVersion.content,
    })
    .from(implementation)
    .innerJoin(implementationVersion, eq(implementationVersion.implementationId, implementation.id))
    .where(eq(implementationVersion.status, 'published'))
    .orderBy(implementation.code, implementationVersion.version);
  const latest = new Map<string, HistoryImplementation>();
  for (const r of rows) latest.set(r.code, r);
  return [...latest.values()];
}

async function staffByUsername(db: Db): Promise<Map<string, HistoryStaff>> {
  const names = [...Object.values(CLERKS), ...Object.values(REVIEWERS)];
  const rows = await db
    .select({ username: account.username, id: staff.id, name: staff.name })
    .from(account)
    .innerJoin(staff, eq(staff.id, account.id))
    .where(and(inArray(account.username, names), eq(account.kind, 'staff')));
  return new Map(rows.map((r) => [r.username!, { id: r.id, name: r.name }]));
}

const rosterName = (key: string) =>
  ROSTER[[...key].reduce((h, ch) => (h * 31 + ch.charCodeAt(0)) >>> 0, 7) % ROSTER.length]!;

export async function seedDemoHistory(db: Db, ctx: ModuleContext): Promise<void> {
  if (await insertDemoHistory(db, ctx)) await rebuildStats(db);
}

/** Writes the demo year's rows unless they are there; true when it wrote them. */
export async function insertDemoHistory(db: Db, ctx: ModuleContext): Promise<boolean> {
  if (await alreadySeeded(db)) return false;
  const crypto = personalDataCrypto(ctx.config);
  const cal = await loadWorkingCalendar(db);
  const today = businessDate();
  const known = await staffByUsername(db);
  const r = seededRandom(SEED);
  const history = {
    today,
    cal,
    implementations: await implementations(db),
    clerkAt: (venueId: string) => known.get(CLERKS[venueId] ?? '') ?? { id: null, name: rosterName(venueId) },
    reviewerOf: (agencyId: string) =>
      known.get(REVIEWERS[agencyId] ?? '') ?? { id: null, name: rosterName(`${agencyId}/review`) },
    cipher: crypto.cipher,
    lookupHash: (v: string) => crypto.lookupHash(v),
  };
  const specs = planSubmissions(r, history);
  const seq = await queryRows<{ n: string }>(
    db,
    sql`select nextval('case_number_seq')::text as n from generate_series(1, ${specs.length})`,
  );
  const built = buildCases(
    r,
    history,
    specs,
    seq.map((s) => BigInt(s.n)),
  );
  const feedback = buildRatings(r, cal, today, built.cases);
  const complaints = buildComplaints(r, cal, today, built.cases, crypto.cipher);
  await db.transaction(async (tx) => {
    await insertAll(
      tx,
      serviceCase,
      built.cases.map((c) => c.row),
    );
    await insertAll(tx, caseAction, built.actions);
    await insertAll(tx, rating, feedback.ratings);
    await insertAll(tx, rectification, feedback.rectifications);
    await insertAll(tx, rectificationAction, feedback.rectificationActions);
    await insertAll(tx, complaint, complaints.complaints);
    await insertAll(tx, complaintAction, complaints.actions);
  });
  return true;
}
