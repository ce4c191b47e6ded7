// A small catalog for the search tests, inserted as published versions and indexed with
// indexPublishedVersion: the names of issue #4 §10 plus near-miss distractors (食品生产许可 next
// to 食品经营许可), with plain content so the names, not shared boilerplate, decide the ranking.
import { randomBytes } from 'node:crypto';
import type { ImplementationContent } from '../src/modules/catalog/content.ts';
import { catalogItem, implementation, implementationVersion } from '../src/modules/catalog/schema.ts';
import { indexPublishedVersion } from '../src/modules/catalog/search/index.ts';
import { validContent } from '../src/modules/catalog/test-fixtures.ts';
import type { Db } from '../src/platform/db/database.ts';
import { uuidv7 } from '../src/platform/ids.ts';

export interface FixtureItem {
  name: string;
  agencyId: string;
  regionCode?: string;
  themes: ImplementationContent['themes'];
  targets?: ImplementationContent['serviceTargets'];
  modes?: ImplementationContent['handlingModes'];
  cityWide?: boolean;
  keywords?: string[];
}

const C = (
  name: string,
  agencyId: string,
  themes: FixtureItem['themes'],
  more: Partial<FixtureItem> = {},
) => ({
  name,
  agencyId,
  themes,
  ...more,
});

export const FIXTURE_ITEMS: readonly FixtureItem[] = [
  C('食品经营许可', 'tj-scjgw', ['food', 'licensing'], {
    targets: ['2', '1'],
    modes: ['1', '2', '3'],
    cityWide: true,
  }),
  C('个体工商户设立登记', 'hx-xzspj', ['establishment'], { regionCode: '120103', targets: ['1'] }),
  C('有限责任公司设立登记', 'tj-scjgw', ['establishment'], { targets: ['2'], modes: ['2'] }),
  C('公共场所卫生许可', 'tj-wjw', ['health', 'licensing'], { targets: ['2'] }),
  C('建设工程规划许可证核发', 'tj-ghzyj', ['construction'], { targets: ['2'] }),
  C('城市道路占用、挖掘许可', 'tj-csglw', ['construction'], { targets: ['2', '1'] }),
  C('超限运输车辆行驶公路许可', 'tj-jtysw', ['transport'], { targets: ['2', '1'] }),
  C('道路普通货物运输经营许可', 'tj-jtysw', ['transport', 'licensing'], { targets: ['2'] }),
  C('出生医学证明签发', 'tj-wjw', ['birth']),
  C('出生登记（户口）', 'tj-gaj', ['birth', 'household']),
  C('城乡居民基本医疗保险参保登记', 'tj-ybj', ['social-insurance', 'health']),
  C('社会保障卡申领', 'tj-rsj', ['social-insurance']),
  C('生育登记', 'tj-wjw', ['birth']),
  C('结婚登记', 'tj-mzj', ['marriage']),
  C('高龄津贴申领', 'tj-mzj', ['elderly']),
  C('残疾人两项补贴申请', 'tj-mzj', ['disability']),
  C('公共租赁住房申请', 'tj-zjw', ['housing']),
  C('不动产转移登记', 'tj-ghzyj', ['real-estate'], { modes: ['1', '2'] }),
  C('居住证申领', 'tj-gaj', ['residence']),
  C('基本养老保险待遇申领', 'tj-rsj', ['social-insurance', 'elderly']),
  C('住房公积金提取', 'tj-gjjzx', ['housing']),
  C('失业保险金申领', 'tj-rsj', ['employment', 'social-insurance']),
  C('第三类医疗器械经营许可', 'tj-scjgw', ['food', 'licensing'], { targets: ['2'] }),
  C('药品零售企业经营许可', 'tj-scjgw', ['food', 'licensing'], { targets: ['2'] }),
  C('丧葬补助金申领', 'tj-rsj', ['death']),
  C('小学一年级新生入学登记', 'tj-jw', ['education']),
  C('排污许可', 'tj-sthjj', ['environment'], { targets: ['2'] }),
  C('劳务派遣经营许可', 'tj-rsj', ['labour', 'licensing'], { targets: ['2'] }),
  C('营业性演出许可', 'tj-whlyj', ['culture', 'licensing'], { targets: ['2'] }),
  C('机动车驾驶证换证', 'tj-gaj', ['transport'], { modes: ['1', '3'], cityWide: true }),
  // Distractors: close to the items above in name or words.
  C('食品生产许可', 'tj-scjgw', ['food', 'licensing'], { targets: ['2'] }),
  C('药品生产许可', 'tj-scjgw', ['food', 'licensing'], { targets: ['2'] }),
  C('户口迁移', 'tj-gaj', ['household']),
  C('离婚登记', 'tj-mzj', ['marriage']),
  C('机动车登记', 'tj-gaj', ['transport']),
  C('建筑工程施工许可证核发', 'tj-zjw', ['construction'], { targets: ['2'] }),
  C('医疗机构执业登记', 'tj-wjw', ['health'], { targets: ['2'] }),
];

/** Content of a fixture item: the valid fixture with this name and nothing shared that is searchable. */
export function fixtureContent(item: FixtureItem): ImplementationContent {
  const base = validContent();
  return {
    ...base,
    name: item.name,
    basicCode: `S${randomBytes(5).toString('hex').toUpperCase()}`,
    themes: item.themes,
    serviceTargets: item.targets ?? ['1'],
    handlingModes: item.modes ?? ['1'],
    cityWide: item.cityWide ?? false,
    keywords: item.keywords ?? [],
    conditions: [],
    materials: [{ ...base.materials[0]!, name: '申请表' }],
    result: { type: 'document', name: '办理结果' },
    faqs: [],
  };
}

let serial = 0;

/** Inserts a published implementation of `content` with the given versions, indexes them; returns ids. */
export async function publishFixture(
  db: Db,
  item: Pick<FixtureItem, 'agencyId' | 'regionCode'>,
  versions: { content: ImplementationContent; from: string; to?: string | null }[],
) {
  const first = versions[0]!.content;
  const itemId = uuidv7();
  const implementationId = uuidv7();
  const code = `SEARCHFIXTURE${String(process.pid % 1000).padStart(3, '0')}${String(++serial).padStart(6, '0')}`;
  await db.insert(catalogItem).values({
    id: itemId,
    basicCode: first.basicCode,
    name: first.name,
    itemType: first.itemType,
    legalBasis: first.legalBasis,
    exerciseLevel: first.exerciseLevel,
    serviceTargets: first.serviceTargets,
    themes: first.themes,
  });
  await db.insert(implementation).values({
    id: implementationId,
    code,
    itemId,
    agencyId: item.agencyId,
    regionCode: item.regionCode ?? '120000',
    createdBy: 'test',
  });
  const versionIds: string[] = [];
  for (const [i, v] of versions.entries()) {
    const id = uuidv7();
    versionIds.push(id);
    await db.insert(implementationVersion).values({
      id,
      implementationId,
      version: i + 1,
      status: 'published',
      content: v.content,
      effectiveFrom: v.from,
      effectiveTo: v.to ?? null,
      createdBy: 'test',
      publishedAt: new Date(),
    });
    await indexPublishedVersion(db, id);
  }
  return { code, implementationId, versionIds };
}

/** Loads every fixture item, in force since 2020-01-01. */
export async function loadSearchFixture(db: Db): Promise<Map<string, string>> {
  const codes = new Map<string, string>();
  for (const item of FIXTURE_ITEMS) {
    const { code } = await publishFixture(db, item, [{ content: fixtureContent(item), from: '2020-01-01' }]);
    codes.set(item.name, code);
  }
  return codes;
}
