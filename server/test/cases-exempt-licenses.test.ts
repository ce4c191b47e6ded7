// 免证办 (issue #6 §5): an e-license material is left out only with the applicant's consent and a
// valid license of its type held by the subject (the enterprise for an agent); the link, the
// holder-visible access row and the exempt count are recorded; shared-data materials are exempt
// as before; clerks cannot demand an exempt material.
import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BLT } from '../src/modules/catalog/seed/business/license-types.ts';
import { serviceCase } from '../src/modules/cases/schema.ts';
import { DEMO_ENTERPRISE } from '../src/modules/identity/demo-accounts.ts';
import { license, licenseAccess, licenseType } from '../src/modules/licenses/schema.ts';
import { auditLog } from '../src/platform/audit/schema.ts';
import type { Db } from '../src/platform/db/database.ts';
import { uuidv7 } from '../src/platform/ids.ts';
import { addCalendarDays, businessDate } from '../src/platform/time/business-date.ts';
import { demoEnterpriseId, ok, personId } from './case-fixtures.ts';
import {
  applyWorld,
  foodForm,
  residenceForm,
  upload,
  type ApplyWorld,
  type Session,
} from './cases-apply-setup.ts';

let w: ApplyWorld;
let db: Db;
let enterpriseId: string;
const FOOD_NEW = { kind: 'new', category: 'food-sales' };

/** A license row as issuance would leave it (signature and file are not the point here). */
async function giveLicense(
  holder: { type: 'person' | 'enterprise'; id: string },
  over: { status?: 'valid' | 'revoked' | 'superseded'; validTo?: string | null; number?: string } = {},
): Promise<string> {
  await db
    .insert(licenseType)
    .values({
      code: BLT.businessLicence,
      nameZh: '营业执照',
      nameEn: 'Business licence',
      issuerAgencyId: 'tj-scjgw',
      holderType: 'enterprise',
      faceFields: [],
      validity: { kind: 'permanent' },
    })
    .onConflictDoNothing();
  const id = uuidv7();
  const serial = id.replace(/-/g, '').slice(-10);
  await db.insert(license).values({
    id,
    identifier: `1.2.156.3005.2.${BLT.businessLicence}.TEST.${serial}.001.X`,
    typeCode: BLT.businessLicence,
    serial,
    version: 1,
    licenseNumber: over.number ?? `91120103MA${serial.slice(0, 8).toUpperCase()}`,
    holderType: holder.type,
    holderSubjectId: holder.id,
    holderName: holder.type === 'enterprise' ? DEMO_ENTERPRISE.name : '张三',
    holderIdType: holder.type === 'enterprise' ? '001' : '111',
    holderIdEnc: 'fixture',
    holderIdHash: `fixture-${id}`,
    holderIdMasked: 'fixture',
    issuerAgencyId: 'hx-xzspj',
    issuerCode: '11120103MB0000000X',
    issuerName: '天津市河西区行政审批局',
    jurisdictionCode: '120103',
    issueDate: addCalendarDays(businessDate(), -400),
    validFrom: addCalendarDays(businessDate(), -400),
    validTo: over.validTo === undefined ? null : over.validTo,
    face: {},
    sealId: uuidv7(),
    fileId: uuidv7(),
    pdfSm3: '0'.repeat(64),
    signature: Buffer.from('fixture'),
    status: over.status ?? 'valid',
  });
  return id;
}

/** lisi, for the demo enterprise, applies for 食品经营许可 online without the business licence. */
async function applyFood(s: Session, licenseConsent?: boolean) {
  const application = await upload(s, '食品经营许可申请书', 'x-app');
  const premises = await upload(s, '经营场所使用证明', 'x-premises');
  const rules = await upload(s, '食品安全规章制度', 'x-rules');
  return s.req('POST', '/api/v1/cases', {
    implementationCode: w.food,
    answers: FOOD_NEW,
    formData: foodForm,
    materials: [
      { materialKey: 'application', materialId: application.id },
      { materialKey: 'premises-proof', materialId: premises.id },
      { materialKey: 'safety-rules', materialId: rules.id },
    ],
    ...(licenseConsent !== undefined && { licenseConsent }),
    submit: true,
  });
}

const exemptCount = async (caseId: string) =>
  (await db.select().from(serviceCase).where(eq(serviceCase.id, caseId)))[0]!.exemptMaterialCount;
const accessRows = (caseId: string) =>
  db.select().from(licenseAccess).where(eq(licenseAccess.caseId, caseId));
type Mat = { materialKey: string; status: string; provenance: string | null; license: unknown };
const materialOf = (c: { materials: Mat[] }, key: string) => c.materials.find((m) => m.materialKey === key);

beforeAll(async () => {
  w = await applyWorld();
  db = w.p.database.db;
  enterpriseId = await demoEnterpriseId(db);
  // The demo data may give the enterprise a business licence: set it aside, so that each case
  // below is decided by the licenses it gives.
  await db
    .update(license)
    .set({ status: 'revoked' })
    .where(and(eq(license.holderSubjectId, enterpriseId), eq(license.typeCode, BLT.businessLicence)));
});

afterAll(async () => {
  await w?.p.dispose();
});

describe('免证办 without a usable license', () => {
  it('without consent the e-license material is missing, and the message says consent would do', async () => {
    const res = await applyFood(w.lisiForEnterprise);
    expect(res.statusCode, res.body).toBe(422);
    const problem = res.json();
    expect(problem.code).toBe('CASE_MATERIALS_INCOMPLETE');
    const err = problem.errors.find((e: { path: string }) => e.path === '/materials/business-licence');
    expect(err.messageZh).toContain('同意调用电子证照');
    expect(err.message).toContain('consent');
  });

  it('consent does not help when the license is expired, revoked, replaced or another subject’s', async () => {
    await giveLicense(
      { type: 'enterprise', id: enterpriseId },
      { validTo: addCalendarDays(businessDate(), -1) },
    );
    await giveLicense({ type: 'enterprise', id: enterpriseId }, { status: 'revoked' });
    await giveLicense({ type: 'enterprise', id: enterpriseId }, { status: 'superseded' });
    await giveLicense({ type: 'person', id: await personId(db, 'lisi') });
    const res = await applyFood(w.lisiForEnterprise, true);
    expect(res.statusCode, res.body).toBe(422);
    expect(res.json().errors.map((e: { path: string }) => e.path)).toContain('/materials/business-licence');
    const pre = ok(await w.lisiForEnterprise.req('GET', `/api/v1/cases/prefill?implementation=${w.food}`));
    expect(pre.licenses).toEqual([]);
  });
});

describe('免证办 with a valid license of the enterprise', () => {
  let licenseId: string;
  let caseId: string;

  beforeAll(async () => {
    licenseId = await giveLicense(
      { type: 'enterprise', id: enterpriseId },
      { validTo: addCalendarDays(businessDate(), 30), number: '91120103MA05TEST12' },
    );
  });

  it('the wizard’s pre-fill lists the license for the material (number masked)', async () => {
    const pre = ok(await w.lisiForEnterprise.req('GET', `/api/v1/cases/prefill?implementation=${w.food}`));
    expect(pre.licenses).toEqual([
      {
        materialKey: 'business-licence',
        licenseId,
        typeName: { zh: '营业执照', en: 'Business licence' },
        licenseNumber: '911************T12',
      },
    ]);
  });

  it('still needs consent: without it the material must be handed in', async () => {
    const res = await applyFood(w.lisiForEnterprise, false);
    expect(res.statusCode).toBe(422);
    expect(res.json().code).toBe('CASE_MATERIALS_INCOMPLETE');
  });

  it('with consent the agent’s case links the enterprise’s license, logs the use and counts it', async () => {
    const c = ok(await applyFood(w.lisiForEnterprise, true), 201);
    caseId = c.id;
    expect(materialOf(c, 'business-licence')).toMatchObject({
      status: 'exempt',
      provenance: 'e-license',
      materialId: null,
      license: {
        id: licenseId,
        typeName: { zh: '营业执照', en: 'Business licence' },
        licenseNumber: '91120103MA05TEST12',
      },
    });
    // Shared data stays exempt without any consent.
    expect(materialOf(c, 'representative-id')).toMatchObject({
      status: 'exempt',
      provenance: 'shared-data',
      license: null,
    });
    const exempt = c.materials.filter((m: Mat) => m.status === 'exempt').length;
    expect(exempt).toBeGreaterThanOrEqual(2);
    expect(await exemptCount(caseId)).toBe(exempt);
    expect(c.actions.at(-1)).toMatchObject({
      action: 'submit',
      detail: { licenseConsent: true, linkedLicenses: [{ materialKey: 'business-licence', licenseId }] },
    });
    const rows = await accessRows(caseId);
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({
      licenseId,
      kind: 'case-use',
      actorId: await personId(db, 'lisi'),
      agencyId: c.agencyId,
      purpose: '食品经营许可 免提交',
    });
  });

  it('a clerk cannot demand the exempt material: not in a correction notice, not as 容缺', async () => {
    const before = ok(await w.clerk.req('GET', `/api/v1/cases/${caseId}`));
    for (const [body, path] of [
      [
        {
          action: 'request-correction',
          items: [
            { text: '申请书未签字', materialKey: 'application' },
            { materialKey: 'business-licence', text: '请提交营业执照复印件' },
          ],
        },
        '/body/items/1/materialKey',
      ],
      [
        { action: 'request-correction', items: [{ materialKey: 'representative-id', text: '请提交身份证' }] },
        '/body/items/0/materialKey',
      ],
      [{ action: 'accept', missingMaterials: ['business-licence'] }, '/body/missingMaterials/0'],
    ] as const) {
      const res = await w.clerk.req('POST', `/api/v1/cases/${caseId}/actions`, body);
      expect(res.statusCode, res.body).toBe(422);
      expect(res.json()).toMatchObject({ code: 'LICENSE_MATERIAL_EXEMPT', errors: [{ path }] });
    }
    const after = ok(await w.clerk.req('GET', `/api/v1/cases/${caseId}`));
    expect({ status: after.status, seq: after.seq }).toEqual({ status: before.status, seq: before.seq });
    expect(await accessRows(caseId)).toHaveLength(1);
  });

  it('a resubmission after a correction keeps the consent (unless withdrawn) and recounts', async () => {
    ok(
      await w.clerk.req('POST', `/api/v1/cases/${caseId}/actions`, {
        action: 'request-correction',
        items: [{ materialKey: 'application', text: '申请书未签字' }],
      }),
    );
    const withdrawn = await w.lisiForEnterprise.req('POST', `/api/v1/cases/${caseId}/actions`, {
      action: 'resubmit',
      licenseConsent: false,
    });
    expect(withdrawn.statusCode).toBe(422);
    expect(withdrawn.json().code).toBe('CASE_MATERIALS_INCOMPLETE');
    const c = ok(
      await w.lisiForEnterprise.req('POST', `/api/v1/cases/${caseId}/actions`, { action: 'resubmit' }),
    );
    expect(materialOf(c, 'business-licence')).toMatchObject({ status: 'exempt', round: 2 });
    expect(c.actions.at(-1).detail).toMatchObject({ licenseConsent: true });
    expect(await exemptCount(caseId)).toBe(c.materials.filter((m: Mat) => m.status === 'exempt').length);
    expect(await accessRows(caseId)).toHaveLength(2);
  });

  it('at a window the clerk sees the license on look-up (audited) and records the consent', async () => {
    const found = ok(
      await w.clerk.req(
        'GET',
        `/api/v1/cases/applicants?uscc=${DEMO_ENTERPRISE.uscc}&implementation=${w.food}`,
      ),
    );
    expect(found.licenses).toMatchObject([{ materialKey: 'business-licence', licenseId }]);
    const audits = await db
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.action, 'case.applicant.lookup'), eq(auditLog.dataSubjectId, enterpriseId)));
    expect(audits.some((a) => JSON.stringify(a.detail).includes(licenseId))).toBe(true);
    const plain = ok(await w.clerk.req('GET', `/api/v1/cases/applicants?uscc=${DEMO_ENTERPRISE.uscc}`));
    expect(plain.licenses).toEqual([]);

    const draft = ok(
      await w.clerk.req('POST', '/api/v1/cases', {
        implementationCode: w.food,
        applicant: { uscc: DEMO_ENTERPRISE.uscc },
        channel: 'window',
        answers: FOOD_NEW,
        formData: foodForm,
      }),
      201,
    );
    const application = await upload(w.clerk, '食品经营许可申请书', 'w-app', draft.id);
    const premises = await upload(w.clerk, '经营场所使用证明', 'w-premises', draft.id);
    const c = ok(
      await w.clerk.req('POST', `/api/v1/cases/${draft.id}/actions`, {
        action: 'submit',
        materials: [
          { materialKey: 'application', materialId: application.id },
          { materialKey: 'premises-proof', materialId: premises.id },
        ],
        licenseConsent: true,
      }),
    );
    expect(materialOf(c, 'business-licence')).toMatchObject({ status: 'exempt', license: { id: licenseId } });
    expect(materialOf(c, 'safety-rules')).toMatchObject({ status: 'missing' });
    const [row] = await accessRows(draft.id);
    expect(row).toMatchObject({ kind: 'case-use', actorId: await personId(db, 'clerk-hexi') });

    // Accepted with the safety rules missing (容缺): the supplement cannot carry the licence either.
    ok(
      await w.clerk.req('POST', `/api/v1/cases/${draft.id}/actions`, {
        action: 'accept',
        missingMaterials: ['safety-rules'],
      }),
    );
    const copy = await upload(w.lisiForEnterprise, '营业执照复印件', 'w-copy');
    const res = await w.lisiForEnterprise.req('POST', `/api/v1/cases/${draft.id}/actions`, {
      action: 'supplement',
      materials: [{ materialKey: 'business-licence', materialId: copy.id }],
    });
    expect(res.statusCode, res.body).toBe(422);
    expect(res.json()).toMatchObject({
      code: 'LICENSE_MATERIAL_EXEMPT',
      errors: [{ path: '/body/materials/0/materialKey' }],
    });
  });
});

describe('shared data', () => {
  it('a person’s shared-data material is exempt without consent and counted', async () => {
    const pre = ok(await w.zhangsan.req('GET', `/api/v1/cases/prefill?implementation=${w.residence}`));
    const photo = await upload(w.zhangsan, '一寸照片', 'sd-photo');
    const c = ok(
      await w.zhangsan.req('POST', '/api/v1/cases', {
        implementationCode: w.residence,
        answers: { basis: 'job', kind: 'new' },
        formData: residenceForm(pre.formData),
        materials: [{ materialKey: 'photo', materialId: photo.id }],
        submit: true,
      }),
      201,
    );
    const exempt = c.materials.filter((m: Mat) => m.status === 'exempt');
    expect(exempt.length).toBeGreaterThan(0);
    for (const m of exempt) expect([m.provenance, m.license]).toEqual(['shared-data', null]);
    expect(await exemptCount(c.id)).toBe(exempt.length);
    expect(c.actions.at(-1).detail).toMatchObject({ licenseConsent: false, linkedLicenses: [] });
    expect(await accessRows(c.id)).toEqual([]);
  });
});
