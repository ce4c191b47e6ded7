// Base synonyms every installation gets: how people say it → how the catalog says it. The
// canonical forms are words of the catalog's own names (or another term that leads there:
// 饭店 → 餐饮 → 食品经营), so a colloquial question reaches the item's name tokens.
// Drafted after questions.ts (06:15) with those questions in view — see the held-out set there.
// They are inserted only into an EMPTY synonym table (an installation's first start), so what
// administrators change or delete later through the API is never overwritten or brought back.
import { sql } from 'drizzle-orm';
import type { Db } from '../../../platform/db/database.ts';
import { queryRows } from '../../../platform/db/query.ts';
import { searchSynonym } from '../schema.ts';
import { bumpRevision } from './dictionary.ts';
import { reindexAll } from './index.ts';

export const BASE_SYNONYMS: Readonly<Record<string, readonly string[]>> = {
  // canonical: terms
  餐饮: ['饭店', '饭馆', '餐馆', '小吃店', '餐厅', '开店卖吃的', '小饭馆', '快餐店', '面馆', '奶茶店'],
  食品经营: ['餐饮', '卖吃的', '食品店', '卖食品'],
  设立登记: ['开公司', '注册公司', '办执照', '营业执照', '开办企业'],
  有限责任公司: ['有限公司', '公司注册'],
  个体工商户: ['个体户', '小卖部', '小商店', '小超市', '便利店', '摆摊', '开小店'],
  出生: ['生孩子', '生娃', '新生儿', '宝宝出生', '孩子出生'],
  户口: ['上户口', '落户', '报户口', '入户'],
  出生医学证明: ['出生证', '出生证明'],
  生育登记: ['准生证', '怀孕', '二胎', '三胎', '生育服务证'],
  机动车驾驶证: ['驾照', '驾驶证', '车本'],
  结婚登记: ['领证', '扯证', '结婚证', '领结婚证'],
  养老保险待遇: ['退休金', '养老金', '退休待遇'],
  失业保险金: ['失业金', '失业补助'],
  住房公积金: ['公积金'],
  医疗保险: ['医保'],
  社会保障卡: ['社保卡'],
  不动产转移登记: ['过户', '买房', '二手房', '房产过户', '卖房'],
  城市道路占用挖掘: ['占道', '挖路', '挖沟', '道路开挖', '占用道路'],
  营业性演出: ['演唱会', '演出', '音乐会', '商业演出'],
  药品零售: ['药店', '药房', '卖药'],
  公共租赁住房: ['公租房', '廉租房', '保障房'],
  公共场所卫生: ['理发店', '美容院', '宾馆', '旅馆', '游泳馆', '浴室', '洗浴', 'ktv'],
  建设工程规划: ['盖房子', '建房', '盖楼', '规划证'],
  超限运输: ['大件运输', '超重', '超载', '超宽', '超高'],
  道路普通货物运输: ['货运', '拉货', '跑运输', '货车运输'],
  丧葬补助金: ['丧葬费', '去世', '过世', '丧葬补贴', '死亡'],
  小学一年级新生入学: ['上小学', '小学报名', '入学报名', '一年级'],
  排污许可: ['排污', '污水', '废水', '废气', '排放'],
  高龄津贴: ['高龄补贴', '老人补贴', '老年人补贴', '长寿金'],
  残疾人两项补贴: ['残疾补贴', '残疾人补贴', '护理补贴'],
  居住证: ['暂住证', '外地人'],
  医疗器械经营: ['医疗器械'],
  劳务派遣: ['派遣'],
};

/** The base synonyms as rows (term → canonical). */
export const baseSynonymRows = () =>
  Object.entries(BASE_SYNONYMS).flatMap(([canonical, terms]) => terms.map((term) => ({ term, canonical })));

/** Base data of the search (module baseData): the base synonyms on a first start. Idempotent. */
export async function loadSearchBaseData(db: Db): Promise<void> {
  await db.transaction(async (tx) => {
    await tx.execute(sql`lock table search_synonym in exclusive mode`); // two replicas starting together
    const [row] = await queryRows<{ n: number }>(tx, sql`select count(*)::int as n from search_synonym`);
    if (row && row.n > 0) return;
    await tx
      .insert(searchSynonym)
      .values(baseSynonymRows().map((r) => ({ ...r, createdBy: 'system' })))
      .onConflictDoNothing();
    await bumpRevision(tx);
    await reindexAll(tx);
  });
}
