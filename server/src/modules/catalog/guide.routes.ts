// Public reads of the published catalog: the service guide of one implementation.
import type { FastifyInstance } from 'fastify';
import { Type } from 'typebox';
import { BusinessDate, problemResponses } from '../../platform/http/schemas.ts';
import { ImplementationContent } from './content.ts';
import { getGuide } from './guide.queries.ts';

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
}
