// The public bundle guide through HTTP, on a bundle inserted by the test (two members at two
// agencies, one conditional and after the other): the list with its savings, the guide (every
// member, the conditions of their fixed situations, the venues), the plan for answers (which
// members, e-licenses held by the signed-in caller), refusals (bad answers, a bundle or member
// not in force), and the statistics per bundle from bundle cases inserted directly.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ImplementationContent } from '../src/modules/catalog/content.ts';
import { validContent } from '../src/modules/catalog/test-fixtures.ts';
import { bundleCase, bundleMemberCase } from '../src/modules/bundles/schema.ts';
import type { BundleCaseStatus } from '../src/modules/bundles/codes.ts';
import { uuidv7 } from '../src/platform/ids.ts';
import { addCalendarDays, businessDate } from '../src/platform/time/business-date.ts';
import { catalogFixture, ok } from './catalog-fixtures.ts';
import { personId } from './case-fixtures.ts';
import { testPlatform, type TestPlatform } from './helpers.ts';
import { anonymous, signIn, type Caller } from './identity-callers.ts';
import {
  bundleContent,
  form,
  heldLicenseType,
  insertPublishedBundle,
  memberImplementation,
} from './bundles-admin-fixtures.ts';

let p: TestPlatform;
let anon: Caller;
let zhangsan: Caller;
let licenceCode: string;
let sealCode: string;
let heldType: string;
let code: string;
let bundleId: string;
let versionId: string;

/** 公章刻制备案 at 河西: a smaller form (two keys shared with the licence), one held e-license. */
function sealContent(base: ImplementationContent, held: string): ImplementationContent {
  const licence = base.materials.find((m) => m.id === 'business-licence')!;
  return {
    ...base,
    name: '公章刻制备案',
    promisedLimit: { kind: 'on-the-spot' },
    questions: [],
    conditions: [{ id: 'licensed', text: '已取得营业执照' }],
    materials: [
      { ...licence, id: 'licence' },
      { ...licence, id: 'household', name: '户口簿', licenseType: held },
    ],
    visits: 1,
    form: form([
      { key: 'enterprise.name', required: true },
      { key: 'enterprise.uscc', required: true },
      { key: 'applicant.email', required: false },
    ]),
  };
}

beforeAll(async () => {
  p = await testPlatform();
  const db = p.database.db;
  const { itemId, content } = await catalogFixture(db);
  heldType = await heldLicenseType(db, await personId(db, 'zhangsan'));
  licenceCode = await memberImplementation(db, itemId, content);
  sealCode = await memberImplementation(db, itemId, sealContent(content, heldType), {
    agencyId: 'hx-xzspj',
    regionCode: '120103',
  });
  ({ code, bundleId, versionId } = await insertPublishedBundle(
    db,
    bundleContent([
      { id: 'licence', implementationCode: licenceCode, answers: { kind: 'new' } },
      { id: 'seal', implementationCode: sealCode, after: ['licence'], when: { 'need-seal': ['yes'] } },
    ]),
    { code: 'YJS120116901' },
  ));
  anon = anonymous(p.app);
  zhangsan = await signIn(p.app, 'zhangsan');
});
afterAll(() => p?.dispose());

describe('the list and the guide', () => {
  it('lists the bundle in force with its lead agency, members and savings; filters apply', async () => {
    const { items } = ok(await anon.request('GET', '/api/v1/bundles'));
    const mine = items.find((b: { code: string }) => b.code === code);
    expect(mine).toMatchObject({
      name: '测试开办一件事',
      target: 'enterprise',
      lifeEvent: 'establishment',
      regionCode: '120116',
      leadAgencyId: 'hx-xzspj',
      leadAgencyName: expect.stringContaining('河西'),
      memberCount: 2,
      promisedDays: 8,
    });
    // Ten fields and three, two of them shared: 13 separately, 11 once.
    expect(mine.savings.separately.fields).toBe(13);
    expect(mine.savings.bundled.fields).toBe(11);
    expect(mine.savings.saved.fields).toBe(2);
    // The business licence is asked by both: one material saved. Visits: 0 + 1 against 1.
    expect(mine.savings.saved.materials).toBe(1);
    expect(mine.savings.saved.visits).toBe(0);
    const persons = ok(await anon.request('GET', '/api/v1/bundles?target=person')).items;
    expect(persons.map((b: { code: string }) => b.code)).not.toContain(code);
    const starting = ok(await anon.request('GET', '/api/v1/bundles?lifeEvent=establishment')).items;
    expect(starting.map((b: { code: string }) => b.code)).toContain(code);
    expect((await anon.request('GET', '/api/v1/bundles?lifeEvent=nonsense')).statusCode).toBe(400);
  });

  it('the guide has every member in order, their conditions and limits, and the venues', async () => {
    const g = ok(await anon.request('GET', `/api/v1/bundles/${code}`));
    expect(g).toMatchObject({ code, effectiveFrom: businessDate(), memberCount: 2 });
    expect(g.venues).toEqual([{ id: 'zwfw-120103', name: expect.any(String), address: expect.any(String) }]);
    expect(g.plan.members).toMatchObject([
      {
        memberId: 'licence',
        implementationCode: licenceCode,
        itemName: '食品经营许可',
        agencyId: 'tj-scjgw',
        conditional: false,
        promisedLimit: '10个工作日',
        after: [],
      },
      {
        memberId: 'seal',
        itemName: '公章刻制备案',
        agencyId: 'hx-xzspj',
        conditional: true,
        promisedLimit: '即办',
        after: ['licence'],
      },
    ]);
    // The licence's condition for changes does not apply to its fixed situation (new).
    const texts = g.plan.conditions.map((c: { memberId: string; text: string }) => `${c.memberId}:${c.text}`);
    expect(texts).toContain('seal:已取得营业执照');
    expect(texts).toContain('licence:具有与经营的食品品种、数量相适应的经营场所');
    expect(texts).not.toContain('licence:许可事项发生变化');
    expect(g.plan.fieldCount).toBe(11);
    expect(g.plan.conflicts).toEqual([]);
    // Anonymous: nobody to hold a license.
    expect(g.plan.materials.every((m: { held: unknown }) => m.held === null)).toBe(true);
  });

  it('a bundle code nobody has answers 404', async () => {
    const res = await anon.request('GET', '/api/v1/bundles/YJS120116000');
    expect(res.statusCode).toBe(404);
    expect(res.json().code).toBe('NOT_FOUND');
  });
});

describe('the plan for answers', () => {
  const plan = (caller: Caller, answers: Record<string, string>, c = code) =>
    caller.request('POST', `/api/v1/bundles/${c}/plan`, { answers });

  it('a conditional member applies only for its answers', async () => {
    const without = ok(await plan(anon, { 'need-seal': 'no' }));
    expect(without.members.map((m: { memberId: string }) => m.memberId)).toEqual(['licence']);
    expect(without.savings.saved.fields).toBe(0);
    const unanswered = ok(await plan(anon, {}));
    expect(unanswered.members).toHaveLength(1);
    const both = ok(await plan(anon, { 'need-seal': 'yes' }));
    expect(both.members.map((m: { memberId: string }) => m.memberId)).toEqual(['licence', 'seal']);
    expect(both.code).toBe(code);
  });

  it('marks the e-licenses the signed-in person holds', async () => {
    const mine = ok(await plan(zhangsan, { 'need-seal': 'yes' }));
    const held = (type: string) =>
      mine.materials.find((m: { licenseType: string | null }) => m.licenseType === type)?.held;
    expect(held(heldType)).toBe(true);
    const licence = validContent().materials.find((m) => m.id === 'business-licence')!.licenseType!;
    expect(held(licence)).toBe(false);
    const applicantOnly = mine.materials.filter((m: { source: string }) => m.source !== 'e-license');
    expect(applicantOnly.every((m: { held: unknown }) => m.held === null)).toBe(true);
    // The business licence of both members is one material standing for both.
    const merged = mine.materials.find((m: { licenseType: string | null }) => m.licenseType === licence);
    expect(merged.members.map((m: { memberId: string }) => m.memberId).sort()).toEqual(['licence', 'seal']);
  });

  it('answers must name the questions and their options: 400 with every error', async () => {
    const res = await plan(anon, { nope: 'x', 'need-seal': 'maybe' });
    expect(res.statusCode).toBe(400);
    expect(res.json().code).toBe('VALIDATION_FAILED');
    expect(
      res
        .json()
        .errors.map((e: { path: string }) => e.path)
        .sort(),
    ).toEqual(['/body/answers/need-seal', '/body/answers/nope']);
  });

  it('a bundle not yet in force, or with a member not in force, is no plan (422)', async () => {
    const db = p.database.db;
    const later = await insertPublishedBundle(
      db,
      bundleContent([{ id: 'licence', implementationCode: licenceCode, answers: { kind: 'new' } }]),
      { code: 'YJS120116902', from: addCalendarDays(businessDate(), 3) },
    );
    const gone = await insertPublishedBundle(
      db,
      bundleContent([
        { id: 'licence', implementationCode: licenceCode, answers: { kind: 'new' } },
        { id: 'ghost', implementationCode: 'TBTEST-NO-SUCH' },
      ]),
      { code: 'YJS120116903' },
    );
    for (const c of [later.code, gone.code]) {
      for (const res of [await plan(anon, {}, c), await anon.request('GET', `/api/v1/bundles/${c}`)]) {
        expect(res.statusCode, c).toBe(422);
        expect(res.json().code).toBe('BUNDLE_NOT_IN_FORCE');
      }
    }
    const listed = ok(await anon.request('GET', '/api/v1/bundles')).items.map(
      (b: { code: string }) => b.code,
    );
    expect(listed).not.toContain(later.code);
    expect(listed).not.toContain(gone.code);
  });
});

describe('statistics', () => {
  async function insertCase(status: BundleCaseStatus, saved: number, started: number) {
    const db = p.database.db;
    const id = uuidv7();
    const applicant = await personId(db, 'zhangsan');
    await db.insert(bundleCase).values({
      id,
      bundleNumber: `YJS${businessDate().replaceAll('-', '')}${id.slice(-8)}`,
      bundleId,
      bundleVersionId: versionId,
      bundleCode: code,
      bundleName: '测试开办一件事',
      regionCode: '120116',
      leadAgencyId: 'hx-xzspj',
      applicantType: 'person',
      applicantId: applicant,
      applicantName: '张三',
      applicantIdType: '111',
      applicantIdEnc: 'x',
      applicantIdHash: 'x',
      applicantIdMasked: '1201**********0012',
      filedBy: applicant,
      channel: 'pc',
      actorKind: 'applicant',
      delivery: 'together',
      deliveryMethod: 'electronic',
      status,
      receivedOn: businessDate(),
      savedFields: saved,
      savedMaterials: 1,
      savedVisits: 0,
    });
    for (const [i, member] of ['licence', 'seal'].entries())
      await db.insert(bundleMemberCase).values({
        bundleCaseId: id,
        memberId: member,
        position: i,
        implementationCode: i === 0 ? licenceCode : sealCode,
        itemName: member,
        agencyId: i === 0 ? 'tj-scjgw' : 'hx-xzspj',
        state: i < started ? 'started' : 'waiting',
        caseId: null,
      });
  }

  it('counts cases by status, sub-cases started and the savings, per bundle in scope', async () => {
    await insertCase('in-progress', 3, 1);
    await insertCase('in-progress', 3, 2);
    await insertCase('concluded', 3, 2);
    await insertCase('partly-refused', 0, 2);
    const other = await insertPublishedBundle(
      p.database.db,
      bundleContent([{ id: 'licence', implementationCode: licenceCode, answers: { kind: 'new' } }], {
        leadAgencyId: 'tj-scjgw',
        name: '市级测试一件事',
      }),
      { code: 'YJS120116904' },
    );
    const office = await signIn(p.app, 'office-admin');
    const { items } = ok(await office.request('GET', '/api/v1/stats/bundles'));
    const row = items.find((r: { code: string }) => r.code === code);
    expect(row).toMatchObject({
      name: '测试开办一件事',
      cases: 4,
      inProgress: 2,
      concluded: 1,
      partlyRefused: 1,
      refused: 0,
      subCases: 7,
      savedFields: 9,
      savedMaterials: 4,
      savedVisits: 0,
    });
    expect(row.perCase.saved.fields).toBe(2);
    // The 河西 approval bureau's lead (stats.read on its agency) sees its bundle; a clerk has no
    // stats.read at all.
    const lead = await signIn(p.app, 'lead-hxsp');
    const theirs = ok(await lead.request('GET', '/api/v1/stats/bundles')).items;
    expect(theirs.map((r: { code: string }) => r.code)).toContain(code);
    expect(theirs.map((r: { code: string }) => r.code)).not.toContain(other.code);
    expect(items.find((r: { code: string }) => r.code === other.code)).toMatchObject({
      name: '市级测试一件事',
      cases: 0,
      subCases: 0,
    });
    const clerk = await signIn(p.app, 'clerk-hexi');
    expect((await clerk.request('GET', '/api/v1/stats/bundles')).statusCode).toBe(403);
  });
});
