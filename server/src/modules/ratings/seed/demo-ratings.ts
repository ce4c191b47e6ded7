// Demo ratings (stub: the rectification work fills this in).
import type { Db } from '../../../platform/db/database.ts';
import type { ModuleContext } from '../../../platform/module.ts';

export async function seedDemoRatings(_db: Db, _ctx: ModuleContext): Promise<void> {}
