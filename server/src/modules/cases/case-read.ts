// Reading a case: the summary for lists and the detail (timeline, materials, documents, clock,
// the caller's allowed actions). Staff reads are audited: a case holds the applicant's data.
import { asc, desc, eq } from 'drizzle-orm';
import { recordAudit } from '../../platform/audit/record.ts';
import { businessDate } from '../../platform/time/business-date.ts';
import { agencyNames } from '../masterdata/queries.ts';
import { actionsFor, factsOf, toLogged } from './actions.service.ts';
import { getVisibleCase, isApplicantOf, type CaseCtx } from './case-access.ts';
import { deriveState } from './case-state.ts';
import type { CaseDetail, CaseSummary } from './cases.schemas.ts';
import { loadWorkingCalendar } from '../../platform/calendar/store.ts';
import { resolveSetting } from '../../platform/settings/service.ts';
import { urgencyOf } from './deadline.ts';
import { OPEN_STATUSES } from './codes.ts';
import { linkedLicenses } from './exempt-materials.ts';
import { getPinnedVersion } from './pinned-version.ts';
import {
  caseAction,
  caseDocument,
  caseForwarding,
  caseMaterial,
  caseSpecialProcedure,
  commitmentVerification,
  type ServiceCaseRow,
} from './schema.ts';
import type { Db } from '../../platform/db/database.ts';

const iso = (d: Date | null) => (d ? d.toISOString() : null);

/** The list row; the applicant's name is masked (lists never show it whole). */
export function toSummary(
  c: ServiceCaseRow,
  agencyName: string,
  urgency: CaseSummary['urgency'],
): CaseSummary {
  return {
    id: c.id,
    caseNumber: c.caseNumber,
    itemName: c.itemName,
    implementationCode: c.implementationCode,
    agencyId: c.agencyId,
    agencyName,
    applicantName: maskName(c.applicantName),
    channel: c.channel,
    status: c.status,
    submittedAt: iso(c.submittedAt),
    acceptedOn: c.acceptedOn,
    promisedDue: c.promisedDue,
    statutoryDue: c.statutoryDue,
    paused: c.pausedSince !== null,
    urgency,
    acceptingVenueId: c.acceptingVenueId,
    decision: c.decision,
  };
}

/** 张三 → 张*, 欧阳娜娜 → 欧**娜; enterprise names stay whole (they are public). */
export function maskName(name: string): string {
  const chars = [...name];
  if (chars.length > 6) return name;
  if (chars.length <= 2) return `${chars[0] ?? ''}*`;
  return `${chars[0]}${'*'.repeat(chars.length - 2)}${chars.at(-1)}`;
}

/**
 * List rows with their agency names and urgency colours: the calendar once, the warning setting
 * once per agency (not per row), the names in one query.
 */
export async function summarize(db: Db, rows: readonly ServiceCaseRow[]): Promise<CaseSummary[]> {
  const today = businessDate();
  const calendar = await loadWorkingCalendar(db);
  const warnings = new Map<string, number>();
  for (const r of rows)
    if (r.promisedDue && OPEN_STATUSES.includes(r.status) && !warnings.has(r.agencyId)) {
      const s = await resolveSetting(db, 'case.deadline-warning-working-days', {
        agencyId: r.agencyId,
        regionCode: r.regionCode,
      });
      warnings.set(r.agencyId, Number(s.value));
    }
  const names = await agencyNames(
    db,
    rows.map((r) => r.agencyId),
  );
  return rows.map((r) =>
    toSummary(
      r,
      names.get(r.agencyId) ?? r.agencyId,
      r.promisedDue && OPEN_STATUSES.includes(r.status)
        ? urgencyOf(calendar, r.promisedDue, today, warnings.get(r.agencyId)!)
        : null,
    ),
  );
}

/** The case with everything the applicant or a clerk needs on one page; NOT_FOUND if not visible. */
export async function getCaseDetail(ctx: CaseCtx, id: string): Promise<CaseDetail> {
  const db: Db = ctx.db;
  const c = await getVisibleCase(ctx, db, id);
  // One query after another: `db` may be a transaction (pg runs one query at a time on it).
  const version = await getPinnedVersion(db, c.versionId);
  const actions = await db
    .select()
    .from(caseAction)
    .where(eq(caseAction.caseId, id))
    .orderBy(asc(caseAction.seq));
  const materials = await db
    .select()
    .from(caseMaterial)
    .where(eq(caseMaterial.caseId, id))
    .orderBy(asc(caseMaterial.materialKey), desc(caseMaterial.round));
  const documents = await db
    .select()
    .from(caseDocument)
    .where(eq(caseDocument.caseId, id))
    .orderBy(asc(caseDocument.createdAt));
  const forwarding = await db.select().from(caseForwarding).where(eq(caseForwarding.caseId, id));
  const procedures = await db
    .select()
    .from(caseSpecialProcedure)
    .where(eq(caseSpecialProcedure.caseId, id))
    .orderBy(asc(caseSpecialProcedure.startedOn));
  const verification = await db
    .select()
    .from(commitmentVerification)
    .where(eq(commitmentVerification.caseId, id));
  const [summary] = await summarize(db, [c]);
  const log = actions.map(toLogged);
  const state = deriveState(log);
  const applicant = isApplicantOf(ctx.principal, c);
  if (!applicant)
    await recordAudit(db, ctx.actor, {
      action: 'case.read',
      purpose: 'handle the case',
      resource: { type: 'case', id },
      dataSubject: { type: c.applicantType, id: c.applicantId },
    });
  const latest = new Map<string, (typeof materials)[number]>();
  for (const m of materials) if (!latest.has(m.materialKey)) latest.set(m.materialKey, m);
  const licenses = await linkedLicenses(
    db,
    [...latest.values()].flatMap((m) => (m.licenseId ? [m.licenseId] : [])),
  );
  return {
    ...summary!,
    // The detail is one case its handlers need to identify the applicant (the read is audited);
    // lists mask the name, and the ID number is shown masked everywhere.
    applicantName: c.applicantName,
    versionId: c.versionId,
    regionCode: c.regionCode,
    applicantType: c.applicantType,
    applicantIdMasked: c.applicantIdMasked,
    actorKind: c.actorKind,
    acceptanceMode: c.acceptanceMode,
    pickupVenueId: c.pickupVenueId,
    answers: c.answers,
    formData: c.formData,
    receivedOn: c.receivedOn,
    deemedAccepted: c.deemedAccepted,
    deficiencyDue: c.deficiencyDue,
    outstandingMaterials: state.outstandingMaterials,
    extensionDays: c.extensionDays,
    commitment: c.commitment ? { ...c.commitment } : null,
    delivery: c.delivery ? { ...c.delivery } : null,
    onTime: c.onTime,
    seq: c.seq,
    materials: [...latest.values()].map((m) => ({
      materialKey: m.materialKey,
      name: m.name,
      requirement: m.requirement,
      status: m.status,
      materialId: m.materialId,
      sm3: m.sm3,
      provenance: m.provenance,
      round: m.round,
      license: (m.licenseId && licenses.get(m.licenseId)) || null,
    })),
    documents: documents.map((d) => ({
      id: d.id,
      kind: d.kind,
      number: d.number,
      sm3: d.sm3,
      createdAt: d.createdAt.toISOString(),
    })),
    actions: actions.map((a) => ({
      seq: a.seq,
      action: a.action,
      fromStatus: a.fromStatus,
      toStatus: a.toStatus,
      actorKind: a.actorKind,
      actorName: a.actorName,
      channel: a.channel,
      venueId: a.venueId,
      opinion: a.opinion,
      detail: a.detail,
      at: a.at.toISOString(),
    })),
    allowedActions: actionsFor(
      ctx.principal,
      c,
      version,
      c.status,
      factsOf(c, state, verification[0]?.status === 'pending'),
    ),
    forwarding: forwarding[0]
      ? {
          ...forwarding[0],
          sentAt: iso(forwarding[0].sentAt),
          receivedAt: iso(forwarding[0].receivedAt),
          createdAt: iso(forwarding[0].createdAt),
        }
      : null,
    specialProcedures: procedures.map((p) => ({ ...p, createdAt: p.createdAt.toISOString() })),
    verification: verification[0] ? { ...verification[0], decidedAt: iso(verification[0].decidedAt) } : null,
    bundleCaseId: c.bundleCaseId,
  };
}
