// Demo e-licenses (never in production), issued through issueLicense like any other so each has
// its signed PDF: zhangsan's household register and driving licence, lisi's household register
// and social security card, and the demo enterprise's business licence — as if imported from the
// paper originals (no case). Then one real case: zhangsan applies online for 就业创业证 (即办,
// only his ID card, checked against the population base) and the 河西 window clerk accepts and
// concludes it; the `case.concluded` event issues his e-license when the outbox delivers it.
// Idempotent: a license the holder already has (type, no case) and the case are not made again.
import { and, eq, isNull } from 'drizzle-orm';
import { SYSTEM_ACTOR } from '../../../platform/audit/record.ts';
import type { Db } from '../../../platform/db/database.ts';
import { BLT } from '../../catalog/seed/business/license-types.ts';
import { LT } from '../../catalog/seed/persons/license-types.ts';
import { implementation } from '../../catalog/schema.ts';
import { actOnCase } from '../../cases/actions.service.ts';
import { createCase } from '../../cases/apply.service.ts';
import { serviceCase } from '../../cases/schema.ts';
import { principalFor } from '../../identity/authenticate.ts';
import { DEMO_ENTERPRISE, DEMO_PERSONS } from '../../identity/demo-accounts.ts';
import { account, enterprise } from '../../identity/schema.ts';
import type { LicenseDeps } from '../deps.ts';
import { issueLicense, type IssueLicenseInput } from '../issuance.service.ts';
import { license } from '../schema.ts';

interface DemoLicense {
  holder: 'zhangsan' | 'lisi' | 'enterprise';
  typeCode: string;
  issuerAgencyId: string;
  issueDate: string;
  formData: Record<string, unknown>;
}

export const DEMO_LICENSES: readonly DemoLicense[] = [
  {
    holder: 'zhangsan',
    typeCode: LT.householdRegister,
    issuerAgencyId: 'hx-gafj',
    issueDate: '2016-05-20',
    formData: { applicant: { householdAddress: '天津市河西区友谊路街道友谊北路18号2门301' } },
  },
  {
    holder: 'zhangsan',
    typeCode: LT.drivingLicence,
    issuerAgencyId: 'tj-gaj',
    issueDate: '2021-03-15',
    formData: { vehicle: { licenceClass: 'C1' }, applicant: { drivingLicenceNumber: '120100876543' } },
  },
  {
    holder: 'lisi',
    typeCode: LT.householdRegister,
    issuerAgencyId: 'tj-gaj',
    issueDate: '2018-09-03',
    formData: { applicant: { householdAddress: '天津市南开区长虹街道鞍山西道92号1门502' } },
  },
  {
    holder: 'lisi',
    typeCode: LT.socialSecurityCard,
    issuerAgencyId: 'hx-rsj',
    issueDate: '2019-11-08',
    formData: { applicant: { gender: '2', nation: '01' } },
  },
  {
    holder: 'enterprise',
    typeCode: BLT.businessLicence,
    issuerAgencyId: 'hx-xzspj',
    issueDate: '2026-01-05',
    formData: {
      enterprise: {
        type: 'llc',
        legalRepName: '王五',
        registeredCapital: 500,
        address: '天津市河西区友谊路1号',
        businessScope: '软件开发；信息技术咨询服务；数据处理和存储支持服务。',
        operatingTerm: '长期',
      },
    },
  },
];

/** The demo case: 就业创业证申领 of 河西区人社局, concluded on the spot at the 河西 centre. */
export const DEMO_CASE = { agencyId: 'hx-rsj', serial: 3, clerk: 'clerk-hexi' } as const;

async function accountId(db: Db, username: string): Promise<string> {
  const [a] = await db.select({ id: account.id }).from(account).where(eq(account.username, username));
  if (!a) throw new Error(`demo licenses: no account ${username}`);
  return a.id;
}

async function holderOf(db: Db, who: DemoLicense['holder']): Promise<IssueLicenseInput['holder']> {
  if (who === 'enterprise') {
    const [e] = await db.select().from(enterprise).where(eq(enterprise.uscc, DEMO_ENTERPRISE.uscc));
    if (!e) throw new Error('demo licenses: no demo enterprise');
    return { type: 'enterprise', subjectId: e.id, name: e.name, idType: '001', idNumber: e.uscc };
  }
  const p = DEMO_PERSONS.find((d) => d.username === who)!;
  return {
    type: 'person',
    subjectId: await accountId(db, who),
    name: p.name,
    idType: '111',
    idNumber: p.idNumber,
  };
}

export async function seedDemoLicenses(db: Db, deps: LicenseDeps): Promise<void> {
  for (const d of DEMO_LICENSES) {
    const holder = await holderOf(db, d.holder);
    const [held] = await db
      .select({ id: license.id })
      .from(license)
      .where(
        and(
          eq(license.holderSubjectId, holder.subjectId),
          eq(license.typeCode, d.typeCode),
          isNull(license.caseId),
        ),
      );
    if (held) continue;
    await db.transaction((tx) =>
      issueLicense(tx, deps, {
        typeCode: d.typeCode,
        holder,
        issuerAgencyId: d.issuerAgencyId,
        caseId: null,
        formData: d.formData,
        issueDate: d.issueDate,
        actor: SYSTEM_ACTOR,
      }),
    );
  }
  await seedDemoCase(db, deps);
}

async function seedDemoCase(db: Db, deps: LicenseDeps): Promise<void> {
  const code = await employmentCardCode(db);
  if (!code) throw new Error('demo licenses: no 就业创业证申领 of hx-rsj in the catalog');
  const zhangsan = await accountId(db, 'zhangsan');
  const [done] = await db
    .select({ id: serviceCase.id })
    .from(serviceCase)
    .where(and(eq(serviceCase.implementationCode, code), eq(serviceCase.applicantId, zhangsan)));
  if (done) return;

  const me = DEMO_PERSONS.find((p) => p.username === 'zhangsan')!;
  const applicant = await principalFor(db, zhangsan, null, null);
  if (!applicant) throw new Error('demo licenses: zhangsan cannot sign in');
  const created = await createCase(
    {
      db,
      storage: deps.storage,
      crypto: deps.crypto,
      principal: applicant,
      actor: { type: 'person', id: zhangsan },
    },
    {
      implementationCode: code,
      channel: 'pc',
      submit: true,
      formData: {
        applicant: {
          name: me.name,
          idType: 'resident-id',
          idNumber: me.idNumber,
          phone: me.phone,
          education: '20',
          employer: '天津通办示范科技有限公司',
        },
      },
    },
    undefined,
  );
  const clerkId = await accountId(db, DEMO_CASE.clerk);
  const clerk = await principalFor(db, clerkId, null, null);
  if (!clerk) throw new Error(`demo licenses: ${DEMO_CASE.clerk} cannot sign in`);
  await actOnCase(
    { db, storage: deps.storage, principal: clerk, actor: { type: 'staff', id: clerkId } },
    created.body.id,
    { action: 'accept-and-conclude' },
    undefined,
  );
}

/** The code of hx-rsj's 就业创业证申领 (its implementation serial is 3). */
async function employmentCardCode(db: Db): Promise<string | null> {
  const rows = await db
    .select({ code: implementation.code })
    .from(implementation)
    .where(eq(implementation.agencyId, DEMO_CASE.agencyId));
  return rows.map((r) => r.code).find((c) => c.endsWith(String(DEMO_CASE.serial).padStart(6, '0'))) ?? null;
}
