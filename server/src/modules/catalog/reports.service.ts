// The consistency report (四级四同 and list linkage): for every version in force today, how its
// four fields differ from its basic item, and how its list memberships disagree with its type.
import { eq } from 'drizzle-orm';
import { businessDate } from '../../platform/time/business-date.ts';
import { implementationScopeWhere, requireAnyOf, type CatalogCtx } from './catalog-access.ts';
import { fourLevelDifferences, listMembershipIssues } from './consistency.ts';
import { basicItemContentOf } from './items.service.ts';
import { agency } from '../masterdata/schema.ts';
import { catalogItem, implementation, implementationVersion } from './schema.ts';
import { inForceOn } from './versions.queries.ts';
import { and, asc } from 'drizzle-orm';

export async function consistencyReport(ctx: CatalogCtx) {
  requireAnyOf(ctx.principal, ['catalog.review']);
  const rows = await ctx.db
    .select({
      code: implementation.code,
      agencyId: agency.id,
      agencyName: agency.name,
      content: implementationVersion.content,
      item: catalogItem,
    })
    .from(implementation)
    .innerJoin(implementationVersion, eq(implementationVersion.implementationId, implementation.id))
    .innerJoin(agency, eq(agency.id, implementation.agencyId))
    .innerJoin(catalogItem, eq(catalogItem.id, implementation.itemId))
    .where(and(inForceOn(businessDate()), implementationScopeWhere(ctx.principal, ['catalog.review'])))
    .orderBy(asc(implementation.code));
  return {
    items: rows.flatMap((r) => {
      const differences = fourLevelDifferences(basicItemContentOf(r.item), r.content);
      const listIssues = listMembershipIssues(r.content);
      if (!differences.length && !listIssues.length) return [];
      return [
        {
          implementationCode: r.code,
          name: r.content.name,
          agency: { id: r.agencyId, name: r.agencyName },
          differences,
          listIssues,
        },
      ];
    }),
  };
}
