// The staff queue over HTTP: the venue's or the agency's cases, most urgent first.
import type { FastifyInstance } from 'fastify';
import { Type } from 'typebox';
import { ListOf, ListQuery, problemResponses } from '../../platform/http/schemas.ts';
import type { FileStorage } from '../../platform/storage/file-storage.ts';
import { caseCtx, signedInOnly } from './case-access.ts';
import { CaseSummary, security, tags } from './cases.schemas.ts';
import { caseQueue, type QueueView } from './queue.queries.ts';

const QueueQuery = Type.Object({
  view: Type.Optional(
    Type.Union([Type.Literal('venue'), Type.Literal('agency')], {
      default: 'venue',
      description:
        'venue：本人所在场所受理或出件的办件；agency：本部门全部办件（首席代表视图） · venue: cases accepted or handed out at your venue; agency: all cases of your agency (the chief representative’s view)',
    }),
  ),
  status: Type.Optional(
    Type.String({
      maxLength: 200,
      description:
        '逗号分隔的办件状态；默认为待受理、待补正和办理中 · Comma-separated statuses; default: submitted, correction-requested and the open ones',
    }),
  ),
  ...ListQuery,
});

export function queueRoutes(app: FastifyInstance, storage: FileStorage): void {
  app.get<{ Querystring: { view?: QueueView; status?: string; cursor?: string; limit?: number } }>(
    '/api/v1/cases/queue',
    {
      onRequest: signedInOnly,
      schema: {
        tags,
        security,
        summary: '待办队列 · The staff queue',
        description:
          '按紧急程度排序（承诺办结日升序，未受理的排在最后），每行带红黄绿标识（已过承诺办结日为红，临近预警工作日数为黄）；只列出调用者有办件权限范围内的办件，申请人姓名脱敏；查询记入审计日志。' +
          'Sorted by urgency (promised due date ascending, cases not yet accepted last), each row coloured red (past its promised due date), yellow (within the warning working days) or green; only cases within the caller’s case permissions, applicant names masked; audited.',
        querystring: QueueQuery,
        response: { 200: ListOf(CaseSummary), ...problemResponses(400, 401, 403) },
      },
    },
    async (request) =>
      caseQueue(caseCtx(app, request, storage), {
        view: request.query.view ?? 'venue',
        status: request.query.status,
        cursor: request.query.cursor,
        limit: request.query.limit ?? 50,
      }),
  );
}
