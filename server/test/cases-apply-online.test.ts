// Applying online as a person: pre-fill, upload, idempotent submission, site messages, reuse of
// materials, the validation failures, and paging through my cases.
import { and, eq, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { material } from '../src/modules/cases/schema.ts';
import { outboxEvent } from '../src/platform/outbox/schema.ts';
import { ok, personId } from './case-fixtures.ts';
import {
  applyWorld,
  countCases,
  PDF,
  residenceForm,
  upload,
  zhangsanId,
  type Session,
} from './cases-apply-setup.ts';
import type { TestPlatform } from './helpers.ts';

let p: TestPlatform;
let residence: string;
let getihu: string;
let zhangsan: Session;
let lisi: Session;
let clerk: Session;

beforeAll(async () => {
  ({ p, residence, getihu, zhangsan, lisi, clerk } = await applyWorld());
});

afterAll(async () => {
  await p?.dispose();
});

let photo: { id: string; sm3: string };
let lease: { id: string };
let firstCase: { id: string; caseNumber: string };

describe('a person applying online', () => {
  it('pre-fills the form from the profile by data element', async () => {
    const pre = ok(await zhangsan.req('GET', `/api/v1/cases/prefill?implementation=${residence}`));
    expect(pre.formData).toEqual({
      applicant: { name: '张三', idType: 'resident-id', idNumber: zhangsanId, phone: '13800000001' },
    });
    expect(pre).toMatchObject({ commitmentAvailable: true, creditBlocked: false });
    expect(pre.reusableMaterials.map((r: { materialKey: string }) => r.materialKey)).toEqual([
      'photo',
      'lease',
      'school',
    ]);
    expect(pre.reusableMaterials.every((r: { candidates: unknown[] }) => r.candidates.length === 0)).toBe(
      true,
    );
  });

  it('uploads materials: the type sniffed, SM3, owned by the subject; text is refused', async () => {
    photo = await upload(zhangsan, '一寸照片', 'photo');
    expect(photo).toMatchObject({ provenance: 'upload', contentType: 'application/pdf', name: '一寸照片' });
    expect(photo.sm3).toMatch(/^[0-9a-f]{64}$/);
    lease = await upload(zhangsan, '租赁合同', 'lease');
    const text = await zhangsan.req('POST', '/api/v1/materials?name=x', Buffer.from('hello'), {
      'content-type': 'application/pdf',
    });
    expect(text.statusCode).toBe(415);
    const huge = Buffer.concat([PDF('huge'), Buffer.alloc(10 * 1024 * 1024)]);
    const tooLarge = await zhangsan.req('POST', '/api/v1/materials?name=x', huge, {
      'content-type': 'application/pdf',
    });
    expect(tooLarge.statusCode).toBe(413);
    const json = await zhangsan.req('POST', '/api/v1/materials?name=x', { a: 1 });
    expect(json.statusCode).toBe(415);
    const list = ok(await zhangsan.req('GET', '/api/v1/materials'));
    expect(list.items.map((m: { id: string }) => m.id)).toEqual([lease.id, photo.id]);
    const file = await zhangsan.req('GET', `/api/v1/materials/${photo.id}/file`);
    expect(file.statusCode).toBe(200);
    expect(file.rawPayload.equals(PDF('photo'))).toBe(true);
    // Someone else's material is not there for them.
    expect((await lisi.req('GET', `/api/v1/materials/${photo.id}/file`)).statusCode).toBe(404);
    expect((await clerk.req('GET', `/api/v1/materials/${photo.id}/file`)).statusCode).toBe(404);
  });

  it('submits with an Idempotency-Key; a retry returns the same case and creates no second one', async () => {
    const pre = ok(await zhangsan.req('GET', `/api/v1/cases/prefill?implementation=${residence}`));
    const body = {
      implementationCode: residence,
      channel: 'mobile',
      answers: { basis: 'home', kind: 'new' },
      formData: residenceForm(pre.formData),
      materials: [
        { materialKey: 'photo', materialId: photo.id },
        { materialKey: 'lease', materialId: lease.id },
      ],
      submit: true,
    };
    const me = await personId(p.database.db, 'zhangsan');
    const before = await countCases(p.database.db, me);
    const res = await zhangsan.req('POST', '/api/v1/cases', body, { 'idempotency-key': 'apply-residence-1' });
    const c = ok(res, 201);
    expect(c).toMatchObject({
      status: 'submitted',
      versionId: pre.versionId,
      applicantType: 'person',
      applicantName: '张三',
      channel: 'mobile',
      actorKind: 'applicant',
      acceptingVenueId: 'zwfw-120103',
      seq: 1,
    });
    expect(c.caseNumber).toMatch(/^120103\d{18}$/);
    expect(c.applicantIdMasked).toBe(`${zhangsanId.slice(0, 4)}**********${zhangsanId.slice(-4)}`);
    expect(c.actions).toMatchObject([{ action: 'submit', actorKind: 'applicant', channel: 'mobile' }]);
    const byKey = Object.fromEntries(c.materials.map((m: { materialKey: string }) => [m.materialKey, m]));
    expect(byKey.photo).toMatchObject({ status: 'provided', materialId: photo.id, sm3: photo.sm3, round: 1 });
    expect(byKey.lease).toMatchObject({ status: 'provided', materialId: lease.id });
    expect(byKey['id-card']).toMatchObject({ status: 'exempt', materialId: null });
    expect(byKey.school).toBeUndefined(); // not applicable to basis=home
    firstCase = c;

    const again = ok(
      await zhangsan.req('POST', '/api/v1/cases', body, { 'idempotency-key': 'apply-residence-1' }),
      201,
    );
    expect(again.id).toBe(c.id);
    expect(again.caseNumber).toBe(c.caseNumber);
    expect(await countCases(p.database.db, me)).toBe(before + 1);

    const other = await zhangsan.req(
      'POST',
      '/api/v1/cases',
      { ...body, channel: 'pc' },
      {
        'idempotency-key': 'apply-residence-1',
      },
    );
    expect(other.statusCode).toBe(422);
    expect(other.json().code).toBe('IDEMPOTENCY_KEY_REUSED');
    expect(await countCases(p.database.db, me)).toBe(before + 1);

    // Two retries at once (a double click, a client timeout): still one case.
    const twice = await Promise.all(
      [1, 2].map(() =>
        zhangsan.req(
          'POST',
          '/api/v1/cases',
          { ...body, channel: 'pc' },
          { 'idempotency-key': 'apply-residence-2' },
        ),
      ),
    );
    const ids = twice.map((r) => ok(r, 201).id);
    expect(ids[0]).toBe(ids[1]);
    expect(await countCases(p.database.db, me)).toBe(before + 2);

    const [event] = await p.database.db
      .select()
      .from(outboxEvent)
      .where(and(eq(outboxEvent.type, 'case.submitted'), sql`${outboxEvent.payload}->>'caseId' = ${c.id}`));
    expect(event?.payload).toMatchObject({ caseNumber: c.caseNumber, implementationCode: residence });
  });

  it('tells the applicant by site message; messages can be marked read', async () => {
    const list = ok(await zhangsan.req('GET', '/api/v1/me/messages'));
    const m = list.items.find((x: { caseId: string }) => x.caseId === firstCase.id);
    expect(m).toMatchObject({ title: '申请已提交', readAt: null });
    expect(m.body).toContain('已收到您的申请');
    expect(m.body).toContain(firstCase.caseNumber);
    const read = ok(await zhangsan.req('POST', `/api/v1/me/messages/${m.id}/read`));
    expect(read.readAt).not.toBeNull();
    expect((await lisi.req('POST', `/api/v1/me/messages/${m.id}/read`)).statusCode).toBe(404);
  });

  it('reuses an earlier material: the new case points at the same material object', async () => {
    const pre = ok(await zhangsan.req('GET', `/api/v1/cases/prefill?implementation=${residence}`));
    const reusable = Object.fromEntries(
      pre.reusableMaterials.map((r: { materialKey: string; candidates: { id: string }[] }) => [
        r.materialKey,
        r.candidates.map((x) => x.id),
      ]),
    );
    expect(reusable.photo).toEqual([photo.id]);
    expect(reusable.lease).toEqual([lease.id]);
    const [{ n: materialsBefore }] = (await p.database.db
      .select({ n: sql<number>`count(*)::int` })
      .from(material)) as [{ n: number }];
    const c = ok(
      await zhangsan.req('POST', '/api/v1/cases', {
        implementationCode: residence,
        answers: { basis: 'job', kind: 'reissue' },
        formData: residenceForm(pre.formData),
        materials: [{ materialKey: 'photo', materialId: reusable.photo[0] }],
        submit: true,
      }),
      201,
    );
    expect(c.materials.find((m: { materialKey: string }) => m.materialKey === 'photo')).toMatchObject({
      materialId: photo.id,
      sm3: photo.sm3,
    });
    const [{ n: materialsAfter }] = (await p.database.db
      .select({ n: sql<number>`count(*)::int` })
      .from(material)) as [{ n: number }];
    expect(materialsAfter).toBe(materialsBefore);
  });

  it('names every missing required material at once (online, 容缺 does not apply) and creates nothing', async () => {
    const pre = ok(await zhangsan.req('GET', `/api/v1/cases/prefill?implementation=${residence}`));
    const me = await personId(p.database.db, 'zhangsan');
    const before = await countCases(p.database.db, me);
    const res = await zhangsan.req('POST', '/api/v1/cases', {
      implementationCode: residence,
      answers: { basis: 'home', kind: 'new' },
      formData: residenceForm(pre.formData),
      submit: true,
    });
    expect(res.statusCode).toBe(422);
    const problem = res.json();
    expect(problem.code).toBe('CASE_MATERIALS_INCOMPLETE');
    expect(problem.errors.map((e: { path: string }) => e.path)).toEqual([
      '/materials/photo',
      '/materials/lease',
    ]);
    expect(await countCases(p.database.db, me)).toBe(before);
  });

  it('refuses a material outside the list and a material that is not the applicant’s', async () => {
    const pre = ok(await zhangsan.req('GET', `/api/v1/cases/prefill?implementation=${residence}`));
    const base = {
      implementationCode: residence,
      answers: { basis: 'home', kind: 'new' },
      formData: residenceForm(pre.formData),
      submit: true,
    };
    const outside = await zhangsan.req('POST', '/api/v1/cases', {
      ...base,
      materials: [
        { materialKey: 'photo', materialId: photo.id },
        { materialKey: 'lease', materialId: lease.id },
        { materialKey: 'bank-statement', materialId: photo.id },
      ],
    });
    expect(outside.statusCode).toBe(400);
    expect(outside.json().errors).toMatchObject([{ path: '/body/materials/2/materialKey' }]);
    const notApplicable = await zhangsan.req('POST', '/api/v1/cases', {
      ...base,
      materials: [
        { materialKey: 'photo', materialId: photo.id },
        { materialKey: 'lease', materialId: lease.id },
        { materialKey: 'school', materialId: lease.id },
      ],
    });
    expect(notApplicable.statusCode).toBe(400);
    const lisisPaper = await upload(lisi, '租赁合同', 'lisi-lease');
    const notTheirs = await zhangsan.req('POST', '/api/v1/cases', {
      ...base,
      materials: [
        { materialKey: 'photo', materialId: photo.id },
        { materialKey: 'lease', materialId: lisisPaper.id },
      ],
    });
    expect(notTheirs.statusCode).toBe(400);
    expect(notTheirs.json().errors).toMatchObject([{ path: '/body/materials/1/materialId' }]);
  });

  it('answers form errors and unanswered questions with 422 FORM_DATA_INVALID and every field', async () => {
    const res = await zhangsan.req('POST', '/api/v1/cases', {
      implementationCode: residence,
      answers: { basis: 'home' },
      formData: { applicant: { name: '张三', idType: 'resident-id', idNumber: zhangsanId, phone: '12345' } },
      materials: [
        { materialKey: 'photo', materialId: photo.id },
        { materialKey: 'lease', materialId: lease.id },
      ],
      submit: true,
    });
    expect(res.statusCode).toBe(422);
    const problem = res.json();
    expect(problem.code).toBe('FORM_DATA_INVALID');
    const paths = problem.errors.map((e: { path: string }) => e.path);
    expect(paths).toEqual(
      expect.arrayContaining([
        '/answers/kind',
        '/form/applicant/phone',
        '/form/applicant/address',
        '/form/applicant/gender',
      ]),
    );
  });

  it('refuses online applications below the item’s real-name level (403 with the reason)', async () => {
    const res = await zhangsan.req('POST', '/api/v1/cases', { implementationCode: getihu });
    expect(res.statusCode).toBe(403);
    expect(res.json().detail).toContain('L3');
  });

  it('refuses an implementation with no version in force', async () => {
    const res = await zhangsan.req('POST', '/api/v1/cases', { implementationCode: 'NO-SUCH-CODE' });
    expect(res.statusCode).toBe(422);
    expect(res.json().code).toBe('CASE_IMPLEMENTATION_NOT_IN_FORCE');
  });

  it('my cases pages with a keyset cursor', async () => {
    const all = ok(await zhangsan.req('GET', '/api/v1/cases/mine?limit=50')).items.map(
      (c: { id: string }) => c.id,
    );
    expect(all.length).toBeGreaterThanOrEqual(3);
    const seen: string[] = [];
    let cursor: string | null = null;
    do {
      const page = ok(
        await zhangsan.req('GET', `/api/v1/cases/mine?limit=1${cursor ? `&cursor=${cursor}` : ''}`),
      );
      seen.push(...page.items.map((c: { id: string }) => c.id));
      cursor = page.nextCursor;
    } while (cursor);
    expect(seen).toEqual(all);
    expect((await zhangsan.req('GET', '/api/v1/cases/mine?cursor=bad')).statusCode).toBe(400);
  });
});
