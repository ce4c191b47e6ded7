// A bundle case's progress, driven by its sub-cases' events through the real case actions API
// and the outbox: a waiting member starts when its predecessor concludes approved (filed and
// submitted by the system for the applicant); a refused predecessor blocks its dependants; the
// bundle ends concluded, partly refused or refused; delivery together tells the applicant once.
import { and, eq, isNull, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { progressBundle } from '../src/modules/bundles/progress.handler.ts';
import { bundleDeps } from '../src/modules/bundles/deps.ts';
import { caseAction, siteMessage } from '../src/modules/cases/schema.ts';
import type { Db } from '../src/platform/db/database.ts';
import { outboxEvent } from '../src/platform/outbox/schema.ts';
import {
  applicationFor,
  bundleCaseRow,
  drainOutbox,
  insertTestBundle,
  memberRows,
  subCases,
  type TestBundle,
} from './bundle-fixtures.ts';
import { ok } from './case-fixtures.ts';
import { login, type Session } from './cases-apply-setup.ts';
import { testPlatform, type TestPlatform } from './helpers.ts';

let p: TestPlatform;
let db: Db;
let t: TestBundle;
let zhangsan: Session;
let clerk: Session;

beforeAll(async () => {
  p = await testPlatform();
  db = p.database.db;
  t = await insertTestBundle(db);
  [zhangsan, clerk] = await Promise.all([login(p.app, 'zhangsan'), login(p.app, 'clerk-hexi')]);
});
afterAll(() => p?.dispose());

type Member = { memberId: string; outcome: string; caseId: string | null; caseStatus: string | null };

async function applied(card: 'yes' | 'no', over: Record<string, unknown> = {}) {
  const d = ok(await zhangsan.req('POST', '/api/v1/bundle-cases', applicationFor(card, over)), 201);
  await drainOutbox(p);
  return d.id as string;
}

const detail = async (id: string) => ok(await zhangsan.req('GET', `/api/v1/bundle-cases/${id}`));
const member = async (id: string, memberId: string): Promise<Member> =>
  (await detail(id)).members.find((m: Member) => m.memberId === memberId);

async function clerkActs(caseId: string, body: Record<string, unknown>) {
  ok(await clerk.req('POST', `/api/v1/cases/${caseId}/actions`, body));
  await drainOutbox(p);
}
const conclude = (caseId: string) => clerkActs(caseId, { action: 'accept-and-conclude' });
const refuse = (caseId: string) =>
  clerkActs(caseId, {
    action: 'refuse',
    reason: '申请人不符合条件',
    legalBasis: '《就业服务与就业管理规定》',
  });

const bundleMessages = (applicantId: string) =>
  db
    .select()
    .from(siteMessage)
    .where(and(eq(siteMessage.recipientId, applicantId), isNull(siteMessage.caseId)));

const statusEvents = async (bundleCaseId: string) =>
  db
    .select()
    .from(outboxEvent)
    .where(
      and(
        eq(outboxEvent.type, 'bundle.status-changed'),
        sql`${outboxEvent.payload}->>'bundleCaseId' = ${bundleCaseId}`,
      ),
    );

describe('order constraints', () => {
  it('a waiting member starts when its predecessor concludes approved; all concluded → concluded, told once', async () => {
    const id = await applied('no');
    const job = await member(id, 'job');
    expect((await member(id, 'pension')).outcome).toBe('waiting');

    await conclude(job.caseId!);
    const pension = await member(id, 'pension');
    expect(pension).toMatchObject({ outcome: 'in-progress', caseStatus: 'submitted' });
    expect((await member(id, 'job')).outcome).toBe('succeeded');
    const [sub] = (await subCases(db, id)).filter((c) => c.implementationCode === t.pension);
    expect(sub).toMatchObject({
      id: pension.caseId,
      agencyId: 'hx-swj',
      applicantName: '张三',
      channel: 'pc',
    });
    // Filed for zhangsan and submitted by the system; the 户口簿 exempt under the bundle's one consent.
    const [submit] = await db.select().from(caseAction).where(eq(caseAction.caseId, pension.caseId!));
    expect(submit).toMatchObject({ action: 'submit', actorKind: 'system', actorId: null });
    expect(submit!.detail.exempt).toContain('household-register');
    // The applicant sees the sub-case like any of theirs.
    ok(await zhangsan.req('GET', `/api/v1/cases/${pension.caseId}`));
    expect((await detail(id)).status).toBe('in-progress');

    await conclude(pension.caseId!);
    const done = await detail(id);
    expect(done.status).toBe('concluded');
    expect(done.concludedCount).toBe(2);
    expect(done.concludedAt).not.toBeNull();
    expect(done.resultsReadyAt).not.toBeNull();
    const bc = await bundleCaseRow(db, id);
    expect(
      (await bundleMessages(bc.applicantId)).filter((m) => m.body.includes(bc.bundleNumber)),
    ).toHaveLength(1);
    expect(await statusEvents(id)).toHaveLength(1);

    // Redelivery (and a second run) re-derives the same state: nothing new.
    await db
      .update(outboxEvent)
      .set({ status: 'pending', attempts: 0 })
      .where(
        and(
          eq(outboxEvent.type, 'case.status-changed'),
          sql`${outboxEvent.payload}->>'caseId' = ${pension.caseId}`,
        ),
      );
    await drainOutbox(p);
    await db.transaction((tx) => progressBundle(tx, bundleDeps(p), id));
    expect(
      (await bundleMessages(bc.applicantId)).filter((m) => m.body.includes(bc.bundleNumber)),
    ).toHaveLength(1);
    expect(await statusEvents(id)).toHaveLength(1);
    expect(await subCases(db, id)).toHaveLength(2);
  });

  it('a successor waits for the e-license its predecessor yields, and starts when it is issued', async () => {
    const id = await applied('no');
    const job = await member(id, 'job');
    ok(await clerk.req('POST', `/api/v1/cases/${job.caseId}/actions`, { action: 'accept-and-conclude' }));
    // The bundle hears of the conclusion before the 就业创业证 is issued (a retried issuance, another
    // replica): the successor must not start without the license it may need.
    await db.transaction((tx) => progressBundle(tx, bundleDeps(p), id));
    expect((await member(id, 'pension')).outcome).toBe('waiting');
    expect((await detail(id)).status).toBe('in-progress');
    // Only `license.issued` is left to move it on: the status event counts as handled.
    await db
      .update(outboxEvent)
      .set({ status: 'done' })
      .where(
        and(
          eq(outboxEvent.type, 'case.status-changed'),
          sql`${outboxEvent.payload}->>'caseId' = ${job.caseId}`,
        ),
      );
    await drainOutbox(p);
    expect((await member(id, 'pension')).outcome).toBe('in-progress');
  });

  it('a refused predecessor blocks its dependant: the bundle is refused', async () => {
    const id = await applied('no');
    await refuse((await member(id, 'job')).caseId!);
    const d = await detail(id);
    expect(d.members.map((m: Member) => [m.memberId, m.outcome, m.caseId])).toEqual([
      ['job', 'failed', expect.any(String)],
      ['pension', 'blocked', null],
    ]);
    expect(d.status).toBe('refused');
    expect((await memberRows(db, id)).map((r) => r.state)).toEqual(['started', 'blocked']);
    expect(await subCases(db, id)).toHaveLength(1);
  });

  it('one member succeeds and the others fail: partly refused; delivery each sends no bundle notice', async () => {
    const id = await applied('yes', { delivery: 'each' });
    await conclude((await member(id, 'job')).caseId!);
    await refuse((await member(id, 'pension')).caseId!);
    expect((await detail(id)).status).toBe('in-progress');
    await refuse((await member(id, 'card')).caseId!);
    const d = await detail(id);
    expect(d.members.map((m: Member) => m.outcome)).toEqual(['succeeded', 'failed', 'failed']);
    expect(d.status).toBe('partly-refused');
    expect(d.resultsReadyAt).toBeNull();
    const bc = await bundleCaseRow(db, id);
    expect((await bundleMessages(bc.applicantId)).filter((m) => m.body.includes(bc.bundleNumber))).toEqual(
      [],
    );
  });

  it('a deferred member the system cannot submit is left as the applicant’s draft, and they are told', async () => {
    const id = await applied('no', { licenseConsent: false });
    await conclude((await member(id, 'job')).caseId!);
    const pension = await member(id, 'pension');
    expect(pension).toMatchObject({ outcome: 'in-progress', caseStatus: 'draft' });
    const bc = await bundleCaseRow(db, id);
    const told = (await bundleMessages(bc.applicantId)).filter((m) => m.body.includes(bc.bundleNumber));
    expect(told.map((m) => m.title)).toEqual(['一件事事项待您补充后提交']);
    // The draft is the applicant's own: they can complete it (here: consent after all) and submit.
    ok(
      await zhangsan.req('POST', `/api/v1/cases/${pension.caseId}/actions`, {
        action: 'submit',
        licenseConsent: true,
      }),
    );
    await drainOutbox(p);
    expect((await member(id, 'pension')).caseStatus).toBe('submitted');
  });
});
