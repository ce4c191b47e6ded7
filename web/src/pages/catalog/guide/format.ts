// Formatting of the guide's time limits and code labels in the visitor's language.
import { codeLabel, LIMIT_UNITS } from '../../../i18n/catalog-codes.ts';
import type { Translate } from '../../../i18n/index.ts';
import type { Language } from '../../../i18n/languages.ts';
import type { TimeLimit } from '../queries.ts';

export function formatLimit(limit: TimeLimit, t: Translate, lang: Language): string {
  if (limit.kind === 'on-the-spot') return t('limits.onTheSpot');
  return t('limits.period', { value: limit.value, unit: codeLabel(LIMIT_UNITS, limit.unit, lang) });
}

/** Text written in Chinese by the agencies keeps lang="zh-CN" when the page is in English. */
export const zhWhenForeign = (lang: Language) => (lang === 'zh-CN' ? undefined : 'zh-CN');
