// Public reads of the published catalog: the service guide of one implementation.
import type { FastifyInstance } from 'fastify';
import { Type } from 'typebox';
import { notFound } from '../../platform/errors/app-error.ts';
import { BusinessDate, problemResponses, StrictObject } from '../../platform/http/schemas.ts';
import { businessDate } from '../../platform/time/business-date.ts';
import {
  AcceptanceCondition,
  ImplementationContent,
  LocalId,
  Material,
  SituationQuestion,
  TimeLimit,
} from './content.ts';
import { getGuide } from './guide.queries.ts';
import { narrowGuide } from './situations.ts';
import { findVersionInForce } from './versions.queries.ts';

export const ImplementationCode = Type.String({
  pattern: '^[0-9A-HJ-NPQRTUWXY]{18}[0-9]{4,16}$',
  description: '实施编码：实施主体统一社会信用代码 + 序号 · Implementation code: agency USCC + serial',
});

const Guide = Type.Object(
  {
    implementationCode: Type.String(),
    versionId: Type.String({ format: 'uuid' }),
    version: Type.Integer(),
    effectiveFrom: Type.String({ description: 'YYYY-MM-DD' }),
    agency: Type.Object({
      id: Type.String(),
      name: Type.String(),
      nameEn: Type.String(),
      uscc: Type.String(),
    }),
    region: Type.Object({ code: Type.String(), name: Type.String() }),
    content: ImplementationContent,
    venues: Type.Array(
      Type.Object({
        id: Type.String(),
        name: Type.String(),
        kind: Type.String(),
        address: Type.String(),
        phone: Type.String(),
        hours: Type.String(),
        mode: Type.String({ description: '受理方式 · Acceptance mode' }),
        windows: Type.Array(Type.Object({ code: Type.String(), name: Type.String(), type: Type.String() })),
      }),
    ),
  },
  { $id: 'Guide' },
);

const SituationAnswers = StrictObject({
  answers: Type.Record(LocalId, LocalId, {
    maxProperties: 20,
    additionalProperties: false,
    description: '情形问题的回答 {questionId: optionId} · Answers to the situation questions',
  }),
});

const NarrowedGuide = Type.Object(
  {
    versionId: Type.String({ format: 'uuid' }),
    questions: Type.Array(SituationQuestion, { description: '应显示的问题 · Questions to show, in order' }),
    answered: Type.Record(Type.String(), Type.String(), {
      description: '有效的回答 · Effective answers (to shown questions, naming known options)',
    }),
    complete: Type.Boolean({ description: '所有显示的问题均已回答 · Every shown question is answered' }),
    conditions: Type.Array(AcceptanceCondition),
    materials: Type.Array(
      Type.Object({
        ...Material.properties,
        required: Type.Boolean({ description: '此情形下必须提交 · Required in this situation' }),
      }),
    ),
    statutoryLimit: TimeLimit,
    promisedLimit: TimeLimit,
  },
  { $id: 'NarrowedGuide' },
);

export function guideRoutes(app: FastifyInstance): void {
  app.get<{ Params: { code: string }; Querystring: { on?: string } }>(
    '/api/v1/catalog/guides/:code',
    {
      schema: {
        tags: ['catalog'],
        summary: '办事指南 · Service guide',
        description:
          '已发布实施清单在指定日期（默认今天）生效的版本，含受理场所、窗口与办公时间。The published version in force on the date (default today), with the venues, windows and hours that accept it.',
        params: Type.Object({ code: ImplementationCode }),
        querystring: Type.Object({ on: Type.Optional(BusinessDate) }),
        response: { 200: Guide, ...problemResponses(400, 404) },
      },
    },
    async (request) => getGuide(app.db, request.params.code, request.query.on),
  );

  app.post<{
    Params: { code: string };
    Querystring: { on?: string };
    Body: { answers: Record<string, string> };
  }>(
    '/api/v1/catalog/guides/:code/situation',
    {
      schema: {
        tags: ['catalog'],
        summary: '按情形收窄办事指南 · Guide narrowed by situation',
        description:
          '根据情形问题的回答，返回应显示的问题、适用的受理条件、申请材料（含是否必须）与时限；未知或不适用的回答被忽略。The questions to show, and the conditions, materials (with whether each is required) and limits that apply to the answers; answers to hidden questions or naming unknown options are ignored.',
        params: Type.Object({ code: ImplementationCode }),
        querystring: Type.Object({ on: Type.Optional(BusinessDate) }),
        body: SituationAnswers,
        response: { 200: NarrowedGuide, ...problemResponses(400, 404) },
      },
    },
    async (request) => {
      const on = request.query.on ?? businessDate();
      const found = await findVersionInForce(app.db, request.params.code, on);
      if (!found) throw notFound(`no published implementation ${request.params.code} in force on ${on}`);
      return { versionId: found.versionId, ...narrowGuide(found.content, request.body.answers) };
    },
  );
}
