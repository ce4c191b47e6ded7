// Acceptance through HTTP: one-time correction (一次性告知) then acceptance, refusal, and 容缺
// (acceptance with deficiency) with its deadline rules.
import { and, eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { caseMaterial, serviceCase, siteMessage } from '../src/modules/cases/schema.ts';
import { loadWorkingCalendar } from '../src/platform/calendar/store.ts';
import { actOn, caseOf, ok } from './case-fixtures.ts';
import {
  documentKinds,
  documentTextOf,
  zhDate,
  eventsOf,
  expectLogAgrees,
  expectProblem,
  FOOD_FORM,
  workingDaysBefore,
} from './case-handling-helpers.ts';
import {
  agent,
  clerk,
  db,
  enterpriseMaterial,
  foodCase,
  reviewer,
  today,
  useAcceptancePlatform,
} from './cases-acceptance-setup.ts';

useAcceptancePlatform();

describe('one-time correction (一次性告知) then acceptance', () => {
  it('lists every item of the case’s materials, the applicant corrects and resubmits, the clerk accepts', async () => {
    const id = await foodCase({ withoutMaterials: ['premises-proof'] });
    await db.update(serviceCase).set({ formData: FOOD_FORM }).where(eq(serviceCase.id, id));
    // Acceptance needs the missing required material.
    const incomplete = await expectProblem(
      db,
      id,
      () => actOn(clerk, id, { action: 'accept' }),
      422,
      'CASE_MATERIALS_INCOMPLETE',
    );
    expect(incomplete.errors).toEqual([expect.objectContaining({ path: '/materials/premises-proof' })]);

    // No material outside the item's list can be demanded; every bad item is named.
    const outside = await expectProblem(
      db,
      id,
      () =>
        actOn(clerk, id, {
          action: 'request-correction',
          items: [
            { materialKey: 'premises-proof', text: '请提交经营场所使用证明' },
            { materialKey: 'fire-safety', text: '请提交消防验收证明' },
            { materialKey: 'hukou', text: '请提交户口本' },
          ],
        }),
      422,
      'CASE_MATERIAL_NOT_LISTED',
    );
    expect(outside.errors!.map((e) => e.path)).toEqual([
      '/body/items/1/materialKey',
      '/body/items/2/materialKey',
    ]);
    await expectProblem(
      db,
      id,
      () => actOn(clerk, id, { action: 'request-correction' }),
      400,
      'VALIDATION_FAILED',
    );

    const corrected = ok(
      await actOn(clerk, id, {
        action: 'request-correction',
        items: [
          { materialKey: 'premises-proof', text: '请提交经营场所使用证明（房产证或租赁合同）' },
          { text: '申请表中经营场所面积与平面图不一致，请核对' },
        ],
      }),
    );
    expect(corrected.status).toBe('correction-requested');
    expect(corrected.actions.at(-1).detail.items).toHaveLength(2);
    expect(await documentKinds(db, id)).toEqual(['correction-notice']);
    const notice = await documentTextOf(agent, id, 'correction-notice');
    expect(notice).toContain('共2项');
    expect(notice).toContain('经营场所使用证明：请提交经营场所使用证明（房产证或租赁合同）');
    expect(notice).toContain('申请表中经营场所面积与平面图不一致');

    // The agent supplies the material and resubmits; the clock of §32 starts again.
    const current = await caseOf(agent, id);
    const materials = current.materials
      .filter((m: { materialId: string | null }) => m.materialId)
      .map((m: { materialKey: string; materialId: string }) => ({
        materialKey: m.materialKey,
        materialId: m.materialId,
      }));
    materials.push({ materialKey: 'premises-proof', materialId: await enterpriseMaterial('房屋租赁合同') });
    const resubmitted = ok(await actOn(agent, id, { action: 'resubmit', materials }));
    expect(resubmitted.status).toBe('submitted');

    const accepted = ok(await actOn(clerk, id, { action: 'accept' }));
    expect(accepted.status).toBe('accepted');
    const state = await expectLogAgrees(db, id);
    expect(state.correctionRounds).toBe(1);
  });

  it('is too late after the §32 window: the application counts as accepted', async () => {
    const id = await foodCase({ receivedOn: await workingDaysBefore(db, today, 6) });
    const problem = await expectProblem(
      db,
      id,
      () => actOn(clerk, id, { action: 'request-correction', items: [{ text: '请补正' }] }),
      409,
      'CASE_CORRECTION_TOO_LATE',
    );
    expect(problem.detail).toMatch(/counts as accepted/);
  });
});

describe('refusal', () => {
  it('needs a reason and a legal basis, issues the refusal notice and tells the applicant', async () => {
    const id = await foodCase();
    const noBasis = await expectProblem(
      db,
      id,
      () => actOn(clerk, id, { action: 'refuse', reason: '申请事项依法不需要取得行政许可' }),
      400,
      'VALIDATION_FAILED',
    );
    expect(noBasis.errors).toEqual([expect.objectContaining({ path: '/body/legalBasis' })]);
    const refused = ok(
      await actOn(clerk, id, {
        action: 'refuse',
        reason: '申请事项依法不需要取得行政许可',
        legalBasis: '《中华人民共和国行政许可法》第三十二条第一款第（一）项',
      }),
    );
    expect(refused).toMatchObject({ status: 'refused', acceptedOn: null, promisedDue: null });
    expect(refused.allowedActions).toEqual([]);
    expect(await documentKinds(db, id)).toEqual(['refusal-notice']);
    const text = await documentTextOf(agent, id, 'refusal-notice');
    expect(text).toContain('申请事项依法不需要取得行政许可');
    expect(text).toContain('第三十二条第一款第（一）项');
    expect(text).toMatch(/60日内.*行政复议/);
    expect(text).toMatch(/6个月内.*行政诉讼/);
    expect(await eventsOf(db, 'case.refused', id)).toHaveLength(1);
    const [msg] = await db.select().from(siteMessage).where(eq(siteMessage.caseId, id));
    expect(msg!.body).toContain('行政复议');
    await expectLogAgrees(db, id);

    // Nothing more can happen to a refused case.
    const again = await expectProblem(
      db,
      id,
      () => actOn(clerk, id, { action: 'accept' }),
      409,
      'CASE_ACTION_NOT_ALLOWED',
    );
    expect(again.allowedActions).toEqual([]);
  });
});

describe('容缺 (acceptance with deficiency)', () => {
  it('only 容缺 materials that are really missing, by a deadline not past the promised due date', async () => {
    const id = await foodCase({ withoutMaterials: ['layout-plan'] });
    const cal = await loadWorkingCalendar(db);
    const promisedDue = cal.addWorkingDays(today, 3).due;

    // Not 容缺 (the application form), not a material of the case, provided already: each named.
    const bad = await expectProblem(
      db,
      id,
      () =>
        actOn(clerk, id, {
          action: 'accept',
          missingMaterials: ['layout-plan', 'application', 'fire-safety', 'safety-rules'],
        }),
      422,
      'CASE_DEFICIENCY_NOT_ALLOWED',
    );
    expect(bad.errors!.map((e) => e.path)).toEqual([
      '/body/missingMaterials/1',
      '/body/missingMaterials/2',
      '/body/missingMaterials/3',
    ]);
    await expectProblem(
      db,
      id,
      () => actOn(clerk, id, { action: 'accept', deficiencyDueOn: promisedDue }),
      400,
      'VALIDATION_FAILED',
    );
    // Without declaring it, the missing material blocks acceptance.
    await expectProblem(
      db,
      id,
      () => actOn(clerk, id, { action: 'accept' }),
      422,
      'CASE_MATERIALS_INCOMPLETE',
    );
    // The deadline may not pass the promised due date.
    const late = await expectProblem(
      db,
      id,
      () =>
        actOn(clerk, id, {
          action: 'accept',
          missingMaterials: ['layout-plan'],
          deficiencyDueOn: cal.addWorkingDays(today, 4).due,
        }),
      422,
      'CASE_DEFICIENCY_NOT_ALLOWED',
    );
    expect(late.errors).toEqual([expect.objectContaining({ path: '/body/deficiencyDueOn' })]);

    // By default the deadline is capped at the promised due date (20 working days would pass it).
    const accepted = ok(await actOn(clerk, id, { action: 'accept', missingMaterials: ['layout-plan'] }));
    expect(accepted).toMatchObject({
      status: 'accepted',
      deficiencyDue: promisedDue,
      outstandingMaterials: ['layout-plan'],
    });
    expect(accepted.actions.at(-1).detail).toMatchObject({
      missingMaterials: ['layout-plan'],
      deficiencyDueOn: promisedDue,
      deficiencyCommitment: expect.stringContaining('申请人承诺'),
    });
    expect(await documentKinds(db, id)).toEqual(['acceptance-notice', 'deficiency-notice']);
    const notice = await documentTextOf(agent, id, 'deficiency-notice');
    expect(notice).toContain('与食品经营相适应的主要设备设施布局');
    expect(notice).toContain(`${zhDate(promisedDue)}前`);
    expect((await eventsOf(db, 'case.accepted', id))[0]).toMatchObject({ deficiency: true });

    // No decision before the material is supplied.
    ok(await actOn(reviewer, id, { action: 'review-pass', opinion: '主要材料齐全' }));
    await expectProblem(
      db,
      id,
      () => actOn(reviewer, id, { action: 'approve' }),
      422,
      'CASE_MATERIALS_INCOMPLETE',
    );

    // The applicant's agent supplies it online in time.
    const supplied = ok(
      await actOn(agent, id, {
        action: 'supplement',
        materials: [{ materialKey: 'layout-plan', materialId: await enterpriseMaterial('设备布局图') }],
      }),
    );
    expect(supplied.outstandingMaterials).toEqual([]);
    const [row] = await db
      .select()
      .from(caseMaterial)
      .where(and(eq(caseMaterial.caseId, id), eq(caseMaterial.materialKey, 'layout-plan')));
    expect(row!.status).toBe('supplied');
    expect(ok(await actOn(reviewer, id, { action: 'approve' })).status).toBe('concluded');
    await expectLogAgrees(db, id);
  });

  it('a deadline chosen within the promised limit is kept', async () => {
    const id = await foodCase({ withoutMaterials: ['layout-plan', 'safety-rules'] });
    const cal = await loadWorkingCalendar(db);
    const due = cal.addWorkingDays(today, 2).due;
    const accepted = ok(
      await actOn(clerk, id, {
        action: 'accept',
        missingMaterials: ['layout-plan', 'safety-rules'],
        deficiencyDueOn: due,
      }),
    );
    expect(accepted.deficiencyDue).toBe(due);
    expect(accepted.outstandingMaterials).toEqual(['layout-plan', 'safety-rules']);
  });
});
