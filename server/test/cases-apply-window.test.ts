// Filing at a window: applicant look-up, walk-in cases with 容缺 and paper materials, assisted
// handling with consent, venues that may not accept, and who may file for someone else.
import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { caseForwarding, material, serviceCase } from '../src/modules/cases/schema.ts';
import { DEMO_ENTERPRISE } from '../src/modules/identity/demo-accounts.ts';
import { auditLog } from '../src/platform/audit/schema.ts';
import { gb11643CheckChar } from '../src/platform/identifiers/gb11643.ts';
import { demoEnterpriseId, ok, personId } from './case-fixtures.ts';
import { applyWorld, foodForm, login, PDF, upload, zhangsanId, type Session } from './cases-apply-setup.ts';
import type { TestPlatform } from './helpers.ts';

let p: TestPlatform;
let residence: string;
let food: string;
let getihu: string;
let zhangsan: Session;
let lisiForEnterprise: Session;
let clerk: Session;
let clerkHeping: Session;

beforeAll(async () => {
  ({ p, residence, food, getihu, zhangsan, lisiForEnterprise, clerk, clerkHeping } = await applyWorld());
});

afterAll(async () => {
  await p?.dispose();
});

describe('at a window', () => {
  it('a clerk finds the applicant by citizen ID (check digit first; audited; name masked) or USCC', async () => {
    const found = ok(await clerk.req('GET', `/api/v1/cases/applicants?idNumber=${zhangsanId}`));
    expect(found).toMatchObject({ type: 'person', name: '张*', realNameLevel: 2, creditRecords: 0 });
    const [audit] = await p.database.db
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.action, 'case.applicant.lookup'), eq(auditLog.dataSubjectId, found.id)));
    expect(audit).toBeDefined();
    const bad = zhangsanId.slice(0, 17) + (zhangsanId.endsWith('0') ? '1' : '0');
    expect((await clerk.req('GET', `/api/v1/cases/applicants?idNumber=${bad}`)).statusCode).toBe(400);
    const unknown = '12010319990101123';
    const unknownId = unknown + gb11643CheckChar(unknown);
    expect((await clerk.req('GET', `/api/v1/cases/applicants?idNumber=${unknownId}`)).statusCode).toBe(404);
    const ent = ok(await clerk.req('GET', `/api/v1/cases/applicants?uscc=${DEMO_ENTERPRISE.uscc}`));
    expect(ent).toMatchObject({ type: 'enterprise', name: DEMO_ENTERPRISE.name });
    expect(
      (await zhangsan.req('GET', `/api/v1/cases/applicants?uscc=${DEMO_ENTERPRISE.uscc}`)).statusCode,
    ).toBe(403);
  });

  it('files a walk-in case without any booking, uploads for the applicant and submits with a 容缺 material missing', async () => {
    const draft = ok(
      await clerk.req('POST', '/api/v1/cases', {
        implementationCode: food,
        applicant: { uscc: DEMO_ENTERPRISE.uscc },
        channel: 'window',
        answers: { kind: 'new', category: 'food-sales' },
        formData: foodForm,
      }),
      201,
    );
    expect(draft).toMatchObject({
      status: 'draft',
      channel: 'window',
      actorKind: 'staff',
      applicantType: 'enterprise',
      acceptingVenueId: 'zwfw-120103',
      acceptanceMode: 'comprehensive',
    });
    const application = await upload(clerk, '食品经营许可申请书', 'walk-in-app', draft.id);
    const premises = await upload(clerk, '经营场所使用证明', 'walk-in-premises', draft.id);
    const [m] = await p.database.db.select().from(material).where(eq(material.id, application.id));
    expect(m).toMatchObject({ subjectType: 'enterprise', subjectId: await demoEnterpriseId(p.database.db) });
    // Without a case, a clerk has no subject to upload for.
    expect(
      (await clerk.req('POST', '/api/v1/materials?name=x', PDF('x'), { 'content-type': 'application/pdf' }))
        .statusCode,
    ).toBe(403);
    // The clerk may open the file now that the case uses it — after it is attached.
    const c = ok(
      await clerk.req('POST', `/api/v1/cases/${draft.id}/actions`, {
        action: 'submit',
        materials: [
          { materialKey: 'application', materialId: application.id },
          { materialKey: 'premises-proof', materialId: premises.id },
        ],
        paperMaterials: ['business-licence'],
      }),
    );
    expect(c.status).toBe('submitted');
    expect(c.actions).toMatchObject([
      { action: 'submit', actorKind: 'staff', channel: 'window', venueId: 'zwfw-120103' },
    ]);
    const byKey = Object.fromEntries(c.materials.map((x: { materialKey: string }) => [x.materialKey, x]));
    expect(byKey['safety-rules']).toMatchObject({ status: 'missing' });
    expect(byKey['layout-plan']).toBeUndefined();
    expect((await clerk.req('GET', `/api/v1/materials/${application.id}/file`)).statusCode).toBe(200);
    const [read] = await p.database.db
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.action, 'material.read'), eq(auditLog.resourceId, application.id)));
    expect(read).toBeDefined();
    // The enterprise sees the case its clerk filed.
    const mine = ok(await lisiForEnterprise.req('GET', '/api/v1/cases/mine'));
    expect(mine.items.map((x: { id: string }) => x.id)).toContain(c.id);
  });

  it('a required material that is not 容缺 cannot be missing even at a window', async () => {
    const res = await clerk.req('POST', '/api/v1/cases', {
      implementationCode: food,
      applicant: { uscc: DEMO_ENTERPRISE.uscc },
      answers: { kind: 'new', category: 'food-sales' },
      formData: foodForm,
      submit: true,
    });
    expect(res.statusCode).toBe(422);
    expect(res.json().errors.map((e: { path: string }) => e.path)).toEqual([
      '/materials/application',
      '/materials/business-licence',
      '/materials/premises-proof',
    ]);
  });

  it('a clerk records materials checked on paper; online applicants cannot claim paper', async () => {
    const c = ok(
      await clerk.req('POST', '/api/v1/cases', {
        implementationCode: food,
        applicant: { uscc: DEMO_ENTERPRISE.uscc },
        answers: { kind: 'new', category: 'food-sales' },
        formData: foodForm,
        paperMaterials: ['application', 'premises-proof', 'business-licence'],
        submit: true,
      }),
      201,
    );
    expect(c.status).toBe('submitted');
    const byKey = Object.fromEntries(c.materials.map((x: { materialKey: string }) => [x.materialKey, x]));
    expect(byKey.application).toMatchObject({ status: 'provided', provenance: 'paper', materialId: null });
    expect(byKey['safety-rules']).toMatchObject({ status: 'missing' });
    // A key outside the list is refused, and so is paper on an online channel.
    const outside = await clerk.req('POST', '/api/v1/cases', {
      implementationCode: food,
      applicant: { uscc: DEMO_ENTERPRISE.uscc },
      answers: { kind: 'new', category: 'food-sales' },
      formData: foodForm,
      paperMaterials: ['application', 'premises-proof', 'no-such-material'],
      submit: true,
    });
    expect(outside.statusCode, outside.body).toBe(400);
    expect(outside.json().errors[0].path).toBe('/body/paperMaterials/2');
    const online = await lisiForEnterprise.req('POST', '/api/v1/cases', {
      implementationCode: food,
      answers: { kind: 'new', category: 'food-sales' },
      formData: foodForm,
      paperMaterials: ['application'],
      submit: true,
    });
    expect(online.statusCode, online.body).toBe(400);
    expect(online.json().errors[0].path).toBe('/body/paperMaterials');
  });

  it('assisted handling requires the person’s consent and records it; acts as staff-for-person', async () => {
    // 个体工商户设立登记 needs real-name level 3 online; assisted at the comprehensive window it does not.
    const body = {
      implementationCode: getihu,
      applicant: { idNumber: zhangsanId },
      channel: 'assisted',
      answers: { operator: 'person', premises: 'online' },
      formData: {
        applicant: { name: '张三', idNumber: zhangsanId, phone: '13800000001' },
        enterprise: { businessScope: '日用百货网上销售' },
        business: { premisesAddress: '天津市河西区友谊路1号' },
      },
    };
    const without = await clerk.req('POST', '/api/v1/cases', body);
    expect(without.statusCode).toBe(400);
    expect(without.json().errors).toMatchObject([{ path: '/body/assistedConsent' }]);
    const draft = ok(
      await clerk.req('POST', '/api/v1/cases', {
        ...body,
        assistedConsent: { reason: 'elderly', method: 'signature', note: '本人签字确认' },
      }),
      201,
    );
    expect(draft).toMatchObject({ status: 'draft', channel: 'assisted', actorKind: 'staff-for-person' });
    const application = await upload(clerk, '个体工商户登记申请书', 'assisted-app', draft.id);
    const shop = await upload(clerk, '网店信息', 'assisted-shop', draft.id);
    const c = ok(
      await clerk.req('POST', `/api/v1/cases/${draft.id}/actions`, {
        action: 'submit',
        materials: [
          { materialKey: 'application', materialId: application.id },
          { materialKey: 'online-shop', materialId: shop.id },
        ],
      }),
    );
    expect(c).toMatchObject({ status: 'submitted', channel: 'assisted', actorKind: 'staff-for-person' });
    expect(c.actions).toMatchObject([
      { action: 'submit', actorKind: 'staff-for-person', channel: 'assisted' },
    ]);
    const [row] = await p.database.db.select().from(serviceCase).where(eq(serviceCase.id, c.id));
    expect(row!.assistedConsent).toMatchObject({
      reason: 'elderly',
      method: 'signature',
      recordedBy: await personId(p.database.db, 'clerk-hexi'),
    });
    expect(row!.filedBy).toBe(await personId(p.database.db, 'clerk-hexi'));
    // The person sees the case filed for them, and owns the materials uploaded for it.
    const mine = ok(await zhangsan.req('GET', '/api/v1/cases/mine'));
    expect(mine.items.map((x: { id: string }) => x.id)).toContain(c.id);
    const materials = ok(await zhangsan.req('GET', '/api/v1/materials?limit=200'));
    expect(materials.items.map((x: { id: string }) => x.id)).toContain(application.id);
  });

  it('a venue that may not accept the item → 422; a cross-region window accepts a city-wide item with forwarding', async () => {
    const refused = await clerkHeping.req('POST', '/api/v1/cases', {
      implementationCode: food,
      applicant: { uscc: DEMO_ENTERPRISE.uscc },
      formData: foodForm,
    });
    expect(refused.statusCode).toBe(422);
    expect(refused.json().code).toBe('CASE_VENUE_NOT_ALLOWED');
    const remote = ok(
      await clerkHeping.req('POST', '/api/v1/cases', {
        implementationCode: residence,
        applicant: { idNumber: zhangsanId },
      }),
      201,
    );
    expect(remote).toMatchObject({ acceptingVenueId: 'zwfw-120101', acceptanceMode: 'remote-acceptance' });
    const [fwd] = await p.database.db
      .select()
      .from(caseForwarding)
      .where(eq(caseForwarding.caseId, remote.id));
    expect(fwd).toMatchObject({ fromVenueId: 'zwfw-120101', toAgencyId: 'hx-gafj' });
  });

  it('people cannot file for someone else, staff without a window cannot file', async () => {
    const res = await zhangsan.req('POST', '/api/v1/cases', {
      implementationCode: residence,
      applicant: { uscc: DEMO_ENTERPRISE.uscc },
    });
    expect(res.statusCode).toBe(400);
    const reviewer = await login(p.app, 'reviewer-hxsp');
    expect((await reviewer.req('POST', '/api/v1/cases', { implementationCode: residence })).statusCode).toBe(
      403,
    );
  });
});
