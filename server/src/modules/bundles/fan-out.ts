// Fan-out: each member of a bundle case becomes a real case of the cases module, in its own
// agency's queue and on its own clock, carrying the bundle case's id. Members that may start at
// once are filed with the submission, as the signed-in applicant (createCaseInTx, the POST /cases
// path); a member waiting for its predecessors is filed later by the system for the applicant
// stored on the bundle case, then submitted with the consent given once for the whole bundle.
import { and, eq, sql } from 'drizzle-orm';
import { SYSTEM_ACTOR } from '../../platform/audit/record.ts';
import type { Db } from '../../platform/db/database.ts';
import { AppError } from '../../platform/errors/app-error.ts';
import { queryRows } from '../../platform/db/query.ts';
import { businessDate } from '../../platform/time/business-date.ts';
import { actAsSystem } from '../cases/actions.service.ts';
import type { ApplyCtx } from '../cases/applicants.ts';
import { createCaseInTx } from '../cases/apply.service.ts';
import { insertCaseRow, onlinePlacement } from '../cases/case-filing.ts';
import { getPinnedVersion } from '../cases/pinned-version.ts';
import type { BundleDeps } from './deps.ts';
import { memberFormData } from './merge-form.ts';
import { memberMaterialChoices } from './merge-materials.ts';
import type { BundlePlan, MemberVersion } from './plan.ts';
import { bundleMemberCase, type BundleCaseRow, type BundleMaterialChoice } from './schema.ts';

/** 一件事办件编号: YJS + business date + the bundle sequence, zero-padded to 8 digits. */
export async function nextBundleNumber(db: Db, at: Date = new Date()): Promise<string> {
  const [row] = await queryRows<{ n: string }>(db, sql`select nextval('bundle_case_number_seq')::text as n`);
  return `YJS${businessDate(at).replaceAll('-', '')}${row!.n.padStart(8, '0')}`;
}

/** What the bundle submission says about one member's sub-case. */
export interface MemberApplication {
  formData: Record<string, unknown>;
  materials: BundleMaterialChoice[];
}

/** The member's part of the merged form data and of the merged material choices. */
export function memberApplication(
  plan: BundlePlan,
  memberId: string,
  bc: Pick<BundleCaseRow, 'formData' | 'materials'>,
): MemberApplication {
  return {
    formData: memberFormData(bc.formData, plan.form.keysByMember[memberId] ?? []),
    materials: memberMaterialChoices(bc.materials, plan.materials, memberId),
  };
}

/** A member's error, with its paths under `/members/<id>` so the wizard can point at the item. */
export function memberError(e: unknown, mv: Pick<MemberVersion, 'member' | 'content'>): unknown {
  if (!(e instanceof AppError)) return e;
  const id = mv.member.id;
  return new AppError(e.code, {
    detail: `${mv.content.name}（${id}）: ${e.detail ?? e.message}`,
    ...(e.errors && { errors: e.errors.map((x) => ({ ...x, path: `/members/${id}${x.path}` })) }),
    ...(e.allowedActions && { allowedActions: e.allowedActions }),
    cause: e,
  });
}

async function markStarted(tx: Db, bundleCaseId: string, memberId: string, caseId: string) {
  await tx
    .update(bundleMemberCase)
    .set({ state: 'started', caseId, startedAt: new Date() })
    .where(and(eq(bundleMemberCase.bundleCaseId, bundleCaseId), eq(bundleMemberCase.memberId, memberId)));
}

/**
 * With the submission: the member's sub-case filed and submitted as the signed-in applicant in
 * the submission's transaction (a failure rolls the whole bundle back, named after the member).
 */
export async function startMemberNow(
  ctx: ApplyCtx,
  tx: Db,
  bc: BundleCaseRow,
  plan: BundlePlan,
  mv: MemberVersion,
): Promise<string> {
  const app = memberApplication(plan, mv.member.id, bc);
  let caseId: string;
  try {
    caseId = await createCaseInTx(
      { ...ctx, db: tx },
      tx,
      {
        implementationCode: mv.implementationCode,
        answers: mv.member.answers,
        formData: app.formData,
        materials: app.materials,
        channel: bc.channel as 'pc' | 'mobile' | 'kiosk',
        ...(bc.pickupVenueId && { pickupVenueId: bc.pickupVenueId }),
        licenseConsent: bc.licenseConsent,
        submit: true,
      },
      bc.id,
    );
  } catch (e) {
    throw memberError(e, mv);
  }
  await markStarted(tx, bc.id, mv.member.id, caseId);
  return caseId;
}

/** Whether a deferred member was submitted, or left as a draft for the applicant to complete. */
export type DeferredStart =
  { caseId: string; submitted: true } | { caseId: string; submitted: false; reason: string };

/**
 * Later, when the member's predecessors have concluded: its sub-case filed by the system for the
 * applicant stored on the bundle case (no one is signed in), then submitted. Should submission
 * fail now (say, a material that was to be exempt is no longer held) the sub-case stays a draft
 * of the applicant's, to complete and submit themselves, and the caller tells them so.
 */
export async function startMember(
  tx: Db,
  deps: BundleDeps,
  bc: BundleCaseRow,
  plan: BundlePlan,
  mv: MemberVersion,
): Promise<DeferredStart> {
  const version = await getPinnedVersion(tx, mv.versionId);
  const app = memberApplication(plan, mv.member.id, bc);
  const caseId = await insertCaseRow(
    tx,
    { crypto: deps.crypto, actor: SYSTEM_ACTOR },
    version,
    {
      applicant: {
        type: bc.applicantType,
        id: bc.applicantId,
        name: bc.applicantName,
        idType: bc.applicantIdType,
        idNumber: deps.crypto.cipher.decrypt(bc.applicantIdEnc, `bundle_case:${bc.id}:applicant_id`),
        idMasked: bc.applicantIdMasked,
      },
      agentPersonId: bc.agentPersonId,
      filedBy: bc.filedBy,
      channel: bc.channel,
      actorKind: bc.actorKind,
      assistedConsent: null,
      placement: onlinePlacement(version.content),
      bundleCaseId: bc.id,
      purpose: 'start a bundle member',
    },
    {
      answers: mv.member.answers,
      formData: app.formData,
      materials: app.materials,
      pickupVenueId: bc.pickupVenueId,
    },
  );
  await markStarted(tx, bc.id, mv.member.id, caseId);
  try {
    // A savepoint: a refused submission leaves the draft (and nothing else) behind.
    await tx.transaction((sp) =>
      actAsSystem(sp, deps.storage, caseId, { action: 'submit', licenseConsent: bc.licenseConsent }),
    );
    return { caseId, submitted: true };
  } catch (e) {
    if (!(e instanceof AppError)) throw e;
    return { caseId, submitted: false, reason: e.detail ?? e.message };
  }
}
