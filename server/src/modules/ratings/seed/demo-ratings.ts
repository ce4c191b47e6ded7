// Demo negative ratings of the 河西区行政审批局 (never in production), so the ledger has something
// on a fresh start: zhangsan's 非常不满意 after a window service (一次一评) for 仅销售预包装食品备案,
// waiting for handler-hxsp to verify it; 王五's (ent-admin) 非常不满意, also to verify (one the
// agency may think mistaken and appeal); and lisi's 不满意, already rectified, reported, revisited
// and closed (the ledger's history). The ratings are recorded as the ratings work records one
// (row + `rating.created`), the rectifications opened and moved through the same service as the
// API uses. Idempotent: fixed rating ids; an existing one is left alone.
import { eq } from 'drizzle-orm';
import { SYSTEM_ACTOR } from '../../../platform/audit/record.ts';
import { personalDataCrypto } from '../../../platform/crypto/personal-data.ts';
import type { Db } from '../../../platform/db/database.ts';
import type { ModuleContext } from '../../../platform/module.ts';
import { publish } from '../../../platform/outbox/publish.ts';
import { businessDate } from '../../../platform/time/business-date.ts';
import { account } from '../../identity/schema.ts';
import { openRectification, step } from '../rectification.service.ts';
import type { RectificationAction } from '../rectification-workflow.ts';
import { rating } from '../schema.ts';

export const DEMO_RATINGS = {
  open: '01960000-0000-7000-8000-00000000de01',
  closed: '01960000-0000-7000-8000-00000000de02',
  toAppeal: '01960000-0000-7000-8000-00000000de03',
} as const;

const ITEM = '仅销售预包装食品备案';

async function accountId(db: Db, username: string): Promise<string> {
  const [a] = await db.select({ id: account.id }).from(account).where(eq(account.username, username));
  if (!a) throw new Error(`demo ratings: no account ${username}`);
  return a.id;
}

async function recordRating(tx: Db, id: string, raterId: string, level: number, comment: string) {
  await tx.insert(rating).values({
    id,
    kind: 'window',
    agencyId: 'hx-xzspj',
    regionCode: '120103',
    itemName: ITEM,
    venueId: 'zwfw-120103',
    windowCode: 'SL01',
    channel: 'qr',
    raterType: 'person',
    raterId,
    level,
    scores: { overall: level, efficiency: level, competence: 3, attitude: level },
    comment,
    ratedOn: businessDate(),
  });
  await publish(tx, {
    type: 'rating.created',
    payload: { ratingId: id, caseId: null, level, agencyId: 'hx-xzspj', followUpOf: null },
  });
}

export async function seedDemoRatings(db: Db, ctx: ModuleContext): Promise<void> {
  const [done] = await db.select({ id: rating.id }).from(rating).where(eq(rating.id, DEMO_RATINGS.open));
  if (done) return;
  const { cipher } = personalDataCrypto(ctx.config);
  const handlerId = await accountId(db, 'handler-hxsp');
  const zhangsan = await accountId(db, 'zhangsan');
  const lisi = await accountId(db, 'lisi');
  const entAdmin = await accountId(db, 'ent-admin');
  await db.transaction(async (tx) => {
    await recordRating(
      tx,
      DEMO_RATINGS.open,
      zhangsan,
      5,
      '备案信息采集表填错一处就让我回去重新打印，窗口明明可以当场改，来回跑了两趟。',
    );
    await openRectification(tx, DEMO_RATINGS.open);
    await recordRating(
      tx,
      DEMO_RATINGS.toAppeal,
      entAdmin,
      5,
      '工作人员说我的材料不全，可办事指南上根本没写要这份材料。',
    );
    await openRectification(tx, DEMO_RATINGS.toAppeal);

    await recordRating(tx, DEMO_RATINGS.closed, lisi, 4, '等候叫号时间太长，也没有人告诉我还要排多久。');
    let row = (await openRectification(tx, DEMO_RATINGS.closed))!;
    const who = {
      actor: { ...SYSTEM_ACTOR, type: 'staff' as const, id: handlerId },
      kind: 'staff' as const,
      id: handlerId,
      name: '孙悦',
      may: () => true,
    };
    const steps: [RectificationAction, Record<string, unknown>][] = [
      ['verify', { comment: '调取叫号记录，当日上午等候超过一小时，情况属实。' }],
      ['rectify', { kind: 'fixed', measures: '高峰时段增开一个备案窗口；叫号屏显示预计等候时间。' }],
      [
        'feedback',
        {
          message:
            '您反映的等候时间过长问题属实，我们已在高峰时段增开窗口，并在叫号屏显示预计等候时间。感谢您的监督。',
        },
      ],
      ['revisit', { satisfied: true, comment: '电话回访：评价人表示满意。' }],
    ];
    for (const [action, input] of steps) row = await step(tx, cipher, row, action, input, who);
  });
}
