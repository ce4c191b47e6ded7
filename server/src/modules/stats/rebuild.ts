// Recomputes every fact and the whole rollup from the source tables (stub: the statistics work fills this in).
import type { Db } from '../../platform/db/database.ts';

export async function rebuildStats(_db: Db): Promise<void> {}
