// Fixtures of the bundle-case tests: a small person bundle of demo items in 河西 that one window
// clerk (clerk-hexi, venue zwfw-120103) can take through — two 即办 items in a chain and one
// conditional item with a review step — inserted as a published version in force; the merged form
// data for a set of answers; and delivering the outbox as the worker would.
import { and, eq, sql } from 'drizzle-orm';
import { expect } from 'vitest';
import type { BundleContent } from '../src/modules/bundles/content.ts';
import { bundle, bundleCase, bundleMemberCase, bundleVersion } from '../src/modules/bundles/schema.ts';
import { serviceCase } from '../src/modules/cases/schema.ts';
import { DEMO_PERSONS } from '../src/modules/identity/demo-accounts.ts';
import type { Db } from '../src/platform/db/database.ts';
import { uuidv7 } from '../src/platform/ids.ts';
import { deliverDueEvents } from '../src/platform/outbox/deliver.ts';
import { outboxEvent } from '../src/platform/outbox/schema.ts';
import { implementationCode } from './case-fixtures.ts';
import type { TestPlatform } from './helpers.ts';

export const TEST_BUNDLE = 'YJS120103901';

export interface TestBundle {
  code: string;
  /** 就业创业证申领 (hx-rsj, 即办): no predecessor. */
  job: string;
  /** 城乡居民基本养老保险费征收 (hx-swj, 即办): after job; its 户口簿 is exempt with consent (免证办). */
  pension: string;
  /** 社会保障卡申领 (hx-rsj, with review): only when the answer to `card` is yes; no predecessor. */
  card: string;
}

/** Inserts the test bundle (one published version in force since 2026-01-01). */
export async function insertTestBundle(db: Db): Promise<TestBundle> {
  const job = await implementationCode(db, 'hx-rsj', '就业创业证申领');
  const pension = await implementationCode(db, 'hx-swj', '城乡居民基本养老保险费征收');
  const card = await implementationCode(db, 'hx-rsj', '社会保障卡申领');
  const content: BundleContent = {
    name: '测试就业参保一件事',
    target: 'person',
    lifeEvent: 'employment',
    summary: '就业登记后参加城乡居民养老保险，可同时申领社会保障卡。',
    leadAgencyId: 'hx-rsj',
    promisedLimit: { value: 10, unit: 'working-days' },
    questions: [
      {
        id: 'card',
        text: '是否同时申领社会保障卡',
        options: [
          { id: 'yes', label: '是' },
          { id: 'no', label: '否' },
        ],
      },
    ],
    members: [
      { id: 'job', implementationCode: job, after: [], answers: {} },
      { id: 'pension', implementationCode: pension, after: ['job'], answers: {} },
      {
        id: 'card',
        implementationCode: card,
        when: { card: ['yes'] },
        after: [],
        answers: { kind: 'first', who: 'self' },
      },
    ],
    visits: 0,
    venueIds: ['zwfw-120103'],
    consultationPhone: '022-12345',
    keywords: ['就业', '养老保险'],
  };
  await insertBundle(db, TEST_BUNDLE, content);
  // The same items side by side (no order): the pension member is filed with the submission.
  await insertBundle(db, SIDE_BY_SIDE, {
    ...content,
    name: '测试并联一件事',
    questions: [],
    members: content.members.slice(0, 2).map((m) => ({ ...m, after: [] })),
  });
  // A waiting member that needs real-name level 3 online (个体工商户设立登记): zhangsan has 2.
  await insertBundle(db, NEEDS_L3, {
    ...content,
    name: '测试实名等级一件事',
    questions: [],
    members: [
      content.members[0]!,
      {
        id: 'getihu',
        implementationCode: await implementationCode(db, 'hx-xzspj', '个体工商户设立登记'),
        after: ['job'],
        answers: {},
      },
    ],
  });
  return { code: TEST_BUNDLE, job, pension, card };
}

export const NEEDS_L3 = 'YJS120103903';

/** The job and pension items without an order between them. */
export const SIDE_BY_SIDE = 'YJS120103902';

async function insertBundle(db: Db, code: string, content: BundleContent) {
  const bundleId = uuidv7();
  await db.insert(bundle).values({
    id: bundleId,
    code,
    regionCode: '120103',
    leadAgencyId: 'hx-rsj',
    createdBy: 'test',
  });
  await db.insert(bundleVersion).values({
    id: uuidv7(),
    bundleId,
    version: 1,
    status: 'published',
    content,
    effectiveFrom: '2026-01-01',
    createdBy: 'test',
    publishedAt: new Date('2026-01-01T00:00:00+08:00'),
  });
}

const zhangsan = DEMO_PERSONS.find((p) => p.username === 'zhangsan')!;

/** zhangsan's merged form data for the answer to `card` (the merged form is closed: no extra keys). */
export function formFor(card: 'yes' | 'no'): Record<string, unknown> {
  return {
    applicant: {
      name: zhangsan.name,
      idType: 'resident-id',
      idNumber: zhangsan.idNumber,
      phone: zhangsan.phone,
      education: '20',
      householdType: 'urban',
      ...(card === 'yes' && { gender: '1' }),
    },
    application: { amount: 200, ...(card === 'yes' && { deliveryMethod: 'window' }) },
  };
}

/** A valid application of zhangsan's for the test bundle. */
export const applicationFor = (card: 'yes' | 'no', over: Record<string, unknown> = {}) => ({
  bundleCode: TEST_BUNDLE,
  answers: { card },
  formData: formFor(card),
  materials: [],
  licenseConsent: true,
  delivery: 'together',
  deliveryMethod: 'electronic',
  ...over,
});

/** Delivers every due event as the outbox worker would; fails on a bundle handler error. */
export async function drainOutbox(p: TestPlatform): Promise<void> {
  const db = p.database.db;
  while ((await deliverDueEvents(db, p.handlers, { batchSize: 50, maxAttempts: 5 })) > 0);
  const failed = await db
    .select({ type: outboxEvent.type, lastError: outboxEvent.lastError })
    .from(outboxEvent)
    .where(and(eq(outboxEvent.type, 'case.status-changed'), sql`${outboxEvent.lastError} is not null`));
  expect(failed).toEqual([]);
}

/** The member rows of a bundle case, in position order. */
export const memberRows = (db: Db, bundleCaseId: string) =>
  db
    .select()
    .from(bundleMemberCase)
    .where(eq(bundleMemberCase.bundleCaseId, bundleCaseId))
    .orderBy(bundleMemberCase.position);

/** The sub-cases of a bundle case. */
export const subCases = (db: Db, bundleCaseId: string) =>
  db.select().from(serviceCase).where(eq(serviceCase.bundleCaseId, bundleCaseId));

export const bundleCaseRow = async (db: Db, id: string) =>
  (await db.select().from(bundleCase).where(eq(bundleCase.id, id)))[0]!;
