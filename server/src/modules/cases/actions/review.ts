// Review (审查): assignment within the agency, pass or return with an opinion, special procedures
// (行政许可法 §45: hearing, inspection, testing… — the clock pauses while one runs, the applicant
// is told in writing) and the one extension (§42: +N working days with the agency's approval).
// The clock itself is recomputed by the dispatcher from the special-procedure rows and the
// extension the fold reads from the action detail ({workingDays}).
import { and, eq, isNull } from 'drizzle-orm';
import { AppError } from '../../../platform/errors/app-error.ts';
import { uuidv7 } from '../../../platform/ids.ts';
import { resolveSetting } from '../../../platform/settings/service.ts';
import { labelOf, SPECIAL_PROCEDURE_KINDS } from '../../catalog/codes.ts';
import { findActiveStaff } from '../../identity/directory.ts';
import { caseSpecialProcedure } from '../schema.ts';
import { commonFacts, requiredText, zhDay } from './handling.ts';
import { invalidField } from './invalid-field.ts';
import type { ActionHandler, ActionOutcome } from './types.ts';

/** 分派: to an active staff member of the case's agency. */
export const assign: ActionHandler = async (a) => {
  const id = a.body.assigneeId;
  if (!id) throw invalidField('assigneeId', 'name the staff member to assign', '请选择承办人');
  const member = await findActiveStaff(a.tx, id);
  if (!member || member.agencyId !== a.row.agencyId)
    throw new AppError('CASE_ASSIGNEE_INVALID', {
      errors: [
        {
          path: '/body/assigneeId',
          message: `not an active staff member of ${a.row.agencyId}`,
          messageZh: '承办人须为本部门在岗工作人员',
        },
      ],
    });
  return {
    detail: { assigneeId: member.id, assigneeName: member.name },
    patch: { assigneeId: member.id },
  } satisfies ActionOutcome;
};

/** 审查通过, with the reviewer's opinion. */
export const reviewPass: ActionHandler = (a) => {
  const opinion = requiredText(a, 'opinion', '审查意见');
  return { opinion, detail: {} } satisfies ActionOutcome;
};

/** 退回审查: the decider sends the case back, saying why. */
export const returnToReview: ActionHandler = (a) => {
  const opinion = requiredText(a, 'opinion', '退回意见');
  return { opinion, detail: {} } satisfies ActionOutcome;
};

const procedureName = (kind: string) => labelOf(SPECIAL_PROCEDURE_KINDS, kind)?.zh ?? kind;

/** 启动特别程序: only a kind the item provides for; the notice states its maximum. */
export const startSpecialProcedure: ActionHandler = async (a) => {
  const kind = a.body.procedureKind;
  if (!kind) throw invalidField('procedureKind', 'name the special procedure', '请选择特别程序种类');
  const provided = a.version.content.specialProcedures.find((p) => p.kind === kind);
  if (!provided)
    throw new AppError('CASE_SPECIAL_PROCEDURE_NOT_ALLOWED', {
      detail: `the item provides for: ${a.version.content.specialProcedures.map((p) => p.kind).join(', ') || 'none'}`,
      errors: [
        {
          path: '/body/procedureKind',
          message: `${kind} is not a special procedure of this item`,
          messageZh: `本事项未规定${procedureName(kind)}程序`,
        },
      ],
    });
  const reason = requiredText(a, 'reason', '启动特别程序的理由');
  const row = {
    id: uuidv7(),
    caseId: a.row.id,
    kind,
    reason,
    maxWorkingDays: provided.maxWorkingDays,
    startedOn: a.today,
  };
  return {
    detail: { procedureKind: kind, reason, maxWorkingDays: provided.maxWorkingDays, procedureId: row.id },
    write: async (tx) => {
      await tx.insert(caseSpecialProcedure).values(row);
    },
    documents: [
      {
        kind: 'special-procedure-notice',
        facts: {
          ...(await commonFacts(a)),
          specialProcedure: { kind, reason, maxWorkingDays: provided.maxWorkingDays, startedOn: a.today },
        },
      },
    ],
    notice: {
      title: `您的办件需要进行${procedureName(kind)}`,
      body: `您申请的${a.row.itemName}（办件编号${a.row.caseNumber ?? ''}）自${zhDay(a.today)}起进行${procedureName(kind)}（最长${provided.maxWorkingDays}个工作日），所需时间不计入办理期限。理由：${reason}。`,
    },
  } satisfies ActionOutcome;
};

/** 结束特别程序: closes the running procedure with its result; the clock runs again. */
export const endSpecialProcedure: ActionHandler = async (a) => {
  const result = requiredText(a, 'result', '特别程序结果');
  const [running] = await a.tx
    .select()
    .from(caseSpecialProcedure)
    .where(and(eq(caseSpecialProcedure.caseId, a.row.id), isNull(caseSpecialProcedure.endedOn)));
  if (!running) throw new Error(`case ${a.row.id} is suspended without a running special procedure`);
  const days = a.calendar.workingDaysBetween(running.startedOn, a.today).days;
  return {
    detail: { procedureKind: running.kind, procedureId: running.id, result, workingDaysPaused: days },
    opinion: result,
    write: async (tx) => {
      await tx
        .update(caseSpecialProcedure)
        .set({ endedOn: a.today, result })
        .where(eq(caseSpecialProcedure.id, running.id));
    },
    notice: {
      title: `${procedureName(running.kind)}已结束`,
      body: `您申请的${a.row.itemName}（办件编号${a.row.caseNumber ?? ''}）的${procedureName(running.kind)}已于${zhDay(a.today)}结束，办理期限恢复计算，顺延${days}个工作日。`,
    },
  } satisfies ActionOutcome;
};

/** 延长办理期限: once, at most the configured working days, with a reason. */
export const extend: ActionHandler = async (a) => {
  if (a.state.extensionDays > 0)
    throw new AppError('CASE_EXTENSION_USED', {
      detail: `already extended by ${a.state.extensionDays} working days`,
    });
  const reason = requiredText(a, 'reason', '延期理由');
  const max = Number(
    (
      await resolveSetting(a.tx, 'case.extension-working-days', {
        regionCode: a.row.regionCode,
        agencyId: a.row.agencyId,
      })
    ).value,
  );
  const workingDays = a.body.workingDays ?? max;
  if (workingDays > max)
    throw invalidField(
      'workingDays',
      `an extension adds at most ${max} working days`,
      `延长期限最多${max}个工作日`,
    );
  return {
    detail: { workingDays, reason },
    opinion: reason,
    notice: {
      title: '您的办件办理期限已延长',
      body: `您申请的${a.row.itemName}（办件编号${a.row.caseNumber ?? ''}）经批准延长办理期限${workingDays}个工作日。理由：${reason}。`,
    },
  } satisfies ActionOutcome;
};
