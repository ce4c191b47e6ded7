// Actions the system takes on the legal clock (sweeps and the calendar handler in sweeps.ts).
// Each checks its own rule again on the locked case, so a sweep that raced a clerk never acts on
// a stale view: the dispatcher has locked the row, and these handlers refuse when the rule no
// longer holds (the sweep then skips the case).
//
// - deem-accept (行政许可法 §32): receipt + N working days (case.correction-notice-working-days)
//   passed without acceptance, refusal or a correction notice → accepted as of the day of
//   receipt (the fold sets acceptedOn = receivedOn, so the clock runs from receipt).
// - terminate: the 容缺 deadline passed with materials still outstanding.
// - recompute-deadline: the calendar changed and the due dates moved; old and new are logged.
// - mark-overdue: the promised due date passed; `case.overdue` names the agency (督办).
import { AppError } from '../../../platform/errors/app-error.ts';
import { resolveSetting } from '../../../platform/settings/service.ts';
import { businessDate } from '../../../platform/time/business-date.ts';
import { caseDeadline } from '../clock.service.ts';
import { deemedAcceptanceDay } from '../deadline.ts';
import { situationOf } from '../pinned-version.ts';
import { commonFacts } from './handling.ts';
import type { ActionContext, ActionHandler } from './types.ts';

const LICENSING_LAW = '《中华人民共和国行政许可法》';

const notNow = (detail: string) => new AppError('CASE_ACTION_NOT_ALLOWED', { detail });

/** The §32 period in force for the case's agency on the day of receipt. */
export async function correctionNoticeDays(
  a: Pick<ActionContext, 'tx'>,
  c: { agencyId: string; regionCode: string },
  on: string,
): Promise<number> {
  const s = await resolveSetting(a.tx, 'case.correction-notice-working-days', {
    agencyId: c.agencyId,
    regionCode: c.regionCode,
    date: on,
  });
  return Number(s.value);
}

export const deemAccept: ActionHandler = async (a) => {
  const receivedOn = a.state.receivedOn;
  if (!receivedOn) throw notNow('the case has no day of receipt');
  const days = await correctionNoticeDays(a, a.row, receivedOn);
  const lastDay = deemedAcceptanceDay(a.calendar, receivedOn, days);
  if (!(a.today > lastDay))
    throw notNow(`the ${days} working days after receipt on ${receivedOn} run until ${lastDay}`);
  return {
    detail: { deemed: true, receivedOn, lastDay, workingDays: days },
    opinion: `收件后${days}个工作日内未作出受理、不予受理或补正告知，依法视为受理（${LICENSING_LAW}第三十二条）`,
    documents: [
      {
        kind: 'acceptance-notice',
        facts: { ...(await commonFacts(a)), receivedOn, acceptedOn: receivedOn, deemed: true },
      },
    ],
    notice: {
      title: '申请已视为受理',
      body: `您于${receivedOn}提交的“${a.row.itemName}”申请（${a.row.caseNumber ?? ''}）在${days}个工作日内未收到补正或不予受理告知，依法视为受理，受理日期为${receivedOn}，办理期限自该日起计算。`,
    },
    events: [
      {
        type: 'case.accepted',
        payload: {
          caseId: a.row.id,
          caseNumber: a.row.caseNumber,
          implementationCode: a.row.implementationCode,
          agencyId: a.row.agencyId,
          acceptedOn: receivedOn,
          deemed: true,
        },
      },
    ],
  };
};

export const terminate: ActionHandler = async (a) => {
  const outstanding = a.state.outstandingMaterials;
  const due = a.row.deficiencyDue;
  if (!outstanding.length) throw notNow('no material is outstanding');
  if (!due || !(a.today > due)) throw notNow(`the materials are due by ${due ?? '—'}`);
  const materials = situationOf(a.version, a.row.answers).materials;
  const names = outstanding.map((k) => materials.find((m) => m.id === k)?.name ?? k);
  const reason =
    `本申请于${a.row.acceptedOn ?? ''}容缺受理，申请人承诺于${due}前补齐材料、逾期未补齐的同意终止办理。` +
    `截至期限，以下材料仍未补齐：${names.join('、')}。`;
  return {
    detail: { outstandingMaterials: outstanding, deficiencyDue: due },
    opinion: reason,
    documents: [
      {
        kind: 'termination-notice',
        facts: {
          ...(await commonFacts(a)),
          reason,
          missingMaterials: names.map((name) => ({ name })),
          deficiencyDueOn: due,
        },
      },
    ],
    notice: {
      title: '办件已终止办理',
      body: `您的“${a.row.itemName}”申请（${a.row.caseNumber ?? ''}）容缺受理后未在${due}前补齐材料（${names.join('、')}），已终止办理。您可以重新提出申请。`,
    },
  };
};

/**
 * Whether the current calendar moves the stored due dates. A running special procedure moves
 * them every day by itself, so the comparison is made as of the day they were stored.
 */
export async function dueDatesMoved(
  tx: ActionContext['tx'],
  row: ActionContext['row'],
  version: ActionContext['version'],
): Promise<boolean> {
  const d = await caseDeadline(tx, row, version, businessDate(row.updatedAt));
  return !!d && (d.statutoryDue !== row.statutoryDue || d.promisedDue !== row.promisedDue);
}

export const recomputeDeadline: ActionHandler = async (a) => {
  const before = { statutoryDue: a.row.statutoryDue, promisedDue: a.row.promisedDue };
  if (!(await dueDatesMoved(a.tx, a.row, a.version))) throw notNow('the due dates did not change');
  const d = await caseDeadline(a.tx, a.row, a.version, a.today);
  if (!d) throw notNow('the case has not been accepted');
  const after = { statutoryDue: d.statutoryDue, promisedDue: d.promisedDue };
  // A due date moved past today lifts an overdue mark; the sweep sets it again if it passes.
  const lifted = a.row.overdueSince !== null && after.promisedDue >= a.today;
  return {
    detail: { before, after, reason: a.body.reason ?? null, provisional: d.provisional },
    opinion: `工作日历调整，办理期限重新计算：承诺办结日 ${before.promisedDue ?? '—'} → ${after.promisedDue}，法定办结日 ${before.statutoryDue ?? '—'} → ${after.statutoryDue}`,
    ...(lifted && { patch: { overdueSince: null } }),
  };
};

export const markOverdue: ActionHandler = async (a) => {
  if (a.row.overdueSince) throw notNow(`already overdue since ${a.row.overdueSince}`);
  // The stored due date may lag a running pause; the fresh one decides.
  const d = await caseDeadline(a.tx, a.row, a.version, a.today);
  if (!d) throw notNow('the case has not been accepted');
  if (!(a.today > d.promisedDue)) throw notNow(`the case is due on ${d.promisedDue}`);
  const statutoryPassed = a.today > d.statutoryDue;
  return {
    detail: { promisedDue: d.promisedDue, statutoryDue: d.statutoryDue, statutoryPassed },
    opinion: `已超过承诺办结日（${d.promisedDue}）${statutoryPassed ? `及法定办结日（${d.statutoryDue}）` : ''}，提请部门负责人督办`,
    patch: { overdueSince: a.today },
    events: [
      {
        type: 'case.overdue',
        payload: {
          caseId: a.row.id,
          caseNumber: a.row.caseNumber,
          itemName: a.row.itemName,
          agencyId: a.row.agencyId,
          regionCode: a.row.regionCode,
          promisedDue: d.promisedDue,
          statutoryDue: d.statutoryDue,
          statutoryPassed,
          overdueSince: a.today,
        },
      },
    ],
  };
};
