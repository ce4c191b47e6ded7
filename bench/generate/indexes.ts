// Secondary indexes and unique constraints of the bulk-loaded tables are dropped before the load
// (maintaining random-keyed B-trees row by row is what makes a load slow) and built once after.
// Their definitions are kept in bench_manifest first, so both steps survive a kill and a rerun.
import { sql } from 'drizzle-orm';
import type { Db } from '../../server/src/platform/db/database.ts';
import { queryRows } from '../../server/src/platform/db/query.ts';
import { getManifest, putManifest } from './setup.ts';

const TABLES = ['service_case', 'case_action', 'case_material', 'rating', 'account', 'person', 'enterprise'];

interface Definition {
  table: string;
  index: string;
  def: string;
  constraint: string | null;
  condef: string | null;
}

async function current(db: Db): Promise<Definition[]> {
  return queryRows<Definition>(
    db,
    sql`select c.relname as "table", i.relname as "index", pg_get_indexdef(i.oid) as def,
               con.conname as "constraint", pg_get_constraintdef(con.oid) as condef
        from pg_index x
        join pg_class i on i.oid = x.indexrelid
        join pg_class c on c.oid = x.indrelid
        left join pg_constraint con on con.conindid = i.oid and con.contype in ('u', 'x')
        where c.relname in (${sql.join(
          TABLES.map((t) => sql`${t}`),
          sql`, `,
        )}) and not x.indisprimary
          and c.relnamespace = 'public'::regnamespace
        order by 1, 2`,
  );
}

export async function dropIndexes(db: Db): Promise<number> {
  let defs = await getManifest<Definition[]>(db, 'dropped_indexes');
  if (!defs) {
    defs = await current(db);
    // A unique constraint someone references (a foreign key) must stay.
    const referenced = await queryRows<{ index: string }>(
      db,
      sql`select i.relname as "index" from pg_constraint f join pg_class i on i.oid = f.conindid where f.contype = 'f'`,
    );
    const keep = new Set(referenced.map((r) => r.index));
    defs = defs.filter((d) => !keep.has(d.index));
    await putManifest(db, 'dropped_indexes', defs);
  }
  for (const d of defs) {
    if (d.constraint)
      await db.execute(sql.raw(`alter table ${d.table} drop constraint if exists "${d.constraint}"`));
    else await db.execute(sql.raw(`drop index if exists "${d.index}"`));
  }
  return defs.length;
}

/** Builds what dropIndexes dropped (those not there yet). */
export async function recreateIndexes(db: Db, log: (s: string) => void): Promise<void> {
  const defs = (await getManifest<Definition[]>(db, 'dropped_indexes')) ?? [];
  const present = new Set((await current(db)).map((d) => d.index));
  for (const d of defs) {
    if (present.has(d.index)) continue;
    const t = Date.now();
    await db.transaction(async (tx) => {
      await tx.execute(sql`set local maintenance_work_mem = '1GB'`);
      if (d.constraint)
        await tx.execute(sql.raw(`alter table ${d.table} add constraint "${d.constraint}" ${d.condef}`));
      else await tx.execute(sql.raw(d.def));
    });
    log(`  index ${d.index} on ${d.table}: ${((Date.now() - t) / 1000).toFixed(1)} s`);
  }
}
