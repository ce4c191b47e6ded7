// Demo orders (never in production), made through the services like real ones: one to dispatch
// (an anonymous hotline call), one dispatched to 河西区行政审批局 (hx-xzspj), one signed for, one
// replied (zhangsan, online, about one of his cases — he can confirm it), one closed as solved and
// one returned once as misrouted. Idempotent: nothing is made when the first one exists.
import { eq } from 'drizzle-orm';
import type { PersonalDataCrypto } from '../../../platform/crypto/personal-data.ts';
import type { Db } from '../../../platform/db/database.ts';
import { serviceCase } from '../../cases/schema.ts';
import { principalFor } from '../../identity/authenticate.ts';
import { account } from '../../identity/schema.ts';
import { actOnComplaint, confirmComplaint } from '../actions.service.ts';
import type { ComplaintCtx } from '../complaint-log.ts';
import type { ActionBody, AdminFileBody, FileComplaintBody } from '../complaints.schemas.ts';
import { fileByAgent, fileOnline } from '../filing.service.ts';
import { complaint } from '../schema.ts';

const AGENCY = 'hx-xzspj';
const FIRST_TITLE = '小区供暖不热，报修无人处理';

async function ctxOf(db: Db, crypto: PersonalDataCrypto, username: string | null): Promise<ComplaintCtx> {
  if (!username) return { db, crypto, principal: null, actor: { type: 'anonymous', id: null } };
  const [a] = await db
    .select({ id: account.id, kind: account.kind })
    .from(account)
    .where(eq(account.username, username));
  if (!a) throw new Error(`demo complaints: no account ${username}`);
  const principal = await principalFor(db, a.id, null, null);
  if (!principal) throw new Error(`demo complaints: ${username} cannot sign in`);
  return { db, crypto, principal, actor: { type: principal.kind, id: a.id } };
}

export async function seedDemoComplaints(db: Db, crypto: PersonalDataCrypto): Promise<void> {
  const [done] = await db
    .select({ id: complaint.id })
    .from(complaint)
    .where(eq(complaint.title, FIRST_TITLE));
  if (done) return;
  const hotline = await ctxOf(db, crypto, 'hotline');
  const handler = await ctxOf(db, crypto, 'handler-hxsp');
  const zhangsan = await ctxOf(db, crypto, 'zhangsan');
  const lisi = await ctxOf(db, crypto, 'lisi');
  const anonymous = await ctxOf(db, crypto, null);

  const byAgent = async (body: AdminFileBody) => (await fileByAgent(hotline, body, undefined)).body.id;
  const online = async (ctx: ComplaintCtx, body: FileComplaintBody) =>
    (await fileOnline(ctx, body, undefined)).body.id;
  const act = async (ctx: ComplaintCtx, id: string, body: Omit<ActionBody, 'seq'>) => {
    const [row] = await db.select({ seq: complaint.seq }).from(complaint).where(eq(complaint.id, id));
    await actOnComplaint(ctx, id, { ...body, seq: row!.seq });
  };
  const dispatch = (id: string) => act(hotline, id, { action: 'dispatch', agencyId: AGENCY });
  const sign = (id: string) => act(handler, id, { action: 'sign' });
  const reply = (id: string, comment: string) =>
    act(handler, id, { action: 'reply', replyKind: 'resolved', comment });

  // 1. To dispatch: an anonymous hotline call about heating.
  await byAgent({
    channel: 'hotline',
    category: 'other',
    urgency: 'utilities',
    anonymous: true,
    regionCode: '120103',
    title: FIRST_TITLE,
    content: '河西区某小区本周起暖气不热，向物业报修三天无人处理。',
  });
  // 2. Dispatched to the 行政审批局, waiting to be signed for.
  const d = await byAgent({
    channel: 'window',
    category: 'repeated-visits',
    regionCode: '120103',
    contactName: '周先生',
    contactPhone: '13900000011',
    title: '办理食品经营许可多次往返',
    content: '为补一份材料已跑了三次，每次告知的要求不一样。',
  });
  await dispatch(d);
  // 3. Signed for: reported online without signing in.
  const s = await online(anonymous, {
    category: 'guide',
    regionCode: '120103',
    anonymous: true,
    title: '办事指南材料清单与窗口要求不一致',
    content: '网上指南写需要 3 份材料，窗口要求 5 份。',
  });
  await dispatch(s);
  await sign(s);
  // 4. Replied: zhangsan about one of his own cases (he can confirm it).
  const [his] = await db
    .select({ id: serviceCase.id })
    .from(serviceCase)
    .where(eq(serviceCase.applicantId, zhangsan.principal!.accountId))
    .limit(1);
  const r = await online(zhangsan, {
    category: 'delay',
    regionCode: '120103',
    ...(his && { caseId: his.id }),
    title: '办件进度长时间未更新',
    content: '提交后进度一直没有变化，电话咨询也没有答复。',
    contactPhone: '13800000001',
  });
  await dispatch(r);
  await sign(r);
  await reply(r, '经核查，您的办件已于当日办结，系统进度未及时同步，已修复。');
  // 5. Closed as solved (lisi confirmed).
  const c = await online(lisi, {
    category: 'attitude',
    regionCode: '120103',
    title: '窗口工作人员解释不耐心',
    content: '咨询企业变更登记时，窗口工作人员解释不耐心。',
  });
  await dispatch(c);
  await sign(c);
  await reply(c, '已约谈相关窗口人员并加强服务规范培训，向您致歉。');
  const [cr] = await db.select({ id: complaint.id }).from(complaint).where(eq(complaint.id, c));
  await confirmComplaint(lisi, cr!.id, { solved: true, comment: '满意' });
  // 6. Returned once as misrouted (the office dispatches it again).
  const t = await byAgent({
    channel: 'hotline',
    category: 'policy',
    regionCode: '120103',
    contactName: '吴女士',
    contactPhone: '13900000012',
    title: '咨询养老保险补缴政策',
    content: '想了解灵活就业人员养老保险补缴的条件。',
  });
  await dispatch(t);
  await act(handler, t, { action: 'return', comment: '属人力社保部门职责，非本单位事项，请改派。' });
}
