// Acceptance (行政许可法 §32): accept — possibly with deficiency (容缺) or on the applicant's
// commitment (告知承诺) —, accept and conclude on the spot (即办), one-time correction notice,
// refusal. These are taken at the accepting place: the dispatcher has checked that the clerk's
// case.accept covers the case; a clerk who sees it only as the pickup venue may not accept it.
//
// 告知承诺: the commitment is checked at acceptance (the version offers it, the applicant has no
// credit record) and recorded on the case; the verification task is created when the case is
// approved (here for 即办, in decision.ts otherwise), with its due date counted from conclusion.
import { AppError } from '../../../platform/errors/app-error.ts';
import { resolveSetting } from '../../../platform/settings/service.ts';
import { deemedAcceptanceDay } from '../deadline.ts';
import { refuseExempt } from '../exempt-materials.ts';
import { situationOf } from '../pinned-version.ts';
import {
  checkCommitment,
  checkMaterials,
  clockAsOf,
  commonFacts,
  concludedEvent,
  hasCreditRecord,
  insertVerification,
  requiredText,
  venueName,
  verificationTask,
  workingDaysOf,
  zhDay,
} from './handling.ts';
import { invalidField } from './invalid-field.ts';
import type { ActionContext, ActionHandler, ActionOutcome, DocumentRequest } from './types.ts';

/** Acceptance decisions belong to the accepting venue (not to the venue handing out the result). */
function atAcceptingPlace(a: ActionContext): void {
  const { venueId } = a.party;
  if (venueId && a.row.acceptingVenueId && venueId !== a.row.acceptingVenueId)
    throw new AppError('CASE_VENUE_NOT_ALLOWED', {
      detail: `the case is accepted at ${a.row.acceptingVenueId}, not ${venueId}`,
    });
}

const setting = async (a: ActionContext, key: string) =>
  Number((await resolveSetting(a.tx, key, { regionCode: a.row.regionCode, agencyId: a.row.agencyId })).value);

/** What accept and accept-and-conclude share: materials, commitment, the acceptance notice. */
async function acceptance(a: ActionContext, missingMaterials: readonly string[]) {
  atAcceptingPlace(a);
  const materials = await checkMaterials(a, missingMaterials);
  const commitment = await checkCommitment(a);
  const clock = await clockAsOf(a, a.today);
  const situation = situationOf(a.version, a.row.answers);
  const common = await commonFacts(a);
  const venue = await venueName(a.tx, a.party.venueId ?? a.row.acceptingVenueId);
  const notice: DocumentRequest = {
    kind: 'acceptance-notice',
    facts: {
      ...common,
      acceptedOn: a.today,
      venueName: venue,
      promisedDue: clock.promisedDue,
      statutoryDue: clock.statutoryDue,
      promisedWorkingDays: workingDaysOf(situation.promisedLimit),
      statutoryWorkingDays: workingDaysOf(situation.statutoryLimit),
      ...(commitment && { commitmentText: commitment.text }),
    },
  };
  return { materials, commitment, clock, common, notice };
}

export const accept: ActionHandler = async (a) => {
  const missingMaterials = [...new Set(a.body.missingMaterials ?? [])];
  if (a.body.deficiencyDueOn && !missingMaterials.length)
    throw invalidField(
      'deficiencyDueOn',
      'a deadline to supply needs the missing materials (missingMaterials)',
      '未列明容缺材料，不能设定补齐期限',
    );
  const { materials, commitment, clock, common, notice } = await acceptance(a, missingMaterials);
  const documents: DocumentRequest[] = [notice];
  let deficiencyDue: string | null = null;
  let deficiencyCommitment: string | undefined;

  if (missingMaterials.length) {
    // 容缺: never for an applicant with a credit record; the deadline never past the promised due.
    if (await hasCreditRecord(a.tx, a.row))
      throw new AppError('CASE_DEFICIENCY_NOT_ALLOWED', {
        detail: 'the applicant has a credit record',
        errors: [
          {
            path: '/body/missingMaterials',
            message: 'applicants with a credit record cannot be accepted with deficiency',
            messageZh: '申请人有失信记录，不适用容缺受理',
          },
        ],
      });
    const byDefault = a.calendar.addWorkingDays(
      a.today,
      await setting(a, 'case.deficiency-supply-working-days'),
    ).due;
    deficiencyDue = a.body.deficiencyDueOn ?? (byDefault < clock.promisedDue ? byDefault : clock.promisedDue);
    if (deficiencyDue < a.today)
      throw new AppError('CASE_DEFICIENCY_NOT_ALLOWED', {
        errors: [
          {
            path: '/body/deficiencyDueOn',
            message: 'the deadline to supply is in the past',
            messageZh: '补齐期限不能早于今天',
          },
        ],
      });
    if (deficiencyDue > clock.promisedDue)
      throw new AppError('CASE_DEFICIENCY_NOT_ALLOWED', {
        detail: `the deadline to supply (${deficiencyDue}) is past the promised due date ${clock.promisedDue}`,
        errors: [
          {
            path: '/body/deficiencyDueOn',
            message: `the deadline to supply may not be later than the promised due date ${clock.promisedDue}`,
            messageZh: `补齐期限不得晚于承诺办结日期${clock.promisedDue}`,
          },
        ],
      });
    deficiencyCommitment = `申请人承诺于${zhDay(deficiencyDue)}前补齐${materials.deficient
      .map((m) => `《${m.name}》`)
      .join('')}，逾期未补齐的，同意终止办理并记入信用记录。`;
    documents.push({
      kind: 'deficiency-notice',
      facts: {
        ...common,
        acceptedOn: a.today,
        missingMaterials: materials.deficient.map((m) => ({ name: m.name, format: m.format, note: m.note })),
        deficiencyDueOn: deficiencyDue,
        commitmentText: deficiencyCommitment,
      },
    });
  }

  return {
    detail: {
      missingMaterials,
      ...(deficiencyDue && {
        deficiencyDueOn: deficiencyDue,
        deficiencyCommitment,
      }),
      ...(commitment && { commitment: true }),
      promisedDue: clock.promisedDue,
      statutoryDue: clock.statutoryDue,
    },
    patch: {
      acceptingVenueId: a.row.acceptingVenueId ?? a.party.venueId,
      ...(a.party.windowCode && !a.row.acceptingWindowCode && { acceptingWindowCode: a.party.windowCode }),
      deficiencyDue,
      ...(commitment && { commitment }),
    },
    documents,
    notice: {
      title: missingMaterials.length ? '您的申请已容缺受理' : '您的申请已受理',
      body:
        `您申请的${a.row.itemName}（办件编号${a.row.caseNumber ?? ''}）已于${zhDay(a.today)}受理，` +
        `承诺办结日期为${zhDay(clock.promisedDue)}。` +
        (deficiencyDue
          ? `请于${zhDay(deficiencyDue)}前补齐：${materials.deficient.map((m) => m.name).join('、')}，逾期未补齐将终止办理。`
          : ''),
    },
    events: [
      {
        type: 'case.accepted',
        payload: {
          caseId: a.row.id,
          caseNumber: a.row.caseNumber,
          implementationCode: a.row.implementationCode,
          agencyId: a.row.agencyId,
          acceptedOn: a.today,
          deficiency: missingMaterials.length > 0,
          commitment: !!commitment,
        },
      },
    ],
  } satisfies ActionOutcome;
};

/** 即办 / 收件即受理: accepted and approved in one step at the window. */
export const acceptAndConclude: ActionHandler = async (a) => {
  if (a.body.missingMaterials?.length)
    throw new AppError('CASE_DEFICIENCY_NOT_ALLOWED', {
      detail: 'an on-the-spot case is concluded with every material',
      errors: [
        {
          path: '/body/missingMaterials',
          message: 'no material may be missing when a case is concluded on the spot',
          messageZh: '即办件不适用容缺受理',
        },
      ],
    });
  const { commitment, clock, common, notice } = await acceptance(a, []);
  const opinion = a.body.opinion?.trim() || '材料齐全，符合法定形式，当场办结';
  const task = commitment ? await verificationTask(a) : null;
  const concluded = await concludedEvent(a, 'approved', a.today);
  return {
    detail: {
      ...(commitment && { commitment: true }),
      promisedDue: clock.promisedDue,
      statutoryDue: clock.statutoryDue,
      ...(task && { verificationDueOn: task.dueOn }),
    },
    opinion,
    patch: {
      acceptingVenueId: a.row.acceptingVenueId ?? a.party.venueId,
      ...(commitment && { commitment }),
    },
    ...(task && {
      write: async (tx) => {
        await insertVerification(tx, task);
      },
    }),
    documents: [
      notice,
      {
        kind: 'approval-decision',
        facts: { ...common, acceptedOn: a.today, opinion, resultName: a.version.content.result.name },
      },
    ],
    notice: {
      title: '您的申请已办结',
      body: `您申请的${a.row.itemName}（办件编号${a.row.caseNumber ?? ''}）已于${zhDay(a.today)}当场办结，准予办理。`,
    },
    events: [
      {
        type: 'case.accepted',
        payload: {
          caseId: a.row.id,
          caseNumber: a.row.caseNumber,
          implementationCode: a.row.implementationCode,
          agencyId: a.row.agencyId,
          acceptedOn: a.today,
          deficiency: false,
          commitment: !!commitment,
        },
      },
      concluded,
    ],
  } satisfies ActionOutcome;
};

/**
 * 一次性告知: every missing or defective item in one notice, each naming a material of the case
 * (nothing outside the item's list may be demanded) or the form. Only within the §32 window: once
 * it has passed, the application counts as accepted on receipt.
 */
export const requestCorrection: ActionHandler = async (a) => {
  atAcceptingPlace(a);
  const items = a.body.items ?? [];
  if (!items.length)
    throw invalidField('items', 'list every item to correct', '请逐项列明需要补正的全部内容');
  const receivedOn = a.state.receivedOn ?? a.row.receivedOn ?? a.today;
  const lastDay = deemedAcceptanceDay(
    a.calendar,
    receivedOn,
    await setting(a, 'case.correction-notice-working-days'),
  );
  if (a.today > lastDay)
    throw new AppError('CASE_CORRECTION_TOO_LATE', {
      detail: `received on ${receivedOn}; the one-time notice was due by ${lastDay}: the application counts as accepted`,
      allowedActions: ['accept', 'refuse'],
    });
  const materials = new Map(situationOf(a.version, a.row.answers).materials.map((m) => [m.id, m]));
  const bad = items.flatMap((item, i) =>
    item.materialKey !== undefined && !materials.has(item.materialKey)
      ? [
          {
            path: `/body/items/${i}/materialKey`,
            message: `${item.materialKey} is not on the item's list of materials`,
            messageZh: `${item.materialKey}不在本事项的申请材料清单内`,
          },
        ]
      : [],
  );
  if (bad.length) throw new AppError('CASE_MATERIAL_NOT_LISTED', { errors: bad });
  // 免证办 / shared data: what the platform fetched is never demanded from the applicant.
  await refuseExempt(
    a.tx,
    a.row.id,
    items.flatMap((item, i) =>
      item.materialKey !== undefined ? [{ key: item.materialKey, path: `/body/items/${i}/materialKey` }] : [],
    ),
  );
  const lines = items.map((item) => {
    const m = item.materialKey ? materials.get(item.materialKey) : undefined;
    return m ? `${m.name}：${item.text.trim()}` : item.text.trim();
  });
  return {
    detail: { items: items.map((i) => ({ ...i, text: i.text.trim() })) },
    documents: [{ kind: 'correction-notice', facts: { ...(await commonFacts(a)), correctionItems: lines } }],
    notice: {
      title: '您的申请需要补正',
      body: `您申请的${a.row.itemName}（办件编号${a.row.caseNumber ?? ''}）需要补正以下${lines.length}项内容，请一次补正后重新提交：${lines.join('；')}。`,
    },
  } satisfies ActionOutcome;
};

/** 不予受理: with the reason and its legal basis; the notice states the applicant's remedies. */
export const refuse: ActionHandler = async (a) => {
  atAcceptingPlace(a);
  const reason = requiredText(a, 'reason', '不予受理的理由');
  const legalBasis = requiredText(a, 'legalBasis', '法律依据');
  return {
    detail: { reason, legalBasis },
    opinion: reason,
    documents: [{ kind: 'refusal-notice', facts: { ...(await commonFacts(a)), reason, legalBasis } }],
    notice: {
      title: '您的申请不予受理',
      body: `您申请的${a.row.itemName}（办件编号${a.row.caseNumber ?? ''}）不予受理。理由：${reason}（依据：${legalBasis}）。如不服，可依法申请行政复议或提起行政诉讼，详见不予受理通知书。`,
    },
    events: [
      {
        type: 'case.refused',
        payload: {
          caseId: a.row.id,
          caseNumber: a.row.caseNumber,
          implementationCode: a.row.implementationCode,
          agencyId: a.row.agencyId,
          reason,
        },
      },
    ],
  } satisfies ActionOutcome;
};
