// The demo bundles (seed/*.ts), each inserted as one published version on DEMO_EFFECTIVE_FROM.
import type { Db } from '../../../platform/db/database.ts';

export async function seedDemoBundles(_db: Db): Promise<void> {
  // filled in by the seed work
}
