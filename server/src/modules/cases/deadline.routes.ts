// Why a case is due when it is: the clock explained (GET /cases/:id/deadline).
import type { FastifyInstance } from 'fastify';
import { loadWorkingCalendar } from '../../platform/calendar/store.ts';
import { AppError } from '../../platform/errors/app-error.ts';
import { problemResponses } from '../../platform/http/schemas.ts';
import { resolveSetting } from '../../platform/settings/service.ts';
import type { FileStorage } from '../../platform/storage/file-storage.ts';
import { businessDate } from '../../platform/time/business-date.ts';
import { caseCtx, signedInOnly, getVisibleCase, type CaseCtx } from './case-access.ts';
import { DeadlineExplanation, IdParams, security, tags } from './cases.schemas.ts';
import { caseDeadline } from './clock.service.ts';
import { OPEN_STATUSES } from './codes.ts';
import { urgencyOf } from './deadline.ts';
import { getPinnedVersion } from './pinned-version.ts';

export async function explainCaseDeadline(ctx: CaseCtx, id: string) {
  const c = await getVisibleCase(ctx, ctx.db, id);
  if (!c.acceptedOn)
    throw new AppError('CONFLICT', {
      detail: 'the case has not been accepted yet: its clock has not started',
    });
  const today = businessDate();
  const d = await caseDeadline(ctx.db, c, await getPinnedVersion(ctx.db, c.versionId), today);
  if (!d) throw new AppError('CONFLICT', { detail: 'the case has not been accepted yet' });
  let urgency: 'green' | 'yellow' | 'red';
  if (OPEN_STATUSES.includes(c.status)) {
    const warning = await resolveSetting(ctx.db, 'case.deadline-warning-working-days', {
      agencyId: c.agencyId,
      regionCode: c.regionCode,
    });
    urgency = urgencyOf(await loadWorkingCalendar(ctx.db), d.promisedDue, today, Number(warning.value));
  } else urgency = c.onTime === false ? 'red' : 'green';
  return { ...d, urgency };
}

export function deadlineRoutes(app: FastifyInstance, storage: FileStorage): void {
  app.get<{ Params: { id: string } }>(
    '/api/v1/cases/:id/deadline',
    {
      onRequest: signedInOnly,
      schema: {
        tags,
        security,
        summary: '办理期限说明 · The case’s deadline explained',
        description:
          '受理日（不计入期限）、法定和承诺时限、每段特别程序（不计入期限）、延长的工作日、期间经过的法定节假日和调休上班日，以及据此得出的法定和承诺办结日；尚未公布节假日安排的年份标记为 provisional。受理前返回 409。对申请人本人及有办件权限的工作人员可见，其他人 404。' +
          'The acceptance day (not counted), the statutory and promised limits, each special procedure (not counted), the extension, the holidays and adjusted working days crossed, and the resulting due dates; a year without a published holiday notice makes the answer provisional. 409 before acceptance. Visible to the applicant and to staff with a case permission; others get 404.',
        params: IdParams,
        response: { 200: DeadlineExplanation, ...problemResponses(400, 401, 404, 409) },
      },
    },
    async (request) => explainCaseDeadline(caseCtx(app, request, storage), request.params.id),
  );
}
