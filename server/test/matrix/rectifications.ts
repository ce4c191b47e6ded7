// Authorization rows of the rectifications routes (issue #8), merged into the matrix's table.
import type { Entry } from './expect.ts';

export const RECTIFICATIONS_ROUTES: Record<string, Entry> = {};
