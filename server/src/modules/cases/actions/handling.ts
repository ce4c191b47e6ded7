// What the staff actions of acceptance, review and decision share: required texts, the material
// check of acceptance, the commitment (告知承诺) check, the conclusion event and the commitment
// verification task created on approval, and the names documents print.
import { and, eq } from 'drizzle-orm';
import type { Db } from '../../../platform/db/database.ts';
import { AppError, type FieldError } from '../../../platform/errors/app-error.ts';
import { uuidv7 } from '../../../platform/ids.ts';
import type { EventInput } from '../../../platform/outbox/publish.ts';
import { resolveSetting } from '../../../platform/settings/service.ts';
import type { TimeLimit } from '../../catalog/content.ts';
import { agencyNames, venueNames } from '../../masterdata/queries.ts';
import { caseDeadline } from '../clock.service.ts';
import type { DeadlineExplanation } from '../deadline.ts';
import { latestMaterialStatus, refuseExempt } from '../exempt-materials.ts';
import { situationOf } from '../pinned-version.ts';
import { commitmentVerification, creditRecord, type CaseCommitment, type ServiceCaseRow } from '../schema.ts';
import { invalidField } from './invalid-field.ts';
import type { ActionContext } from './types.ts';

/** A non-blank text field of the body, trimmed; 400 naming the field otherwise. */
export function requiredText(
  a: ActionContext,
  field: 'reason' | 'legalBasis' | 'opinion' | 'result',
  zh: string,
): string {
  const v = a.body[field]?.trim();
  if (!v) throw invalidField(field, `${field} is required`, `请填写${zh}`);
  return v;
}

export const optionalText = (v: string | undefined) => (v?.trim() ? v.trim() : undefined);

export async function agencyName(tx: Db, id: string): Promise<string> {
  return (await agencyNames(tx, [id])).get(id) ?? id;
}

export async function venueName(tx: Db, id: string | null | undefined): Promise<string | undefined> {
  if (!id) return undefined;
  return (await venueNames(tx, [id])).get(id);
}

/** Working days of a limit, for documents ("3个工作日"); undefined for other units. */
export const workingDaysOf = (l: TimeLimit): number | undefined =>
  l.kind === 'period' && l.unit === 'working-days' ? l.value : undefined;

/** The clock of the case as if accepted on `acceptedOn` (the acceptance actions compute ahead). */
export async function clockAsOf(a: ActionContext, acceptedOn: string): Promise<DeadlineExplanation> {
  const d = await caseDeadline(a.tx, { ...a.row, acceptedOn }, a.version, a.today);
  if (!d) throw new Error('caseDeadline: no acceptance date');
  return d;
}

/** Facts every document of the case prints the same way. */
export async function commonFacts(a: ActionContext): Promise<Record<string, unknown>> {
  return {
    agencyName: await agencyName(a.tx, a.row.agencyId),
    contactPhone: a.version.content.consultationPhone,
  };
}

export async function hasCreditRecord(tx: Db, row: ServiceCaseRow): Promise<boolean> {
  const [r] = await tx
    .select({ id: creditRecord.id })
    .from(creditRecord)
    .where(and(eq(creditRecord.subjectType, row.applicantType), eq(creditRecord.subjectId, row.applicantId)))
    .limit(1);
  return !!r;
}

export interface MaterialCheck {
  /** The 容缺 materials with what the notice states. */
  deficient: { key: string; name: string; format: string; note: string }[];
}

/**
 * Acceptance needs every required material of the case's situation provided (or exempt, or
 * fetched by the platform). Only materials flagged 容缺 that are really missing may be left for
 * later (`missingMaterials`); anything else fails with every offending item listed.
 */
export async function checkMaterials(
  a: ActionContext,
  missingMaterials: readonly string[],
): Promise<MaterialCheck> {
  const situation = situationOf(a.version, a.row.answers);
  // A material exempt now (免证办, shared data) can never be named as missing.
  await refuseExempt(
    a.tx,
    a.row.id,
    missingMaterials.map((key, i) => ({ key, path: `/body/missingMaterials/${i}` })),
  );
  const latest = await latestMaterialStatus(a.tx, a.row.id);
  const present = (key: string) => ['provided', 'exempt', 'supplied'].includes(latest.get(key) ?? '');

  const byKey = new Map(situation.materials.map((m) => [m.id, m]));
  const bad: FieldError[] = [];
  missingMaterials.forEach((key, i) => {
    const m = byKey.get(key);
    const path = `/body/missingMaterials/${i}`;
    if (!m)
      bad.push({
        path,
        message: `${key} is not a material of this case`,
        messageZh: `${key}不是本办件的申请材料`,
      });
    else if (!m.deficiencyAllowed)
      bad.push({ path, message: `${m.name} may not be missing`, messageZh: `${m.name}不属于可容缺材料` });
    else if (present(key))
      bad.push({ path, message: `${m.name} was provided`, messageZh: `${m.name}已提交，无需容缺` });
  });
  if (bad.length)
    throw new AppError('CASE_DEFICIENCY_NOT_ALLOWED', { detail: 'not a 容缺 material', errors: bad });

  const allowed = new Set(missingMaterials);
  const missing = situation.materials.filter(
    // An e-license material without a linked license is asked for like any other.
    (m) => m.required && m.source !== 'shared-data' && !present(m.id) && !allowed.has(m.id),
  );
  if (missing.length)
    throw new AppError('CASE_MATERIALS_INCOMPLETE', {
      detail: `missing: ${missing.map((m) => m.id).join(', ')}`,
      errors: missing.map((m) => ({
        path: `/materials/${m.id}`,
        message: `${m.name} is missing`,
        messageZh: `缺少${m.name}`,
      })),
    });
  return {
    deficient: missingMaterials.map((key) => {
      const m = byKey.get(key)!;
      return { key, name: m.name, format: m.format, note: m.acceptanceStandard };
    }),
  };
}

/**
 * 告知承诺: the version must offer it and the applicant must have no credit record. Returns the
 * commitment the case carries after the action (the one signed online, or the one the clerk
 * records now), or null when the case does not go this way.
 */
export async function checkCommitment(a: ActionContext): Promise<CaseCommitment | null> {
  const wanted = a.body.commitment === true || a.row.commitment !== null;
  if (!wanted) return null;
  const offered = a.version.content.commitment;
  if (!offered)
    throw new AppError('CASE_COMMITMENT_NOT_ALLOWED', {
      detail: 'the item offers no notice-and-commitment',
      errors: [
        {
          path: '/body/commitment',
          message: 'this item has no notice-and-commitment',
          messageZh: '该事项不实行告知承诺制',
        },
      ],
    });
  if (await hasCreditRecord(a.tx, a.row))
    throw new AppError('CASE_COMMITMENT_NOT_ALLOWED', {
      detail: 'the applicant has a credit record',
      errors: [
        {
          path: '/body/commitment',
          message: 'the applicant has a record of a false commitment',
          messageZh: '申请人有承诺不实的信用记录，不适用告知承诺制',
        },
      ],
    });
  return (
    a.row.commitment ?? {
      text: offered.text,
      conditionIds: situationOf(a.version, a.row.answers)
        .conditions.filter((c) => c.commitmentAllowed)
        .map((c) => c.id),
      signedAt: new Date().toISOString(),
    }
  );
}

/** The verification task of a 告知承诺 case, created when it is approved. */
export async function verificationTask(a: ActionContext) {
  const days = await resolveSetting(a.tx, 'case.commitment-verification-working-days', {
    regionCode: a.row.regionCode,
    agencyId: a.row.agencyId,
  });
  return {
    id: uuidv7(),
    caseId: a.row.id,
    dueOn: a.calendar.addWorkingDays(a.today, Number(days.value)).due,
    plan: a.version.content.commitment?.verificationPlan ?? '',
    status: 'pending' as const,
  };
}

export const insertVerification = (tx: Db, task: Awaited<ReturnType<typeof verificationTask>>) =>
  tx.insert(commitmentVerification).values(task).onConflictDoNothing();

/** `case.concluded`: what regulators (the supervising agency) and statistics consume. */
export async function concludedEvent(
  a: ActionContext,
  decision: 'approved' | 'denied',
  acceptedOn: string,
): Promise<EventInput> {
  const clock = await clockAsOf(a, acceptedOn);
  return {
    type: 'case.concluded',
    payload: {
      caseId: a.row.id,
      caseNumber: a.row.caseNumber,
      implementationCode: a.row.implementationCode,
      agencyId: a.row.agencyId,
      supervisingAgencyId: a.version.content.supervisingAgencyId,
      decision,
      onTime: a.today <= clock.promisedDue,
      resultLicenseType: a.version.content.result.licenseType ?? null,
      concludedOn: a.today,
    },
  };
}

/** zh date for notices: 2026-03-01 → 2026年3月1日. */
export function zhDay(d: string): string {
  const [y, m, day] = d.split('-');
  return `${y}年${Number(m)}月${Number(day)}日`;
}
