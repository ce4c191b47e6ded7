// All setting entries of the database, cached per process. Settings are read on hot paths (every
// queue page resolves the warning threshold of each agency on it) and change a few times a year,
// so each read used to cost a query. Entries are only ever inserted (putSetting), never updated
// or deleted, so (count, latest created_at) identifies the table's content: a fingerprint query,
// at most once a second per database handle, tells whether the snapshot is current. A
// transaction is a handle of its own: it runs the fingerprint once and then finds the snapshot
// by fingerprint, so it sees its own inserts and nothing stale. The process that changes a
// setting forgets its snapshots at once; other replicas notice within a second.
import { sql } from 'drizzle-orm';
import type { Db } from '../db/database.ts';
import { queryRows } from '../db/query.ts';
import { setting } from './schema.ts';

export type SettingEntry = typeof setting.$inferSelect;

interface Snapshot {
  fingerprint: string;
  entries: readonly SettingEntry[];
  checkedAt: number;
}

const RECHECK_MS = 1000;
/** Different databases (tests, several tenants) keep their snapshots apart by fingerprint. */
const MAX_SNAPSHOTS = 8;
let byHandle = new WeakMap<Db, Snapshot>();
const byFingerprint = new Map<string, Snapshot>();

export function forgetSettingSnapshots(): void {
  byHandle = new WeakMap();
  byFingerprint.clear();
}

async function fingerprint(db: Db): Promise<string> {
  const [r] = await queryRows<{ f: string }>(
    db,
    sql`select concat_ws(':', count(*), max(created_at)) as f from setting`,
  );
  return r?.f ?? '';
}

export async function settingEntries(db: Db): Promise<readonly SettingEntry[]> {
  const cached = byHandle.get(db);
  if (cached && Date.now() - cached.checkedAt < RECHECK_MS) return cached.entries;
  const f = await fingerprint(db);
  let snapshot = byFingerprint.get(f);
  if (!snapshot) {
    snapshot = { fingerprint: f, entries: await db.select().from(setting), checkedAt: 0 };
    if (byFingerprint.size >= MAX_SNAPSHOTS) byFingerprint.delete(byFingerprint.keys().next().value!);
    byFingerprint.set(f, snapshot);
  }
  byHandle.set(db, { ...snapshot, checkedAt: Date.now() });
  return snapshot.entries;
}
