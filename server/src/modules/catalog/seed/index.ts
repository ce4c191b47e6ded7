// The demo catalog: the person-side items (seed/persons) and the business-side items
// (seed/business), merged. A basic item both sides use is listed once.
import { BUSINESS_CATALOG } from './business/index.ts';
import { PERSON_CATALOG } from './persons/index.ts';
import type { SeedCatalog } from './types.ts';

const merge = (...catalogs: SeedCatalog[]): SeedCatalog => ({
  items: [...new Map(catalogs.flatMap((c) => c.items).map((i) => [i.basicCode, i])).values()],
  implementations: catalogs.flatMap((c) => c.implementations),
});

export const DEMO_CATALOG: SeedCatalog = merge(PERSON_CATALOG, BUSINESS_CATALOG);
