// What the bundle module does with case events: when a sub-case changes status, the bundle case
// is re-aggregated, members whose predecessors all concluded (approved) are started, members
// behind a failed predecessor are blocked, and — delivery together — the applicant is told once
// every result is ready. Idempotent: redelivery re-derives the same state (only waiting members
// start, the status event is published on a change, the results notice while none was sent).
import { and, eq } from 'drizzle-orm';
import { recordAudit, SYSTEM_ACTOR } from '../../platform/audit/record.ts';
import type { Db } from '../../platform/db/database.ts';
import { uuidv7 } from '../../platform/ids.ts';
import type { EventHandlers } from '../../platform/outbox/handlers.ts';
import { publish, type OutboxEvent } from '../../platform/outbox/publish.ts';
import { businessDate } from '../../platform/time/business-date.ts';
import { serviceCase, siteMessage } from '../cases/schema.ts';
import { bundleStatus } from './aggregate.ts';
import type { MemberOutcome } from './codes.ts';
import type { BundleDeps } from './deps.ts';
import { startMember, type DeferredStart } from './fan-out.ts';
import { awaitingLicense } from './license-wait.ts';
import { nextSteps } from './members.ts';
import type { BundlePlan } from './plan.ts';
import { buildPlan } from './plan-build.ts';
import { loadMemberVersions } from './plan.queries.ts';
import { bundleCase, bundleMemberCase, bundleVersion, type BundleCaseRow } from './schema.ts';
import { membersOf, outcomeOf } from './tracking.queries.ts';

export function bundleHandlers(handlers: EventHandlers, deps: BundleDeps): void {
  // A sub-case moved, or its e-license was issued (successors may wait for it: license-wait.ts).
  const onCase = async (event: OutboxEvent, tx: Db) => {
    const caseId = event.payload.caseId;
    if (typeof caseId !== 'string') return;
    const [c] = await tx
      .select({ bundleCaseId: serviceCase.bundleCaseId })
      .from(serviceCase)
      .where(eq(serviceCase.id, caseId));
    if (c?.bundleCaseId) await progressBundle(tx, deps, c.bundleCaseId);
  };
  handlers.on('case.status-changed', 'bundles.progress', onCase);
  handlers.on('license.issued', 'bundles.license-issued', onCase);
}

async function tell(tx: Db, bc: BundleCaseRow, title: string, body: string) {
  await tx.insert(siteMessage).values({
    id: uuidv7(),
    recipientType: bc.applicantType,
    recipientId: bc.applicantId,
    caseId: null,
    title,
    body,
  });
}

const setState = (tx: Db, bc: BundleCaseRow, memberId: string, state: 'blocked') =>
  tx
    .update(bundleMemberCase)
    .set({ state })
    .where(and(eq(bundleMemberCase.bundleCaseId, bc.id), eq(bundleMemberCase.memberId, memberId)));

/** The plan the deferred members are filed from (today's versions, the stored answers). */
async function planFor(tx: Db, bc: BundleCaseRow): Promise<BundlePlan> {
  const [v] = await tx.select().from(bundleVersion).where(eq(bundleVersion.id, bc.bundleVersionId));
  const versions = await loadMemberVersions(tx, v!.content, businessDate());
  return buildPlan(v!.content, versions, bc.answers);
}

/** Starts one waiting member; a member that cannot be filed at all is blocked instead. */
async function startOrBlock(tx: Db, deps: BundleDeps, bc: BundleCaseRow, plan: BundlePlan, memberId: string) {
  const mv = plan.members.find((m) => m.member.id === memberId);
  let started: DeferredStart | undefined;
  let failure = mv ? '' : 'the item is not in force today';
  if (mv)
    try {
      started = await tx.transaction((sp) => startMember(sp, deps, bc, plan, mv));
    } catch (e) {
      failure = e instanceof Error ? e.message : String(e);
    }
  const [row] = await tx
    .select({ itemName: bundleMemberCase.itemName })
    .from(bundleMemberCase)
    .where(and(eq(bundleMemberCase.bundleCaseId, bc.id), eq(bundleMemberCase.memberId, memberId)));
  const itemName = row?.itemName ?? memberId;
  if (!started) {
    await setState(tx, bc, memberId, 'blocked');
    await tell(
      tx,
      bc,
      '一件事事项无法启动',
      `您申请的“${bc.bundleName}”（编号 ${bc.bundleNumber}）中的“${itemName}”无法自动提交申请，请联系牵头部门窗口办理。`,
    );
  } else if (!started.submitted)
    await tell(
      tx,
      bc,
      '一件事事项待您补充后提交',
      `您申请的“${bc.bundleName}”（编号 ${bc.bundleNumber}）中的“${itemName}”已可办理，但自动提交未通过（${started.reason}）。已为您生成草稿，请在“我的办件”中补充后提交。`,
    );
  await recordAudit(tx, SYSTEM_ACTOR, {
    action: started ? 'bundle-case.member.start' : 'bundle-case.member.block',
    purpose: 'handle the case',
    resource: { type: 'bundle-case', id: bc.id },
    dataSubject: { type: bc.applicantType, id: bc.applicantId },
    detail: { memberId, ...(started ? { ...started } : { reason: failure }) },
  });
}

/** Starts and blocks waiting members until nothing changes; returns the members' outcomes. */
async function advance(tx: Db, deps: BundleDeps, bc: BundleCaseRow) {
  let plan: BundlePlan | undefined;
  for (;;) {
    const members = await membersOf(tx, [bc.id]);
    const licensePending = await awaitingLicense(tx, members);
    const outcomes = new Map<string, MemberOutcome>(
      members.map((x) => [x.m.memberId, licensePending.has(x.m.memberId) ? 'in-progress' : outcomeOf(x)]),
    );
    plan ??= await planFor(tx, bc);
    const defs = plan.members.map((mv) => mv.member);
    // Members of the case whose item left the plan keep their (empty) predecessor list.
    for (const x of members)
      if (!defs.some((d) => d.id === x.m.memberId))
        defs.push({ id: x.m.memberId, implementationCode: x.m.implementationCode, after: [], answers: {} });
    const { start, block } = nextSteps(defs, outcomes);
    if (!start.length && !block.length) return [...outcomes.values()];
    for (const id of block) await setState(tx, bc, id, 'blocked');
    for (const id of start) await startOrBlock(tx, deps, bc, plan, id);
  }
}

/** Re-derives one bundle case from its members, under the bundle case's row lock. */
export async function progressBundle(tx: Db, deps: BundleDeps, bundleCaseId: string): Promise<void> {
  const [bc] = await tx.select().from(bundleCase).where(eq(bundleCase.id, bundleCaseId)).for('update');
  if (!bc) return;
  const outcomes = await advance(tx, deps, bc);
  const status = bundleStatus(outcomes);
  const final = status !== 'in-progress';
  const readyNow = final && bc.delivery === 'together' && bc.resultsReadyAt === null;
  if (status === bc.status && !readyNow) return;
  const now = new Date();
  await tx
    .update(bundleCase)
    .set({
      status,
      ...(final && bc.concludedAt === null && { concludedAt: now }),
      ...(readyNow && { resultsReadyAt: now }),
      updatedAt: now,
    })
    .where(eq(bundleCase.id, bc.id));
  if (readyNow)
    await tell(
      tx,
      bc,
      '一件事全部办理结果已出',
      `您申请的“${bc.bundleName}”（编号 ${bc.bundleNumber}）所有事项均已有办理结果，请${
        bc.deliveryMethod === 'window' ? '到窗口一次领取' : '在“我的一件事”中查看和下载'
      }。`,
    );
  if (status !== bc.status)
    await publish(tx, {
      type: 'bundle.status-changed',
      payload: { bundleCaseId: bc.id, bundleNumber: bc.bundleNumber, from: bc.status, to: status },
    });
}
