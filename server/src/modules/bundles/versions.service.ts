// Bundle definitions, administered like implementations (catalog/versions.service.ts): create a
// bundle with its first draft, open a new version, read, edit a draft. The workflow (submit,
// return, approve, publish, retire) is catalog/version-workflow.ts's table; publication runs the
// bundle rules (rules.ts) and refuses with every failure listed. Scope: the lead agency and the
// bundle's region, under the catalog permissions (catalog.edit / review / publish).
import type { CatalogCtx } from '../catalog/catalog-access.ts';
import type {
  AdminBundleSummary,
  BundleVersionActionBody,
  BundleVersionDetail,
  CreateBundleBody,
} from './bundles.schemas.ts';
import type { BundleContent } from './content.ts';

export async function listAdminBundles(_ctx: CatalogCtx): Promise<AdminBundleSummary[]> {
  throw new Error('not implemented');
}

export async function getAdminBundle(_ctx: CatalogCtx, _code: string): Promise<AdminBundleSummary> {
  throw new Error('not implemented');
}

export async function createBundle(_ctx: CatalogCtx, _body: CreateBundleBody): Promise<BundleVersionDetail> {
  throw new Error('not implemented');
}

export async function openBundleVersion(_ctx: CatalogCtx, _code: string): Promise<BundleVersionDetail> {
  throw new Error('not implemented');
}

export async function getBundleVersion(_ctx: CatalogCtx, _id: string): Promise<BundleVersionDetail> {
  throw new Error('not implemented');
}

export async function saveBundleVersion(
  _ctx: CatalogCtx,
  _id: string,
  _content: BundleContent,
): Promise<BundleVersionDetail> {
  throw new Error('not implemented');
}

export async function actOnBundleVersion(
  _ctx: CatalogCtx,
  _id: string,
  _body: BundleVersionActionBody,
): Promise<BundleVersionDetail> {
  throw new Error('not implemented');
}
