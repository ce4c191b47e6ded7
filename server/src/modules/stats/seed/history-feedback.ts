// What the applicants of the demo year said: ratings on about 40 % of the cases (mostly positive,
// a few negative — each with its rectification closed after a return visit), and a few dozen
// 办不成事 / 12345 complaints, answered and (all but the last week's) confirmed and closed.
import type { WorkingCalendar } from '../../../platform/calendar/working-days.ts';
import type { FieldCipher } from '../../../platform/crypto/field-encryption.ts';
import { addCalendarDays, compareDates } from '../../../platform/time/business-date.ts';
import { maskPhone } from '../../identity/masking.ts';
import type { complaint, complaintAction } from '../../complaints/schema.ts';
import type { rating, rectification, rectificationAction } from '../../ratings/schema.ts';
import type { RatingChannel } from '../../ratings/codes.ts';
import type { HistoryCase } from './history-cases.ts';
import { personName, randomUuid, uuidv7At, type Random } from './history-random.ts';

export type RatingInsert = typeof rating.$inferInsert;
export type RectificationInsert = typeof rectification.$inferInsert;
export type RectificationActionInsert = typeof rectificationAction.$inferInsert;
export type ComplaintInsert = typeof complaint.$inferInsert;
export type ComplaintActionInsert = typeof complaintAction.$inferInsert;

const at = (date: string, minutes: number) =>
  new Date(
    `${date}T${String(Math.floor(minutes / 60)).padStart(2, '0')}:${String(minutes % 60).padStart(2, '0')}:00+08:00`,
  );
const plusMinutes = (d: Date, m: number) => new Date(d.getTime() + m * 60_000);
const businessDay = (d: Date) => new Date(d.getTime() + 8 * 3600_000).toISOString().slice(0, 10);

const PRAISE = [
  '工作人员很耐心，一次就办好了',
  '网上提交很方便，不用跑腿',
  '材料免提交，省了很多事',
  '办理速度快，点赞',
  null,
  null,
];
const CRITICISM = ['等待时间太长，进度没人告知', '办事指南写得不清楚，来回问了几次', '窗口人员态度生硬'];

export interface BuiltRatings {
  ratings: RatingInsert[];
  rectifications: RectificationInsert[];
  rectificationActions: RectificationActionInsert[];
}

/** Ratings of ~40 % of the cases; a negative one only where its loop had time to close. */
export function buildRatings(
  r: Random,
  cal: WorkingCalendar,
  today: string,
  cases: HistoryCase[],
): BuiltRatings {
  const out: BuiltRatings = { ratings: [], rectifications: [], rectificationActions: [] };
  const closeable = addCalendarDays(today, -35);
  for (const c of cases) {
    if (!r.chance(0.4)) continue;
    const ratedOn = addCalendarDays(
      c.concludedOn,
      r.weighted([
        [0, 5],
        [1, 3],
        [2, 1],
        [4, 1],
      ] as const),
    );
    if (compareDates(ratedOn, today) >= 0) continue;
    let level = r.weighted([
      [1, 70],
      [2, 19],
      [3, 8],
      [4, 2],
      [5, 1],
    ] as const);
    if (level >= 4 && compareDates(ratedOn, closeable) > 0) level = 2;
    const channel: RatingChannel = c.online
      ? r.weighted([
          ['pc', 45],
          ['mobile', 35],
          ['sms', 20],
        ] as const)
      : r.weighted([
          ['tablet', 50],
          ['qr', 40],
          ['sms', 10],
        ] as const);
    const createdAt = at(ratedOn, r.int(8 * 60, 21 * 60));
    const id = uuidv7At(r, createdAt);
    const row = c.row;
    out.ratings.push({
      id,
      kind: 'case',
      caseId: row.id,
      caseNumber: row.caseNumber,
      agencyId: row.agencyId,
      regionCode: row.regionCode,
      implementationCode: row.implementationCode,
      itemName: row.itemName,
      venueId: row.acceptingVenueId,
      windowCode: row.acceptingWindowCode,
      caseChannel: row.channel,
      channel,
      raterType: row.applicantType,
      raterId: row.applicantId,
      level,
      scores: {},
      comment: level >= 4 ? r.pick(CRITICISM) : r.pick(PRAISE),
      ratedOn,
      createdAt,
    });
    if (level >= 4)
      rectify(r, cal, out, { id, agencyId: row.agencyId, regionCode: row.regionCode, ratedOn, createdAt });
  }
  return out;
}

/** The whole loop of one negative rating: opened, verified, rectified, fed back, revisited, closed. */
function rectify(
  r: Random,
  cal: WorkingCalendar,
  out: BuiltRatings,
  rated: { id: string; agencyId: string; regionCode: string; ratedOn: string; createdAt: Date },
) {
  const id = uuidv7At(r, rated.createdAt);
  const finalDue = cal.addWorkingDays(rated.ratedOn, 15).due;
  let day = rated.ratedOn;
  const steps: [string, string | null, string, 'system' | 'staff' | 'rater', string | null][] = [
    ['open', null, 'verifying', 'system', null],
    ['verify', 'verifying', 'rectifying', 'staff', '经核实，评价反映问题属实'],
    ['rectify', 'rectifying', 'feedback', 'staff', '已对窗口人员开展服务规范培训，并修订办事指南'],
    ['feedback', 'feedback', 'revisiting', 'staff', '已电话向评价人反馈整改情况'],
    ['revisit', 'revisiting', 'closed', 'staff', '回访评价人，对整改结果表示满意'],
  ];
  const satisfied = r.chance(0.85);
  let when = plusMinutes(rated.createdAt, 1);
  steps.forEach(([action, from, to, kind, comment], i) => {
    if (i > 0) {
      day = cal.addWorkingDays(day, r.int(1, 3)).due;
      when = at(day, r.int(9 * 60, 16 * 60));
    }
    out.rectificationActions.push({
      id: uuidv7At(r, when),
      rectificationId: id,
      seq: i + 1,
      action,
      fromStatus: from as RectificationActionInsert['fromStatus'],
      toStatus: to as RectificationActionInsert['toStatus'],
      actorId: null,
      actorKind: kind,
      actorName: kind === 'system' ? '系统' : '整改专员',
      comment: action === 'revisit' && !satisfied ? '回访评价人，对整改结果基本认可' : comment,
      detail: action === 'revisit' ? { satisfied } : null,
      at: when,
    });
  });
  out.rectifications.push({
    id,
    ratingId: rated.id,
    agencyId: rated.agencyId,
    regionCode: rated.regionCode,
    status: 'closed',
    seq: steps.length,
    openedOn: rated.ratedOn,
    stepDue: finalDue,
    finalDue,
    measures: '已对窗口人员开展服务规范培训，并修订办事指南',
    feedback: '已电话向评价人反馈整改情况',
    revisitSatisfied: satisfied,
    closedAt: when,
    createdAt: plusMinutes(rated.createdAt, 1),
    updatedAt: when,
  });
}

const COMPLAINT_TOPICS = [
  ['delay', '办件超过承诺时限仍未办结', '申请提交后超过承诺时限仍未办结，电话咨询也没有明确答复。'],
  ['repeated-visits', '要求重复提交材料', '已经在网上提交过的材料，窗口又要求提供纸质复印件。'],
  ['guide', '办事指南与实际要求不一致', '按办事指南准备材料后，窗口告知还需要额外证明。'],
  ['cannot-handle', '事项无法在网上办理', '网上办理时系统提示不能提交，窗口也说办不了。'],
  ['attitude', '窗口工作人员态度不好', '咨询时工作人员不耐烦，没有说清楚需要补充什么。'],
  ['system', '网上办事系统无法上传材料', '上传材料时系统一直报错，无法提交申请。'],
  ['policy', '咨询政策适用', '想了解本人是否符合申领条件，希望得到明确答复。'],
] as const;

export interface BuiltComplaints {
  complaints: ComplaintInsert[];
  actions: ComplaintActionInsert[];
}

/** About three complaints a month, about the history's agencies; the last week's still await the answer. */
export function buildComplaints(
  r: Random,
  cal: WorkingCalendar,
  today: string,
  cases: HistoryCase[],
  cipher: FieldCipher,
): BuiltComplaints {
  const out: BuiltComplaints = { complaints: [], actions: [] };
  const perDay = new Map<string, number>();
  const recent = addCalendarDays(today, -8);
  const sample = cases.filter(() => r.chance(0.06)).slice(0, 40);
  for (const c of sample) {
    const receivedOn = cal.addWorkingDays(c.concludedOn, r.int(0, 2)).due;
    if (compareDates(receivedOn, addCalendarDays(today, -2)) > 0) continue;
    const [category, title, content] = r.pick(COMPLAINT_TOPICS);
    const channel = r.weighted([
      ['hotline', 50],
      ['online', 30],
      ['window', 20],
    ] as const);
    const anonymous = r.chance(0.15);
    const complex = r.chance(0.2);
    const serial = (perDay.get(receivedOn) ?? 0) + 1;
    perDay.set(receivedOn, serial);
    const receivedAt = at(receivedOn, r.int(8 * 60, 17 * 60));
    const id = uuidv7At(r, receivedAt);
    const phone = `13${r.int(0, 9)}${String(r.int(0, 99_999_999)).padStart(8, '0')}`;
    const linked = r.chance(0.5);
    const dispatchedAt = plusMinutes(receivedAt, r.int(10, 90));
    const signedAt = plusMinutes(dispatchedAt, r.int(5, 240));
    const signedOn = businessDay(signedAt);
    const replyDue = cal.addWorkingDays(signedOn, complex ? 10 : 5).due;
    const late = r.chance(0.08);
    const replyOn = late
      ? cal.addWorkingDays(replyDue, r.int(1, 2)).due
      : cal.addWorkingDays(signedOn, r.int(1, complex ? 8 : 4)).due;
    const pending = compareDates(replyOn, recent) > 0;
    if (compareDates(replyOn, today) >= 0) continue;
    const repliedAt = at(replyOn, r.int(9 * 60, 17 * 60));
    const reopened = !pending && r.chance(0.1);
    const handler = '诉求承办人';
    type Status = NonNullable<ComplaintActionInsert['fromStatus']>;
    type Kind = ComplaintActionInsert['actorKind'];
    const log: [string, Status | null, Status, Kind, string, Date, Record<string, unknown> | null][] = [
      [
        'file',
        null,
        'received',
        channel === 'online' ? 'complainant' : 'staff',
        channel === 'online' ? '诉求人' : '受理专员',
        receivedAt,
        null,
      ],
      ['dispatch', 'received', 'dispatched', 'staff', '派单员', dispatchedAt, { agencyId: c.row.agencyId }],
      ['sign', 'dispatched', 'signed', 'staff', handler, signedAt, null],
      ['reply', 'signed', 'replied', 'staff', handler, repliedAt, { kind: 'resolved' }],
    ];
    let closedAt: Date | null = null;
    if (!pending) {
      let confirmAt = plusMinutes(repliedAt, r.int(60, 2 * 24 * 60));
      if (reopened) {
        log.push(['confirm', 'replied', 'signed', 'complainant', '诉求人', confirmAt, { solved: false }]);
        const again = plusMinutes(confirmAt, r.int(24 * 60, 3 * 24 * 60));
        log.push(['reply', 'signed', 'replied', 'staff', handler, again, { kind: 'resolved' }]);
        confirmAt = plusMinutes(again, r.int(60, 24 * 60));
      }
      log.push(['confirm', 'replied', 'closed', 'complainant', '诉求人', confirmAt, { solved: true }]);
      closedAt = confirmAt;
    }
    log.forEach(([action, from, to, kind, name, when, detail], i) =>
      out.actions.push({
        id: uuidv7At(r, when),
        complaintId: id,
        seq: i + 1,
        action,
        fromStatus: from,
        toStatus: to,
        actorId: null,
        actorKind: kind,
        actorName: name,
        agencyId: action === 'file' ? null : c.row.agencyId,
        comment: action === 'reply' ? '已核实情况并向诉求人说明办理结果' : null,
        detail,
        at: when,
      }),
    );
    const last = log[log.length - 1]!;
    out.complaints.push({
      id,
      complaintNumber: `BBCS${receivedOn.replaceAll('-', '')}${String(900000 + serial)}`,
      channel,
      category,
      urgency: 'normal',
      complex,
      title,
      content,
      anonymous,
      complainantType: anonymous ? null : 'person',
      complainantId: !anonymous && channel === 'online' ? randomUuid(r) : null,
      contactName: anonymous ? null : personName(r),
      contactPhoneEnc: anonymous ? null : cipher.encrypt(phone, `complaint:${id}:contact_phone`),
      contactPhoneMasked: anonymous ? null : maskPhone(phone),
      regionCode: c.row.regionCode,
      caseId: linked ? c.row.id : null,
      implementationCode: linked ? c.row.implementationCode : null,
      agencyId: c.row.agencyId,
      status: pending ? 'replied' : 'closed',
      seq: log.length,
      reopenCount: reopened ? 1 : 0,
      receivedAt,
      receivedOn,
      dispatchedAt,
      signDue: at(cal.addWorkingDays(businessDay(dispatchedAt), 1).due, 17 * 60),
      signedAt,
      explainDue: cal.addWorkingDays(signedOn, 3).due,
      replyDue,
      repliedAt,
      replyKind: 'resolved',
      replyText: '已核实情况并向诉求人说明办理结果',
      repliedOnTime: compareDates(replyOn, replyDue) <= 0,
      solved: pending ? null : true,
      closedAt,
      createdAt: receivedAt,
      updatedAt: last[5],
    });
  }
  return out;
}
