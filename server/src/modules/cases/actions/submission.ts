// The applicant's actions: submit (the draft becomes an application with a case number),
// resubmit after a one-time correction notice (a new round of form data and materials),
// supplement the materials accepted as missing (容缺), and withdraw before the decision.
// Submission checks the situation, the form, the materials against the implementation's list
// (every missing one named at once) and the 告知承诺 choice. 免证办: with the applicant's consent
// (licenseConsent) an e-license material is satisfied by a valid license the subject holds; each
// link is logged in license_access so the holder sees the use.
import { and, desc, eq, inArray, max } from 'drizzle-orm';
import type { Db } from '../../../platform/db/database.ts';
import { AppError, type FieldError } from '../../../platform/errors/app-error.ts';
import { nextCaseNumber } from '../../../platform/identifiers/next-case-number.ts';
import { uuidv7 } from '../../../platform/ids.ts';
import { compileFormValidator } from '../../catalog/form-validator.ts';
import { refuseExempt } from '../exempt-materials.ts';
import {
  choicesOutsideList,
  IN_PERSON_CHANNELS,
  snapshotMaterials,
  type ChosenMaterial,
  type MaterialObjectRef,
  type SnapshotRow,
} from '../material-check.ts';
import { situationOf } from '../pinned-version.ts';
import { caseMaterial, creditRecord, material, type CaseCommitment, type ServiceCaseRow } from '../schema.ts';
import { heldLicenses, lastConsent, recordLicenseUse } from './license-use.ts';
import type { ActionContext, ActionHandler, ActionOutcome } from './types.ts';

/** The draft's chosen materials (round 0 rows, replaced on every draft save). */
export async function draftChoices(tx: Db, caseId: string): Promise<ChosenMaterial[]> {
  const rows = await tx
    .select({ materialKey: caseMaterial.materialKey, materialId: caseMaterial.materialId })
    .from(caseMaterial)
    .where(and(eq(caseMaterial.caseId, caseId), eq(caseMaterial.round, 0)));
  return rows.flatMap((r) =>
    r.materialId ? [{ materialKey: r.materialKey, materialId: r.materialId }] : [],
  );
}

/** The subject's material objects named by the choices; 400 naming each one that is not theirs. */
export async function ownedMaterials(
  tx: Db,
  applicant: Pick<ServiceCaseRow, 'applicantType' | 'applicantId'>,
  choices: readonly ChosenMaterial[],
): Promise<Map<string, MaterialObjectRef & { name: string }>> {
  const ids = [...new Set(choices.map((c) => c.materialId))];
  const rows = ids.length
    ? await tx
        .select({ id: material.id, sm3: material.sm3, provenance: material.provenance, name: material.name })
        .from(material)
        .where(
          and(
            inArray(material.id, ids),
            eq(material.subjectType, applicant.applicantType),
            eq(material.subjectId, applicant.applicantId),
          ),
        )
    : [];
  const byId = new Map(rows.map((r) => [r.id, r]));
  const errors: FieldError[] = [];
  const chosen = new Map<string, MaterialObjectRef & { name: string }>();
  choices.forEach((c, i) => {
    const m = byId.get(c.materialId);
    if (!m)
      errors.push({
        path: `/body/materials/${i}/materialId`,
        message: 'no such material of the applicant',
        messageZh: '申请人名下没有该材料',
      });
    else chosen.set(c.materialKey, m);
  });
  if (errors.length) throw new AppError('VALIDATION_FAILED', { errors });
  return chosen;
}

async function hasCreditRecord(tx: Db, row: ServiceCaseRow): Promise<boolean> {
  const [r] = await tx
    .select({ id: creditRecord.id })
    .from(creditRecord)
    .where(and(eq(creditRecord.subjectType, row.applicantType), eq(creditRecord.subjectId, row.applicantId)))
    .limit(1);
  return !!r;
}

async function lastRound(tx: Db, caseId: string): Promise<number> {
  const [r] = await tx
    .select({ n: max(caseMaterial.round) })
    .from(caseMaterial)
    .where(eq(caseMaterial.caseId, caseId));
  return r?.n ?? 0;
}

/** The latest snapshot's provided (or supplied) materials: what a resubmission starts from. */
async function latestChoices(tx: Db, caseId: string): Promise<ChosenMaterial[]> {
  const rows = await tx
    .select({ materialKey: caseMaterial.materialKey, materialId: caseMaterial.materialId })
    .from(caseMaterial)
    .where(eq(caseMaterial.caseId, caseId))
    .orderBy(desc(caseMaterial.round));
  const seen = new Set<string>();
  const out: ChosenMaterial[] = [];
  for (const r of rows) {
    if (seen.has(r.materialKey)) continue;
    seen.add(r.materialKey);
    if (r.materialId) out.push({ materialKey: r.materialKey, materialId: r.materialId });
  }
  return out;
}

async function insertRows(tx: Db, caseId: string, round: number, rows: readonly SnapshotRow[]) {
  if (rows.length)
    await tx.insert(caseMaterial).values(rows.map((r) => ({ id: uuidv7(), caseId, round, ...r })));
}

interface Application {
  patch: NonNullable<ActionOutcome['patch']>;
  rows: SnapshotRow[];
  detail: Record<string, unknown>;
  /** 免证办: the licenses linked in this round (each use is recorded for the holder). */
  linkedLicenses: { materialKey: string; licenseId: string }[];
}

/** The checks of a (re)submission: situation, form, materials, commitment. */
async function checkApplication(
  a: ActionContext,
  defaults: readonly ChosenMaterial[],
  consentByDefault = false,
): Promise<Application> {
  const { tx, row, version, body } = a;
  const answers = body.answers ?? row.answers;
  const formData = body.formData ?? row.formData;
  const situation = situationOf(version, answers);

  const formErrors: FieldError[] = situation.questions
    .filter((q) => !Object.hasOwn(situation.answered, q.id))
    .map((q) => ({
      path: `/answers/${q.id}`,
      message: `answer the question: ${q.text}`,
      messageZh: `请回答：${q.text}`,
    }));
  formErrors.push(...compileFormValidator(version.content.form)(formData));
  if (formErrors.length) throw new AppError('FORM_DATA_INVALID', { errors: formErrors });

  const choices = body.materials ?? defaults;
  const outside = choicesOutsideList(version.content.materials, situation.materials, choices);
  if (outside.length) throw new AppError('VALIDATION_FAILED', { errors: outside });
  const inPerson = IN_PERSON_CHANNELS.includes(row.channel);
  const paper = body.paperMaterials ?? [];
  if (paper.length && !inPerson)
    throw new AppError('VALIDATION_FAILED', {
      errors: [
        {
          path: '/body/paperMaterials',
          message: 'paper materials are checked at a window only',
          messageZh: '纸质材料仅在窗口办理时核验',
        },
      ],
    });
  const paperOutside = choicesOutsideList(
    version.content.materials,
    situation.materials,
    paper.map((materialKey) => ({ materialKey, materialId: '' })),
  ).map((e) => ({
    ...e,
    path: e.path.replace('/body/materials/', '/body/paperMaterials/').replace(/\/materialKey$/, ''),
  }));
  if (paperOutside.length) throw new AppError('VALIDATION_FAILED', { errors: paperOutside });
  const chosen = await ownedMaterials(tx, row, choices);
  const licenseConsent = body.licenseConsent ?? consentByDefault;
  const { rows, missing } = snapshotMaterials(situation.materials, chosen, {
    inPerson,
    paper: new Set(paper),
    licenses: await heldLicenses(a, situation.materials, licenseConsent),
  });
  if (missing.length)
    throw new AppError('CASE_MATERIALS_INCOMPLETE', {
      detail: `missing: ${missing.map((m) => m.path.slice('/materials/'.length)).join(', ')}`,
      errors: missing,
    });

  const wantsCommitment = body.commitment ?? row.commitment !== null;
  let commitment: CaseCommitment | null = null;
  if (wantsCommitment) {
    const offered = version.content.commitment;
    if (!offered)
      throw new AppError('CASE_COMMITMENT_NOT_ALLOWED', {
        detail: 'this implementation has no notice-and-commitment option',
      });
    if (await hasCreditRecord(tx, row))
      throw new AppError('CASE_COMMITMENT_NOT_ALLOWED', {
        detail: 'the applicant has a record of a broken commitment (credit record)',
      });
    commitment = {
      text: offered.text,
      conditionIds: situation.conditions.filter((c) => c.commitmentAllowed).map((c) => c.id),
      signedAt: new Date().toISOString(),
    };
  }
  const linkedLicenses = rows.flatMap((r) =>
    r.licenseId ? [{ materialKey: r.materialKey, licenseId: r.licenseId }] : [],
  );
  const exempt = rows.filter((r) => r.status === 'exempt').map((r) => r.materialKey);
  return {
    patch: { answers: situation.answered, formData, commitment, exemptMaterialCount: exempt.length },
    rows,
    detail: {
      provided: rows.filter((r) => r.status === 'provided').map((r) => r.materialKey),
      missing: rows.filter((r) => r.status === 'missing').map((r) => r.materialKey),
      exempt,
      commitment: commitment !== null,
      licenseConsent,
      linkedLicenses,
    },
    linkedLicenses,
  };
}

export const submit: ActionHandler = async (a) => {
  const { tx, row } = a;
  const app = await checkApplication(a, await draftChoices(tx, row.id));
  const caseNumber = row.caseNumber ?? (await nextCaseNumber(tx, row.regionCode.slice(0, 6)));
  const submittedAt = new Date();
  return {
    detail: { round: 1, ...app.detail },
    patch: { ...app.patch, caseNumber, submittedAt },
    write: async (w) => {
      await w.delete(caseMaterial).where(eq(caseMaterial.caseId, row.id));
      await insertRows(w, row.id, 1, app.rows);
      await recordLicenseUse(w, a, app.linkedLicenses);
    },
    notice: {
      title: '申请已提交',
      body: `已收到您的申请：“${row.itemName}”，办件编号 ${caseNumber}。受理机关将在5个工作日内作出受理、不予受理或一次性告知补正的决定，请留意站内消息。`,
    },
    events: [
      {
        type: 'case.submitted',
        payload: {
          caseId: row.id,
          caseNumber,
          implementationCode: row.implementationCode,
          agencyId: row.agencyId,
          channel: row.channel,
          applicantType: row.applicantType,
          acceptingVenueId: row.acceptingVenueId,
        },
      },
    ],
  };
};

export const resubmit: ActionHandler = async (a) => {
  const { tx, row } = a;
  const app = await checkApplication(a, await latestChoices(tx, row.id), await lastConsent(tx, row.id));
  const round = (await lastRound(tx, row.id)) + 1;
  return {
    detail: { round, ...app.detail },
    patch: app.patch,
    write: async (w) => {
      await insertRows(w, row.id, round, app.rows);
      await recordLicenseUse(w, a, app.linkedLicenses);
    },
    notice: {
      title: '补正材料已提交',
      body: `已收到您补正后的申请：“${row.itemName}”，办件编号 ${row.caseNumber ?? ''}。受理机关将重新审核。`,
    },
  };
};

export const supplement: ActionHandler = async (a) => {
  const { tx, row, state, body } = a;
  const choices = body.materials ?? [];
  if (!choices.length)
    throw new AppError('VALIDATION_FAILED', {
      errors: [
        { path: '/body/materials', message: 'name the materials supplied', messageZh: '请选择补交的材料' },
      ],
    });
  // A material the platform fetched (免证办, shared data) is never asked for again.
  await refuseExempt(
    tx,
    row.id,
    choices.map((c, i) => ({ key: c.materialKey, path: `/body/materials/${i}/materialKey` })),
  );
  const outstanding = new Set(state.outstandingMaterials);
  const errors: FieldError[] = [];
  choices.forEach((c, i) => {
    if (!outstanding.has(c.materialKey))
      errors.push({
        path: `/body/materials/${i}/materialKey`,
        message: `${c.materialKey} is not a material accepted as missing`,
        messageZh: `${c.materialKey} 不是容缺受理时缺少的材料`,
      });
  });
  if (new Set(choices.map((c) => c.materialKey)).size !== choices.length)
    errors.push({
      path: '/body/materials',
      message: 'a material is given twice',
      messageZh: '同一材料重复提交',
    });
  if (errors.length) throw new AppError('VALIDATION_FAILED', { errors });
  const chosen = await ownedMaterials(tx, row, choices);
  const round = (await lastRound(tx, row.id)) + 1;
  const names = new Map(a.version.content.materials.map((m) => [m.id, m]));
  const rows: SnapshotRow[] = choices.map((c) => {
    const m = chosen.get(c.materialKey)!;
    const def = names.get(c.materialKey);
    return {
      materialKey: c.materialKey,
      name: def?.name ?? m.name,
      requirement: def?.requirement ?? 'required',
      status: 'supplied',
      materialId: m.id,
      sm3: m.sm3,
      provenance: m.provenance,
      licenseId: null,
    };
  });
  const materialKeys = choices.map((c) => c.materialKey);
  const remaining = state.outstandingMaterials.filter((k) => !materialKeys.includes(k));
  return {
    detail: { materialKeys, round, remaining },
    ...(remaining.length === 0 && { patch: { deficiencyDue: null } }),
    write: (w) => insertRows(w, row.id, round, rows),
    notice: {
      title: '容缺材料已补交',
      body: remaining.length
        ? `已收到您补交的材料（办件编号 ${row.caseNumber ?? ''}），仍需补交 ${remaining.length} 项，请在期限内补齐。`
        : `已收到您补交的材料（办件编号 ${row.caseNumber ?? ''}），容缺材料已全部补齐。`,
    },
  };
};

export const withdraw: ActionHandler = (a) => {
  const reason = a.body.reason?.trim() || null;
  return {
    detail: reason ? { reason } : {},
    opinion: reason,
    notice: {
      title: '申请已撤回',
      body: `您的申请“${a.row.itemName}”（办件编号 ${a.row.caseNumber ?? ''}）已撤回，办理终止。如需办理，可重新提交申请。`,
    },
  };
};
