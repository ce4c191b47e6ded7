// The definition of a life-event bundle (一件事) as one document, versioned, reviewed and
// published like an implementation's content (catalog/content.ts, decision 0005): once
// published it never changes, so a bundle case reads exactly what was approved. Members name
// implementations by code; the guide, form and material set are merged from the members'
// versions in force (merge.ts), and the publication rules (rules.ts) check that they merge.
import { Type, type Static, type TSchema } from 'typebox';
import { AppliesWhen, Code, LocalId, SituationQuestion } from '../catalog/content.ts';
import { BUNDLE_TARGETS, LIFE_EVENTS } from './codes.ts';

const Strict = <T extends Record<string, TSchema>>(properties: T, description?: string) =>
  Type.Object(properties, { additionalProperties: false, ...(description && { description }) });
const Text = (maxLength: number, description?: string) =>
  Type.String({ maxLength, ...(description && { description }) });

export const BundleMember = Strict(
  {
    id: LocalId,
    implementationCode: Type.String({
      minLength: 1,
      maxLength: 40,
      description: '实施编码 · Implementation code',
    }),
    /** Absent: always applies; else only for these answers to the bundle's questions. */
    when: Type.Optional(AppliesWhen),
    /** Members that must conclude (approved) before this one starts (e.g. 设立登记 before 税务). */
    after: Type.Array(LocalId, { maxItems: 10, description: '前序事项 · Must follow these members' }),
    /**
     * The member implementation's own situation answers, fixed by the bundle (the bundle's
     * wizard asks only the bundle's questions): {questionId: optionId}.
     */
    answers: Type.Record(Type.String({ maxLength: 40 }), Type.String({ maxLength: 40 }), {
      description: '该事项的情形（由一件事确定） · The member’s situation, fixed by the bundle',
    }),
    note: Type.Optional(Text(300, '说明 · Note shown in the guide')),
  },
  '成员事项 · Member',
);
export type BundleMember = Static<typeof BundleMember>;

export const BundleContent = Strict({
  name: Type.String({ minLength: 1, maxLength: 100, description: '名称，如 新生儿出生一件事 · Name' }),
  target: Code(BUNDLE_TARGETS, '服务对象 · Target'),
  lifeEvent: Code(LIFE_EVENTS, '生命周期事件 · Life event'),
  summary: Text(1000, '简介 · Summary'),
  /** The 牵头部门: answers for the whole bundle and staffs its window. */
  leadAgencyId: Type.String({ minLength: 1, maxLength: 64, description: '牵头部门 · Lead agency' }),
  promisedLimit: Strict({
    value: Type.Integer({ minimum: 1, maximum: 365 }),
    unit: Type.Literal('working-days'),
  }),
  questions: Type.Array(SituationQuestion, { maxItems: 10, description: '引导问题 · Questions' }),
  members: Type.Array(BundleMember, { minItems: 1, maxItems: 20 }),
  /** Visits the bundle needs in all (0: fully online; 1: one trip to the 一件事 window). */
  visits: Type.Integer({ minimum: 0, maximum: 9, description: '到现场次数 · Visits' }),
  /** Venues with a 一件事 (comprehensive) window for it. */
  venueIds: Type.Array(Type.String({ maxLength: 64 }), { maxItems: 50 }),
  consultationPhone: Text(50),
  keywords: Type.Array(Text(30), { maxItems: 30 }),
});
export type BundleContent = Static<typeof BundleContent>;
