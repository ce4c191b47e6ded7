// Bundle definitions over HTTP, for catalog staff (editors of the lead agency, reviewers and
// publishers; the service office city-wide): list, create, open a version, edit a draft, and
// move through the same review workflow as implementations.
import type { FastifyInstance } from 'fastify';
import { Type } from 'typebox';
import { problemResponses } from '../../platform/http/schemas.ts';
import { catalogCtx, staffOnly } from '../catalog/catalog-access.ts';
import { VERSION_TRANSITIONS } from '../catalog/version-workflow.ts';
import {
  AdminBundleSummary,
  BundleVersionActionBody,
  BundleVersionDetail,
  CodeParams,
  CreateBundleBody,
  IdParams,
  SaveBundleVersionBody,
  security,
  tags,
} from './bundles.schemas.ts';
import {
  actOnBundleVersion,
  createBundle,
  getAdminBundle,
  getBundleVersion,
  listAdminBundles,
  openBundleVersion,
  saveBundleVersion,
} from './versions.service.ts';

const transitions = VERSION_TRANSITIONS.map(
  (t) => `${t.action}（${t.zh}）: ${t.from.join('/')} → ${t.to}, ${t.permission}`,
).join('；');

export function versionRoutes(app: FastifyInstance): void {
  app.get(
    '/api/v1/admin/bundles',
    {
      onRequest: staffOnly,
      schema: {
        tags,
        security,
        summary: '一件事定义列表 · Bundle definitions',
        description:
          '调用者权限范围内（牵头部门或区域）的一件事及其各版本。The bundles in the caller’s scope (lead agency or region) with their versions.',
        response: {
          200: Type.Object({ items: Type.Array(AdminBundleSummary) }),
          ...problemResponses(401, 403),
        },
      },
    },
    async (request) => ({ items: await listAdminBundles(catalogCtx(app, request)) }),
  );

  app.post<{ Body: CreateBundleBody }>(
    '/api/v1/admin/bundles',
    {
      config: { permission: 'catalog.edit' },
      schema: {
        tags,
        security,
        summary: '新建一件事 · Create a bundle',
        description:
          '新建一件事并生成第 1 版草稿；编码自动生成（YJS＋区划＋序号）。须有牵头部门的 catalog.edit 权限。Creates a bundle and its first draft; the code is assigned (YJS + region + serial). Needs catalog.edit for the lead agency.',
        body: CreateBundleBody,
        response: { 201: BundleVersionDetail, ...problemResponses(400, 401, 403, 422) },
      },
    },
    async (request, reply) =>
      reply.code(201).send(await createBundle(catalogCtx(app, request), request.body)),
  );

  app.get<{ Params: { code: string } }>(
    '/api/v1/admin/bundles/:code',
    {
      onRequest: staffOnly,
      schema: {
        tags,
        security,
        summary: '一件事及其版本 · One bundle and its versions',
        params: CodeParams,
        response: { 200: AdminBundleSummary, ...problemResponses(400, 401, 403, 404) },
      },
    },
    async (request) => getAdminBundle(catalogCtx(app, request), request.params.code),
  );

  app.post<{ Params: { code: string } }>(
    '/api/v1/admin/bundles/:code/versions',
    {
      config: { permission: 'catalog.edit' },
      schema: {
        tags,
        security,
        summary: '新开版本 · Open a new version',
        description:
          '以现行版本为底稿新开草稿；已有在编版本时 409 BUNDLE_VERSION_IN_PROGRESS。A new draft from the published version; 409 BUNDLE_VERSION_IN_PROGRESS while one is in progress.',
        params: CodeParams,
        response: { 201: BundleVersionDetail, ...problemResponses(400, 401, 403, 404, 409) },
      },
    },
    async (request, reply) =>
      reply.code(201).send(await openBundleVersion(catalogCtx(app, request), request.params.code)),
  );

  app.get<{ Params: { id: string } }>(
    '/api/v1/admin/bundle-versions/:id',
    {
      onRequest: staffOnly,
      schema: {
        tags,
        security,
        summary: '一件事版本详情 · One bundle version',
        description:
          '内容、可执行操作、审核记录，以及现在运行的发布校验结果（成员事项是否生效、办理顺序有无循环、表单合并冲突）。Content, allowed actions, the review log, and the publication rules run now (members in force, no order cycle, no form conflicts).',
        params: IdParams,
        response: { 200: BundleVersionDetail, ...problemResponses(400, 401, 403, 404) },
      },
    },
    async (request) => getBundleVersion(catalogCtx(app, request), request.params.id),
  );

  app.put<{ Params: { id: string }; Body: SaveBundleVersionBody }>(
    '/api/v1/admin/bundle-versions/:id',
    {
      config: { permission: 'catalog.edit' },
      schema: {
        tags,
        security,
        summary: '保存一件事版本 · Save a bundle version',
        description:
          '仅草稿和退回的版本可修改（否则 409 CATALOG_VERSION_NOT_EDITABLE）。Only draft and returned versions change (else 409 CATALOG_VERSION_NOT_EDITABLE).',
        params: IdParams,
        body: SaveBundleVersionBody,
        response: { 200: BundleVersionDetail, ...problemResponses(400, 401, 403, 404, 409) },
      },
    },
    async (request) => saveBundleVersion(catalogCtx(app, request), request.params.id, request.body.content),
  );

  app.post<{ Params: { id: string }; Body: BundleVersionActionBody }>(
    '/api/v1/admin/bundle-versions/:id/actions',
    {
      onRequest: staffOnly,
      schema: {
        tags,
        security,
        summary: '一件事审核流程 · Bundle workflow',
        description: `与实施清单相同的流程：${transitions}。发布时运行发布校验，有任何问题即 422 BUNDLE_RULES_FAILED 并列出全部问题（含同一数据元校验不一致的表单冲突）。The same workflow as implementations. Publishing runs the rules; any failure is 422 BUNDLE_RULES_FAILED listing them all (form conflicts included).`,
        params: IdParams,
        body: BundleVersionActionBody,
        response: { 200: BundleVersionDetail, ...problemResponses(400, 401, 403, 404, 409, 422) },
      },
    },
    async (request) => actOnBundleVersion(catalogCtx(app, request), request.params.id, request.body),
  );
}
