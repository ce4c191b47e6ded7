// The demo licenses: issued through issueLicense into the test template (global setup runs the
// demo data), one concluded demo case whose license the outbox issues, and a re-run that adds
// nothing.
import { and, eq, isNull } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { serviceCase } from '../src/modules/cases/schema.ts';
import { BLT } from '../src/modules/catalog/seed/business/license-types.ts';
import { LT } from '../src/modules/catalog/seed/persons/license-types.ts';
import { license } from '../src/modules/licenses/schema.ts';
import { seedDemoLicenses } from '../src/modules/licenses/seed/demo-licenses.ts';
import { parseLicenseIdentifier } from '../src/modules/licenses/license-identifier.ts';
import type { Db } from '../src/platform/db/database.ts';
import { demoEnterpriseId, personId } from './case-fixtures.ts';
import { testPlatform, type TestPlatform } from './helpers.ts';
import { deliver } from './licenses-issuance-setup.ts';
import { testLicenseDeps } from './licenses-setup.ts';

let p: TestPlatform;
let db: Db;

beforeAll(async () => {
  p = await testPlatform();
  db = p.database.db;
});
afterAll(() => p?.dispose());

const typesOf = async (subjectId: string) =>
  (await db.select().from(license).where(eq(license.holderSubjectId, subjectId)))
    .map((l) => l.typeCode)
    .sort();

describe('demo licenses', () => {
  it('zhangsan, lisi and the demo enterprise hold their demo licenses, each with a valid identifier', async () => {
    const zhangsan = await personId(db, 'zhangsan');
    expect(await typesOf(zhangsan)).toEqual(
      expect.arrayContaining([LT.householdRegister, LT.drivingLicence]),
    );
    expect(await typesOf(await personId(db, 'lisi'))).toEqual(
      [LT.householdRegister, LT.socialSecurityCard].sort(),
    );
    expect(await typesOf(await demoEnterpriseId(db))).toEqual([BLT.businessLicence]);
    const all = await db.select().from(license).where(isNull(license.caseId));
    expect(all).toHaveLength(5);
    for (const l of all) expect(parseLicenseIdentifier(l.identifier), l.identifier).not.toBeNull();
    const [driving] = all.filter((l) => l.typeCode === LT.drivingLicence);
    expect(driving).toMatchObject({ issueDate: '2021-03-15', validTo: '2027-03-14', status: 'valid' });
    expect(driving!.face).toMatchObject({ name: '张三', class: 'C1', fileNumber: '120100876543' });
  });

  it('the demo case was concluded on the spot; delivering its event issues zhangsan’s 就业创业证', async () => {
    const zhangsan = await personId(db, 'zhangsan');
    const cases = await db
      .select()
      .from(serviceCase)
      .where(and(eq(serviceCase.applicantId, zhangsan), eq(serviceCase.status, 'concluded')));
    const demo = cases.find((c) => c.itemName === '就业创业证申领');
    expect(demo).toMatchObject({ decision: 'approved', agencyId: 'hx-rsj', channel: 'pc' });
    await deliver(db, p.handlers);
    const [issued] = await db.select().from(license).where(eq(license.caseId, demo!.id));
    expect(issued).toMatchObject({ typeCode: LT.employmentCard, holderSubjectId: zhangsan, status: 'valid' });
    expect(issued!.face).toMatchObject({
      name: '张三',
      education: '大学本科',
      employer: '天津通办示范科技有限公司',
    });
  });

  it('runs again without adding anything', async () => {
    const before = await db.select({ id: license.id }).from(license);
    const casesBefore = await db.select({ id: serviceCase.id }).from(serviceCase);
    await seedDemoLicenses(db, testLicenseDeps(p));
    expect(await db.select({ id: license.id }).from(license)).toEqual(before);
    expect(await db.select({ id: serviceCase.id }).from(serviceCase)).toEqual(casesBefore);
  });
});
