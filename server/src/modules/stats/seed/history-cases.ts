// The concluded cases of the demo year, as rows: each case is filed on a channel, accepted (即办
// or with a promised period), reviewed and decided, and delivered — written as the action log
// the platform would have written, with service_case as its projection (status 'delivered', so
// no history case sits in an open staff queue). Pure apart from the calendar it is given.
import type { WorkingCalendar } from '../../../platform/calendar/working-days.ts';
import type { FieldCipher } from '../../../platform/crypto/field-encryption.ts';
import { formatCaseNumber } from '../../../platform/identifiers/case-number.ts';
import { addCalendarDays, compareDates } from '../../../platform/time/business-date.ts';
import type { ImplementationContent, TimeLimit } from '../../catalog/content.ts';
import { onlineAcceptingVenue } from '../../cases/acceptance-route.ts';
import type { caseAction, CaseDelivery, serviceCase } from '../../cases/schema.ts';
import { maskIdentityNumber } from '../../identity/masking.ts';
import { ONLINE, type CaseSpec } from './history-plan.ts';
import {
  citizenId,
  companyName,
  personName,
  randomUuid,
  uscc,
  uuidv7At,
  type Random,
} from './history-random.ts';

export interface HistoryImplementation {
  id: string;
  code: string;
  versionId: string;
  agencyId: string;
  regionCode: string;
  content: ImplementationContent;
}

/** A demo staff member who may appear in the log (null id: a name from the roster only). */
export interface HistoryStaff {
  id: string | null;
  name: string;
}

export interface HistoryContext {
  today: string;
  cal: WorkingCalendar;
  implementations: readonly HistoryImplementation[];
  clerkAt: (venueId: string) => HistoryStaff;
  reviewerOf: (agencyId: string) => HistoryStaff;
  cipher: FieldCipher;
  lookupHash: (value: string) => string;
}

export type CaseInsert = typeof serviceCase.$inferInsert;
export type CaseActionInsert = typeof caseAction.$inferInsert;

/** What the ratings and complaints of the year need to know of a case. */
export interface HistoryCase {
  row: CaseInsert;
  online: boolean;
  concludedOn: string;
}

const at = (date: string, minutes: number) =>
  new Date(
    `${date}T${String(Math.floor(minutes / 60)).padStart(2, '0')}:${String(minutes % 60).padStart(2, '0')}:00+08:00`,
  );

interface Applicant {
  type: 'person' | 'enterprise';
  id: string;
  name: string;
  idType: string;
  idNumber: string;
  agent: { id: string; name: string } | null;
}

function applicantFor(r: Random, impl: HistoryImplementation): Applicant {
  const targets = impl.content.serviceTargets ?? [];
  const region =
    impl.regionCode === '120000' ? r.pick(['120101', '120103', '120104', '120116']) : impl.regionCode;
  if (!targets.includes('1') && targets.length) {
    return {
      type: 'enterprise',
      id: randomUuid(r),
      name: companyName(r),
      idType: '001',
      idNumber: uscc(r, region.slice(0, 6)),
      agent: { id: randomUuid(r), name: personName(r) },
    };
  }
  return {
    type: 'person',
    id: randomUuid(r),
    name: personName(r),
    idType: '111',
    idNumber: citizenId(r, region.slice(0, 6)),
    agent: null,
  };
}

/**
 * A due date by the rules of cases/deadline.ts (no pause, no extension): working-day limits count
 * working days after the acceptance day; calendar limits end on the next working day. Its
 * explainDeadline also lists every day crossed, which a bulk load does not need.
 */
function dueOf(cal: WorkingCalendar, acceptedOn: string, limit: TimeLimit): string {
  if (limit.kind === 'on-the-spot') return acceptedOn;
  if (limit.unit === 'working-days') return cal.addWorkingDays(acceptedOn, limit.value).due;
  let end: string;
  if (limit.unit === 'months') {
    const [y, m, d] = acceptedOn.split('-').map(Number) as [number, number, number];
    const idx = y * 12 + (m - 1) + limit.value;
    const days = new Date(Date.UTC(Math.floor(idx / 12), (idx % 12) + 1, 0)).getUTCDate();
    end = `${Math.floor(idx / 12)}-${String((idx % 12) + 1).padStart(2, '0')}-${String(Math.min(d, days)).padStart(2, '0')}`;
  } else end = addCalendarDays(acceptedOn, limit.value);
  return cal.isWorkingDay(end).working ? end : cal.addWorkingDays(end, 1).due;
}

/** Working days from acceptance to conclusion: mostly well inside the promise, some late. */
function handlingDays(r: Random, promised: number): number {
  if (promised === 0) return 0;
  if (r.chance(0.07)) return promised + r.int(1, 3);
  if (r.chance(0.12)) return 0;
  return Math.max(1, Math.ceil(promised * Math.pow(r.next(), 1.6)));
}

export interface BuiltCases {
  cases: HistoryCase[];
  actions: CaseActionInsert[];
}

/** The rows of every planned case; `sequences` are case_number_seq values in filing order. */
export function buildCases(
  r: Random,
  ctx: HistoryContext,
  specs: CaseSpec[],
  sequences: bigint[],
): BuiltCases {
  const cases: HistoryCase[] = [];
  const actions: CaseActionInsert[] = [];
  let lastWorking = addCalendarDays(ctx.today, -1);
  while (!ctx.cal.isWorkingDay(lastWorking).working) lastWorking = addCalendarDays(lastWorking, -1);
  specs.forEach((spec, n) => {
    const { impl, channel } = spec;
    const c = impl.content;
    const online = ONLINE.includes(channel);
    const applicant = applicantFor(r, impl);
    const submittedAt = at(spec.submittedOn, online ? r.int(8 * 60, 22 * 60) : r.int(9 * 60, 16 * 60 + 30));
    // Online applications are accepted on the next working day (or the same one, in the morning).
    let acceptedOn = spec.submittedOn;
    if (
      online &&
      (!ctx.cal.isWorkingDay(acceptedOn).working || submittedAt.getUTCHours() + 8 >= 15 || r.chance(0.4))
    )
      acceptedOn = ctx.cal.addWorkingDays(acceptedOn, 1).due;
    if (compareDates(acceptedOn, lastWorking) > 0) return;
    const clock = {
      statutoryDue: dueOf(ctx.cal, acceptedOn, c.statutoryLimit),
      promisedDue: dueOf(ctx.cal, acceptedOn, c.promisedLimit),
    };
    const promised = ctx.cal.workingDaysBetween(acceptedOn, clock.promisedDue).days;
    let days = handlingDays(r, promised);
    const room = ctx.cal.workingDaysBetween(acceptedOn, lastWorking).days;
    if (days > room) days = room;
    const concludedOn = ctx.cal.addWorkingDays(acceptedOn, days).due;
    const instant = c.promisedLimit.kind === 'on-the-spot';
    const denied = !instant && r.chance(0.03);

    const venueId = online ? onlineAcceptingVenue(c) : r.pick(c.acceptingVenues.map((v) => v.venueId));
    const listed = c.acceptingVenues.find((v) => v.venueId === venueId);
    const windowCode = online ? null : (listed?.windowCodes?.[0] ?? 'SL01');
    const clerk = ctx.clerkAt(venueId ?? '');
    const reviewer = ctx.reviewerOf(impl.agencyId);

    const fetched = c.materials.filter((m) => m.source === 'e-license' || m.source === 'shared-data');
    const exempt = fetched.filter(() => r.chance(online ? 0.85 : 0.55)).map((m) => m.id);
    const provided = c.materials
      .filter((m) => m.requirement === 'required' && !exempt.includes(m.id))
      .map((m) => m.id);

    const id = uuidv7At(r, submittedAt);
    const caseNumber = formatCaseNumber({
      regionCode: impl.regionCode.slice(0, 6),
      businessDate: spec.submittedOn,
      sequence: sequences[n]!,
    });
    const log: CaseActionInsert[] = [];
    const act = (a: Omit<CaseActionInsert, 'id' | 'caseId' | 'seq'>) =>
      log.push({ id: uuidv7At(r, a.at as Date), caseId: id, seq: log.length + 1, ...a });
    const staffAct = (who: HistoryStaff) => ({
      actorId: who.id,
      actorKind: 'staff' as const,
      actorName: who.name,
      channel: 'window' as const,
      venueId,
    });

    const byApplicant =
      channel === 'window'
        ? staffAct(clerk)
        : channel === 'assisted'
          ? { ...staffAct(clerk), actorKind: 'staff-for-person' as const, channel: 'assisted' as const }
          : {
              actorId: applicant.agent?.id ?? applicant.id,
              actorKind: applicant.agent ? ('agent' as const) : ('applicant' as const),
              actorName: applicant.agent?.name ?? applicant.name,
              channel,
              venueId: null,
            };
    act({
      action: 'submit',
      fromStatus: 'draft',
      toStatus: 'submitted',
      ...byApplicant,
      at: submittedAt,
      detail: {
        round: 1,
        provided,
        missing: [],
        exempt,
        commitment: false,
        licenseConsent: exempt.length > 0,
        linkedLicenses: [],
        demoHistory: true,
      },
    });
    const acceptAt =
      acceptedOn === spec.submittedOn
        ? new Date(submittedAt.getTime() + r.int(10, 40) * 60_000)
        : at(acceptedOn, r.int(9 * 60, 11 * 60));
    const dues = { promisedDue: clock.promisedDue, statutoryDue: clock.statutoryDue };
    let concludedAt: Date;
    if (instant) {
      concludedAt = acceptAt;
      act({
        action: 'accept-and-conclude',
        fromStatus: 'submitted',
        toStatus: 'concluded',
        ...staffAct(clerk),
        opinion: '材料齐全，符合法定形式，当场办结',
        detail: dues,
        at: acceptAt,
      });
    } else {
      act({
        action: 'accept',
        fromStatus: 'submitted',
        toStatus: 'accepted',
        ...staffAct(clerk),
        detail: { missingMaterials: [], ...dues },
        at: acceptAt,
      });
      const reviewAt =
        days === 0 ? new Date(acceptAt.getTime() + 40 * 60_000) : at(concludedOn, r.int(9 * 60, 11 * 60));
      act({
        action: 'review-pass',
        fromStatus: 'accepted',
        toStatus: 'reviewed',
        ...staffAct(reviewer),
        opinion: '材料齐全，符合法定条件',
        detail: {},
        at: reviewAt,
      });
      concludedAt = new Date(reviewAt.getTime() + r.int(30, 240) * 60_000);
      const reason = '申请事项不符合法定条件，依法不予许可';
      act({
        action: denied ? 'deny' : 'approve',
        fromStatus: 'reviewed',
        toStatus: 'concluded',
        ...staffAct(reviewer),
        opinion: denied ? reason : '经审查，申请符合法定条件、标准，准予许可',
        detail: denied ? { reason } : {},
        at: concludedAt,
      });
    }
    const method: CaseDelivery['method'] = online
      ? r.chance(0.85)
        ? 'electronic'
        : 'courier'
      : r.chance(0.8)
        ? 'window'
        : 'courier';
    const deliverOn =
      method === 'window' && concludedOn !== lastWorking && r.chance(0.5)
        ? ctx.cal.addWorkingDays(concludedOn, 1).due
        : concludedOn;
    const deliveredAt =
      compareDates(deliverOn, concludedOn) > 0
        ? at(deliverOn, r.int(9 * 60, 16 * 60))
        : new Date(concludedAt.getTime() + 10 * 60_000);
    const delivery: CaseDelivery = {
      method,
      deliveredAt: deliveredAt.toISOString(),
      ...(method === 'window' && venueId && { venueId, receivedBy: applicant.agent?.name ?? applicant.name }),
      ...(method === 'courier' && {
        courier: 'EMS',
        trackingNumber: `11${String(r.int(0, 99_999_999_999)).padStart(11, '0')}`,
      }),
    };
    act({
      action: 'deliver',
      fromStatus: 'concluded',
      toStatus: 'delivered',
      ...staffAct(clerk),
      detail: { delivery },
      at: deliveredAt,
    });
    actions.push(...log);
    cases.push({
      online,
      concludedOn,
      row: {
        id,
        caseNumber,
        implementationId: impl.id,
        implementationCode: impl.code,
        versionId: impl.versionId,
        itemName: c.name,
        agencyId: impl.agencyId,
        regionCode: impl.regionCode,
        applicantType: applicant.type,
        applicantId: applicant.id,
        applicantName: applicant.name,
        applicantIdType: applicant.idType,
        applicantIdEnc: ctx.cipher.encrypt(applicant.idNumber, `service_case:${id}:applicant_id`),
        applicantIdHash: ctx.lookupHash(applicant.idNumber),
        applicantIdMasked: maskIdentityNumber(applicant.idNumber),
        agentPersonId: applicant.agent?.id ?? null,
        filedBy: byApplicant.actorId ?? applicant.id,
        channel,
        actorKind: byApplicant.actorKind,
        assistedConsent:
          channel === 'assisted'
            ? {
                reason: 'elderly',
                method: 'signature',
                recordedBy: clerk.name,
                recordedAt: submittedAt.toISOString(),
              }
            : null,
        acceptingVenueId: venueId,
        acceptingWindowCode: windowCode,
        acceptanceMode: listed?.mode ?? null,
        status: 'delivered',
        seq: log.length,
        submittedAt,
        receivedOn: spec.submittedOn,
        acceptedOn,
        statutoryDue: clock.statutoryDue,
        promisedDue: clock.promisedDue,
        decision: denied ? 'denied' : 'approved',
        concludedAt,
        onTime: compareDates(concludedOn, clock.promisedDue) <= 0,
        delivery,
        exemptMaterialCount: exempt.length,
        createdAt: new Date(submittedAt.getTime() - r.int(3, 30) * 60_000),
        updatedAt: deliveredAt,
      },
    });
  });
  return { cases, actions };
}
