// Code tables of life-event bundles (一件事). The life events are those the 2022 plan lists
// (DOMAIN.md §4); member and bundle states are what the tracking page shows.
import { table, type CodeOf } from '../catalog/codes.ts';

/** 服务对象 of a bundle. */
export const BUNDLE_TARGETS = table([
  { code: 'person', zh: '个人', en: 'Persons' },
  { code: 'enterprise', zh: '企业', en: 'Enterprises' },
]);
export type BundleTarget = CodeOf<typeof BUNDLE_TARGETS>;

/** 生命周期事件 (人生 / 企业全生命周期). */
export const LIFE_EVENTS = table([
  { code: 'birth', zh: '出生', en: 'Birth' },
  { code: 'school-enrolment', zh: '入学', en: 'School enrolment' },
  { code: 'employment', zh: '就业', en: 'Employment' },
  { code: 'marriage', zh: '婚育', en: 'Marriage and childbirth' },
  { code: 'housing', zh: '住房', en: 'Housing' },
  { code: 'retirement', zh: '退休', en: 'Retirement' },
  { code: 'death', zh: '身后', en: 'After a death' },
  { code: 'establishment', zh: '企业开办', en: 'Starting a business' },
  { code: 'operation', zh: '经营', en: 'Operating a business' },
  { code: 'recruitment', zh: '员工招聘', en: 'Recruitment' },
  { code: 'deregistration', zh: '企业注销', en: 'Closing a business' },
]);
export type LifeEvent = CodeOf<typeof LIFE_EVENTS>;

/** A bundle case's status, aggregated from its members (aggregate.ts). */
export const BUNDLE_CASE_STATUSES = table([
  { code: 'in-progress', zh: '办理中', en: 'In progress' },
  { code: 'partly-refused', zh: '部分未获办理', en: 'Partly refused' },
  { code: 'concluded', zh: '已全部办结', en: 'All concluded' },
  { code: 'refused', zh: '未获办理', en: 'Refused' },
]);
export type BundleCaseStatus = CodeOf<typeof BUNDLE_CASE_STATUSES>;

/** Where one member of a bundle case stands (derived from its sub-case; aggregate.ts). */
export const MEMBER_OUTCOMES = table([
  { code: 'waiting', zh: '等待前序事项办结', en: 'Waiting for earlier items' },
  { code: 'blocked', zh: '前序事项未获办理，无法启动', en: 'Cannot start: an earlier item failed' },
  { code: 'in-progress', zh: '办理中', en: 'In progress' },
  { code: 'succeeded', zh: '已办结', en: 'Concluded' },
  { code: 'failed', zh: '未获办理', en: 'Not granted' },
]);
export type MemberOutcome = CodeOf<typeof MEMBER_OUTCOMES>;

/** 结果送达: all results together when the last is ready, or each as it is ready. */
export const BUNDLE_DELIVERIES = table([
  { code: 'together', zh: '全部办结后一次领取', en: 'All results together' },
  { code: 'each', zh: '逐项办结逐项领取', en: 'Each result as it is ready' },
]);
export type BundleDelivery = CodeOf<typeof BUNDLE_DELIVERIES>;

export const BUNDLE_DELIVERY_METHODS = table([
  { code: 'window', zh: '窗口领取', en: 'Pick up at a window' },
  { code: 'electronic', zh: '电子送达', en: 'Electronically' },
]);
export type BundleDeliveryMethod = CodeOf<typeof BUNDLE_DELIVERY_METHODS>;
