// Loads the demo catalog (seed/index.ts) into an empty catalog: the basic items, and each
// implementation with version 1 published on DEMO_EFFECTIVE_FROM, its review-log row and its
// search document. The demo must satisfy our own publication rules: checkDemoCatalog() lists
// every failing seed at once (the unit test reports them all), and the loader refuses to load
// a catalog with any failure.
import { sql } from 'drizzle-orm';
import { Check, Errors } from 'typebox/value';
import type { Db } from '../../platform/db/database.ts';
import { uuidv7 } from '../../platform/ids.ts';
import { agencies, venues } from '../masterdata/seed/index.ts';
import { agency, region } from '../masterdata/schema.ts';
import { ImplementationContent, type BasicItemContent } from './content.ts';
import { implementationCode } from './implementation-code.ts';
import { checkPublicationRules, type RuleContext } from './rules.ts';
import { catalogItem, implementation, implementationVersion, implementationVersionAction } from './schema.ts';
import { indexPublishedVersion } from './search/index.ts';
import { DEMO_DATA_ELEMENTS } from './seed/data-elements.ts';
import { BUSINESS_DATA_ELEMENTS } from './seed/data-elements-business.ts';
import { DEMO_CATALOG } from './seed/index.ts';
import { DEMO_EFFECTIVE_FROM, type SeedCatalog, type SeedImplementation } from './seed/types.ts';

export interface DemoFailure {
  /** agencyId/serial and the implementation's name, to find the seed entry. */
  seed: string;
  path: string;
  problem: string;
}

const label = (s: SeedImplementation) => `${s.agencyId}/${s.serial} ${s.content.name}`;

/** Every problem of every seed implementation: structure, references and publication rules. */
export function checkDemoCatalog(catalog: SeedCatalog = DEMO_CATALOG): DemoFailure[] {
  const failures: DemoFailure[] = [];
  const items = new Map<string, BasicItemContent>();
  for (const item of catalog.items) {
    if (items.has(item.basicCode))
      failures.push({
        seed: item.name,
        path: 'basicCode',
        problem: `duplicate basic code ${item.basicCode}`,
      });
    items.set(item.basicCode, item);
  }
  const agencyIds = new Set(agencies.map((a) => a.id));
  const context: Omit<RuleContext, 'basicItem'> = {
    dataElements: new Map([...DEMO_DATA_ELEMENTS, ...BUSINESS_DATA_ELEMENTS].map((e) => [e.key, e])),
    venueIds: new Set(venues.map((v) => v.id)),
    agencyIds,
  };
  const serials = new Set<string>();
  for (const s of catalog.implementations) {
    const seed = label(s);
    const add = (path: string, problem: string) => failures.push({ seed, path, problem });
    const key = `${s.agencyId}/${s.serial}`;
    if (serials.has(key)) add('serial', 'duplicate serial for this agency');
    serials.add(key);
    if (!agencyIds.has(s.agencyId)) add('agencyId', 'no such agency in the demo master data');
    if (!Check(ImplementationContent, s.content))
      for (const e of Errors(ImplementationContent, s.content)) add(e.instancePath || '/', e.message);
    const basicItem = items.get(s.content.basicCode) ?? null;
    if (!basicItem) add('basicCode', `no basic item ${s.content.basicCode}`);
    for (const f of checkPublicationRules(s.content, { ...context, basicItem }))
      add(f.path, `${f.rule}: ${f.zh}`);
  }
  return failures;
}

/** The demo loader (module demoData): skipped once any implementation exists. */
export async function loadCatalogDemo(db: Db, catalog: SeedCatalog = DEMO_CATALOG): Promise<void> {
  if (!catalog.implementations.length) return;
  // Checked first without a lock: every later start of an installation stops here, cheaply.
  if ((await db.select({ id: implementation.id }).from(implementation).limit(1)).length) return;
  const failures = checkDemoCatalog(catalog);
  if (failures.length)
    throw new Error(
      `the demo catalog breaks ${failures.length} rule(s):\n${failures
        .map((f) => `  ${f.seed} — ${f.path}: ${f.problem}`)
        .join('\n')}`,
    );
  await db.transaction(async (tx) => {
    await tx.execute(sql`lock table implementation in exclusive mode`); // two replicas starting together
    const [any] = await tx.select({ id: implementation.id }).from(implementation).limit(1);
    if (any) return;
    const usccs = new Map(
      (await tx.select({ id: agency.id, uscc: agency.uscc }).from(agency)).map((a) => [a.id, a.uscc]),
    );
    const regions = new Set((await tx.select({ code: region.code }).from(region)).map((r) => r.code));
    await tx
      .insert(catalogItem)
      .values(catalog.items.map((i) => ({ id: uuidv7(), ...i })))
      .onConflictDoNothing();
    const itemIds = new Map(
      (await tx.select({ id: catalogItem.id, basicCode: catalogItem.basicCode }).from(catalogItem)).map(
        (i) => [i.basicCode, i.id],
      ),
    );
    const now = new Date();
    for (const s of catalog.implementations) {
      const uscc = usccs.get(s.agencyId);
      if (!uscc || !regions.has(s.regionCode))
        throw new Error(`demo implementation ${label(s)}: agency or region missing from the master data`);
      const id = uuidv7();
      const versionId = uuidv7();
      await tx.insert(implementation).values({
        id,
        code: implementationCode(uscc, s.serial),
        itemId: itemIds.get(s.content.basicCode)!,
        agencyId: s.agencyId,
        regionCode: s.regionCode,
        createdBy: 'system',
      });
      await tx.insert(implementationVersion).values({
        id: versionId,
        implementationId: id,
        version: 1,
        status: 'published',
        content: s.content,
        effectiveFrom: DEMO_EFFECTIVE_FROM,
        createdBy: 'system',
        publishedAt: now,
      });
      await tx.insert(implementationVersionAction).values({
        id: uuidv7(),
        versionId,
        action: 'publish',
        actorId: 'system',
        actorName: '演示数据 · Demo data',
        comment: null,
        detail: { effectiveFrom: DEMO_EFFECTIVE_FROM },
      });
      await indexPublishedVersion(tx, versionId);
    }
  });
}
