// Authorization rows of the ratings routes (issue #8), merged into the matrix's table.
import type { Entry } from './expect.ts';

export const RATINGS_ROUTES: Record<string, Entry> = {};
