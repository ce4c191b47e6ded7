// What the publication rules need to know besides the content: the basic item it must repeat,
// the data-element dictionary (retired ones included, so a form using one is reported), and the
// venues and agencies that exist.
import { eq } from 'drizzle-orm';
import type { Db } from '../../platform/db/database.ts';
import { agency, venue } from '../masterdata/schema.ts';
import type { ImplementationContent } from './content.ts';
import { basicItemContentOf } from './items.service.ts';
import { checkPublicationRules, type RuleContext } from './rules.ts';
import { catalogItem, dataElement } from './schema.ts';

export async function loadRuleContext(db: Db, itemId: string): Promise<RuleContext> {
  const [[item], elements, venues, agencies] = await Promise.all([
    db.select().from(catalogItem).where(eq(catalogItem.id, itemId)),
    db.select().from(dataElement),
    db.select({ id: venue.id }).from(venue),
    db.select({ id: agency.id }).from(agency),
  ]);
  return {
    basicItem: item ? basicItemContentOf(item) : null,
    dataElements: new Map(elements.map((e) => [e.key, e])),
    venueIds: new Set(venues.map((v) => v.id)),
    agencyIds: new Set(agencies.map((a) => a.id)),
  };
}

export async function ruleReport(db: Db, itemId: string, content: ImplementationContent) {
  const failures = checkPublicationRules(content, await loadRuleContext(db, itemId));
  return { ok: failures.length === 0, failures };
}
