// One generated case: its service_case row (the projection), its action log (folds to that
// status: see --check), its materials, its special procedure when suspended, and its statistics
// fact (computed with the server's own caseContributions, so the rollup is exact).
import { compareDates } from '../../server/src/platform/time/business-date.ts';
import { formatCaseNumber } from '../../server/src/platform/identifiers/case-number.ts';
import type { CaseStatus, Channel } from '../../server/src/modules/cases/codes.ts';
import type { CaseDelivery } from '../../server/src/modules/cases/schema.ts';
import { maskIdentityNumber } from '../../server/src/modules/identity/masking.ts';
import { caseContributions, type Contribution } from '../../server/src/modules/stats/contributions.ts';
import type { HistoryCase, HistoryStaff } from '../../server/src/modules/stats/seed/history-cases.ts';
import type { Random } from '../../server/src/modules/stats/seed/history-random.ts';
import type { GenContext, Impl } from './context.ts';
import { enterpriseFacts, personFacts } from './people.ts';
import { plan, type Planned } from './plan.ts';
import { uuidAt } from './timeline.ts';

const TO: Record<string, CaseStatus | null> = {
  submit: 'submitted',
  resubmit: 'submitted',
  withdraw: 'withdrawn',
  refuse: 'refused',
  'request-correction': 'correction-requested',
  accept: 'accepted',
  'accept-and-conclude': 'concluded',
  'review-pass': 'reviewed',
  approve: 'concluded',
  deny: 'concluded',
  deliver: 'delivered',
  'start-special-procedure': 'suspended',
  'mark-overdue': null,
};

const OPINION: Record<string, string> = {
  'accept-and-conclude': '材料齐全，符合法定形式，当场办结',
  'review-pass': '材料齐全，符合法定条件',
  approve: '经审查，申请符合法定条件、标准，准予许可',
  deny: '申请事项不符合法定条件，依法不予许可',
  refuse: '申请事项不属于本机关职权范围，依法不予受理',
  'request-correction': '申请材料不齐全，请一次性补正',
  withdraw: '申请人主动撤回申请',
};

export interface Applicant {
  type: 'person' | 'enterprise';
  id: string;
  name: string;
  idType: string;
  idNumber: string;
  agent: { id: string; name: string } | null;
}

function applicantFor(r: Random, g: GenContext, impl: Impl): Applicant {
  const targets = impl.content.serviceTargets ?? [];
  if (!targets.includes('1') && targets.length) {
    const e = enterpriseFacts(g.seed, g.pop.pickEnterprise(r));
    const rep = personFacts(g.seed, e.legalRep);
    return {
      type: 'enterprise',
      id: e.id,
      name: e.name,
      idType: '001',
      idNumber: e.uscc,
      agent: { id: rep.id, name: rep.name },
    };
  }
  const p = personFacts(g.seed, g.pop.pickPerson(r));
  return { type: 'person', id: p.id, name: p.name, idType: '111', idNumber: p.idNumber, agent: null };
}

let hexBuf = '';
function hex64(r: Random): string {
  hexBuf = '';
  for (let i = 0; i < 8; i++)
    hexBuf += Math.floor(r.next() * 0x100000000)
      .toString(16)
      .padStart(8, '0');
  return hexBuf;
}

export interface BuiltCase {
  row: Record<string, unknown>;
  actions: Record<string, unknown>[];
  materials: Record<string, unknown>[];
  special: Record<string, unknown> | null;
  fact: Contribution[];
  /** For the ratings: concluded (or delivered) cases only. */
  history: HistoryCase | null;
}

export function buildCase(r: Random, g: GenContext, index: number, dayIdx: number): BuiltCase {
  const impl = g.pickImpl(r);
  const c = impl.content;
  const p = plan(r, g, impl, dayIdx);
  const applicant = applicantFor(r, g, impl);
  const online = p.online;
  const venueId = online ? g.onlineVenue(impl) : r.pick(c.acceptingVenues.map((v) => v.venueId));
  const listed = c.acceptingVenues.find((v) => v.venueId === venueId);
  const clerk = g.clerkAt(venueId ?? '');
  const reviewer = g.reviewerOf(impl.agencyId);
  const fetched = c.materials.filter((m) => m.source === 'e-license' || m.source === 'shared-data');
  const exempt = fetched.filter(() => r.chance(online ? 0.85 : 0.55)).map((m) => m.id);
  const provided = c.materials
    .filter((m) => m.requirement === 'required' && !exempt.includes(m.id))
    .map((m) => m.id);
  const submittedAt = p.events[0]!.at;
  const id = uuidAt(r, submittedAt);
  const day = g.volume.days[dayIdx]!;
  const caseNumber = formatCaseNumber({
    regionCode: impl.regionCode.slice(0, 6),
    businessDate: day,
    sequence: g.seqBase + BigInt(index + 1),
  });
  const staffAct = (who: HistoryStaff) => ({
    actorId: who.id,
    actorKind: 'staff',
    actorName: who.name,
    channel: 'window',
    venueId,
  });
  const channel: Channel = p.channel;
  const byApplicant =
    channel === 'window'
      ? staffAct(clerk)
      : channel === 'assisted'
        ? { ...staffAct(clerk), actorKind: 'staff-for-person', channel: 'assisted' }
        : {
            actorId: applicant.agent?.id ?? applicant.id,
            actorKind: applicant.agent ? 'agent' : 'applicant',
            actorName: applicant.agent?.name ?? applicant.name,
            channel,
            venueId: null,
          };
  const actors = {
    applicant: byApplicant,
    clerk: staffAct(clerk),
    reviewer: staffAct(reviewer),
    system: { actorId: null, actorKind: 'system', actorName: '系统', channel: 'system', venueId: null },
  };
  const dues = p.promisedDue ? { promisedDue: p.promisedDue, statutoryDue: p.statutoryDue } : {};
  const sp = p.stop === 'suspended' ? c.specialProcedures[0]! : null;
  const spId = sp ? uuidAt(r, p.events.at(-1)!.at) : null;
  const detailOf = (e: Planned['events'][number]): Record<string, unknown> => {
    switch (e.action) {
      case 'submit':
        return {
          round: 1,
          provided,
          missing: [],
          exempt,
          commitment: false,
          licenseConsent: exempt.length > 0,
          linkedLicenses: [],
        };
      case 'resubmit':
        return { round: 2, provided, missing: [] };
      case 'request-correction':
        return { materialKeys: provided.slice(0, 1), note: OPINION[e.action] };
      case 'accept':
        return { missingMaterials: [], ...dues };
      case 'accept-and-conclude':
        return dues;
      case 'refuse':
      case 'deny':
      case 'withdraw':
        return { reason: OPINION[e.action] };
      case 'deliver':
        return { delivery: p.delivery };
      case 'start-special-procedure':
        return {
          procedureKind: sp!.kind,
          reason: '需要组织专家评审',
          maxWorkingDays: sp!.maxWorkingDays,
          procedureId: spId,
        };
      case 'mark-overdue':
        return { ...dues, statutoryPassed: compareDates(p.statutoryDue ?? '9999-12-31', e.on) < 0 };
      default:
        return {};
    }
  };
  let status: CaseStatus = 'draft';
  const actions = p.events.map((e, i) => {
    const from = status;
    status = TO[e.action] ?? status;
    return {
      id: uuidAt(r, e.at),
      caseId: id,
      seq: i + 1,
      action: e.action,
      fromStatus: from,
      toStatus: status,
      ...actors[e.who],
      opinion: OPINION[e.action] ?? null,
      detail: detailOf(e),
      at: e.at,
    };
  });
  const last = p.events.at(-1)!;
  const final = actions.at(-1)!.toStatus as CaseStatus;
  const materials = c.materials
    .filter((m) => exempt.includes(m.id) || provided.includes(m.id))
    .slice(0, 5)
    .map((m) => {
      const isExempt = exempt.includes(m.id);
      return {
        id: uuidAt(r, submittedAt),
        caseId: id,
        materialKey: m.id,
        name: m.name,
        requirement: m.requirement,
        status: isExempt ? 'exempt' : 'provided',
        sm3: isExempt ? null : hex64(r),
        provenance: isExempt ? m.source : 'upload',
        round: 1,
        createdAt: submittedAt,
      };
    });
  const row = {
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
    applicantIdEnc: g.cipher.encrypt(applicant.idNumber, `service_case:${id}:applicant_id`),
    applicantIdHash: g.hash(applicant.idNumber),
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
    acceptingWindowCode: online ? null : (listed?.windowCodes?.[0] ?? 'SL01'),
    acceptanceMode: listed?.mode ?? null,
    pickupVenueId: null,
    status: final,
    seq: actions.length,
    submittedAt,
    receivedOn: p.receivedOn,
    acceptedOn: p.acceptedOn,
    statutoryDue: p.statutoryDue,
    promisedDue: p.promisedDue,
    pausedSince: p.stop === 'suspended' ? last.on : null,
    decision: p.decision,
    concludedAt: p.concludedAt,
    onTime: p.concludedAt && p.promisedDue ? compareDates(p.concludedOn!, p.promisedDue) <= 0 : null,
    overdueSince: p.overdueSince,
    delivery: p.delivery,
    exemptMaterialCount: exempt.length,
    createdAt: new Date(submittedAt.getTime() - r.int(3, 30) * 60_000),
    updatedAt: last.at,
  };
  const fact = caseContributions(
    {
      ...row,
      delivery: row.delivery as CaseDelivery | null,
      pickupVenueId: null,
    },
    g.cal,
  );
  const special = sp
    ? {
        id: spId,
        caseId: id,
        kind: sp.kind,
        reason: '需要组织专家评审',
        maxWorkingDays: sp.maxWorkingDays,
        startedOn: last.on,
        createdAt: last.at,
      }
    : null;
  const history =
    p.concludedOn && (final === 'concluded' || final === 'delivered')
      ? { row: row as unknown as HistoryCase['row'], online, concludedOn: p.concludedOn }
      : null;
  return { row, actions, materials, special, fact, history };
}
