// Authorization rows of the catalog routes (issue #4), merged into the matrix's table.
import type { Entry } from './expect.ts';

export const CATALOG_ROUTES: Record<string, Entry> = {};
