// Applying for a bundle: one submission (idempotent under the Idempotency-Key) → a bundle case
// and, in the same transaction, one real case per applicable member whose order constraints
// allow it (fan-out.ts); the others wait for their predecessors (progress.handler.ts).
// Everything that can be checked now is checked now — the answers, the merged form, the material
// keys, and the applicant's right to apply online for every member (real-name level, an agent's
// authorisation) — so the applicant hears of a problem at submission, not weeks later.
import type { Principal } from '../../platform/access/principal.ts';
import { recordAudit, type AuditActor } from '../../platform/audit/record.ts';
import { loadWorkingCalendar } from '../../platform/calendar/store.ts';
import type { Db } from '../../platform/db/database.ts';
import { AppError, type FieldError } from '../../platform/errors/app-error.ts';
import { idempotent } from '../../platform/idempotency/idempotent.ts';
import { uuidv7 } from '../../platform/ids.ts';
import { publish } from '../../platform/outbox/publish.ts';
import { businessDate } from '../../platform/time/business-date.ts';
import { compileFormValidator } from '../catalog/form-validator.ts';
import {
  CITIZEN_ID_TYPE,
  USCC_TYPE,
  onlineApplicant,
  type Applicant,
  type ApplyCtx,
} from '../cases/applicants.ts';
import { getPinnedVersion } from '../cases/pinned-version.ts';
import type { BundleCaseDetail, CreateBundleCaseBody } from './bundles.schemas.ts';
import type { BundleContent } from './content.ts';
import type { BundleDeps } from './deps.ts';
import { memberError, nextBundleNumber, startMemberNow } from './fan-out.ts';
import { answerErrors } from './guide.service.ts';
import { applicableMembers, nextSteps } from './members.ts';
import type { BundlePlan } from './plan.ts';
import { buildPlan } from './plan-build.ts';
import { getBundleInForce, loadMemberVersions } from './plan.queries.ts';
import {
  bundleCase,
  bundleMemberCase,
  type BundleCaseRow,
  type BundleRow,
  type BundleVersionRow,
} from './schema.ts';
import { getBundleCaseDetail } from './tracking.queries.ts';

export interface BundleCtx {
  db: Db;
  actor: AuditActor;
  principal: Principal;
  deps: BundleDeps;
}

const invalid = (errors: FieldError[]) => new AppError('VALIDATION_FAILED', { errors });

/** The plan for the answers: every applicable member in force, else BUNDLE_NOT_IN_FORCE. */
async function planOf(tx: Db, code: string, content: BundleContent, answers: Record<string, string>) {
  const errors = answerErrors(content, answers);
  if (errors.length) throw invalid(errors);
  const today = businessDate();
  const versions = await loadMemberVersions(tx, content, today);
  const missing = applicableMembers(content, answers).filter((m) => !versions.has(m.id));
  if (missing.length)
    throw new AppError('BUNDLE_NOT_IN_FORCE', {
      detail: `members of bundle ${code} not in force on ${today}: ${missing.map((m) => m.id).join(', ')}`,
    });
  return buildPlan(content, versions, answers);
}

/** The merged form's field errors (paths under /body/formData) and unknown material keys. */
function checkApplication(plan: BundlePlan, body: CreateBundleCaseBody) {
  const errors = compileFormValidator(plan.form.form)(body.formData).map((e) => ({
    ...e,
    path: e.path.replace(/^\/form/, '/body/formData'),
  }));
  const keys = new Set(plan.materials.map((m) => m.key));
  body.materials.forEach((c, i) => {
    if (!keys.has(c.materialKey))
      errors.push({
        path: `/body/materials/${i}/materialKey`,
        message: `${c.materialKey} is not a material of this bundle for these answers`,
        messageZh: '不是本一件事（按当前回答）所需的材料',
      });
  });
  if (errors.length) throw invalid(errors);
}

/** The caller's subject, allowed to apply online for every member (checked against each version). */
async function applicantFor(ctx: ApplyCtx, tx: Db, plan: BundlePlan) {
  let found: Awaited<ReturnType<typeof onlineApplicant>> | undefined;
  for (const mv of plan.members) {
    try {
      found = await onlineApplicant(tx, ctx, await getPinnedVersion(tx, mv.versionId));
    } catch (e) {
      throw memberError(e, mv);
    }
  }
  return found!;
}

function checkTarget(p: Principal, content: BundleContent) {
  if (content.target === 'enterprise' && !p.actingFor)
    throw new AppError('FORBIDDEN', {
      detail:
        'this bundle is for enterprises: act for your enterprise first. 本一件事面向企业，请先切换为代理企业办理。',
    });
  if (content.target === 'person' && p.actingFor)
    throw new AppError('FORBIDDEN', {
      detail:
        'this bundle is for persons: stop acting for the enterprise. 本一件事面向个人，请切换回本人办理。',
    });
}

interface NewBundleCase {
  found: { bundle: BundleRow; version: BundleVersionRow };
  plan: BundlePlan;
  applicant: Applicant;
  agentPersonId: string | null;
  actorKind: BundleCaseRow['actorKind'];
}

async function insertBundleCase(ctx: ApplyCtx, tx: Db, n: NewBundleCase, body: CreateBundleCaseBody) {
  const { bundle, version } = n.found;
  const content = version.content;
  const id = uuidv7();
  const today = businessDate();
  const calendar = await loadWorkingCalendar(tx);
  const a = n.applicant;
  const [row] = await tx
    .insert(bundleCase)
    .values({
      id,
      bundleNumber: await nextBundleNumber(tx),
      bundleId: bundle.id,
      bundleVersionId: version.id,
      bundleCode: bundle.code,
      bundleName: content.name,
      regionCode: bundle.regionCode,
      leadAgencyId: bundle.leadAgencyId,
      applicantType: a.type,
      applicantId: a.id,
      applicantName: a.name,
      applicantIdType: a.type === 'person' ? a.idType || CITIZEN_ID_TYPE : USCC_TYPE,
      applicantIdEnc: ctx.crypto.cipher.encrypt(a.idNumber, `bundle_case:${id}:applicant_id`),
      applicantIdHash: ctx.crypto.lookupHash(a.idNumber),
      applicantIdMasked: a.idMasked,
      agentPersonId: n.agentPersonId,
      filedBy: ctx.principal.accountId,
      channel: body.channel ?? 'pc',
      actorKind: n.actorKind,
      answers: body.answers,
      formData: body.formData,
      materials: body.materials,
      licenseConsent: body.licenseConsent ?? false,
      delivery: body.delivery,
      deliveryMethod: body.deliveryMethod,
      // Picking up at a window: the one the applicant chose, else the bundle's first 一件事 window.
      pickupVenueId:
        body.deliveryMethod === 'window' ? (body.pickupVenueId ?? content.venueIds[0] ?? null) : null,
      status: 'in-progress',
      receivedOn: today,
      promisedDue: calendar.addWorkingDays(today, content.promisedLimit.value).due,
      savedFields: n.plan.savings.saved.fields,
      savedMaterials: n.plan.savings.saved.materials,
      savedVisits: n.plan.savings.saved.visits,
    })
    .returning();
  await insertMembers(tx, id, n.plan);
  return row!;
}

/** One row per applicable member, in start order, all waiting until fan-out starts them. */
async function insertMembers(tx: Db, bundleCaseId: string, plan: BundlePlan) {
  await tx.insert(bundleMemberCase).values(
    plan.members.map((mv, position) => ({
      bundleCaseId,
      memberId: mv.member.id,
      position,
      implementationCode: mv.implementationCode,
      itemName: mv.content.name,
      agencyId: mv.agencyId,
      state: 'waiting' as const,
    })),
  );
}

/** The bundle case with its first sub-cases, in the caller's transaction; returns its id. */
async function applyInTx(ctx: ApplyCtx, tx: Db, body: CreateBundleCaseBody): Promise<string> {
  const found = await getBundleInForce(tx, body.bundleCode, businessDate());
  const content = found.version.content;
  checkTarget(ctx.principal, content);
  const plan = await planOf(tx, body.bundleCode, content, body.answers);
  // Who applies before what they wrote: a member they may not apply for online refuses it all.
  const { applicant, agentPersonId, actorKind } = await applicantFor(ctx, tx, plan);
  checkApplication(plan, body);
  const bc = await insertBundleCase(ctx, tx, { found, plan, applicant, agentPersonId, actorKind }, body);

  const waiting = new Map(plan.members.map((mv) => [mv.member.id, 'waiting' as const]));
  const { start } = nextSteps(
    plan.members.map((mv) => mv.member),
    waiting,
  );
  const started: string[] = [];
  for (const mv of plan.members)
    if (start.includes(mv.member.id)) started.push(await startMemberNow(ctx, tx, bc, plan, mv));

  await recordAudit(tx, ctx.actor, {
    action: 'bundle-case.create',
    purpose: 'apply',
    resource: { type: 'bundle-case', id: bc.id },
    dataSubject: { type: applicant.type, id: applicant.id },
    detail: {
      bundleCode: bc.bundleCode,
      bundleVersionId: bc.bundleVersionId,
      bundleNumber: bc.bundleNumber,
      members: plan.members.map((mv) => mv.member.id),
      startedCases: started,
    },
  });
  await publish(tx, {
    type: 'bundle.submitted',
    payload: {
      bundleCaseId: bc.id,
      bundleNumber: bc.bundleNumber,
      bundleCode: bc.bundleCode,
      applicantType: bc.applicantType,
      members: plan.members.length,
      startedCases: started,
    },
  });
  return bc.id;
}

export async function createBundleCase(
  ctx: BundleCtx,
  body: CreateBundleCaseBody,
  idempotencyKey: string | undefined,
): Promise<{ statusCode: number; body: BundleCaseDetail }> {
  const p = ctx.principal;
  if (p.kind !== 'person')
    throw new AppError('FORBIDDEN', {
      detail: 'a bundle is applied for by a person, for themselves or an enterprise they act for',
    });
  return idempotent(
    ctx.db,
    {
      owner: p.accountId,
      scope: 'bundle-cases.create',
      key: idempotencyKey,
      request: { body, actingFor: p.actingFor?.id ?? null },
    },
    async (tx) => {
      const inTx: ApplyCtx = {
        db: tx,
        actor: ctx.actor,
        principal: p,
        storage: ctx.deps.storage,
        crypto: ctx.deps.crypto,
      };
      const id = await applyInTx(inTx, tx, body);
      return { statusCode: 201, body: await getBundleCaseDetail({ ...ctx, db: tx }, id) };
    },
  );
}
