// Random sources for the rollup tests: cases, ratings with rectifications and complaints inserted
// straight into their tables (the statistics only read them), from a seeded PRNG so a failure
// replays. The values cover every branch of the counting rules, including the awkward ones.
import { eq } from 'drizzle-orm';
import type { Db } from '../src/platform/db/database.ts';
import { uuidv7 } from '../src/platform/ids.ts';
import { seededRandom } from '../src/modules/stats/seed/history-random.ts';
import { serviceCase, type ServiceCaseRow } from '../src/modules/cases/schema.ts';
import { complaint, type ComplaintRow } from '../src/modules/complaints/schema.ts';
import { rating, rectification } from '../src/modules/ratings/schema.ts';

/** The demo history's seeded generator, with `int(n)` in [0, n) and an in-place shuffle. */
export function prng(seed: number) {
  const r = seededRandom(seed);
  const int = (n: number) => r.int(0, n - 1);
  const shuffle = <T>(xs: T[]): T[] => {
    for (let i = xs.length - 1; i > 0; i--) {
      const j = int(i + 1);
      [xs[i], xs[j]] = [xs[j]!, xs[i]!];
    }
    return xs;
  };
  return { next: r.next, int, pick: r.pick, chance: r.chance, shuffle };
}
export type Rng = ReturnType<typeof prng>;

const AGENCIES = [
  ['st-a1', '120103'],
  ['st-a2', '120103'],
  ['st-a3', '120104'],
] as const;
const ITEMS = ['STX0001', 'STX0002', 'STX0003'];
const CASE_CHANNELS = ['pc', 'mobile', 'window', 'assisted', 'kiosk', 'third-party-app', 'hotline'];
const DAY = 86_400_000;

const addDays = (date: string, n: number) =>
  new Date(Date.parse(`${date}T00:00:00Z`) + n * DAY).toISOString().slice(0, 10);
const randomDate = (r: Rng) => addDays('2025-11-01', r.int(200));
/** An instant on `date` (China) or up to a day later, sometimes crossing midnight in Beijing. */
const instantOn = (r: Rng, date: string) =>
  new Date(Date.parse(`${date}T00:00:00+08:00`) + r.int(30 * 3600_000));

type CaseStage = 'draft' | 'submitted' | 'refused' | 'accepted' | 'concluded' | 'delivered';
const STAGES: CaseStage[] = ['draft', 'submitted', 'refused', 'accepted', 'concluded', 'delivered'];

/** The columns of a case at a stage (later stages keep the earlier stages' dates). */
export function caseAt(r: Rng, stage: CaseStage, base: Partial<ServiceCaseRow>): Partial<ServiceCaseRow> {
  const receivedOn = base.receivedOn ?? randomDate(r);
  const out: Partial<ServiceCaseRow> = {
    status: stage,
    receivedOn: stage === 'draft' && r.chance(0.5) ? null : receivedOn,
  };
  if (['accepted', 'concluded', 'delivered'].includes(stage)) {
    out.acceptedOn = base.acceptedOn ?? addDays(receivedOn, r.int(4));
    out.exemptMaterialCount = base.exemptMaterialCount ?? r.int(3);
  }
  if (['concluded', 'delivered'].includes(stage)) {
    out.concludedAt =
      base.concludedAt ?? instantOn(r, addDays(out.acceptedOn!, r.chance(0.3) ? 0 : r.int(45)));
    out.onTime = base.onTime ?? r.chance(0.8);
  }
  if (stage === 'delivered')
    out.delivery = {
      method: r.pick(['window', 'courier', 'electronic'] as const),
      deliveredAt: new Date().toISOString(),
    };
  return out;
}

export async function insertCase(db: Db, r: Rng): Promise<string> {
  const id = uuidv7();
  const [agencyId, regionCode] = r.pick(AGENCIES);
  const stage = r.pick(STAGES);
  await db.insert(serviceCase).values({
    id,
    implementationId: uuidv7(),
    implementationCode: r.pick(ITEMS),
    versionId: uuidv7(),
    itemName: '统计测试事项',
    agencyId,
    regionCode,
    applicantType: 'person',
    applicantId: uuidv7(),
    applicantName: '测试',
    applicantIdType: '111',
    applicantIdEnc: 'x',
    applicantIdHash: 'x',
    applicantIdMasked: 'x',
    filedBy: uuidv7(),
    channel: r.pick(CASE_CHANNELS) as ServiceCaseRow['channel'],
    actorKind: 'applicant',
    pickupVenueId: r.chance(0.3) ? 'zwfw-120103' : null,
    ...caseAt(r, stage, {}),
  } as typeof serviceCase.$inferInsert);
  return id;
}

/** Moves a case one stage on (or, for a few, moves it to another agency: 移送). */
export async function mutateCase(db: Db, r: Rng, id: string): Promise<void> {
  const [c] = await db.select().from(serviceCase).where(eq(serviceCase.id, id));
  if (!c) return;
  if (r.chance(0.15)) {
    const [agencyId, regionCode] = r.pick(AGENCIES);
    await db.update(serviceCase).set({ agencyId, regionCode }).where(eq(serviceCase.id, id));
    return;
  }
  const i = STAGES.indexOf(c.status as CaseStage);
  const nextStage =
    STAGES[Math.min(STAGES.length - 1, Math.max(i, 0) + 1 + (c.status === 'submitted' ? 1 : 0))]!;
  await db
    .update(serviceCase)
    .set(caseAt(r, nextStage, c))
    .where(eq(serviceCase.id, id));
}

/** A rating; a case rating takes `caseId` (one per case and channel, as the unique index wants). */
export async function insertRating(db: Db, r: Rng, caseId: string): Promise<string> {
  const id = uuidv7();
  const [agencyId, regionCode] = r.pick(AGENCIES);
  const kind = r.chance(0.7) ? 'case' : 'window';
  await db.insert(rating).values({
    id,
    kind,
    caseId: kind === 'case' ? caseId : null,
    agencyId,
    regionCode,
    implementationCode: kind === 'case' || r.chance(0.5) ? r.pick(ITEMS) : null,
    caseChannel:
      kind === 'case' && r.chance(0.9) ? (r.pick(CASE_CHANNELS) as ServiceCaseRow['channel']) : null,
    channel: r.pick(['pc', 'mobile', 'sms', 'qr', 'tablet'] as const),
    level: 1 + r.int(5),
    ratedOn: randomDate(r),
  });
  return id;
}

/** A follow-up (追评) of an existing rating: it must count nothing. */
export async function insertFollowUp(db: Db, r: Rng, of: string): Promise<string> {
  const [base] = await db.select().from(rating).where(eq(rating.id, of));
  const id = uuidv7();
  await db.insert(rating).values({ ...base!, id, followUpOf: of, level: 1 + r.int(5), caseId: null });
  return id;
}

const RECT_STATUSES = ['verifying', 'appealed', 'rectifying', 'revisiting', 'closed', 'dismissed'] as const;

/** Opens or moves the rectification of a rating (any status: rectifications of positives count nothing). */
export async function setRectification(db: Db, r: Rng, ratingId: string): Promise<void> {
  const status = r.pick(RECT_STATUSES);
  const revisitSatisfied = status === 'closed' ? r.pick([true, false, null]) : null;
  const [found] = await db.select().from(rectification).where(eq(rectification.ratingId, ratingId));
  if (found) {
    await db.update(rectification).set({ status, revisitSatisfied }).where(eq(rectification.id, found.id));
    return;
  }
  const [rt] = await db.select().from(rating).where(eq(rating.id, ratingId));
  await db.insert(rectification).values({
    id: uuidv7(),
    ratingId,
    agencyId: rt!.agencyId,
    regionCode: rt!.regionCode,
    status,
    openedOn: rt!.ratedOn,
    stepDue: rt!.ratedOn,
    finalDue: rt!.ratedOn,
    revisitSatisfied,
  });
}

let complaintSeq = 0;

export async function insertComplaint(db: Db, r: Rng): Promise<string> {
  const id = uuidv7();
  const receivedOn = randomDate(r);
  const [, regionCode] = r.pick(AGENCIES);
  await db.insert(complaint).values({
    id,
    complaintNumber: `BBCSTEST${String(++complaintSeq).padStart(8, '0')}${r.int(1e6)}`,
    channel: r.pick(['window', 'online', 'hotline'] as const),
    category: 'other',
    urgency: 'normal',
    title: '测试',
    content: '测试',
    regionCode,
    implementationCode: r.chance(0.5) ? r.pick(ITEMS) : null,
    status: 'received',
    receivedAt: instantOn(r, receivedOn),
    receivedOn,
  });
  await advanceComplaint(db, r, id);
  return id;
}

/** Moves a complaint on by a random number of steps (dispatch, sign, reply, confirm, or merge). */
export async function advanceComplaint(db: Db, r: Rng, id: string): Promise<void> {
  const [c] = await db.select().from(complaint).where(eq(complaint.id, id));
  if (!c || c.status === 'merged' || c.status === 'closed') return;
  const patch: Partial<ComplaintRow> = {};
  const t0 = c.receivedAt.getTime();
  if (r.chance(0.05)) patch.status = 'merged';
  else {
    const steps = r.int(5);
    if (steps >= 1 && !c.agencyId) {
      patch.agencyId = r.pick(AGENCIES)[0];
      patch.dispatchedAt = new Date(t0 + r.int(3 * 3600_000));
      patch.status = 'dispatched';
    }
    const dispatchedAt = patch.dispatchedAt ?? c.dispatchedAt;
    if (steps >= 2 && dispatchedAt && !c.signedAt) {
      patch.signedAt = new Date(dispatchedAt.getTime() + r.int(6 * 3600_000));
      patch.status = 'signed';
    }
    const signedAt = patch.signedAt ?? c.signedAt;
    if (steps >= 3 && signedAt && !c.repliedAt) {
      patch.repliedAt = new Date(signedAt.getTime() + r.int(12 * DAY));
      patch.repliedOnTime = r.chance(0.8);
      patch.status = 'replied';
    }
    if (steps >= 4 && (patch.repliedAt ?? c.repliedAt)) {
      patch.solved = r.chance(0.7);
      patch.status = 'closed';
    }
  }
  if (Object.keys(patch).length) await db.update(complaint).set(patch).where(eq(complaint.id, id));
}
