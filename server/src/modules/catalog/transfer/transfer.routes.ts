// Import and export of the catalog over HTTP: POST the workbook itself (no multipart), GET the
// published catalog as a workbook or JSON.
import type { FastifyInstance, FastifyRequest } from 'fastify';
import { Type } from 'typebox';
import { AppError } from '../../../platform/errors/app-error.ts';
import { BusinessDate, ProblemSchema, problemResponses } from '../../../platform/http/schemas.ts';
import { catalogCtx, requireAnyOf } from '../catalog-access.ts';
import { security, tags } from '../catalog.schemas.ts';
import { BasicItemContent, ImplementationContent } from '../content.ts';
import { ImplementationCode } from '../guide.routes.ts';
import { annotatedWorkbook } from './annotate.ts';
import { exportWorkbook, publishedCatalog } from './export.service.ts';
import { importCatalog } from './import.service.ts';
import { MAX_IMPORT_BYTES } from './read-workbook.ts';
import { XLSX_TYPE } from './write-workbook.ts';

const RAW_TYPES = [XLSX_TYPE, 'application/octet-stream'];

const ImportResult = Type.Object({
  dryRun: Type.Boolean(),
  basicItems: Type.Object({
    created: Type.Array(Type.String(), { description: '新增的基本编码 · Basic codes created' }),
    updated: Type.Array(Type.String(), { description: '修改的基本编码 · Basic codes changed' }),
    unchanged: Type.Integer(),
  }),
  implementations: Type.Object({
    created: Type.Array(
      Type.Object({
        row: Type.Integer(),
        rowKey: Type.Union([Type.String(), Type.Null()]),
        code: Type.Union([Type.String(), Type.Null()], { description: '试导入时为空 · null on a dry run' }),
      }),
    ),
    newVersions: Type.Array(
      Type.Object({ row: Type.Integer(), code: Type.String(), version: Type.Integer() }),
    ),
    unchanged: Type.Integer(),
  }),
});

/** problem+json whose errors also carry the sheet, Excel row and column header. */
const ImportProblem = Type.Object({
  ...ProblemSchema.properties,
  errors: Type.Optional(
    Type.Array(
      Type.Object({
        path: Type.String({ description: '/<工作表>/<行号>/<列名> · /<sheet>/<row>/<column>' }),
        message: Type.String(),
        messageZh: Type.Optional(Type.String()),
        sheet: Type.Optional(Type.String()),
        row: Type.Optional(Type.Integer()),
        column: Type.Optional(Type.String()),
      }),
    ),
  ),
});

// The whole catalog is a heavy answer (seconds of CPU for thousands of implementations): a
// per-address limit keeps a public endpoint from being used to load the server.
const EXPORT_LIMIT = { rateLimit: { max: 10, timeWindow: '1 minute' } };

const OnQuery = Type.Object({ on: Type.Optional(BusinessDate) });

const PublishedCatalog = Type.Object({
  date: Type.String({ description: 'YYYY-MM-DD' }),
  basicItems: Type.Array(
    Type.Object({
      id: Type.String({ format: 'uuid' }),
      revision: Type.Integer(),
      ...BasicItemContent.properties,
    }),
  ),
  implementations: Type.Array(
    Type.Object({
      code: ImplementationCode,
      agency: Type.Object({ id: Type.String(), name: Type.String() }),
      regionCode: Type.String(),
      version: Type.Integer(),
      effectiveFrom: Type.String({ description: 'YYYY-MM-DD' }),
      content: ImplementationContent,
    }),
  ),
});

// Editors import implementations, the city office basic items: either may call. Checked before
// the body is read, like config.permission.
async function gate(request: FastifyRequest) {
  if (!request.principal) throw new AppError('UNAUTHENTICATED');
  requireAnyOf(request.principal, ['catalog.edit', 'catalog.review']);
}

export async function transferRoutes(app: FastifyInstance): Promise<void> {
  await app.register(async (scoped) => {
    // The workbook arrives as the raw body of this plugin's route only.
    scoped.addContentTypeParser(
      RAW_TYPES,
      { parseAs: 'buffer', bodyLimit: MAX_IMPORT_BYTES },
      (_r, body, done) => done(null, body),
    );
    scoped.post<{ Querystring: { dryRun?: boolean } }>(
      '/api/v1/catalog/import',
      {
        onRequest: gate,
        schema: {
          tags,
          security,
          summary: '从 Excel 导入事项目录 · Import the catalog from Excel',
          description:
            '请求体为 .xlsx 文件本身（至多 5 MB，格式见 docs/catalog-import.md）。基本目录的新增或修改须市政务服务办（全市 catalog.review）；实施清单按 catalog.edit 的范围导入为草稿或新草稿版本。全部或全不：任一行有误则不写入任何数据，返回 422 CATALOG_IMPORT_FAILED，errors 逐行列出（path 为 /工作表/行号/列名）。dryRun=true 只校验不写入。\n\n' +
            'The body is the .xlsx file itself (at most 5 MB; format in docs/catalog-import.md). New or changed basic items need the city service office (city-wide catalog.review); implementations are imported as drafts or new draft versions within the caller’s catalog.edit scope. All or nothing: any bad row and nothing is written — 422 CATALOG_IMPORT_FAILED listing every problem in errors (path /<sheet>/<row>/<column>). dryRun=true checks without writing.',
          consumes: RAW_TYPES,
          querystring: Type.Object({
            dryRun: Type.Optional(
              Type.Boolean({ default: false, description: '只校验不写入 · Check only, write nothing' }),
            ),
          }),
          response: {
            200: ImportResult,
            422: { ...ImportProblem, description: 'problem+json' },
            ...problemResponses(400, 401, 403, 409, 413, 415),
          },
        },
      },
      async (request) => {
        const ctx = catalogCtx(scoped, request);
        if (!Buffer.isBuffer(request.body))
          throw new AppError('UNSUPPORTED_MEDIA_TYPE', { detail: `send the workbook as ${XLSX_TYPE}` });
        return importCatalog(ctx, request.body, { dryRun: request.query.dryRun ?? false });
      },
    );
    scoped.post(
      '/api/v1/catalog/import/annotated',
      {
        onRequest: gate,
        schema: {
          tags,
          security,
          summary: '导入错误标注（Excel）· Import errors marked in the workbook',
          description:
            '与试导入相同的校验，不写入任何数据；返回上传的工作簿，出错单元格标红并附批注，另加“导入错误”工作表。X-Import-Errors 头为错误数。The same checks as a dry run, writing nothing; answers the uploaded workbook with every bad cell filled red and annotated, plus a sheet 导入错误 listing them. Header X-Import-Errors gives the count.',
          consumes: RAW_TYPES,
          response: { 200: { description: XLSX_TYPE }, ...problemResponses(401, 403, 413, 415) },
        },
      },
      async (request, reply) => {
        const ctx = catalogCtx(scoped, request);
        if (!Buffer.isBuffer(request.body))
          throw new AppError('UNSUPPORTED_MEDIA_TYPE', { detail: `send the workbook as ${XLSX_TYPE}` });
        const annotated = await annotatedWorkbook(ctx, request.body);
        return reply
          .type(XLSX_TYPE)
          .header('Content-Disposition', 'attachment; filename="catalog-import-errors.xlsx"')
          .header('X-Import-Errors', String(annotated.errors))
          .send(annotated.bytes);
      },
    );
  });

  app.get<{ Querystring: { on?: string } }>(
    '/api/v1/catalog/export.xlsx',
    {
      config: EXPORT_LIMIT,
      schema: {
        tags,
        summary: '导出事项目录（Excel）· Export the catalog (Excel)',
        description:
          '指定日期（默认今天）生效的全部已发布实施清单及基本目录，格式与导入相同，可修改后重新导入。Every published implementation in force on the date (default today) and the basic catalog, in the import format: edit and import it back.',
        querystring: OnQuery,
        response: { 200: { description: XLSX_TYPE }, ...problemResponses(400, 429) },
      },
    },
    async (request, reply) => {
      const bytes = await exportWorkbook(app.db, request.query.on);
      return reply
        .type(XLSX_TYPE)
        .header(
          'Content-Disposition',
          `attachment; filename="tongban-catalog-${request.query.on ?? 'today'}.xlsx"`,
        )
        .send(bytes);
    },
  );

  app.get<{ Querystring: { on?: string } }>(
    '/api/v1/catalog/export.json',
    {
      config: EXPORT_LIMIT,
      schema: {
        tags,
        summary: '导出事项目录（JSON）· Export the catalog (JSON)',
        description:
          '指定日期（默认今天）生效的全部已发布实施清单（完整内容）及基本目录。Every published implementation in force on the date (default today), with its full content, and the basic catalog.',
        querystring: OnQuery,
        response: { 200: PublishedCatalog, ...problemResponses(400, 429) },
      },
    },
    async (request) => publishedCatalog(app.db, request.query.on),
  );
}
