// Applying: a case is created as a draft pinned to the implementation version in force today,
// for the caller's subject (a person, or the enterprise they act for) or — at a window — for a
// walk-in applicant a clerk finds by citizen ID or USCC (no online booking needed). Assisted
// handling (帮办代办) records the person's consent. The clerk's venue must be one where the
// implementation may be accepted (own window, comprehensive window, 就近办, 全市通办, or 异地代收代办
// with a forwarding record). With `submit` the draft is submitted in the same transaction, under
// the request's Idempotency-Key: a retry never creates a second case.
import { and, eq } from 'drizzle-orm';
import { hasPermission } from '../../platform/access/principal.ts';
import { recordAudit } from '../../platform/audit/record.ts';
import type { Db } from '../../platform/db/database.ts';
import { AppError } from '../../platform/errors/app-error.ts';
import { idempotent } from '../../platform/idempotency/idempotent.ts';
import { uuidv7 } from '../../platform/ids.ts';
import { businessDate } from '../../platform/time/business-date.ts';
import { findVersionInForce } from '../catalog/versions.queries.ts';
import { findStaffPlace } from '../identity/staff-place.ts';
import { findWindow, getVenue } from '../masterdata/queries.ts';
import { acceptanceRoute, onlineAcceptingVenue, type WindowType } from './acceptance-route.ts';
import { actInTx } from './actions.service.ts';
import { ownedMaterials } from './actions/submission.ts';
import type { CreateCaseBody, DraftBody } from './apply.schemas.ts';
import { isApplicantOf, staffMay, type CaseCtx, getVisibleCase } from './case-access.ts';
import { getCaseDetail } from './case-read.ts';
import type { CaseDetail } from './cases.schemas.ts';
import { type ActorKind, type Channel } from './codes.ts';
import { choicesOutsideList, type ChosenMaterial } from './material-check.ts';
import { getPinnedVersion, type PinnedVersion } from './pinned-version.ts';
import {
  caseForwarding,
  caseMaterial,
  serviceCase,
  type AssistedConsent,
  type CaseCommitment,
  type ServiceCaseRow,
} from './schema.ts';
import {
  CITIZEN_ID_TYPE,
  USCC_TYPE,
  invalid,
  ONLINE_CHANNELS,
  onlineApplicant,
  walkInApplicant,
  type Applicant,
  type ApplyCtx,
} from './applicants.ts';

interface Placement {
  acceptingVenueId: string | null;
  acceptingWindowCode: string | null;
  acceptanceMode: string | null;
  forwarding: boolean;
}

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

async function checkPickupVenue(tx: Db, venueId: string | null | undefined) {
  if (!venueId) return;
  try {
    await getVenue(tx, venueId);
  } catch {
    throw invalid('/body/pickupVenueId', 'no such venue', '出件场所不存在');
  }
}

function commitmentChoice(
  version: PinnedVersion,
  wanted: boolean | undefined,
): CaseCommitment | null | undefined {
  if (wanted === undefined) return undefined;
  if (!wanted) return null;
  if (!version.content.commitment)
    throw new AppError('CASE_COMMITMENT_NOT_ALLOWED', {
      detail: 'this implementation has no notice-and-commitment option',
    });
  // The choice of a draft; submission stamps the conditions and the signing time.
  return { text: version.content.commitment.text, conditionIds: [], signedAt: new Date().toISOString() };
}

/** Replaces the draft's chosen materials (round 0) after checking list and ownership. */
async function saveDraftMaterials(
  tx: Db,
  row: Pick<ServiceCaseRow, 'id' | 'applicantType' | 'applicantId'>,
  version: PinnedVersion,
  choices: readonly ChosenMaterial[],
) {
  const outside = choicesOutsideList(version.content.materials, null, choices);
  if (outside.length) throw new AppError('VALIDATION_FAILED', { errors: outside });
  const owned = await ownedMaterials(tx, row, choices);
  await tx.delete(caseMaterial).where(and(eq(caseMaterial.caseId, row.id), eq(caseMaterial.round, 0)));
  if (!choices.length) return;
  const defs = new Map(version.content.materials.map((m) => [m.id, m]));
  await tx.insert(caseMaterial).values(
    choices.map((c) => {
      const m = owned.get(c.materialKey)!;
      const def = defs.get(c.materialKey)!;
      return {
        id: uuidv7(),
        caseId: row.id,
        materialKey: c.materialKey,
        name: def.name,
        requirement: def.requirement,
        status: 'provided' as const,
        materialId: m.id,
        sm3: m.sm3,
        provenance: m.provenance,
        round: 0,
      };
    }),
  );
}

/** Inserts the draft (status draft, seq 0, no action yet); returns its id. */
async function insertDraft(ctx: ApplyCtx, tx: Db, body: CreateCaseBody): Promise<string> {
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
  const content = version.content;

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
    const venueId = onlineAcceptingVenue(content);
    placement = {
      acceptingVenueId: venueId,
      acceptingWindowCode: null,
      acceptanceMode: content.acceptingVenues.find((v) => v.venueId === venueId)?.mode ?? null,
      forwarding: false,
    };
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
  await checkPickupVenue(tx, body.pickupVenueId);

  const id = uuidv7();
  const commitment = commitmentChoice(version, body.commitment);
  await tx.insert(serviceCase).values({
    id,
    implementationId: version.implementationId,
    implementationCode: version.code,
    versionId: version.versionId,
    itemName: content.name,
    agencyId: version.agencyId,
    regionCode: version.regionCode,
    applicantType: applicant.type,
    applicantId: applicant.id,
    applicantName: applicant.name,
    applicantIdType: applicant.type === 'person' ? applicant.idType || CITIZEN_ID_TYPE : USCC_TYPE,
    applicantIdEnc: ctx.crypto.cipher.encrypt(applicant.idNumber, `service_case:${id}:applicant_id`),
    applicantIdHash: ctx.crypto.lookupHash(applicant.idNumber),
    applicantIdMasked: applicant.idMasked,
    agentPersonId,
    filedBy: p.accountId,
    channel,
    actorKind,
    assistedConsent,
    acceptingVenueId: placement.acceptingVenueId,
    acceptingWindowCode: placement.acceptingWindowCode,
    acceptanceMode: placement.acceptanceMode,
    pickupVenueId: body.pickupVenueId ?? null,
    answers: body.answers ?? {},
    formData: body.formData ?? {},
    commitment: commitment ?? null,
    status: 'draft',
    seq: 0,
  });
  if (placement.forwarding && placement.acceptingVenueId)
    await tx.insert(caseForwarding).values({
      id: uuidv7(),
      caseId: id,
      fromVenueId: placement.acceptingVenueId,
      toAgencyId: version.agencyId,
    });
  if (body.materials?.length)
    await saveDraftMaterials(
      tx,
      { id, applicantType: applicant.type, applicantId: applicant.id },
      version,
      body.materials,
    );
  await recordAudit(tx, ctx.actor, {
    action: 'case.create',
    purpose: p.kind === 'staff' ? 'file a case at a window' : 'apply',
    resource: { type: 'case', id },
    dataSubject: { type: applicant.type, id: applicant.id },
    detail: {
      implementationCode: version.code,
      versionId: version.versionId,
      channel,
      actorKind,
      acceptanceMode: placement.acceptanceMode,
      ...(assistedConsent && {
        assistedConsent: { reason: assistedConsent.reason, method: assistedConsent.method },
      }),
    },
  });
  return id;
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
      const id = await insertDraft(inTx, tx, body);
      if (body.submit)
        await actInTx(inTx, tx, id, {
          action: 'submit',
          ...(body.paperMaterials && { paperMaterials: body.paperMaterials }),
          ...(body.licenseConsent !== undefined && { licenseConsent: body.licenseConsent }),
        });
      return { statusCode: 201, body: await getCaseDetail(inTx, id) };
    },
  );
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
