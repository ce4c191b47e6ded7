// A built plan (plan.ts) as the API shows it: members with their agency and promised limit as
// text, the acceptance conditions of each member's fixed situation (the one notice), and the
// merged materials marked with whether the caller holds the e-license (免证办) — null when the
// caller is anonymous or acts as no subject (staff), or for materials that are no e-license.
import type { Principal } from '../../platform/access/principal.ts';
import type { Db } from '../../platform/db/database.ts';
import { narrowGuide } from '../catalog/situations.ts';
import { limitZh } from '../catalog/time-limits.ts';
import { subjectOf } from '../cases/case-access.ts';
import { eLicenseTypes } from '../cases/material-check.ts';
import { findValidLicenses } from '../licenses/license.queries.ts';
import { agencyNames } from '../masterdata/queries.ts';
import type { BundlePlan as PlanView } from './bundles.schemas.ts';
import type { BundlePlan, MergedMaterial } from './plan.ts';

export interface PlanViewInput {
  code: string;
  versionId: string;
  plan: BundlePlan;
  principal: Principal | null;
  today: string;
}

/** The e-license types the caller's subject holds, or null when there is no subject. */
async function heldTypes(
  db: Db,
  principal: Principal | null,
  materials: readonly MergedMaterial[],
  today: string,
): Promise<Set<string> | null> {
  const subject = principal ? subjectOf(principal) : null;
  if (!subject) return null;
  const types = eLicenseTypes(
    materials.map((m) => ({ source: m.source, licenseType: m.licenseType ?? undefined })),
  );
  const held = await findValidLicenses(db, subject, types, today);
  return new Set(held.keys());
}

export async function planView(db: Db, input: PlanViewInput): Promise<PlanView> {
  const { plan } = input;
  const names = await agencyNames(
    db,
    plan.members.map((m) => m.agencyId),
  );
  const held = await heldTypes(db, input.principal, plan.materials, input.today);
  const situations = plan.members.map((m) => ({ mv: m, guide: narrowGuide(m.content, m.member.answers) }));
  return {
    code: input.code,
    versionId: input.versionId,
    members: situations.map(({ mv, guide }) => ({
      memberId: mv.member.id,
      implementationCode: mv.implementationCode,
      itemName: mv.content.name,
      agencyId: mv.agencyId,
      agencyName: names.get(mv.agencyId) ?? mv.agencyId,
      after: [...mv.member.after],
      conditional: mv.member.when !== undefined && Object.keys(mv.member.when).length > 0,
      promisedLimit: limitZh(guide.promisedLimit),
      visits: mv.content.visits,
      note: mv.member.note ?? null,
    })),
    conditions: situations.flatMap(({ mv, guide }) =>
      guide.conditions.map((c) => ({ memberId: mv.member.id, itemName: mv.content.name, text: c.text })),
    ),
    form: plan.form.form,
    fieldCount: plan.form.fieldCount,
    conflicts: plan.form.conflicts,
    materials: plan.materials.map((m) => ({
      ...m,
      held: held && m.source === 'e-license' && m.licenseType ? held.has(m.licenseType) : null,
    })),
    savings: plan.savings,
  };
}
