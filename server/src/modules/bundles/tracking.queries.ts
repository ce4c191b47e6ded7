// Reading bundle cases: the applicant's own (list and detail), and — for staff who can see one of
// its sub-cases — the bundle context of a case (every member's status and due date). Whoever sees
// one sub-case sees the context: which other items run, where, and how far they are — never the
// other sub-cases themselves (those stay behind their own visibility). Staff reads are audited.
import { and, asc, desc, eq, inArray } from 'drizzle-orm';
import { recordAudit } from '../../platform/audit/record.ts';
import type { Db } from '../../platform/db/database.ts';
import { AppError, notFound } from '../../platform/errors/app-error.ts';
import { page } from '../../platform/http/cursor.ts';
import { canSeeCase, subjectOf } from '../cases/case-access.ts';
import { maskName } from '../cases/case-read.ts';
import { afterCursor, createdAtText } from '../cases/keyset.ts';
import { serviceCase, type ServiceCaseRow } from '../cases/schema.ts';
import { agencyNames } from '../masterdata/queries.ts';
import { memberOutcome } from './aggregate.ts';
import type { BundleCaseDetail, BundleCaseSummary } from './bundles.schemas.ts';
import type { BundleCtx } from './apply.service.ts';
import type { MemberOutcome } from './codes.ts';
import {
  bundleCase,
  bundleMemberCase,
  bundleVersion,
  type BundleCaseRow,
  type BundleMemberCaseRow,
} from './schema.ts';

const iso = (d: Date | null) => (d ? d.toISOString() : null);
const FINISHED: readonly MemberOutcome[] = ['succeeded', 'failed', 'blocked'];

export interface MemberWithCase {
  m: BundleMemberCaseRow;
  c: ServiceCaseRow | null;
}

/** The members of these bundle cases, in position order, each with its sub-case (if started). */
export async function membersOf(db: Db, bundleCaseIds: readonly string[]): Promise<MemberWithCase[]> {
  if (!bundleCaseIds.length) return [];
  return db
    .select({ m: bundleMemberCase, c: serviceCase })
    .from(bundleMemberCase)
    .leftJoin(serviceCase, eq(serviceCase.id, bundleMemberCase.caseId))
    .where(inArray(bundleMemberCase.bundleCaseId, [...bundleCaseIds]))
    .orderBy(asc(bundleMemberCase.bundleCaseId), asc(bundleMemberCase.position));
}

export const outcomeOf = ({ m, c }: MemberWithCase): MemberOutcome =>
  memberOutcome(m.state, c?.status ?? null, c?.decision ?? null);

function toSummary(bc: BundleCaseRow, members: readonly MemberWithCase[]): BundleCaseSummary {
  return {
    id: bc.id,
    bundleNumber: bc.bundleNumber,
    bundleCode: bc.bundleCode,
    bundleName: bc.bundleName,
    applicantName: maskName(bc.applicantName),
    status: bc.status,
    submittedAt: bc.submittedAt.toISOString(),
    promisedDue: bc.promisedDue,
    memberCount: members.length,
    concludedCount: members.filter((x) => FINISHED.includes(outcomeOf(x))).length,
  };
}

/** GET /bundle-cases/mine: the subject's bundle cases, newest first (index bundle_case_applicant). */
export async function myBundleCases(
  ctx: BundleCtx,
  query: { limit?: number; cursor?: string },
): Promise<{ items: BundleCaseSummary[]; nextCursor: string | null }> {
  const s = subjectOf(ctx.principal);
  if (!s)
    throw new AppError('FORBIDDEN', {
      detail: 'for applicants (persons, or agents acting for an enterprise)',
    });
  const limit = query.limit ?? 50;
  const rows = await ctx.db
    .select({ bc: bundleCase, at: createdAtText(bundleCase.createdAt) })
    .from(bundleCase)
    .where(
      and(
        eq(bundleCase.applicantType, s.type),
        eq(bundleCase.applicantId, s.id),
        afterCursor(bundleCase.createdAt, bundleCase.id, query.cursor),
      ),
    )
    .orderBy(desc(bundleCase.createdAt), desc(bundleCase.id))
    .limit(limit + 1);
  const result = page(rows, limit, (r) => [r.at, r.bc.id]);
  const members = await membersOf(
    ctx.db,
    result.items.map((r) => r.bc.id),
  );
  return {
    items: result.items.map((r) =>
      toSummary(
        r.bc,
        members.filter((x) => x.m.bundleCaseId === r.bc.id),
      ),
    ),
    nextCursor: result.nextCursor,
  };
}

/** GET /bundle-cases/:id: for the applicant, or staff who can see one of its sub-cases; else 404. */
export async function getBundleCaseDetail(ctx: BundleCtx, id: string): Promise<BundleCaseDetail> {
  const db = ctx.db;
  const [bc] = await db.select().from(bundleCase).where(eq(bundleCase.id, id));
  if (!bc) throw notFound(`bundle case ${id}`);
  const members = await membersOf(db, [id]);
  const s = subjectOf(ctx.principal);
  const applicant = !!s && s.type === bc.applicantType && s.id === bc.applicantId;
  if (!applicant && !members.some((x) => x.c && canSeeCase(ctx.principal, x.c)))
    throw notFound(`bundle case ${id}`);
  if (!applicant)
    await recordAudit(db, ctx.actor, {
      action: 'bundle-case.read',
      purpose: 'handle the case',
      resource: { type: 'bundle-case', id },
      dataSubject: { type: bc.applicantType, id: bc.applicantId },
    });
  const [version] = await db
    .select({ content: bundleVersion.content })
    .from(bundleVersion)
    .where(eq(bundleVersion.id, bc.bundleVersionId));
  const after = new Map(version?.content.members.map((m) => [m.id, m.after]) ?? []);
  const names = await agencyNames(db, [bc.leadAgencyId, ...members.map((x) => x.m.agencyId)]);
  const applicable = new Set(members.map((x) => x.m.memberId));
  return {
    ...toSummary(bc, members),
    // One bundle case, read by its applicant or its handlers (audited): the name whole, as a case's.
    applicantName: bc.applicantName,
    regionCode: bc.regionCode,
    leadAgencyId: bc.leadAgencyId,
    leadAgencyName: names.get(bc.leadAgencyId) ?? bc.leadAgencyId,
    applicantType: bc.applicantType,
    applicantIdMasked: bc.applicantIdMasked,
    delivery: bc.delivery,
    deliveryMethod: bc.deliveryMethod,
    pickupVenueId: bc.pickupVenueId,
    resultsReadyAt: iso(bc.resultsReadyAt),
    concludedAt: iso(bc.concludedAt),
    savings: { fields: bc.savedFields, materials: bc.savedMaterials, visits: bc.savedVisits },
    members: members.map((x) =>
      memberStatus(
        x,
        names.get(x.m.agencyId) ?? x.m.agencyId,
        // Predecessors that did not apply for these answers are no constraint.
        (after.get(x.m.memberId) ?? []).filter((p) => applicable.has(p)),
      ),
    ),
  };
}

const memberStatus = (
  { m, c }: MemberWithCase,
  agencyName: string,
  after: string[],
): BundleCaseDetail['members'][number] => ({
  memberId: m.memberId,
  position: m.position,
  implementationCode: m.implementationCode,
  itemName: m.itemName,
  agencyId: m.agencyId,
  agencyName,
  after,
  outcome: outcomeOf({ m, c }),
  caseId: m.caseId,
  caseNumber: c?.caseNumber ?? null,
  caseStatus: c?.status ?? null,
  promisedDue: c?.promisedDue ?? null,
  startedAt: iso(m.startedAt),
  concludedAt: iso(c?.concludedAt ?? null),
});
