// Drafts of an application: save, resume and submit later; delete by the owner.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ok } from './case-fixtures.ts';
import { applyWorld, residenceForm, uploadResidenceMaterials, type Session } from './cases-apply-setup.ts';
import type { TestPlatform } from './helpers.ts';

let p: TestPlatform;
let residence: string;
let zhangsan: Session;
let lisi: Session;
let photo: { id: string; sm3: string };
let lease: { id: string };

beforeAll(async () => {
  ({ p, residence, zhangsan, lisi } = await applyWorld());
  ({ photo, lease } = await uploadResidenceMaterials(zhangsan));
});

afterAll(async () => {
  await p?.dispose();
});

describe('drafts', () => {
  it('save and resume: a draft has no number and no action; submitting it later uses what was saved', async () => {
    const draft = ok(
      await zhangsan.req('POST', '/api/v1/cases', {
        implementationCode: residence,
        answers: { basis: 'home' },
      }),
      201,
    );
    expect(draft).toMatchObject({ status: 'draft', caseNumber: null, seq: 0, actions: [] });
    const mine = ok(await zhangsan.req('GET', '/api/v1/cases/mine?status=draft'));
    expect(mine.items.map((c: { id: string }) => c.id)).toContain(draft.id);

    const pre = ok(await zhangsan.req('GET', `/api/v1/cases/prefill?implementation=${residence}`));
    const saved = ok(
      await zhangsan.req('PUT', `/api/v1/cases/${draft.id}/draft`, {
        answers: { basis: 'home', kind: 'new' },
        formData: residenceForm(pre.formData),
        materials: [
          { materialKey: 'photo', materialId: photo.id },
          { materialKey: 'lease', materialId: lease.id },
        ],
        commitment: true,
      }),
    );
    expect(saved.status).toBe('draft');
    expect(saved.answers).toEqual({ basis: 'home', kind: 'new' });
    expect(saved.materials.map((m: { materialKey: string }) => m.materialKey).sort()).toEqual([
      'lease',
      'photo',
    ]);
    // Someone else cannot see it, let alone change it.
    expect((await lisi.req('PUT', `/api/v1/cases/${draft.id}/draft`, { answers: {} })).statusCode).toBe(404);

    const submitted = ok(
      await zhangsan.req('POST', `/api/v1/cases/${draft.id}/actions`, { action: 'submit' }),
    );
    expect(submitted).toMatchObject({ status: 'submitted', seq: 1 });
    expect(submitted.caseNumber).toMatch(/^120103/);
    expect(submitted.commitment).toMatchObject({ conditionIds: ['basis'] });
    expect(submitted.commitment.text.length).toBeGreaterThan(0);
    expect(
      submitted.materials.map((m: { materialKey: string; round: number; status: string }) => [
        m.materialKey,
        m.round,
        m.status,
      ]),
    ).toEqual(
      expect.arrayContaining([
        ['photo', 1, 'provided'],
        ['lease', 1, 'provided'],
        ['id-card', 1, 'exempt'],
      ]),
    );
    expect(submitted.materials).toHaveLength(3);

    const edit = await zhangsan.req('PUT', `/api/v1/cases/${draft.id}/draft`, { answers: {} });
    expect(edit.statusCode).toBe(409);
    expect((await zhangsan.req('DELETE', `/api/v1/cases/${draft.id}`)).statusCode).toBe(409);
  });

  it('a draft can be deleted by its owner; then it is gone', async () => {
    const draft = ok(await zhangsan.req('POST', '/api/v1/cases', { implementationCode: residence }), 201);
    expect((await lisi.req('DELETE', `/api/v1/cases/${draft.id}`)).statusCode).toBe(404);
    expect((await zhangsan.req('DELETE', `/api/v1/cases/${draft.id}`)).statusCode).toBe(204);
    expect((await zhangsan.req('GET', `/api/v1/cases/${draft.id}`)).statusCode).toBe(404);
  });
});
