// Shared setup of the complaints-*.test.ts files: one platform, sessions of the demo accounts
// and helpers to file and act on orders.
import { eq } from 'drizzle-orm';
import type { LightMyRequestResponse } from 'fastify';
import { afterAll, beforeAll, expect } from 'vitest';
import { complaint, complaintAction } from '../src/modules/complaints/schema.ts';
import { login, type Session } from './cases-apply-setup.ts';
import { testPlatform, type TestPlatform } from './helpers.ts';

export interface ComplaintWorld {
  p: TestPlatform;
  zhangsan: Session;
  lisi: Session;
  hotline: Session;
  handler: Session;
  clerk: Session;
  anon: Session;
}

export function useComplaintWorld(): ComplaintWorld {
  const w = {} as ComplaintWorld;
  beforeAll(async () => {
    w.p = await testPlatform();
    const app = w.p.app;
    w.zhangsan = await login(app, 'zhangsan');
    w.lisi = await login(app, 'lisi');
    w.hotline = await login(app, 'hotline');
    w.handler = await login(app, 'handler-hxsp');
    w.clerk = await login(app, 'clerk-hexi');
    w.anon = {
      name: 'anonymous',
      req: (method, url, payload, headers = {}) =>
        app.inject({
          method,
          url,
          headers,
          remoteAddress: '10.92.0.1',
          ...(payload !== undefined && { payload: payload as string }),
        }),
    };
  }, 120_000);
  afterAll(async () => w.p?.dispose());
  return w;
}

export function okJson(res: LightMyRequestResponse, status = 200) {
  expect(res.statusCode, res.body).toBe(status);
  return res.json();
}

export const BASE = {
  category: 'cannot-handle',
  title: '营业执照变更办不成',
  content: '材料齐全但窗口说系统不支持，让我改天再来。',
  regionCode: '120103',
};

/** A hotline order (complaint.dispatch), optionally dispatched to `agencyId`. */
export async function hotlineOrder(w: ComplaintWorld, over: Record<string, unknown> = {}) {
  return okJson(
    await w.hotline.req('POST', '/api/v1/admin/complaints', {
      ...BASE,
      channel: 'hotline',
      contactPhone: '13900001111',
      ...over,
    }),
    201,
  ) as { id: string; complaintNumber: string };
}

export async function detail(s: Session, id: string) {
  return okJson(await s.req('GET', `/api/v1/admin/complaints/${id}`));
}

/** Acts with the seq the caller sees now; returns the raw response. */
export async function act(s: Session, id: string, body: Record<string, unknown>, viewer: Session = s) {
  const { seq } = await detail(viewer, id);
  return s.req('POST', `/api/v1/admin/complaints/${id}/actions`, { seq, ...body });
}

export async function actOk(s: Session, id: string, body: Record<string, unknown>) {
  return okJson(await act(s, id, body));
}

export const rowOf = async (w: ComplaintWorld, id: string) =>
  (await w.p.database.db.select().from(complaint).where(eq(complaint.id, id)))[0]!;

export const actionsOf = async (w: ComplaintWorld, id: string) =>
  w.p.database.db
    .select()
    .from(complaintAction)
    .where(eq(complaintAction.complaintId, id))
    .orderBy(complaintAction.seq);
