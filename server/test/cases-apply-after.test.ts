// After submission: supplying 容缺 materials, resubmitting after a correction notice, withdrawal,
// and a credit record that blocks notice-and-commitment.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { creditRecord } from '../src/modules/cases/schema.ts';
import { uuidv7 } from '../src/platform/ids.ts';
import { ok, personId } from './case-fixtures.ts';
import {
  applyWorld,
  fileWalkIn,
  residenceForm,
  submitEnterpriseFood,
  submitResidence,
  upload,
  uploadResidenceMaterials,
  type ApplyWorld,
  type Session,
} from './cases-apply-setup.ts';
import type { TestPlatform } from './helpers.ts';

let p: TestPlatform;
let residence: string;
let zhangsan: Session;
let lisiForEnterprise: Session;
let clerk: Session;
let photo: { id: string; sm3: string };
let firstCase: { id: string; caseNumber: string };
let enterpriseCase: { id: string };
let walkIn: { id: string; seq: number };

beforeAll(async () => {
  const w: ApplyWorld = await applyWorld();
  ({ p, residence, zhangsan, lisiForEnterprise, clerk } = w);
  // What the earlier flows leave behind: zhangsan's online case, the enterprise's online case and
  // the clerk's walk-in case with the 容缺 safety rules missing.
  const materials = await uploadResidenceMaterials(zhangsan);
  photo = materials.photo;
  firstCase = await submitResidence(w, materials.photo, materials.lease);
  enterpriseCase = await submitEnterpriseFood(w);
  walkIn = await fileWalkIn(w);
});

afterAll(async () => {
  await p?.dispose();
});

describe('after submission', () => {
  it('the applicant supplies the 容缺 materials after acceptance with deficiency', async () => {
    const accepted = ok(
      await clerk.req('POST', `/api/v1/cases/${walkIn.id}/actions`, {
        action: 'accept',
        missingMaterials: ['safety-rules'],
      }),
    );
    expect(accepted.outstandingMaterials).toEqual(['safety-rules']);
    const wrong = await lisiForEnterprise.req('POST', `/api/v1/cases/${walkIn.id}/actions`, {
      action: 'supplement',
      materials: [
        { materialKey: 'application', materialId: (await upload(lisiForEnterprise, 'x', 'x1')).id },
      ],
    });
    expect(wrong.statusCode).toBe(400);
    const rules = await upload(lisiForEnterprise, '食品安全规章制度', 'walk-in-rules');
    const c = ok(
      await lisiForEnterprise.req('POST', `/api/v1/cases/${walkIn.id}/actions`, {
        action: 'supplement',
        materials: [{ materialKey: 'safety-rules', materialId: rules.id }],
      }),
    );
    expect(c.outstandingMaterials).toEqual([]);
    expect(c.deficiencyDue).toBeNull();
    expect(c.materials.find((m: { materialKey: string }) => m.materialKey === 'safety-rules')).toMatchObject({
      status: 'supplied',
      materialId: rules.id,
    });
    expect(c.actions.at(-1)).toMatchObject({
      action: 'supplement',
      actorKind: 'agent',
      detail: { materialKeys: ['safety-rules'] },
    });
  });

  it('after a correction notice the applicant resubmits a new round', async () => {
    const corrected = ok(
      await clerk.req('POST', `/api/v1/cases/${enterpriseCase.id}/actions`, {
        action: 'request-correction',
        items: [{ materialKey: 'premises-proof', text: '经营场所使用证明未盖章' }],
      }),
    );
    expect(corrected.status).toBe('correction-requested');
    const premises = await upload(lisiForEnterprise, '经营场所使用证明（盖章）', 'premises-2');
    const c = ok(
      await lisiForEnterprise.req('POST', `/api/v1/cases/${enterpriseCase.id}/actions`, {
        action: 'resubmit',
        materials: [
          ...corrected.materials
            .filter(
              (m: { materialId: string | null; materialKey: string }) =>
                m.materialId && m.materialKey !== 'premises-proof',
            )
            .map((m: { materialKey: string; materialId: string }) => ({
              materialKey: m.materialKey,
              materialId: m.materialId,
            })),
          { materialKey: 'premises-proof', materialId: premises.id },
        ],
      }),
    );
    expect(c.status).toBe('submitted');
    expect(
      c.materials.find((m: { materialKey: string }) => m.materialKey === 'premises-proof'),
    ).toMatchObject({
      materialId: premises.id,
      round: 2,
    });
    expect(c.actions.at(-1)).toMatchObject({ action: 'resubmit', detail: { round: 2 } });
  });

  it('the applicant withdraws before the decision and is told; a second withdrawal is a 409', async () => {
    const c = ok(
      await zhangsan.req('POST', `/api/v1/cases/${firstCase.id}/actions`, {
        action: 'withdraw',
        reason: '不再需要',
      }),
    );
    expect(c.status).toBe('withdrawn');
    expect(c.actions.at(-1)).toMatchObject({ action: 'withdraw', opinion: '不再需要' });
    const again = await zhangsan.req('POST', `/api/v1/cases/${firstCase.id}/actions`, { action: 'withdraw' });
    expect(again.statusCode).toBe(409);
    const messages = ok(await zhangsan.req('GET', '/api/v1/me/messages'));
    expect(messages.items.map((m: { title: string }) => m.title)).toContain('申请已撤回');
  });

  it('a credit record blocks notice-and-commitment', async () => {
    const me = await personId(p.database.db, 'zhangsan');
    await p.database.db
      .insert(creditRecord)
      .values({ id: uuidv7(), subjectType: 'person', subjectId: me, caseId: firstCase.id, reason: 'test' });
    const pre = ok(await zhangsan.req('GET', `/api/v1/cases/prefill?implementation=${residence}`));
    expect(pre).toMatchObject({ commitmentAvailable: false, creditBlocked: true });
    const res = await zhangsan.req('POST', '/api/v1/cases', {
      implementationCode: residence,
      answers: { basis: 'job', kind: 'new' },
      formData: residenceForm(pre.formData),
      materials: [{ materialKey: 'photo', materialId: photo.id }],
      commitment: true,
      submit: true,
    });
    expect(res.statusCode).toBe(422);
    expect(res.json().code).toBe('CASE_COMMITMENT_NOT_ALLOWED');
  });
});
