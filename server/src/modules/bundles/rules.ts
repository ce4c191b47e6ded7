// The publication rules of a bundle version, reported all at once (like catalog/rules.ts): every
// member's implementation has a version in force in the bundle's region scope; member ids are
// unique; `after` names existing members and has no cycle; `when` names the bundle's questions
// and options; each member's fixed answers cover its implementation's questions (and name real
// options); the lead agency exists; the venues exist; the merged form has no conflicts.
import type { AppliesWhen, SituationQuestion } from '../catalog/content.ts';
import type { RuleFailure } from '../catalog/rule-failure.ts';
import { narrowGuide } from '../catalog/situations.ts';
import type { BundleContent, BundleMember } from './content.ts';
import { mergeForm } from './merge-form.ts';
import { orderCycle } from './members.ts';
import type { MemberVersion } from './plan.ts';

export interface BundleRuleFacts {
  /** Members whose implementation has a version in force, by member id. */
  versions: ReadonlyMap<string, MemberVersion>;
  agencyExists: (id: string) => boolean;
  venueExists: (id: string) => boolean;
}

export const BUNDLE_RULES: readonly { id: string; zh: string; en: string }[] = [
  {
    id: 'bundle-member-in-force',
    zh: '每个成员事项在本区域有现行有效的实施版本',
    en: 'Every member implementation has a version in force in the region',
  },
  { id: 'bundle-member-unique', zh: '成员事项编号不重复', en: 'Member ids are unique' },
  {
    id: 'bundle-order',
    zh: '前序事项为已有的其他成员事项，且不构成循环',
    en: 'Predecessors are other existing members, without a cycle',
  },
  {
    id: 'bundle-when',
    zh: '适用情形只引用一件事已有（且在前的）问题和选项',
    en: 'Situations name existing (earlier) questions and options of the bundle',
  },
  {
    id: 'bundle-member-answers',
    zh: '成员事项的情形均已确定，且为该事项已有的问题和选项',
    en: 'Each member’s situation is fully fixed with its own questions and options',
  },
  { id: 'bundle-lead-agency', zh: '牵头部门存在', en: 'The lead agency exists' },
  { id: 'bundle-venue', zh: '一件事窗口所在场所存在且不重复', en: 'Venues exist, without duplicates' },
  {
    id: 'bundle-form-conflict',
    zh: '合并申请表中同一数据项的校验规则一致',
    en: 'The same data element validates alike in every member’s form',
  },
];

type Fail = (rule: string, path: string, zh: string, en: string) => void;

const memberPath = (m: BundleMember) => `members[id=${m.id}]`;

function checkMembers(content: BundleContent, facts: BundleRuleFacts, fail: Fail) {
  const seen = new Set<string>();
  for (const m of content.members) {
    if (seen.has(m.id)) {
      fail(
        'bundle-member-unique',
        `${memberPath(m)}.id`,
        `成员事项编号 ${m.id} 重复`,
        `duplicate member id ${m.id}`,
      );
    }
    seen.add(m.id);
    if (!facts.versions.has(m.id)) {
      fail(
        'bundle-member-in-force',
        `${memberPath(m)}.implementationCode`,
        `实施清单 ${m.implementationCode} 在本区域没有现行有效的版本`,
        `implementation ${m.implementationCode} has no version in force in the region`,
      );
    }
  }
}

function checkOrder(content: BundleContent, fail: Fail) {
  const ids = new Set(content.members.map((m) => m.id));
  for (const m of content.members) {
    for (const p of m.after) {
      if (p === m.id) {
        fail('bundle-order', `${memberPath(m)}.after`, '前序事项不能是自身', 'a member cannot follow itself');
      } else if (!ids.has(p)) {
        fail(
          'bundle-order',
          `${memberPath(m)}.after`,
          `前序事项 ${p} 不存在`,
          `predecessor ${p} does not exist`,
        );
      }
    }
  }
  // Self-references are reported above; the cycle check looks for longer loops only.
  const cycle = orderCycle(content.members.map((m) => ({ ...m, after: m.after.filter((p) => p !== m.id) })));
  if (cycle) {
    fail(
      'bundle-order',
      `members[id=${cycle[0]}].after`,
      `前序事项构成循环：${cycle.join(' → ')}`,
      `predecessors form a cycle: ${cycle.join(' → ')}`,
    );
  }
}

/** A `when` names questions among `questions` and their options. */
function checkWhen(
  when: AppliesWhen | undefined,
  questions: readonly SituationQuestion[],
  path: string,
  fail: Fail,
) {
  for (const [questionId, options] of Object.entries(when ?? {})) {
    const question = questions.find((q) => q.id === questionId);
    if (!question) {
      fail(
        'bundle-when',
        `${path}.when.${questionId}`,
        `引用了不存在的问题 ${questionId}`,
        `unknown question ${questionId}`,
      );
      continue;
    }
    for (const option of options.filter((o) => !question.options.some((x) => x.id === o))) {
      fail(
        'bundle-when',
        `${path}.when.${questionId}`,
        `问题 ${questionId} 没有选项 ${option}`,
        `question ${questionId} has no option ${option}`,
      );
    }
  }
}

function checkSituations(content: BundleContent, fail: Fail) {
  const seen = new Set<string>();
  content.questions.forEach((q, i) => {
    if (seen.has(q.id)) {
      fail('bundle-when', `questions[id=${q.id}]`, `问题编号 ${q.id} 重复`, `duplicate question id ${q.id}`);
    }
    seen.add(q.id);
    // A question's own `when` may only look back, as the wizard asks in order.
    checkWhen(q.when, content.questions.slice(0, i), `questions[id=${q.id}]`, fail);
  });
  for (const m of content.members) checkWhen(m.when, content.questions, memberPath(m), fail);
}

function checkMemberAnswers(m: BundleMember, mv: MemberVersion, fail: Fail) {
  const path = `${memberPath(m)}.answers`;
  const questions = mv.content.questions;
  for (const [questionId, optionId] of Object.entries(m.answers)) {
    const question = questions.find((q) => q.id === questionId);
    if (!question) {
      fail(
        'bundle-member-answers',
        `${path}.${questionId}`,
        `事项 ${m.implementationCode} 没有问题 ${questionId}`,
        `implementation ${m.implementationCode} has no question ${questionId}`,
      );
    } else if (!question.options.some((o) => o.id === optionId)) {
      fail(
        'bundle-member-answers',
        `${path}.${questionId}`,
        `问题 ${questionId} 没有选项 ${optionId}`,
        `question ${questionId} has no option ${optionId}`,
      );
    }
  }
  // Every question that applies given the fixed answers must be answered, or the sub-case
  // would not know which materials and limits apply.
  const guide = narrowGuide(mv.content, m.answers);
  for (const q of guide.questions.filter((q) => !Object.hasOwn(guide.answered, q.id))) {
    fail(
      'bundle-member-answers',
      `${path}.${q.id}`,
      `须确定事项 ${m.implementationCode} 的情形：${q.text}`,
      `the situation of ${m.implementationCode} must be fixed: question ${q.id}`,
    );
  }
}

function checkPlaces(content: BundleContent, facts: BundleRuleFacts, fail: Fail) {
  if (!facts.agencyExists(content.leadAgencyId)) {
    fail(
      'bundle-lead-agency',
      'leadAgencyId',
      `牵头部门 ${content.leadAgencyId} 不存在`,
      `lead agency ${content.leadAgencyId} does not exist`,
    );
  }
  const seen = new Set<string>();
  for (const id of content.venueIds) {
    const path = `venueIds[${id}]`;
    if (seen.has(id)) fail('bundle-venue', path, `场所 ${id} 重复`, `duplicate venue ${id}`);
    else if (!facts.venueExists(id))
      fail('bundle-venue', path, `场所 ${id} 不存在`, `venue ${id} does not exist`);
    seen.add(id);
  }
}

export function checkBundle(content: BundleContent, facts: BundleRuleFacts): RuleFailure[] {
  const failures: RuleFailure[] = [];
  const fail: Fail = (rule, path, zh, en) => failures.push({ rule, path, zh, en });
  checkMembers(content, facts, fail);
  checkOrder(content, fail);
  checkSituations(content, fail);
  const withVersion = content.members.flatMap((m) => {
    const mv = facts.versions.get(m.id);
    return mv ? [{ ...mv, member: m }] : [];
  });
  for (const mv of withVersion) checkMemberAnswers(mv.member, mv, fail);
  checkPlaces(content, facts, fail);
  // Over every member, not one set of answers: any two members may meet in one application.
  for (const c of mergeForm(withVersion).conflicts) {
    fail('bundle-form-conflict', `form.${c.key}`, c.zh, c.en);
  }
  return failures;
}
