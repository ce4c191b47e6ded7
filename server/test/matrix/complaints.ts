// Authorization rows of the complaints routes (issue #8), merged into the matrix's table.
import type { Entry } from './expect.ts';

export const COMPLAINTS_ROUTES: Record<string, Entry> = {};
