// Code-table labels of complaints through the i18n keys (cmp.cat.*, cmp.st.*, …).
import type { MessageKey, Translate } from '../../i18n/index.ts';

export const CATEGORIES = [
  'cannot-handle',
  'delay',
  'repeated-visits',
  'attitude',
  'guide',
  'system',
  'policy',
  'other',
] as const;
export const URGENCIES = ['normal', 'utilities', 'life-property'] as const;
export const STATUSES = [
  'received',
  'dispatched',
  'returned',
  'signed',
  'replied',
  'closed',
  'merged',
] as const;
export const CHANNELS = ['online', 'window', 'hotline'] as const;

const label = (prefix: string) => (t: Translate, code: string) => t(`${prefix}${code}` as MessageKey);
export const categoryLabel = label('cmp.cat.');
export const statusLabel = label('cmp.st.');
export const urgencyLabel = label('cmp.urg.');
export const channelLabel = label('cmp.ch.');
export const actionLabel = label('cmp.act.');
