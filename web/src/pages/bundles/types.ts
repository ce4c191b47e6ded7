// Shapes of the bundle (一件事) API as the pages use them, derived from the generated OpenAPI types
// (server/src/modules/bundles/bundles.schemas.ts): a changed server shape becomes a type error here.
import type { paths } from '../../api/schema.gen.ts';
import type { GetOk } from '../../api/types.ts';

type PostBody<P extends keyof paths> = paths[P] extends {
  post: { requestBody?: { content: { 'application/json': infer B } } };
}
  ? B
  : never;

export type BundleSummary = GetOk<'/api/v1/bundles'>['items'][number];
export type BundleGuide = GetOk<'/api/v1/bundles/{code}'>;
export type BundlePlan = BundleGuide['plan'];
export type PlanMember = BundlePlan['members'][number];
export type MergedMaterial = BundlePlan['materials'][number];
export type Savings = BundleSummary['savings'];
export type Tally = Savings['saved'];
export type BundleQuestion = BundleGuide['content']['questions'][number];
export type BundleCaseSummary = GetOk<'/api/v1/bundle-cases/mine'>['items'][number];
export type BundleCaseDetail = GetOk<'/api/v1/bundle-cases/{id}'>;
export type BundleMemberStatus = BundleCaseDetail['members'][number];
export type MemberOutcome = BundleMemberStatus['outcome'];
export type BundleCaseStatus = BundleCaseDetail['status'];
export type CreateBundleCaseBody = PostBody<'/api/v1/bundle-cases'>;
export type BundleDelivery = CreateBundleCaseBody['delivery'];
export type BundleDeliveryMethod = CreateBundleCaseBody['deliveryMethod'];
export type AdminBundleSummary = GetOk<'/api/v1/admin/bundles'>['items'][number];
export type BundleVersionDetail = GetOk<'/api/v1/admin/bundle-versions/{id}'>;
export type BundleVersionAction = PostBody<'/api/v1/admin/bundle-versions/{id}/actions'>['action'];
export type Answers = Record<string, string>;
export type BundleContent = BundleVersionDetail['content'];
export type BundleMemberDef = BundleContent['members'][number];
export type BundleQuestionDef = BundleContent['questions'][number];
