// Demo e-seals: one 电子证照专用章 (valid five years) for every agency that issues licenses in the
// demo — the agencies of demo implementations whose result is an e-license, and the issuers of
// the demo licenses. Idempotent: an agency that already has an active seal of that type keeps it.
import { and, eq, inArray, isNotNull, sql } from 'drizzle-orm';
import { SYSTEM_ACTOR } from '../../../platform/audit/record.ts';
import type { Db } from '../../../platform/db/database.ts';
import { implementation, implementationVersion } from '../../catalog/schema.ts';
import { agency } from '../../masterdata/schema.ts';
import type { LicenseDeps } from '../deps.ts';
import { insertSeal } from '../seal-make.ts';
import { getSealMaker } from '../seal-maker.ts';
import { SEAL_MAX_YEARS } from '../seals.schemas.ts';
import { eSeal } from '../schema.ts';

/** Issuers of the demo licenses (seed/demo-licenses.ts). */
const DEMO_LICENSE_ISSUERS = ['tj-gaj', 'tj-mzj', 'tj-scjgw', 'tj-wjw', 'tj-rsj'];
const LICENSE_SEAL = 2;

export async function seedDemoSeals(db: Db, deps: LicenseDeps): Promise<void> {
  const issuing = await db
    .selectDistinct({ agencyId: implementation.agencyId })
    .from(implementation)
    .innerJoin(implementationVersion, eq(implementationVersion.implementationId, implementation.id))
    .where(isNotNull(sql`${implementationVersion.content} -> 'result' ->> 'licenseType'`));
  const wanted = [...new Set([...issuing.map((r) => r.agencyId), ...DEMO_LICENSE_ISSUERS])];
  const existing = await db.select({ id: agency.id }).from(agency).where(inArray(agency.id, wanted));
  const sealed = await db
    .selectDistinct({ agencyId: eSeal.agencyId })
    .from(eSeal)
    .where(and(eq(eSeal.sealType, LICENSE_SEAL), eq(eSeal.status, 'active')));
  const have = new Set(sealed.map((r) => r.agencyId));
  const todo = existing.map((r) => r.id).filter((id) => !have.has(id));
  if (!todo.length) return;
  const maker = await getSealMaker(db, deps);
  const validFrom = new Date();
  const validTo = new Date(validFrom);
  validTo.setUTCFullYear(validTo.getUTCFullYear() + SEAL_MAX_YEARS);
  for (const agencyId of todo.sort())
    await db.transaction((tx) =>
      insertSeal(tx, deps, maker, {
        agencyId,
        sealType: LICENSE_SEAL,
        validFrom,
        validTo,
        createdBy: null,
        actor: SYSTEM_ACTOR,
        purpose: 'seed the demo data',
      }),
    );
}
