// Situations (情形): guided questions whose answers decide which conditions, materials and
// limits apply. The guide, the window workbench and case filing all narrow through this one
// function, so an applicant sees exactly the list the clerk will check.
import type {
  AppliesWhen,
  ImplementationContent,
  Material,
  SituationQuestion,
  TimeLimit,
} from './content.ts';

/** Absent or empty: always. Otherwise every listed question's answer is one of its options. */
export function matchesWhen(
  when: AppliesWhen | undefined,
  answers: Readonly<Record<string, string>>,
): boolean {
  if (!when) return true;
  for (const [questionId, options] of Object.entries(when)) {
    const answer = Object.hasOwn(answers, questionId) ? answers[questionId] : undefined;
    if (answer === undefined || !options.includes(answer)) return false;
  }
  return true;
}

export interface NarrowedGuide {
  /** The questions to show, in order (those whose own `when` matches the answers so far). */
  questions: SituationQuestion[];
  /** The effective answers: to shown questions, naming one of their options. */
  answered: Record<string, string>;
  /** Every shown question is answered. */
  complete: boolean;
  conditions: ImplementationContent['conditions'];
  materials: (Material & { required: boolean })[];
  statutoryLimit: TimeLimit;
  promisedLimit: TimeLimit;
}

/**
 * Narrows the content by the answers. Questions are walked in order so that a question's `when`
 * sees only answers to earlier, shown questions; answers to hidden questions and answers naming
 * unknown options are ignored (a stale link or a changed version must not select anything).
 */
export function narrowGuide(
  content: ImplementationContent,
  answers: Readonly<Record<string, string>>,
): NarrowedGuide {
  const questions: SituationQuestion[] = [];
  const answered: Record<string, string> = {};
  let statutoryLimit = content.statutoryLimit;
  let promisedLimit = content.promisedLimit;
  for (const question of content.questions) {
    if (!matchesWhen(question.when, answered)) continue;
    questions.push(question);
    const answer = Object.hasOwn(answers, question.id) ? answers[question.id] : undefined;
    const option = question.options.find((o) => o.id === answer);
    if (!option) continue;
    answered[question.id] = option.id;
    // A later question's override wins: it is the more specific situation.
    if (option.statutoryLimit) statutoryLimit = option.statutoryLimit;
    if (option.promisedLimit) promisedLimit = option.promisedLimit;
  }
  return {
    questions,
    answered,
    complete: questions.every((q) => Object.hasOwn(answered, q.id)),
    conditions: content.conditions.filter((c) => matchesWhen(c.when, answered)),
    materials: content.materials
      .filter((m) => matchesWhen(m.when, answered))
      .map((m) => ({ ...m, required: m.requirement !== 'optional' })),
    statutoryLimit,
    promisedLimit,
  };
}
