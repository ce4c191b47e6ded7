// --check: 1 000 sampled cases — their logs fold (the server's deriveState) to the stored status
// and dates, seq runs 1…n, and the applicant's ID number decrypts with the DEFAULT configuration
// to a value whose blind index is the stored one. --verify-stats: the set-based rollup equals
// what the server's rebuildStats computes (run it on a small database: it rewrites every fact).
import { sql } from 'drizzle-orm';
import type { Db } from '../../server/src/platform/db/database.ts';
import { queryRows } from '../../server/src/platform/db/query.ts';
import type { PersonalDataCrypto } from '../../server/src/platform/crypto/personal-data.ts';
import { businessDate } from '../../server/src/platform/time/business-date.ts';
import { deriveState, type LoggedAction } from '../../server/src/modules/cases/case-state.ts';
import { rebuildStats } from '../../server/src/modules/stats/rebuild.ts';

interface Sampled {
  id: string;
  status: string;
  seq: number;
  received_on: string | null;
  accepted_on: string | null;
  decision: string | null;
  applicant_id_enc: string;
  applicant_id_hash: string;
}

export async function checkLogs(
  db: Db,
  crypto: PersonalDataCrypto,
  log: (s: string) => void,
): Promise<boolean> {
  const [{ n } = { n: 0 }] = await queryRows<{ n: number }>(
    db,
    sql`select reltuples::float8 as n from pg_class where relname = 'service_case'`,
  );
  const pct = Math.min(100, (3000 * 100) / Math.max(1, n));
  const cases = await queryRows<Sampled>(
    db,
    sql`select id, status, seq, received_on::text, accepted_on::text, decision, applicant_id_enc, applicant_id_hash
        from service_case tablesample system (${sql.raw(String(pct))}) repeatable (7)
        where case_number is not null order by md5(id::text) limit 1000`,
  );
  const actions = await queryRows<{
    case_id: string;
    seq: number;
    action: string;
    from_status: string;
    to_status: string;
    at: Date;
    detail: Record<string, unknown>;
  }>(
    db,
    sql`select case_id, seq, action, from_status, to_status, at, detail from case_action
        where case_id = any(${sql.raw(`'{${cases.map((c) => c.id).join(',')}}'::uuid[]`)}) order by case_id, seq`,
  );
  const byCase = new Map<string, typeof actions>();
  for (const a of actions) byCase.set(a.case_id, [...(byCase.get(a.case_id) ?? []), a]);
  const problems: string[] = [];
  const statuses = new Map<string, number>();
  for (const c of cases) {
    const logRows = byCase.get(c.id) ?? [];
    const where = `case ${c.id} (${c.status})`;
    try {
      const s = deriveState(
        logRows.map((a): LoggedAction => ({
          action: a.action as LoggedAction['action'],
          on: businessDate(new Date(a.at)),
          detail: a.detail,
        })),
      );
      if (s.status !== c.status) problems.push(`${where}: log folds to ${s.status}`);
      if (s.receivedOn !== c.received_on)
        problems.push(`${where}: received ${c.received_on}, log ${s.receivedOn}`);
      if (s.acceptedOn !== c.accepted_on)
        problems.push(`${where}: accepted ${c.accepted_on}, log ${s.acceptedOn}`);
      if (s.decision !== c.decision) problems.push(`${where}: decision ${c.decision}, log ${s.decision}`);
    } catch (e) {
      problems.push(`${where}: ${(e as Error).message}`);
    }
    if (logRows.length !== c.seq || logRows.some((a, i) => a.seq !== i + 1))
      problems.push(`${where}: seq ${c.seq}, ${logRows.length} actions`);
    if (logRows.some((a, i) => i > 0 && new Date(a.at) < new Date(logRows[i - 1]!.at)))
      problems.push(`${where}: actions out of time order`);
    const plain = crypto.cipher.decrypt(c.applicant_id_enc, `service_case:${c.id}:applicant_id`);
    if (crypto.lookupHash(plain) !== c.applicant_id_hash)
      problems.push(`${where}: blind index does not match the decrypted id`);
    statuses.set(c.status, (statuses.get(c.status) ?? 0) + 1);
  }
  const persons = await queryRows<{
    id: string;
    id_number_enc: string;
    id_number_hash: string;
    phone_enc: string;
    phone_hash: string;
  }>(
    db,
    sql`select id, id_number_enc, id_number_hash, phone_enc, phone_hash from person where id::text like 'b0000000-%' limit 200`,
  );
  for (const p of persons) {
    const idNumber = crypto.cipher.decrypt(p.id_number_enc, `person:${p.id}:id_number`);
    const phone = crypto.cipher.decrypt(p.phone_enc, `person:${p.id}:phone`);
    if (crypto.lookupHash(idNumber) !== p.id_number_hash || crypto.lookupHash(phone) !== p.phone_hash)
      problems.push(`person ${p.id}: blind index does not match`);
  }
  log(
    `check: ${cases.length} cases (${[...statuses].map(([s, k]) => `${s} ${k}`).join(', ')}), ${persons.length} persons`,
  );
  for (const p of problems.slice(0, 20)) log(`  PROBLEM ${p}`);
  log(
    problems.length
      ? `check FAILED: ${problems.length} problems`
      : 'check passed: every sampled log folds to its stored state; ids decrypt',
  );
  return problems.length === 0;
}

export async function verifyStats(db: Db, log: (s: string) => void): Promise<boolean> {
  await db.execute(sql`drop table if exists bench_rollup_check, bench_fact_check`);
  await db.execute(sql`create table bench_rollup_check as select * from stats_rollup`);
  await db.execute(
    sql`create table bench_fact_check as select source_type, source_id, contributions from stats_fact`,
  );
  const t = Date.now();
  const counts = await rebuildStats(db);
  log(`rebuildStats: ${JSON.stringify(counts)} in ${((Date.now() - t) / 1000).toFixed(1)} s`);
  const diff = async (a: string, b: string) =>
    Number(
      (await queryRows<{ n: string }>(db, sql.raw(`select count(*) as n from (${a} except all ${b}) d`)))[0]
        ?.n ?? 0,
    );
  const rollup = 'select * from stats_rollup';
  const mine = 'select * from bench_rollup_check';
  const facts = 'select source_type, source_id, contributions from stats_fact';
  const myFacts = 'select * from bench_fact_check';
  const result = {
    rollupRows: Number(
      (await queryRows<{ n: string }>(db, sql`select count(*) as n from stats_rollup`))[0]?.n,
    ),
    rollupOnlyRebuild: await diff(rollup, mine),
    rollupOnlyGenerated: await diff(mine, rollup),
    factsOnlyRebuild: await diff(facts, myFacts),
    factsOnlyGenerated: await diff(myFacts, facts),
  };
  await db.execute(sql`drop table bench_rollup_check, bench_fact_check`);
  const ok =
    result.rollupOnlyRebuild +
      result.rollupOnlyGenerated +
      result.factsOnlyRebuild +
      result.factsOnlyGenerated ===
    0;
  log(`verify-stats ${ok ? 'passed' : 'FAILED'}: ${JSON.stringify(result)}`);
  return ok;
}
