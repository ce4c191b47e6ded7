// 免证办 in a (re)submission: the subject's valid licenses for the e-license materials (looked up
// only when the applicant consented), and the holder-visible record of each license used.
import { and, desc, eq, inArray } from 'drizzle-orm';
import type { Db } from '../../../platform/db/database.ts';
import { uuidv7 } from '../../../platform/ids.ts';
import { findValidLicenses } from '../../licenses/license.queries.ts';
import { licenseAccess } from '../../licenses/schema.ts';
import { eLicenseTypes } from '../material-check.ts';
import { caseAction } from '../schema.ts';
import type { ActionContext } from './types.ts';

/** Valid licenses of the subject (the enterprise when an agent applies) by type code. */
export async function heldLicenses(
  a: ActionContext,
  materials: Parameters<typeof eLicenseTypes>[0],
  consent: boolean,
): Promise<ReadonlyMap<string, { id: string }>> {
  if (!consent) return new Map();
  return findValidLicenses(
    a.tx,
    { type: a.row.applicantType, id: a.row.applicantId },
    eLicenseTypes(materials),
    a.today,
  );
}

/** One license_access row (case-use) per linked license: the holder sees who used it, for what. */
export async function recordLicenseUse(
  w: Db,
  a: ActionContext,
  linked: readonly { materialKey: string; licenseId: string }[],
): Promise<void> {
  if (!linked.length) return;
  await w.insert(licenseAccess).values(
    linked.map((l) => ({
      id: uuidv7(),
      licenseId: l.licenseId,
      kind: 'case-use' as const,
      actorType: a.party.audit.type,
      actorId: a.party.accountId,
      actorName: a.party.name,
      agencyId: a.row.agencyId,
      purpose: `${a.row.itemName} 免提交`,
      caseId: a.row.id,
    })),
  );
}

/**
 * The consent given with the case's last (re)submission: a resubmission after a correction notice
 * is the same application, so the consent carries over unless the applicant withdraws it.
 */
export async function lastConsent(tx: Db, caseId: string): Promise<boolean> {
  const [last] = await tx
    .select({ detail: caseAction.detail })
    .from(caseAction)
    .where(and(eq(caseAction.caseId, caseId), inArray(caseAction.action, ['submit', 'resubmit'])))
    .orderBy(desc(caseAction.seq))
    .limit(1);
  return last?.detail.licenseConsent === true;
}
