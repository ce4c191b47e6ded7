// Which members of a bundle apply (their `when` against the bundle's answers) and in what order
// they may start (`after`): pure rules, shared by the guide, the publication rules and fan-out.
import type { SituationQuestion } from '../catalog/content.ts';
import { matchesWhen } from '../catalog/situations.ts';
import type { BundleContent, BundleMember } from './content.ts';
import type { MemberOutcome } from './codes.ts';

/**
 * The effective answers to the bundle's questions, as catalog/situations.ts narrows an
 * implementation's: questions in order, each seeing only earlier effective answers; answers to
 * hidden questions or naming unknown options are dropped, so a stale link selects nothing.
 */
export function effectiveAnswers(
  questions: readonly SituationQuestion[],
  answers: Readonly<Record<string, string>>,
): Record<string, string> {
  const answered: Record<string, string> = {};
  for (const question of questions) {
    if (!matchesWhen(question.when, answered)) continue;
    const answer = Object.hasOwn(answers, question.id) ? answers[question.id] : undefined;
    if (question.options.some((o) => o.id === answer)) answered[question.id] = answer!;
  }
  return answered;
}

/**
 * The typical application the guide and the statistics quote savings for: each visible question
 * answered with its first option (seed bundles list the usual answer first). Counting every
 * member instead would add members that exclude each other (e.g. one per household type).
 */
export function typicalAnswers(questions: readonly SituationQuestion[]): Record<string, string> {
  const answered: Record<string, string> = {};
  for (const question of questions) {
    const first = question.options[0];
    if (first && matchesWhen(question.when, answered)) answered[question.id] = first.id;
  }
  return answered;
}

/** The members that apply for the answers (null: every member, as the guide lists them). */
export function applicableMembers(
  content: BundleContent,
  answers: Record<string, string> | null,
): BundleMember[] {
  if (answers === null) return [...content.members];
  const answered = effectiveAnswers(content.questions, answers);
  return content.members.filter((m) => matchesWhen(m.when, answered));
}

/** Each member's predecessors among the given members (others are not applicable: ignored). */
function predecessorsIn(members: readonly BundleMember[]): Map<string, string[]> {
  const ids = new Set(members.map((m) => m.id));
  return new Map(members.map((m) => [m.id, m.after.filter((p) => ids.has(p))]));
}

/**
 * The members in a start order that respects `after` (a member after all its predecessors; ties
 * keep definition order). Predecessors that are not applicable are ignored. Throws on a cycle.
 */
export function startOrder(members: readonly BundleMember[]): BundleMember[] {
  const preds = predecessorsIn(members);
  const placed = new Set<string>();
  const order: BundleMember[] = [];
  while (order.length < members.length) {
    // The first unplaced member, in definition order, whose predecessors are all placed.
    const next = members.find((m) => !placed.has(m.id) && preds.get(m.id)!.every((p) => placed.has(p)));
    if (!next) {
      const cycle = orderCycle(members);
      throw new Error(`bundle members form a cycle: ${(cycle ?? []).join(' → ')}`);
    }
    placed.add(next.id);
    order.push(next);
  }
  return order;
}

/** A cycle among `after` references (member ids in order), or null. */
export function orderCycle(members: readonly BundleMember[]): string[] | null {
  const preds = predecessorsIn(members);
  const done = new Set<string>();
  const visit = (id: string, path: string[]): string[] | null => {
    const at = path.indexOf(id);
    if (at >= 0) return path.slice(at);
    if (done.has(id)) return null;
    for (const p of preds.get(id) ?? []) {
      const cycle = visit(p, [...path, id]);
      if (cycle) return cycle;
    }
    done.add(id);
    return null;
  };
  for (const m of members) {
    const cycle = visit(m.id, []);
    if (cycle) return cycle;
  }
  return null;
}

/**
 * What to do with waiting members given the outcomes so far: `start` those whose applicable
 * predecessors all succeeded; `block` those with a failed or blocked predecessor.
 */
export function nextSteps(
  members: readonly BundleMember[],
  outcomes: ReadonlyMap<string, MemberOutcome>,
): { start: string[]; block: string[] } {
  const preds = predecessorsIn(members);
  const start: string[] = [];
  const block: string[] = [];
  for (const m of members) {
    if (outcomes.get(m.id) !== 'waiting') continue;
    const before = preds.get(m.id)!.map((p) => outcomes.get(p));
    if (before.some((o) => o === 'failed' || o === 'blocked')) block.push(m.id);
    else if (before.every((o) => o === 'succeeded')) start.push(m.id);
  }
  return { start, block };
}
