// The fields each rectification action needs, checked before anything is written (the web form
// asks the same): an appeal names its reason and explains it, a decision its outcome and
// reasons, a rectification its measures and whether it fixed or explained, feedback its message,
// a return visit the rater's satisfaction. Missing ones are 400 VALIDATION_FAILED, field by field.
import { AppError, type FieldError } from '../../platform/errors/app-error.ts';
import type { RectificationAction } from './rectification-workflow.ts';
import type { RectificationActionBody } from './rectifications.schemas.ts';
import type { RectificationRow } from './schema.ts';

export type ActionInput = Omit<RectificationActionBody, 'action' | 'seq'>;

const need = (errors: FieldError[], ok: boolean, field: string, zh: string) => {
  if (!ok)
    errors.push({ path: `/body/${field}`, message: `${field} is required for this action`, messageZh: zh });
};

/** The fields each action needs; the action's record (projection fields and the logged detail). */
export function actionFields(action: RectificationAction, b: ActionInput) {
  const errors: FieldError[] = [];
  const text = (s: string | undefined) => (s?.trim() ? s.trim() : undefined);
  let set: Partial<RectificationRow> = {};
  let detail: Record<string, unknown> = {};
  switch (action) {
    case 'appeal':
      need(errors, !!b.reason, 'reason', '请选择申诉理由（误评或恶意差评）');
      need(errors, !!text(b.explanation), 'explanation', '请填写申诉说明');
      detail = { reason: b.reason, explanation: text(b.explanation) };
      break;
    case 'decide-appeal':
      need(errors, !!b.outcome, 'outcome', '请选择申诉是否成立');
      need(errors, !!text(b.comment), 'comment', '请填写审核意见');
      detail = { outcome: b.outcome };
      break;
    case 'rectify':
      need(errors, !!text(b.measures), 'measures', '请填写整改措施或无法整改的依据');
      need(errors, !!b.kind, 'kind', '请选择已整改或解释说明');
      set = { measures: text(b.measures) ?? null };
      detail = { kind: b.kind };
      break;
    case 'feedback':
      need(errors, !!text(b.message), 'message', '请填写给评价人的反馈');
      set = { feedback: text(b.message) ?? null };
      break;
    case 'revisit':
      need(errors, typeof b.satisfied === 'boolean', 'satisfied', '请选择评价人是否满意');
      set = { revisitSatisfied: b.satisfied ?? null };
      detail = { satisfied: b.satisfied };
      break;
    default:
  }
  if (errors.length) throw new AppError('VALIDATION_FAILED', { errors });
  return { set, detail, comment: text(b.comment) ?? null };
}
