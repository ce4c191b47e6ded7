// Versions over HTTP, for catalog staff: read, edit a draft, check the rules, compare, and move
// through the workflow (one endpoint; the transition table decides who may do what).
import type { FastifyInstance } from 'fastify';
import { Type } from 'typebox';
import { BusinessDate, StrictObject, problemResponses } from '../../platform/http/schemas.ts';
import { catalogCtx, staffOnly } from './catalog-access.ts';
import {
  ContentDiff,
  IdParams,
  RuleReport,
  Uuid,
  VersionAction,
  VersionSummary,
  security,
  tags,
} from './catalog.schemas.ts';
import { ImplementationContent } from './content.ts';
import { actOnVersion, type VersionActionInput } from './version-actions.service.ts';
import { VERSION_TRANSITIONS } from './version-workflow.ts';
import { checkVersion, diffVersion, getVersionDetail, updateContent } from './versions.service.ts';

const VersionDetail = Type.Object(
  {
    ...VersionSummary.properties,
    implementationCode: Type.String(),
    basicItemId: Uuid,
    agencyId: Type.String(),
    regionCode: Type.String(),
    content: ImplementationContent,
    availableActions: Type.Array(Type.String(), { description: '当前可执行的操作 · Actions allowed now' }),
    actions: Type.Array(VersionAction),
  },
  { $id: 'VersionDetail' },
);

const transitions = VERSION_TRANSITIONS.map(
  (t) => `${t.action}（${t.zh}）: ${t.from.join('/')} → ${t.to}, ${t.permission}`,
).join('；');

export function versionRoutes(app: FastifyInstance): void {
  app.get<{ Params: { id: string } }>(
    '/api/v1/catalog/versions/:id',
    {
      onRequest: staffOnly,
      schema: {
        tags,
        security,
        summary: '版本详情 · One version',
        description:
          '含完整内容、可执行操作与审核记录。With its content, the actions allowed now and its review log.',
        params: IdParams,
        response: { 200: VersionDetail, ...problemResponses(400, 401, 403, 404) },
      },
    },
    async (request) => getVersionDetail(catalogCtx(app, request), request.params.id),
  );

  app.put<{ Params: { id: string }; Body: ImplementationContent }>(
    '/api/v1/catalog/versions/:id/content',
    {
      config: { permission: 'catalog.edit' },
      schema: {
        tags,
        security,
        summary: '保存版本内容 · Save a version’s content',
        description:
          '仅草稿和退回的版本可修改（否则 409 CATALOG_VERSION_NOT_EDITABLE）；已发布版本永不改变。保存只检查结构，完整性由发布规则检查。Only draft and returned versions change (else 409 CATALOG_VERSION_NOT_EDITABLE); a published version never does. Saving checks the structure only; the publication rules check completeness.',
        params: IdParams,
        body: ImplementationContent,
        response: { 200: VersionDetail, ...problemResponses(400, 401, 403, 404, 409) },
      },
    },
    async (request) => updateContent(catalogCtx(app, request), request.params.id, request.body),
  );

  app.get<{ Params: { id: string } }>(
    '/api/v1/catalog/versions/:id/check',
    {
      onRequest: staffOnly,
      schema: {
        tags,
        security,
        summary: '发布规则检查 · Check the publication rules',
        description: '列出全部不符合的规则，不修改任何数据。Lists every failing rule; changes nothing.',
        params: IdParams,
        response: { 200: RuleReport, ...problemResponses(400, 401, 403, 404) },
      },
    },
    async (request) => checkVersion(catalogCtx(app, request), request.params.id),
  );

  app.get<{ Params: { id: string }; Querystring: { against?: string } }>(
    '/api/v1/catalog/versions/:id/diff',
    {
      onRequest: staffOnly,
      schema: {
        tags,
        security,
        summary: '版本比较 · Compare versions',
        description:
          '与 against 指定的版本（默认上一版本）比较，列出变化的字段。Changes from `against` (default: the previous version) to this one.',
        params: IdParams,
        querystring: Type.Object({ against: Type.Optional(Uuid) }),
        response: { 200: ContentDiff, ...problemResponses(400, 401, 403, 404) },
      },
    },
    async (request) => diffVersion(catalogCtx(app, request), request.params.id, request.query.against),
  );

  app.post<{ Params: { id: string }; Body: VersionActionInput }>(
    '/api/v1/catalog/versions/:id/actions',
    {
      onRequest: staffOnly,
      schema: {
        tags,
        security,
        summary: '版本流转 · Move a version through review and publication',
        description:
          `提交、撤回、退回、审核通过、发布、废止。${transitions}。提交、审核通过和发布时检查全部发布规则，一次列出全部不符合项（422 CATALOG_RULES_FAILED）；审核通过须由提交人以外的账号办理；发布须指定不早于今天的生效日期（effectiveFrom），上一现行版本于该日失效；废止日期默认今天。` +
          'Submit, withdraw, return, approve, publish, retire (table above). Submit, approve and publish check every publication rule and list every failure (422 CATALOG_RULES_FAILED); approval must come from another account than the submitter; publish needs effectiveFrom (today or later), when the previous version ends; retire ends the version on effectiveFrom (default today). Lacking the permission of the move: 403; outside your scope: 404.',
        params: IdParams,
        body: StrictObject({
          action: Type.Union(VERSION_TRANSITIONS.map((t) => Type.Literal(t.action))),
          comment: Type.Optional(Type.String({ maxLength: 2000 })),
          effectiveFrom: Type.Optional(BusinessDate),
        }),
        response: { 200: VersionDetail, ...problemResponses(400, 401, 403, 404, 409, 422) },
      },
    },
    async (request) => {
      const ctx = catalogCtx(app, request);
      await actOnVersion(ctx, request.params.id, request.body);
      return getVersionDetail(ctx, request.params.id);
    },
  );
}
