// CONTRACT STUB — replaced by the implementation.
import type { Db } from '../../../platform/db/database.ts';
import type { LicenseDeps } from '../deps.ts';

export async function seedDemoSeals(_db: Db, _deps: LicenseDeps): Promise<void> {}
