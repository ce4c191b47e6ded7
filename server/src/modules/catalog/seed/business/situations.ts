// Situation questions several enterprise licences share.
import type { SituationQuestion } from '../../content.ts';
import { limit } from './common.ts';

/** 新办 / 变更 / 延续 / 注销, with 注销 promised in one working day. */
export const kindQuestion = (renewLabel: string): SituationQuestion => ({
  id: 'kind',
  text: '您要办理的业务类型',
  options: [
    { id: 'new', label: '新办' },
    { id: 'change', label: '变更' },
    { id: 'renew', label: renewLabel },
    { id: 'cancel', label: '注销', promisedLimit: limit(1) },
  ],
});
export const NEW = { kind: ['new'] };
export const NEW_CHANGE = { kind: ['new', 'change'] };
export const HELD = { kind: ['change', 'renew', 'cancel'] };
