// Authorization rows of the stats routes (issue #8), merged into the matrix's table.
import type { Entry } from './expect.ts';

export const STATS_ROUTES: Record<string, Entry> = {};
