// A demo year of concluded cases, ratings and complaints (stub: the demo-history work fills this in).
import type { Db } from '../../../platform/db/database.ts';
import type { ModuleContext } from '../../../platform/module.ts';

export async function seedDemoHistory(_db: Db, _ctx: ModuleContext): Promise<void> {}
