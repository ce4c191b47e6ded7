// Shared setup of the cases-acceptance-*.test.ts files: the platform and callers (live bindings,
// set in beforeAll), the demo item codes, a submitted 食品经营许可 case and enterprise materials.
import { afterAll, beforeAll } from 'vitest';
import { material } from '../src/modules/cases/schema.ts';
import type { Db } from '../src/platform/db/database.ts';
import { uuidv7 } from '../src/platform/ids.ts';
import { businessDate } from '../src/platform/time/business-date.ts';
import {
  demoEnterpriseId,
  implementationCode,
  insertSubmittedCase,
  personId,
  type CaseFixture,
} from './case-fixtures.ts';
import { actingForEnterprise, FOOD_NEW } from './case-handling-helpers.ts';
import { testPlatform, type TestPlatform } from './helpers.ts';
import { signIn, type Caller } from './identity-callers.ts';

export let p: TestPlatform;
export let db: Db;
export let clerk: Caller;
export let reviewer: Caller;
export let zhangsan: Caller;
export let agent: Caller;
export let food: string;
export let seal: string;
export let today: string;

/** A fresh platform (demo data), the item codes and the signed-in callers, per test file. */
export function useAcceptancePlatform() {
  beforeAll(async () => {
    p = await testPlatform();
    db = p.database.db;
    [clerk, reviewer, zhangsan] = await Promise.all([
      signIn(p.app, 'clerk-hexi'),
      signIn(p.app, 'reviewer-hxsp'),
      signIn(p.app, 'zhangsan'),
    ]);
    agent = await actingForEnterprise(db, await signIn(p.app, 'lisi'));
    food = await implementationCode(db, 'hx-xzspj', '食品经营许可');
    seal = await implementationCode(db, 'hx-gafj', '公章刻制备案');
    today = businessDate();
  });
  afterAll(() => p?.dispose());
}

export const foodCase = (over: Partial<CaseFixture> = {}) =>
  insertSubmittedCase(db, { code: food, applicant: 'enterprise', answers: FOOD_NEW, ...over });

/** A material object of the demo enterprise, as if uploaded by its agent. */
export async function enterpriseMaterial(name: string): Promise<string> {
  const id = uuidv7();
  await db.insert(material).values({
    id,
    subjectType: 'enterprise',
    subjectId: await demoEnterpriseId(db),
    name,
    provenance: 'upload',
    sm3: 'a'.repeat(64),
    uploadedBy: await personId(db, 'lisi'),
  });
  return id;
}
