// The applicant's own space: their cases and their site messages, newest first, keyset-paged.
import { and, desc, eq, sql } from 'drizzle-orm';
import { AppError, notFound } from '../../platform/errors/app-error.ts';
import { page } from '../../platform/http/cursor.ts';

import type { SiteMessage } from './apply.schemas.ts';
import { subjectOf, type CaseCtx } from './case-access.ts';
import { summarize } from './case-read.ts';
import type { CaseSummary } from './cases.schemas.ts';

import { type CaseStatus } from './codes.ts';
import { afterCursor, createdAtText } from './keyset.ts';
import { serviceCase, siteMessage } from './schema.ts';

function subjectRequired(ctx: CaseCtx) {
  const s = subjectOf(ctx.principal);
  if (!s)
    throw new AppError('FORBIDDEN', {
      detail: 'for applicants (persons, or agents acting for an enterprise)',
    });
  return s;
}

/** GET /cases/mine: the subject's cases, newest first (index service_case_applicant). */
export async function myCases(
  ctx: CaseCtx,
  q: { status?: CaseStatus; cursor?: string; limit: number },
): Promise<{ items: CaseSummary[]; nextCursor: string | null }> {
  const s = subjectRequired(ctx);
  const rows = await ctx.db
    .select({ c: serviceCase, at: createdAtText(serviceCase.createdAt) })
    .from(serviceCase)
    .where(
      and(
        eq(serviceCase.applicantType, s.type),
        eq(serviceCase.applicantId, s.id),
        q.status ? eq(serviceCase.status, q.status) : undefined,
        afterCursor(serviceCase.createdAt, serviceCase.id, q.cursor),
      ),
    )
    .orderBy(desc(serviceCase.createdAt), desc(serviceCase.id))
    .limit(q.limit + 1);
  const result = page(rows, q.limit, (r) => [r.at, r.c.id]);
  const items = await summarize(
    ctx.db,
    result.items.map((r) => r.c),
  );
  return { items, nextCursor: result.nextCursor };
}

const messageOf = (m: typeof siteMessage.$inferSelect): SiteMessage => ({
  id: m.id,
  caseId: m.caseId,
  title: m.title,
  body: m.body,
  readAt: m.readAt ? m.readAt.toISOString() : null,
  createdAt: m.createdAt.toISOString(),
});

/** GET /me/messages: the subject's site messages, newest first. */
export async function myMessages(
  ctx: CaseCtx,
  q: { cursor?: string; limit: number },
): Promise<{ items: SiteMessage[]; nextCursor: string | null }> {
  const s = subjectRequired(ctx);
  const rows = await ctx.db
    .select({ m: siteMessage, at: createdAtText(siteMessage.createdAt) })
    .from(siteMessage)
    .where(
      and(
        eq(siteMessage.recipientType, s.type),
        eq(siteMessage.recipientId, s.id),
        afterCursor(siteMessage.createdAt, siteMessage.id, q.cursor),
      ),
    )
    .orderBy(desc(siteMessage.createdAt), desc(siteMessage.id))
    .limit(q.limit + 1);
  const result = page(rows, q.limit, (r) => [r.at, r.m.id]);
  return { items: result.items.map((r) => messageOf(r.m)), nextCursor: result.nextCursor };
}

/** POST /me/messages/:id/read: marks one of the subject's messages read (idempotent). */
export async function readMessage(ctx: CaseCtx, id: string): Promise<SiteMessage> {
  const s = subjectRequired(ctx);
  const [m] = await ctx.db
    .update(siteMessage)
    .set({ readAt: sql`coalesce(${siteMessage.readAt}, now())` })
    .where(
      and(eq(siteMessage.id, id), eq(siteMessage.recipientType, s.type), eq(siteMessage.recipientId, s.id)),
    )
    .returning();
  if (!m) throw notFound(`message ${id}`);
  return messageOf(m);
}
