// Export of the published catalog (issue #4 §6): every implementation with a version in force on
// the day, and the basic catalog, as an Excel workbook in the import format or as JSON with
// the full content. Public: it is what the portal publishes anyway.
import { asc, desc, eq, isNull } from 'drizzle-orm';
import type { Db } from '../../../platform/db/database.ts';
import { businessDate } from '../../../platform/time/business-date.ts';
import { agency } from '../../masterdata/schema.ts';
import { basicItemContentOf } from '../items.service.ts';
import { catalogItem, implementation, implementationVersion } from '../schema.ts';
import { inForceOn } from '../versions.queries.ts';
import { buildWorkbook } from './write-workbook.ts';

export async function publishedCatalog(db: Db, on: string = businessDate()) {
  const [items, versions] = await Promise.all([
    db.select().from(catalogItem).where(isNull(catalogItem.retiredAt)).orderBy(asc(catalogItem.basicCode)),
    db
      .selectDistinctOn([implementation.code], {
        code: implementation.code,
        agencyId: implementation.agencyId,
        agencyName: agency.name,
        regionCode: implementation.regionCode,
        version: implementationVersion.version,
        effectiveFrom: implementationVersion.effectiveFrom,
        content: implementationVersion.content,
      })
      .from(implementation)
      .innerJoin(implementationVersion, eq(implementationVersion.implementationId, implementation.id))
      .innerJoin(agency, eq(agency.id, implementation.agencyId))
      .where(inForceOn(on))
      .orderBy(asc(implementation.code), desc(implementationVersion.effectiveFrom)),
  ]);
  return {
    date: on,
    basicItems: items.map((i) => ({ id: i.id, revision: i.revision, ...basicItemContentOf(i) })),
    implementations: versions.map((v) => ({
      code: v.code,
      agency: { id: v.agencyId, name: v.agencyName },
      regionCode: v.regionCode,
      version: v.version,
      effectiveFrom: v.effectiveFrom!,
      content: v.content,
    })),
  };
}

export async function exportWorkbook(db: Db, on?: string): Promise<Buffer> {
  const catalog = await publishedCatalog(db, on);
  return buildWorkbook({
    basicItems: catalog.basicItems.map(({ id: _id, revision: _r, ...content }) => content),
    implementations: catalog.implementations.map((i) => ({
      code: i.code,
      agencyId: i.agency.id,
      regionCode: i.regionCode,
      content: i.content,
    })),
  });
}
