// Applying as an agent for an enterprise: pre-fill from the enterprise, the agent's authorised
// items, and who sees the enterprise's case.
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { serviceCase } from '../src/modules/cases/schema.ts';
import { DEMO_ENTERPRISE } from '../src/modules/identity/demo-accounts.ts';
import { agentAuthorization } from '../src/modules/identity/schema.ts';
import { uuidv7 } from '../src/platform/ids.ts';
import { demoEnterpriseId, ok, personId } from './case-fixtures.ts';
import { applyWorld, foodForm, login, upload, type Session } from './cases-apply-setup.ts';
import type { TestPlatform } from './helpers.ts';

let p: TestPlatform;
let residence: string;
let food: string;
let zhangsan: Session;
let lisi: Session;
let lisiForEnterprise: Session;

beforeAll(async () => {
  ({ p, residence, food, zhangsan, lisi, lisiForEnterprise } = await applyWorld());
});

afterAll(async () => {
  await p?.dispose();
});

let enterpriseCase: { id: string };

describe('an agent applying for an enterprise', () => {
  it('pre-fills from the enterprise profile; the case is the enterprise’s, filed by the agent', async () => {
    const pre = ok(await lisiForEnterprise.req('GET', `/api/v1/cases/prefill?implementation=${food}`));
    expect(pre.formData).toEqual({
      enterprise: { name: DEMO_ENTERPRISE.name, uscc: DEMO_ENTERPRISE.uscc, legalRepName: '王五' },
    });
    const application = await upload(lisiForEnterprise, '食品经营许可申请书', 'food-app');
    const premises = await upload(lisiForEnterprise, '经营场所使用证明', 'food-premises');
    const rules = await upload(lisiForEnterprise, '食品安全规章制度', 'food-rules');
    const licence = await upload(lisiForEnterprise, '营业执照', 'food-licence');
    const c = ok(
      await lisiForEnterprise.req('POST', '/api/v1/cases', {
        implementationCode: food,
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
    expect(c).toMatchObject({
      status: 'submitted',
      applicantType: 'enterprise',
      applicantName: DEMO_ENTERPRISE.name,
      applicantIdMasked: DEMO_ENTERPRISE.uscc,
      actorKind: 'agent',
    });
    expect(c.actions[0]).toMatchObject({ action: 'submit', actorKind: 'agent' });
    const [row] = await p.database.db.select().from(serviceCase).where(eq(serviceCase.id, c.id));
    expect(row!.agentPersonId).toBe(await personId(p.database.db, 'lisi'));
    enterpriseCase = c;
  });

  it('an agent whose authorisation lists other items may not apply for this one', async () => {
    const db = p.database.db;
    await db.insert(agentAuthorization).values({
      id: uuidv7(),
      enterpriseId: await demoEnterpriseId(db),
      personId: await personId(db, 'zhangsan'),
      scope: 'listed',
      itemCodes: [residence],
      expiresAt: new Date(Date.now() + 86_400_000),
    });
    const agent = await login(p.app, 'zhangsan');
    ok(await agent.req('PUT', '/api/v1/auth/acting-for', { enterpriseId: await demoEnterpriseId(db) }));
    const res = await agent.req('POST', '/api/v1/cases', { implementationCode: food });
    expect(res.statusCode).toBe(403);
    expect(res.json().detail).toContain('授权');
  });

  it('the enterprise sees it in its cases; zhangsan and lisi-as-himself do not', async () => {
    const mine = ok(await lisiForEnterprise.req('GET', '/api/v1/cases/mine'));
    expect(mine.items.map((c: { id: string }) => c.id)).toContain(enterpriseCase.id);
    expect(mine.items.find((c: { id: string }) => c.id === enterpriseCase.id).applicantName).toBe(
      DEMO_ENTERPRISE.name,
    );
    for (const other of [zhangsan, lisi]) {
      const list = ok(await other.req('GET', '/api/v1/cases/mine'));
      expect(list.items.map((c: { id: string }) => c.id)).not.toContain(enterpriseCase.id);
      expect((await other.req('GET', `/api/v1/cases/${enterpriseCase.id}`)).statusCode).toBe(404);
    }
  });
});
