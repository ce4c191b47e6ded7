// Decision (行政许可法 §34, §38), delivery (§44) and what follows an approval on the applicant's
// commitment (告知承诺, 国办发〔2020〕42号): the verification task, and — when it finds the
// commitment false — revocation (§69) and a credit record, after which the applicant may no
// longer take the commitment path.
import { and, eq } from 'drizzle-orm';
import { AppError } from '../../../platform/errors/app-error.ts';
import { businessDate } from '../../../platform/time/business-date.ts';
import { uuidv7 } from '../../../platform/ids.ts';
import { caseDocument, commitmentVerification, creditRecord, type CaseDelivery } from '../schema.ts';
import {
  commonFacts,
  concludedEvent,
  insertVerification,
  optionalText,
  requiredText,
  venueName,
  verificationTask,
  zhDay,
} from './handling.ts';
import { invalidField } from './invalid-field.ts';
import type { ActionContext, ActionHandler, ActionOutcome } from './types.ts';

const acceptedOn = (a: ActionContext) => a.state.acceptedOn ?? a.row.acceptedOn ?? a.today;

/** 准予许可: with the opinion; 容缺 materials must have been supplied first. */
export const approve: ActionHandler = async (a) => {
  if (a.state.outstandingMaterials.length)
    throw new AppError('CASE_MATERIALS_INCOMPLETE', {
      detail: 'materials accepted as missing (容缺) have not been supplied yet',
      errors: a.state.outstandingMaterials.map((key) => ({
        path: `/materials/${key}`,
        message: `${key} is still to be supplied`,
        messageZh: `容缺材料${key}尚未补齐，不能作出许可决定`,
      })),
    });
  const opinion = optionalText(a.body.opinion) ?? '经审查，申请符合法定条件、标准，准予许可';
  const task = a.row.commitment ? await verificationTask(a) : null;
  return {
    opinion,
    detail: { ...(task && { verificationDueOn: task.dueOn }) },
    ...(task && {
      write: async (tx) => {
        await insertVerification(tx, task);
      },
    }),
    documents: [
      {
        kind: 'approval-decision',
        facts: { ...(await commonFacts(a)), opinion, resultName: a.version.content.result.name },
      },
    ],
    notice: {
      title: '您的申请已准予许可',
      body: `您申请的${a.row.itemName}（办件编号${a.row.caseNumber ?? ''}）已于${zhDay(a.today)}作出准予许可决定，请按选择的方式领取${a.version.content.result.name}。`,
    },
    events: [await concludedEvent(a, 'approved', acceptedOn(a))],
  } satisfies ActionOutcome;
};

/** 不予许可: the reasons in writing and the applicant's remedies (§38 II). */
export const deny: ActionHandler = async (a) => {
  const reason = requiredText(a, 'reason', '不予许可的理由');
  const legalBasis = optionalText(a.body.legalBasis);
  const opinion = optionalText(a.body.opinion);
  return {
    opinion: opinion ?? reason,
    detail: { reason, ...(legalBasis && { legalBasis }) },
    documents: [
      {
        kind: 'denial-decision',
        facts: { ...(await commonFacts(a)), reason, legalBasis, opinion },
      },
    ],
    notice: {
      title: '您的申请不予许可',
      body: `您申请的${a.row.itemName}（办件编号${a.row.caseNumber ?? ''}）经审查不予许可。理由：${reason}。如不服，可依法申请行政复议或提起行政诉讼，详见不予行政许可决定书。`,
    },
    events: [await concludedEvent(a, 'denied', acceptedOn(a))],
  } satisfies ActionOutcome;
};

/** What is handed over: the decision documents of the case and, on approval, the result. */
async function deliveredItems(a: ActionContext): Promise<string[]> {
  const docs = await a.tx
    .select({ kind: caseDocument.kind, number: caseDocument.number })
    .from(caseDocument)
    .where(eq(caseDocument.caseId, a.row.id));
  const decisions = docs
    .filter((d) => d.kind === 'approval-decision' || d.kind === 'denial-decision')
    .map(
      (d) => `${d.kind === 'approval-decision' ? '准予行政许可决定书' : '不予行政许可决定书'}（${d.number}）`,
    );
  return a.row.decision === 'approved' ? [...decisions, a.version.content.result.name] : decisions;
}

/** 送达: window pickup (at the pickup or accepting venue, to a named person), courier, electronic. */
export const deliver: ActionHandler = async (a) => {
  const d = a.body.delivery;
  if (!d) throw invalidField('delivery', 'say how the result is delivered', '请填写送达方式');
  const bad = (field: string, message: string, messageZh: string) =>
    new AppError('CASE_DELIVERY_INVALID', {
      errors: [{ path: `/body/delivery/${field}`, message, messageZh }],
    });
  const delivery: CaseDelivery = { method: d.method, deliveredAt: new Date().toISOString() };
  if (d.method === 'window') {
    const places = [a.row.pickupVenueId, a.row.acceptingVenueId].filter((v): v is string => !!v);
    const venueId = d.venueId ?? a.party.venueId ?? places[0];
    if (!venueId || !places.includes(venueId))
      throw bad(
        'venueId',
        `pick up at ${places.join(' or ') || 'the pickup venue'}`,
        '只能在申请人选择的出件场所或受理场所领取',
      );
    if (!d.receivedBy?.trim()) throw bad('receivedBy', 'name who received it', '请填写领取人');
    Object.assign(delivery, { venueId, receivedBy: d.receivedBy.trim() });
  } else if (d.method === 'courier') {
    if (!d.courier?.trim()) throw bad('courier', 'name the courier', '请填写承运单位');
    if (!d.trackingNumber?.trim()) throw bad('trackingNumber', 'give the tracking number', '请填写运单号码');
    Object.assign(delivery, {
      courier: d.courier.trim(),
      trackingNumber: d.trackingNumber.trim(),
      ...(d.receivedBy?.trim() && { receivedBy: d.receivedBy.trim() }),
    });
  }
  const items = await deliveredItems(a);
  const venue = await venueName(a.tx, delivery.venueId);
  return {
    detail: { delivery },
    patch: { delivery },
    documents: [
      {
        kind: 'delivery-receipt',
        facts: {
          ...(await commonFacts(a)),
          delivery: { ...delivery, venueName: venue, deliveredAt: a.today, items },
        },
      },
    ],
    notice: {
      title: '办理结果已送达',
      body:
        `您申请的${a.row.itemName}（办件编号${a.row.caseNumber ?? ''}）的办理结果已于${zhDay(a.today)}` +
        (delivery.method === 'window'
          ? `在${venue ?? '窗口'}由${delivery.receivedBy}领取。`
          : delivery.method === 'courier'
            ? `交${delivery.courier}寄出，运单号${delivery.trackingNumber}。`
            : '电子送达，请在“我的办件”中下载。'),
    },
  } satisfies ActionOutcome;
};

/**
 * 承诺核查: passed closes the task; failed marks it, writes a credit record of the applicant
 * (who may not take the commitment path again) and has the system revoke the approval at once.
 */
export const verifyCommitment: ActionHandler = async (a) => {
  const passed = a.body.verificationPassed;
  if (passed === undefined)
    throw invalidField('verificationPassed', 'say whether the commitment held', '请选择核查结论');
  const [task] = await a.tx
    .select()
    .from(commitmentVerification)
    .where(and(eq(commitmentVerification.caseId, a.row.id), eq(commitmentVerification.status, 'pending')));
  if (!task) throw new AppError('CASE_VERIFICATION_NOT_PENDING');
  const opinion = passed
    ? (optionalText(a.body.opinion) ?? '核查属实')
    : requiredText(a, 'opinion', '核查意见');
  const reason = `告知承诺核查发现承诺不实：${opinion}`;
  return {
    opinion,
    detail: { verificationPassed: passed, verificationId: task.id },
    write: async (tx) => {
      await tx
        .update(commitmentVerification)
        .set({
          status: passed ? 'passed' : 'failed',
          note: opinion,
          decidedBy: a.party.accountId,
          decidedAt: new Date(),
        })
        .where(eq(commitmentVerification.id, task.id));
      if (!passed)
        await tx.insert(creditRecord).values({
          id: uuidv7(),
          subjectType: a.row.applicantType,
          subjectId: a.row.applicantId,
          caseId: a.row.id,
          reason,
        });
    },
    ...(!passed && {
      then: {
        action: 'revoke' as const,
        body: { reason, legalBasis: '《中华人民共和国行政许可法》第六十九条' },
      },
    }),
  } satisfies ActionOutcome;
};

/** 撤销许可 (§69): only an approval; the decision states the reason and the remedies. */
export const revoke: ActionHandler = async (a) => {
  if (a.row.decision !== 'approved')
    throw new AppError('CASE_NOT_APPROVED', { detail: `the decision was ${a.row.decision ?? 'none'}` });
  const reason = requiredText(a, 'reason', '撤销理由');
  const legalBasis = optionalText(a.body.legalBasis);
  return {
    opinion: reason,
    detail: { reason, ...(legalBasis && { legalBasis }) },
    documents: [
      {
        kind: 'revocation-decision',
        facts: {
          ...(await commonFacts(a)),
          reason,
          legalBasis,
          decisionOn: a.row.concludedAt ? businessDate(a.row.concludedAt) : undefined,
        },
      },
    ],
    notice: {
      title: '您的行政许可已被撤销',
      body: `您申请的${a.row.itemName}（办件编号${a.row.caseNumber ?? ''}）的准予许可决定已被撤销。理由：${reason}。如不服，可依法申请行政复议或提起行政诉讼，详见撤销行政许可决定书。`,
    },
    events: [
      {
        type: 'case.result-revoked',
        payload: {
          caseId: a.row.id,
          caseNumber: a.row.caseNumber,
          implementationCode: a.row.implementationCode,
          resultLicenseType: a.version.content.result.licenseType ?? null,
          reason,
        },
      },
    ],
  } satisfies ActionOutcome;
};
