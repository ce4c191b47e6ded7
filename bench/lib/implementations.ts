// The benchmark catalog: copies of the demo's published implementations over every agency (and
// district) until there are `target` of them, indexed for search by the server's own indexer.
// Shared by the catalog benchmark (bench/catalog.ts) and the data generator (bench/generate).
import { eq, inArray } from 'drizzle-orm';
import { implementationCode } from '../../server/src/modules/catalog/implementation-code.ts';
import { implementation, implementationVersion } from '../../server/src/modules/catalog/schema.ts';
import { reindexAll } from '../../server/src/modules/catalog/search/index.ts';
import { agency, region } from '../../server/src/modules/masterdata/schema.ts';
import type { Db } from '../../server/src/platform/db/database.ts';
import { uuidv7 } from '../../server/src/platform/ids.ts';

/** Copies of the demo's published implementations over every agency (and district) until `target`. */
export async function generateImplementations(db: Db, target: number): Promise<string[]> {
  const templates = await db
    .select({ itemId: implementation.itemId, content: implementationVersion.content })
    .from(implementation)
    .innerJoin(implementationVersion, eq(implementationVersion.implementationId, implementation.id))
    .where(eq(implementationVersion.status, 'published'));
  if (!templates.length)
    throw new Error('no published demo implementations to copy (is the demo catalog loaded?)');
  const agencies = await db.select().from(agency).orderBy(agency.id);
  const districts = (await db.select().from(region).where(eq(region.level, 'county'))).map((r) => r.code);
  const existing = (await db.select({ code: implementation.code }).from(implementation)).map((r) => r.code);
  const serials = new Map<string, number>();
  const impls: (typeof implementation.$inferInsert)[] = [];
  const versions: (typeof implementationVersion.$inferInsert)[] = [];
  for (let i = 0; impls.length + existing.length < target; i++) {
    const t = templates[i % templates.length]!;
    const a = agencies[Math.floor(i / templates.length) % agencies.length]!;
    // City agencies' implementations spread over the districts; district agencies stay at home.
    const regionCode = a.regionCode.endsWith('0000') ? districts[i % districts.length]! : a.regionCode;
    const serial = (serials.get(a.uscc) ?? 900_000) + 1;
    serials.set(a.uscc, serial);
    const id = uuidv7();
    impls.push({
      id,
      code: implementationCode(a.uscc, serial),
      itemId: t.itemId,
      agencyId: a.id,
      regionCode,
      createdBy: 'bench',
    });
    versions.push({
      id: uuidv7(),
      implementationId: id,
      version: 1,
      status: 'published',
      content: t.content,
      effectiveFrom: '2020-01-01',
      createdBy: 'bench',
      publishedAt: new Date(),
    });
  }
  for (let i = 0; i < impls.length; i += 500) await db.insert(implementation).values(impls.slice(i, i + 500));
  for (let i = 0; i < versions.length; i += 200)
    await db.insert(implementationVersion).values(versions.slice(i, i + 200));
  // The server's own indexer builds the search documents, so they match what publication writes.
  await reindexAll(db);
  const published = await db
    .select({ code: implementation.code })
    .from(implementation)
    .innerJoin(implementationVersion, eq(implementationVersion.implementationId, implementation.id))
    .where(inArray(implementationVersion.status, ['published']));
  return published.map((r) => r.code);
}
