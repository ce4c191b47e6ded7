// After the last batch (each batch already added its facts to the statistics rollup): the
// indexes back, the case-number sequence past the generated numbers, fresh planner statistics,
// and the manifest the load scripts read.
import { sql } from 'drizzle-orm';
import type { Db } from '../../server/src/platform/db/database.ts';
import { queryRows } from '../../server/src/platform/db/query.ts';
import type { GenContext } from './context.ts';
import { enterpriseFacts, personFacts, personUsername } from './people.ts';
import { getManifest, putManifest, type Params } from './setup.ts';

const count = async (db: Db, q: string) =>
  Number((await queryRows<{ n: string }>(db, sql.raw(q)))[0]?.n ?? 0);

export async function writeManifest(
  db: Db,
  g: GenContext,
  p: Params,
  timings: Record<string, number>,
): Promise<void> {
  const heavyIds = Array.from({ length: p.heavy }, (_, j) => personFacts(p.seed, j).id);
  const perApplicant = async (ids: string[]) =>
    new Map(
      (
        await queryRows<{ id: string; n: number }>(
          db,
          sql`select applicant_id as id, count(*)::int as n from service_case where applicant_id = any(${sql.raw(`'{${ids.join(',')}}'::uuid[]`)}) group by 1`,
        )
      ).map((r) => [r.id, r.n]),
    );
  const heavyCounts = await perApplicant(heavyIds);
  const heavy = heavyIds.map((id, j) => ({
    id,
    username: personUsername(j),
    cases: heavyCounts.get(id) ?? 0,
  }));
  // Ordinary applicants: every 97th-ish person past the heavy ones, those with at least one case.
  const step = Math.max(1, Math.floor((g.pop.persons - p.heavy) / 3000));
  const candidates = Array.from({ length: 3000 }, (_, k) => p.heavy + k * step).filter(
    (j) => j < g.pop.persons,
  );
  const counts = await perApplicant(candidates.map((j) => personFacts(p.seed, j).id));
  const ordinary = candidates
    .map((j) => ({
      id: personFacts(p.seed, j).id,
      username: personUsername(j),
      cases: counts.get(personFacts(p.seed, j).id) ?? 0,
    }))
    .filter((x) => x.cases > 0)
    .slice(0, 1000);
  const enterprises = Array.from({ length: Math.min(50, g.pop.enterprises) }, (_, k) => {
    const e = enterpriseFacts(p.seed, k);
    return {
      id: e.id,
      uscc: e.uscc,
      legalRepId: personFacts(p.seed, e.legalRep).id,
      legalRepUsername: personUsername(e.legalRep),
    };
  });
  const cases = await queryRows<{
    id: string;
    caseNumber: string;
    applicantId: string;
    agencyId: string;
    status: string;
  }>(
    db,
    sql`select id, case_number as "caseNumber", applicant_id as "applicantId", agency_id as "agencyId", status
        from service_case tablesample system (${sql.raw(String(Math.min(100, 500_000 / Math.max(1, p.cases))))}) repeatable (9)
        where applicant_id::text like 'b0000000-%' or applicant_id::text like 'e0000000-%'
        order by md5(id::text) limit 1000`,
  );
  const byStatus = await queryRows<{ status: string; n: number }>(
    db,
    sql`select status, count(*)::int as n from service_case group by 1 order by 2 desc`,
  );
  const total = await count(db, 'select count(*) as n from service_case');
  const open = byStatus
    .filter((s) =>
      ['submitted', 'correction-requested', 'accepted', 'reviewed', 'suspended'].includes(s.status),
    )
    .reduce((s, x) => s + x.n, 0);
  await putManifest(db, 'samples', { heavy, ordinary, enterprises, cases });
  await putManifest(db, 'counts', {
    cases: total,
    generatedCases: p.cases,
    openCases: open,
    byStatus: Object.fromEntries(byStatus.map((s) => [s.status, s.n])),
    persons: await count(db, "select count(*) as n from account where kind = 'person'"),
    enterprises: await count(db, 'select count(*) as n from enterprise'),
    actions: await count(db, 'select count(*) as n from case_action'),
    materials: await count(db, 'select count(*) as n from case_material'),
    ratings: await count(db, 'select count(*) as n from rating'),
    implementations: await count(
      db,
      "select count(*) as n from implementation_version where status = 'published'",
    ),
    sweepOverdueWork: await count(
      db,
      `select count(*) as n from service_case where overdue_since is null and status in ('accepted', 'reviewed') and promised_due < '${p.today}'`,
    ),
  });
  await putManifest(db, 'staff', {
    note: 'demo staff (password Tongban@2026) whose agencies/venues lead the generated volume',
    windowClerk: { username: 'clerk-hexi', venueId: 'zwfw-120103' },
    reviewer: { username: 'reviewer-hxsp', agencyId: 'hx-xzspj' },
    reviewerCity: { username: 'reviewer-scjg', agencyId: 'tj-scjgw' },
  });
  // A resumed run keeps the seconds the earlier runs measured for the phases it skipped.
  const earlier = (await getManifest<Record<string, number>>(db, 'timings')) ?? {};
  const kept = Object.fromEntries(Object.entries(timings).filter(([, v]) => v > 0));
  await putManifest(db, 'timings', { ...earlier, ...kept });
}
