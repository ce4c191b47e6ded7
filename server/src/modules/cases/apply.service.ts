// Applying: a case is created as a draft pinned to the implementation version in force today,
// for the caller's subject (a person, or the enterprise they act for) or — at a window — for a
// walk-in applicant a clerk finds by citizen ID or USCC (no online booking needed). Assisted
// handling (帮办代办) records the person's consent. The clerk's venue must be one where the
// implementation may be accepted (own window, comprehensive window, 就近办, 全市通办, or 异地代收代办
// with a forwarding record). With `submit` the draft is submitted in the same transaction, under
// the request's Idempotency-Key: a retry never creates a second case.
import { eq } from 'drizzle-orm';
import { hasPermission } from '../../platform/access/principal.ts';
import { recordAudit } from '../../platform/audit/record.ts';
import type { Db } from '../../platform/db/database.ts';
import { AppError } from '../../platform/errors/app-error.ts';
import { idempotent } from '../../platform/idempotency/idempotent.ts';
import { businessDate } from '../../platform/time/business-date.ts';
import { findVersionInForce } from '../catalog/versions.queries.ts';
import { findStaffPlace } from '../identity/staff-place.ts';
import { findWindow, getVenue } from '../masterdata/queries.ts';
import { acceptanceRoute, type WindowType } from './acceptance-route.ts';
import { actInTx } from './actions.service.ts';
import type { CreateCaseBody, DraftBody } from './apply.schemas.ts';
import { isApplicantOf, staffMay, type CaseCtx, getVisibleCase } from './case-access.ts';
import {
  checkPickupVenue,
  commitmentChoice,
  insertCaseRow,
  onlinePlacement,
  saveDraftMaterials,
  type Placement,
} from './case-filing.ts';
import { getCaseDetail } from './case-read.ts';
import type { CaseDetail } from './cases.schemas.ts';
import { type ActorKind, type Channel } from './codes.ts';
import { getPinnedVersion, type PinnedVersion } from './pinned-version.ts';
import {
  caseForwarding,
  caseMaterial,
  serviceCase,
  type AssistedConsent,
  type ServiceCaseRow,
} from './schema.ts';
import {
  invalid,
  ONLINE_CHANNELS,
  onlineApplicant,
  walkInApplicant,
  type Applicant,
  type ApplyCtx,
} from './applicants.ts';

/** Where a clerk's case is accepted: their venue, if the implementation may be accepted there. */
async function clerkPlacement(tx: Db, staffId: string, version: PinnedVersion): Promise<Placement> {
  const place = await findStaffPlace(tx, staffId);
  if (!place?.venueId)
    throw new AppError('CASE_VENUE_NOT_ALLOWED', {
      detail: 'you work at no venue; cases are filed at a window',
    });
  const window = place.windowCode ? await findWindow(tx, place.venueId, place.windowCode) : undefined;
  const venueRegion = window?.regionCode ?? (await getVenue(tx, place.venueId)).regionCode;
  const route = acceptanceRoute(
    version.content,
    {
      venueId: place.venueId,
      windowType: (window?.type as WindowType | undefined) ?? null,
      windowCode: place.windowCode,
    },
    version.regionCode,
    venueRegion,
  );
  if (!route.ok)
    throw new AppError('CASE_VENUE_NOT_ALLOWED', {
      detail: route.reason,
      errors: [{ path: '/venue', message: route.reason, messageZh: route.reasonZh }],
    });
  return {
    acceptingVenueId: place.venueId,
    acceptingWindowCode: place.windowCode,
    acceptanceMode: route.mode,
    forwarding: route.forwarding,
  };
}

/** Inserts the draft (status draft, seq 0, no action yet); returns its id. */
async function insertDraft(
  ctx: ApplyCtx,
  tx: Db,
  body: CreateCaseBody,
  bundleCaseId: string | null,
): Promise<string> {
  const p = ctx.principal;
  if (p.kind !== 'person' && !(p.kind === 'staff' && hasPermission(p, 'case.accept')))
    throw new AppError('FORBIDDEN', {
      detail: 'applicants apply online; window staff (case.accept) file walk-in cases',
    });
  const found = await findVersionInForce(tx, body.implementationCode, businessDate());
  if (!found)
    throw new AppError('CASE_IMPLEMENTATION_NOT_IN_FORCE', {
      detail: `no version of ${body.implementationCode} is in force today`,
    });
  const version = await getPinnedVersion(tx, found.versionId);

  let applicant: Applicant;
  let agentPersonId: string | null = null;
  let actorKind: ActorKind;
  let channel: Channel;
  let assistedConsent: AssistedConsent | null = null;
  let placement: Placement;
  if (p.kind === 'person') {
    if (body.applicant || body.assistedConsent)
      throw invalid('/body/applicant', 'only window staff file for someone else', '仅窗口工作人员可代为申报');
    channel = body.channel ?? 'pc';
    if (!ONLINE_CHANNELS.includes(channel))
      throw invalid(
        '/body/channel',
        'window and assisted cases are filed by staff',
        '窗口办理和帮办代办由工作人员录入',
      );
    const online = await onlineApplicant(tx, ctx, version);
    ({ applicant, agentPersonId, actorKind } = online);
    placement = onlinePlacement(version.content);
  } else if (p.kind === 'staff' && hasPermission(p, 'case.accept')) {
    channel = body.channel ?? 'window';
    if (channel !== 'window' && channel !== 'assisted')
      throw invalid(
        '/body/channel',
        'staff file cases at a window or as assisted handling',
        '工作人员只能录入窗口办理或帮办代办',
      );
    if (!body.applicant)
      throw invalid(
        '/body/applicant',
        'name the applicant (citizen ID or USCC)',
        '请填写申请人的公民身份号码或统一社会信用代码',
      );
    if (channel === 'assisted') {
      if (!('idNumber' in body.applicant))
        throw invalid('/body/applicant', 'assisted handling is for a person', '帮办代办的对象须为自然人');
      if (!body.assistedConsent)
        throw invalid(
          '/body/assistedConsent',
          "record the person's consent to assisted handling",
          '帮办代办须记录本人同意（签字、按指印或录音录像）',
        );
      assistedConsent = {
        ...body.assistedConsent,
        recordedBy: p.accountId,
        recordedAt: new Date().toISOString(),
      };
    }
    placement = await clerkPlacement(tx, p.accountId, version);
    applicant = await walkInApplicant(tx, ctx.crypto, body.applicant, '/body/applicant');
    actorKind = channel === 'assisted' ? 'staff-for-person' : 'staff';
  } else {
    throw new AppError('FORBIDDEN', {
      detail: 'applicants apply online; window staff (case.accept) file walk-in cases',
    });
  }
  return insertCaseRow(
    tx,
    ctx,
    version,
    {
      applicant,
      agentPersonId,
      filedBy: p.accountId,
      channel,
      actorKind,
      assistedConsent,
      placement,
      bundleCaseId,
      purpose: p.kind === 'staff' ? 'file a case at a window' : 'apply',
    },
    body,
  );
}

/** POST /cases: a draft, or a submitted case with `submit`; idempotent under the key. */
export async function createCase(
  ctx: ApplyCtx,
  body: CreateCaseBody,
  idempotencyKey: string | undefined,
): Promise<{ statusCode: number; body: CaseDetail }> {
  const p = ctx.principal;
  return idempotent(
    ctx.db,
    {
      owner: p.accountId,
      scope: 'cases.create',
      key: idempotencyKey,
      request: { body, actingFor: p.actingFor?.id ?? null },
    },
    async (tx) => {
      const inTx = { ...ctx, db: tx };
      const id = await createCaseInTx(inTx, tx, body);
      return { statusCode: 201, body: await getCaseDetail(inTx, id) };
    },
  );
}

/**
 * POST /cases's work in a transaction the caller holds: the draft, submitted with `submit`. A
 * bundle (一件事) files the members that may start at once this way, as their applicant, with the
 * bundle case's id on each sub-case. Returns the case id.
 */
export async function createCaseInTx(
  ctx: ApplyCtx,
  tx: Db,
  body: CreateCaseBody,
  bundleCaseId: string | null = null,
): Promise<string> {
  const id = await insertDraft(ctx, tx, body, bundleCaseId);
  if (body.submit)
    await actInTx(ctx, tx, id, {
      action: 'submit',
      ...(body.paperMaterials && { paperMaterials: body.paperMaterials }),
      ...(body.licenseConsent !== undefined && { licenseConsent: body.licenseConsent }),
    });
  return id;
}

/** The applicant, the clerk who filed it, or a clerk of the venue may edit or drop a draft. */
async function ownDraft(ctx: CaseCtx, tx: Db, id: string): Promise<ServiceCaseRow> {
  const row = await getVisibleCase(ctx, tx, id, true);
  const p = ctx.principal;
  if (!(isApplicantOf(p, row) || row.filedBy === p.accountId || staffMay(p, 'case.accept', row)))
    throw new AppError('FORBIDDEN', { detail: 'only the applicant or the filing clerk may change a draft' });
  if (row.status !== 'draft')
    throw new AppError('CASE_ACTION_NOT_ALLOWED', {
      detail: `the case is ${row.status}; only a draft can be changed or deleted`,
    });
  return row;
}

/** PUT /cases/:id/draft: saves what is given (answers, form, materials, pickup, commitment). */
export async function saveDraft(ctx: CaseCtx, id: string, body: DraftBody): Promise<CaseDetail> {
  return ctx.db.transaction(async (tx) => {
    const row = await ownDraft(ctx, tx, id);
    const version = await getPinnedVersion(tx, row.versionId);
    await checkPickupVenue(tx, body.pickupVenueId);
    const commitment = commitmentChoice(version, body.commitment);
    if (body.materials) await saveDraftMaterials(tx, row, version, body.materials);
    await tx
      .update(serviceCase)
      .set({
        ...(body.answers && { answers: body.answers }),
        ...(body.formData && { formData: body.formData }),
        ...(body.pickupVenueId !== undefined && { pickupVenueId: body.pickupVenueId }),
        ...(commitment !== undefined && { commitment }),
        updatedAt: new Date(),
      })
      .where(eq(serviceCase.id, id));
    await recordAudit(tx, ctx.actor, {
      action: 'case.draft.save',
      purpose: 'apply',
      resource: { type: 'case', id },
      dataSubject: { type: row.applicantType, id: row.applicantId },
    });
    return getCaseDetail({ ...ctx, db: tx }, id);
  });
}

/** DELETE /cases/:id: a draft only (a submitted case is withdrawn, never deleted). */
export async function deleteDraft(ctx: CaseCtx, id: string): Promise<void> {
  await ctx.db.transaction(async (tx) => {
    const row = await ownDraft(ctx, tx, id);
    await tx.delete(caseMaterial).where(eq(caseMaterial.caseId, id));
    await tx.delete(caseForwarding).where(eq(caseForwarding.caseId, id));
    await tx.delete(serviceCase).where(eq(serviceCase.id, id));
    await recordAudit(tx, ctx.actor, {
      action: 'case.draft.delete',
      purpose: 'apply',
      resource: { type: 'case', id },
      dataSubject: { type: row.applicantType, id: row.applicantId },
    });
  });
}
