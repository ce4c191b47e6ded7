// Shared setup of the cases-apply-*.test.ts files: a signed-in session that sends raw bodies and
// headers, uploads, the demo forms, case counts and the platform with its callers and item codes.
import { eq, sql } from 'drizzle-orm';
import type { FastifyInstance, LightMyRequestResponse } from 'fastify';
import { expect } from 'vitest';
import { serviceCase } from '../src/modules/cases/schema.ts';
import { DEMO_ENTERPRISE, DEMO_PASSWORD, DEMO_PERSONS } from '../src/modules/identity/demo-accounts.ts';
import type { Db } from '../src/platform/db/database.ts';
import { demoEnterpriseId, implementationCode, ok } from './case-fixtures.ts';
import { testPlatform, type TestPlatform } from './helpers.ts';

type Method = 'GET' | 'POST' | 'PUT' | 'DELETE';
export interface Session {
  name: string;
  req(
    method: Method,
    url: string,
    payload?: unknown,
    headers?: Record<string, string>,
  ): Promise<LightMyRequestResponse>;
}

let nextIp = 1;
/** A signed-in caller that can also send raw bodies and extra headers (Idempotency-Key). */
export async function login(app: FastifyInstance, username: string): Promise<Session> {
  const ip = `10.91.${nextIp >> 8}.${nextIp++ & 255}`;
  const res = await app.inject({
    method: 'POST',
    url: '/api/v1/auth/login',
    remoteAddress: ip,
    payload: { username, password: DEMO_PASSWORD },
  });
  expect(res.statusCode, res.body).toBe(200);
  const cookies = new Map<string, string>();
  for (const c of res.cookies as { name: string; value: string }[]) cookies.set(c.name, c.value);
  return {
    name: username,
    req: (method, url, payload, headers = {}) =>
      app.inject({
        method,
        url,
        remoteAddress: ip,
        headers: {
          cookie: [...cookies].map(([k, v]) => `${k}=${v}`).join('; '),
          ...(method !== 'GET' && { 'x-csrf-token': cookies.get('tb_csrf')! }),
          ...headers,
        },
        ...(payload !== undefined && { payload: payload as string }),
      }),
  };
}

export const PDF = (tag: string) =>
  Buffer.from(`%PDF-1.7\n% ${tag}\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n`);

export const upload = async (s: Session, name: string, tag: string, caseId?: string) =>
  ok(
    await s.req(
      'POST',
      `/api/v1/materials?name=${encodeURIComponent(name)}${caseId ? `&caseId=${caseId}` : ''}`,
      PDF(tag),
      { 'content-type': 'application/pdf', 'x-file-name': encodeURIComponent(`${name}.pdf`) },
    ),
    201,
  );

export const zhangsanId = DEMO_PERSONS.find((p) => p.username === 'zhangsan')!.idNumber;

export const residenceForm = (prefilled: Record<string, unknown>) => ({
  applicant: {
    ...(prefilled.applicant as Record<string, unknown>),
    gender: '1',
    address: '天津市河西区友谊路1号',
    residenceSince: '2024-03-01',
  },
});
export const foodForm = {
  enterprise: {
    name: DEMO_ENTERPRISE.name,
    uscc: DEMO_ENTERPRISE.uscc,
    legalRepName: '王五',
    address: '天津市河西区友谊路2号',
    contactName: '李四',
    contactPhone: '13800000002',
  },
  business: {
    premisesAddress: '天津市河西区友谊路2号底商',
    premisesArea: 80,
    category: 'food-sales',
    foodItems: '预包装食品、散装食品',
    foodSafetyManager: '李四',
  },
};

export const countCases = async (db: Db, applicantId: string) => {
  const [r] = await db
    .select({ n: sql<number>`count(*)::int` })
    .from(serviceCase)
    .where(eq(serviceCase.applicantId, applicantId));
  return r!.n;
};

export interface ApplyWorld {
  p: TestPlatform;
  /** 居住证申领 (河西公安分局): person, L2, commitment, photo 容缺 */
  residence: string;
  /** 食品经营许可 (河西行政审批局): enterprise, comprehensive window SL01 of zwfw-120103 */
  food: string;
  /** 个体工商户设立登记: online needs real-name level 3 */
  getihu: string;
  zhangsan: Session;
  lisi: Session;
  lisiForEnterprise: Session;
  clerk: Session;
  clerkHeping: Session;
}

/** A fresh platform (demo data), the item codes and the signed-in callers of the apply tests. */
export async function applyWorld(): Promise<ApplyWorld> {
  const p = await testPlatform();
  const db = p.database.db;
  const residence = await implementationCode(db, 'hx-gafj', '居住证申领');
  const food = await implementationCode(db, 'hx-xzspj', '食品经营许可');
  const getihu = await implementationCode(db, 'hx-xzspj', '个体工商户设立登记');
  const zhangsan = await login(p.app, 'zhangsan');
  const lisi = await login(p.app, 'lisi');
  const lisiForEnterprise = await login(p.app, 'lisi');
  ok(
    await lisiForEnterprise.req('PUT', '/api/v1/auth/acting-for', {
      enterpriseId: await demoEnterpriseId(db),
    }),
  );
  const clerk = await login(p.app, 'clerk-hexi');
  const clerkHeping = await login(p.app, 'clerk-heping');
  return { p, residence, food, getihu, zhangsan, lisi, lisiForEnterprise, clerk, clerkHeping };
}

/** zhangsan's uploaded photo and lease (the materials of 居住证申领). */
export async function uploadResidenceMaterials(zhangsan: Session) {
  const photo: { id: string; sm3: string } = await upload(zhangsan, '一寸照片', 'photo');
  const lease: { id: string } = await upload(zhangsan, '租赁合同', 'lease');
  return { photo, lease };
}

/** zhangsan submits 居住证申领 online with his photo and lease; returns the case. */
export async function submitResidence(
  w: ApplyWorld,
  photo: { id: string },
  lease: { id: string },
): Promise<{ id: string; caseNumber: string }> {
  const pre = ok(await w.zhangsan.req('GET', `/api/v1/cases/prefill?implementation=${w.residence}`));
  return ok(
    await w.zhangsan.req('POST', '/api/v1/cases', {
      implementationCode: w.residence,
      channel: 'mobile',
      answers: { basis: 'home', kind: 'new' },
      formData: residenceForm(pre.formData),
      materials: [
        { materialKey: 'photo', materialId: photo.id },
        { materialKey: 'lease', materialId: lease.id },
      ],
      submit: true,
    }),
    201,
  );
}

/** lisi, for the demo enterprise, submits 食品经营许可 online with every material; returns the case. */
export async function submitEnterpriseFood(w: ApplyWorld): Promise<{ id: string }> {
  const s = w.lisiForEnterprise;
  const application = await upload(s, '食品经营许可申请书', 'food-app');
  const premises = await upload(s, '经营场所使用证明', 'food-premises');
  const rules = await upload(s, '食品安全规章制度', 'food-rules');
  // Without consent to use e-licenses (免证办) the business licence is handed in like any material.
  const licence = await upload(s, '营业执照', 'food-licence');
  return ok(
    await s.req('POST', '/api/v1/cases', {
      implementationCode: w.food,
      answers: { kind: 'new', category: 'food-sales' },
      formData: foodForm,
      materials: [
        { materialKey: 'application', materialId: application.id },
        { materialKey: 'premises-proof', materialId: premises.id },
        { materialKey: 'safety-rules', materialId: rules.id },
        { materialKey: 'business-licence', materialId: licence.id },
      ],
      submit: true,
    }),
    201,
  );
}

/** The clerk of 河西 files 食品经营许可 for the demo enterprise at the window, 容缺 safety-rules missing. */
export async function fileWalkIn(w: ApplyWorld): Promise<{ id: string; seq: number }> {
  const draft = ok(
    await w.clerk.req('POST', '/api/v1/cases', {
      implementationCode: w.food,
      applicant: { uscc: DEMO_ENTERPRISE.uscc },
      channel: 'window',
      answers: { kind: 'new', category: 'food-sales' },
      formData: foodForm,
    }),
    201,
  );
  const application = await upload(w.clerk, '食品经营许可申请书', 'walk-in-app', draft.id);
  const premises = await upload(w.clerk, '经营场所使用证明', 'walk-in-premises', draft.id);
  return ok(
    await w.clerk.req('POST', `/api/v1/cases/${draft.id}/actions`, {
      action: 'submit',
      materials: [
        { materialKey: 'application', materialId: application.id },
        { materialKey: 'premises-proof', materialId: premises.id },
      ],
      // No consent to use e-licenses recorded: the clerk checks the paper business licence.
      paperMaterials: ['business-licence'],
    }),
  );
}
