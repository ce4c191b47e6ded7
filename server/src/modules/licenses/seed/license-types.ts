// CONTRACT STUB — replaced by the implementation.
import type { Db } from '../../../platform/db/database.ts';

export async function loadLicenseTypes(_db: Db): Promise<void> {}
