// What the load needs from the bench database, read with SQL: the generator's manifest when there
// is one (bench_manifest), else sensible picks from the tables, so a demo database works too.
import type pg from 'pg';

export type Manifest = Record<string, unknown>;

export interface Dataset {
  manifest: Manifest | null;
  counts: { cases: number; openCases: number; awaiting: number; implementations: number; persons: number };
  /** Published implementation codes (guide reads). */
  guideCodes: string[];
  /** Applicants with many cases (my cases). */
  heavyApplicants: string[];
  /** Cases of persons, with their owner (case detail). */
  ownedCases: { id: string; owner: string }[];
  /** Persons to submit as (real-name level 2 first). */
  submitters: string[];
  /** The implementation submitted to (居住证申领 of 河西公安分局 in the demo catalog). */
  submitCode: string | null;
}

const rows = async <T>(db: pg.Pool, text: string, values: unknown[] = []) =>
  (await db.query(text, values)).rows as T[];

async function readManifest(db: pg.Pool): Promise<Manifest | null> {
  const [exists] = await rows<{ t: string | null }>(db, `select to_regclass('bench_manifest')::text as t`);
  if (!exists?.t) return null;
  const all = await rows<{ key: string; value: unknown }>(db, 'select key, value from bench_manifest');
  return Object.fromEntries(all.map((r) => [r.key, r.value]));
}

/** manifest.samples[key] (the generator's shape): a list of objects with an id, or []. */
function sampleList(m: Manifest | null, key: string): Record<string, string>[] {
  const samples = m?.samples as Record<string, unknown> | undefined;
  const list = samples?.[key];
  return Array.isArray(list) ? (list as Record<string, string>[]) : [];
}

/** The ids that are persons with an account (sessions can only be made for them). */
async function personsAmong(db: pg.Pool, ids: string[]): Promise<Set<string>> {
  const found = await rows<{ id: string }>(db, 'select id::text from person where id = any($1::uuid[])', [
    ids,
  ]);
  return new Set(found.map((r) => r.id));
}

export async function countAll(db: pg.Pool): Promise<Dataset['counts']> {
  const [c] = await rows<Record<string, string>>(
    db,
    // One pass over service_case for the three case counts.
    `select count(*) as cases,
            count(*) filter (where status in ('accepted','reviewed','suspended')) as open,
            count(*) filter (where status in ('submitted','correction-requested')) as awaiting,
            (select count(*) from implementation) as implementations,
            (select count(*) from person) as persons
       from service_case`,
  );
  return {
    cases: Number(c!.cases),
    openCases: Number(c!.open),
    awaiting: Number(c!.awaiting),
    implementations: Number(c!.implementations),
    persons: Number(c!.persons),
  };
}

/** A random sample of about `n` person-owned cases: TABLESAMPLE on big tables, random() on small. */
async function sampleCases(db: pg.Pool, total: number, n: number): Promise<Dataset['ownedCases']> {
  const from =
    total > 200_000
      ? `service_case tablesample system (${Math.min(100, (n * 400) / total).toFixed(4)})`
      : 'service_case';
  return rows(
    db,
    `select c.id, c.applicant_id as owner from ${from} c
      where c.applicant_type = 'person' and exists (select 1 from person p where p.id = c.applicant_id)
      order by random() limit $1`,
    [n],
  );
}

export async function readDataset(db: pg.Pool, clients: number): Promise<Dataset> {
  const manifest = await readManifest(db);
  const counts = await countAll(db);
  const guideCodes = (
    await rows<{ code: string }>(
      db,
      `select distinct i.code from implementation i
         join implementation_version v on v.implementation_id = i.id and v.status = 'published'`,
    )
  ).map((r) => r.code);
  let heavyApplicants = [
    ...(await personsAmong(
      db,
      sampleList(manifest, 'heavy').map((h) => h.id!),
    )),
  ];
  if (!heavyApplicants.length)
    heavyApplicants = (
      await rows<{ id: string }>(
        db,
        `select applicant_id as id from service_case where applicant_type = 'person'
           and applicant_id in (select id from person)
          group by applicant_id order by count(*) desc limit 50`,
      )
    ).map((r) => r.id);
  // The generator's sample of cases when it has one (persons' only), else a sample of our own.
  const listed = sampleList(manifest, 'cases').map((c) => ({ id: c.id!, owner: c.applicantId! }));
  const persons = new Set(
    (
      await rows<{ id: string }>(db, 'select id from person where id = any($1::uuid[])', [
        listed.map((c) => c.owner),
      ])
    ).map((r) => r.id),
  );
  const ownedListed = listed.filter((c) => persons.has(c.owner));
  const ownedCases = ownedListed.length ? ownedListed : await sampleCases(db, counts.cases, 1000);
  const submitters = (
    await rows<{ id: string }>(
      db,
      `select p.id from person p join account a on a.id = p.id and a.disabled_at is null
        order by p.real_name_level desc, random() limit $1`,
      [clients],
    )
  ).map((r) => r.id);
  const [submit] = await rows<{ code: string }>(
    db,
    `select i.code from implementation i
      where i.agency_id = 'hx-gafj' and exists (select 1 from implementation_version v
        where v.implementation_id = i.id and v.status = 'published' and v.content->>'name' = '居住证申领')
      order by i.code limit 1`,
  );
  return {
    manifest,
    counts,
    guideCodes,
    heavyApplicants,
    ownedCases,
    submitters,
    submitCode: submit?.code ?? null,
  };
}
