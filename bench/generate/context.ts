// What every batch needs, loaded once: the published implementations with their weights, the
// working calendar, the volume curve, the applicant population, the crypto of the DEFAULT
// configuration (so a server started with it decrypts the applicants' ID numbers) and the
// demo staff who appear in the logs where they work.
import { and, eq, inArray } from 'drizzle-orm';
import { loadWorkingCalendar } from '../../server/src/platform/calendar/store.ts';
import type { WorkingCalendar } from '../../server/src/platform/calendar/working-days.ts';
import { deriveSubkey, type FieldCipher } from '../../server/src/platform/crypto/field-encryption.ts';
import { keyFrom, personalDataCrypto } from '../../server/src/platform/crypto/personal-data.ts';
import type { Db } from '../../server/src/platform/db/database.ts';
import { addCalendarDays, businessDate } from '../../server/src/platform/time/business-date.ts';
import type { ImplementationContent } from '../../server/src/modules/catalog/content.ts';
import { implementation, implementationVersion } from '../../server/src/modules/catalog/schema.ts';
import { onlineAcceptingVenue } from '../../server/src/modules/cases/acceptance-route.ts';
import { account, staff } from '../../server/src/modules/identity/schema.ts';
import type { HistoryStaff } from '../../server/src/modules/stats/seed/history-cases.ts';
import type { Random } from '../../server/src/modules/stats/seed/history-random.ts';
import type { Options } from './args.ts';
import { DISTRICT_POPULATION, fastLookupHash, population, type Population } from './people.ts';
import { at } from './timeline.ts';
import { volumeCurve, type Volume } from './volume.ts';

export interface Impl {
  id: string;
  code: string;
  versionId: string;
  agencyId: string;
  regionCode: string;
  itemId: string;
  content: ImplementationContent;
}

export interface GenContext {
  seed: number;
  today: string;
  cutoff: Date;
  /** The last working day before today: open cases due then are not yet marked overdue. */
  lastDue: string;
  cal: WorkingCalendar;
  working(day: string): boolean;
  volume: Volume;
  pop: Population;
  pickImpl(r: Random): Impl;
  onlineVenue(impl: Impl): string | null;
  clerkAt(venueId: string): HistoryStaff;
  reviewerOf(agencyId: string): HistoryStaff;
  cipher: FieldCipher;
  hash(value: string): string;
  seqBase: bigint;
  /** Recent cases (filed since stuckSince) kept open with this probability. */
  stuckSince: string;
  stuckShare: number;
}

const CLERKS: Record<string, string> = { 'zwfw-120103': 'clerk-hexi', 'zwfw-120101': 'clerk-heping' };
const REVIEWERS: Record<string, string> = { 'hx-xzspj': 'reviewer-hxsp', 'tj-scjgw': 'reviewer-scjg' };
const ROSTER = ['王丽', '陈静', '赵磊', '孙悦', '周宁', '吴敏', '郑楠', '冯博', '褚蕾', '卫东'];
const rosterName = (key: string) =>
  ROSTER[[...key].reduce((h, ch) => (h * 31 + ch.charCodeAt(0)) >>> 0, 7) % ROSTER.length]!;
/** The demo staff's agencies lead the Zipf ranking: their queues are the ones benchmarked. */
const FIRST_AGENCIES = ['hx-xzspj', 'tj-scjgw'];

async function loadImpls(db: Db): Promise<Impl[]> {
  const rows = await db
    .select({
      id: implementation.id,
      code: implementation.code,
      agencyId: implementation.agencyId,
      regionCode: implementation.regionCode,
      itemId: implementation.itemId,
      versionId: implementationVersion.id,
      content: implementationVersion.content,
    })
    .from(implementation)
    .innerJoin(implementationVersion, eq(implementationVersion.implementationId, implementation.id))
    .where(eq(implementationVersion.status, 'published'))
    .orderBy(implementation.code, implementationVersion.version);
  const latest = new Map<string, Impl>();
  for (const r of rows) latest.set(r.code, r as Impl);
  return [...latest.values()].filter((i) => i.content.acceptingVenues.length && i.content.materials.length);
}

const stableHash = (s: string) =>
  [...s].reduce((h, ch) => Math.imul(h ^ ch.charCodeAt(0), 16777619) >>> 0, 2166136261);

/** Zipf ranks (by a stable hash, the demo staff's agencies first) × district population. */
function sampler(impls: Impl[]): (r: Random) => Impl {
  const rank = (keys: string[], first: string[] = []) => {
    const sorted = [...new Set(keys)].sort((a, b) => {
      const fa = first.indexOf(a);
      const fb = first.indexOf(b);
      if (fa !== -1 || fb !== -1) return (fa === -1 ? 99 : fa) - (fb === -1 ? 99 : fb);
      return stableHash(a) - stableHash(b);
    });
    return new Map(sorted.map((k, i) => [k, i + 1]));
  };
  // Items by name, not id: the demo's ids are fresh UUIDs in every database, names are stable,
  // so two databases generated with the same seed get the same popular items.
  const items = rank(impls.map((i) => i.content.name));
  const agencies = rank(
    impls.map((i) => i.agencyId),
    FIRST_AGENCIES,
  );
  const weights = impls.map(
    (i) =>
      Math.pow(items.get(i.content.name)!, -1.0) *
      Math.pow(agencies.get(i.agencyId)!, -0.8) *
      (DISTRICT_POPULATION[i.regionCode] ?? 80),
  );
  const cumulative = new Float64Array(impls.length);
  let run = 0;
  weights.forEach((w, i) => (cumulative[i] = run += w));
  return (r) => {
    const x = r.next() * run;
    let lo = 0;
    let hi = impls.length - 1;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (cumulative[mid]! > x) hi = mid;
      else lo = mid + 1;
    }
    return impls[lo]!;
  };
}

async function staffByUsername(db: Db): Promise<Map<string, HistoryStaff>> {
  const names = [...Object.values(CLERKS), ...Object.values(REVIEWERS)];
  const rows = await db
    .select({ username: account.username, id: staff.id, name: staff.name })
    .from(account)
    .innerJoin(staff, eq(staff.id, account.id))
    .where(and(inArray(account.username, names), eq(account.kind, 'staff')));
  return new Map(rows.map((r) => [r.username, { id: r.id, name: r.name }]));
}

function lastWorkingDayBefore(cal: WorkingCalendar, today: string): string {
  let d = addCalendarDays(today, -1);
  while (!cal.isWorkingDay(d).working) d = addCalendarDays(d, -1);
  return d;
}

export async function loadContext(
  db: Db,
  o: Options,
  keys: { fieldEncryptionKey: string; blindIndexKey: string },
  seqBase: bigint,
  today = businessDate(),
): Promise<GenContext> {
  const cal = await loadWorkingCalendar(db);
  const impls = await loadImpls(db);
  if (!impls.length) throw new Error('no published implementations with venues and materials');
  const known = await staffByUsername(db);
  const volume = volumeCurve(cal, today);
  const workingCache = new Map<string, boolean>();
  const stuckSince = addCalendarDays(today, -90);
  // About 0.3 % of the cases are open by themselves (filed in the last days); the rest of the
  // open share comes from recent cases kept open (about 65 % of them can be: not 即办, refused…).
  const stuckShare = Math.min(
    1,
    Math.max(0, o.openShare - 0.003) / Math.max(1e-9, 0.65 * volume.shareSince(stuckSince)),
  );
  const crypto = personalDataCrypto(keys);
  const venues = new Map<string, string | null>();
  return {
    seed: o.seed,
    today,
    cutoff: at(addCalendarDays(today, -1), 23 * 60 + 59),
    lastDue: lastWorkingDayBefore(cal, today),
    cal,
    working: (d) => {
      let w = workingCache.get(d);
      if (w === undefined) workingCache.set(d, (w = cal.isWorkingDay(d).working));
      return w;
    },
    volume,
    pop: population(o.cases, o.heavy),
    pickImpl: sampler(impls),
    onlineVenue: (impl) => {
      if (!venues.has(impl.code)) venues.set(impl.code, onlineAcceptingVenue(impl.content));
      return venues.get(impl.code)!;
    },
    clerkAt: (v) => known.get(CLERKS[v] ?? '') ?? { id: null, name: rosterName(v) },
    reviewerOf: (a) => known.get(REVIEWERS[a] ?? '') ?? { id: null, name: rosterName(`${a}/review`) },
    cipher: crypto.cipher,
    hash: fastLookupHash(deriveSubkey(keyFrom(keys.blindIndexKey), 'blind-index/v1/hmac-sm3', 32)),
    seqBase,
    stuckSince,
    stuckShare,
  };
}
