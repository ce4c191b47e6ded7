// Figures as the dashboard shows them: rates as percentages with one decimal, averages with one.
import type { Language } from '../../i18n/index.ts';

export const NONE = '—';

export function percent(v: number | null, lang: Language): string {
  if (v === null) return NONE;
  return new Intl.NumberFormat(lang, { style: 'percent', maximumFractionDigits: 1 }).format(v);
}

export function decimal(v: number | null, lang: Language): string {
  if (v === null) return NONE;
  return new Intl.NumberFormat(lang, { maximumFractionDigits: 1 }).format(v);
}

export function count(v: number, lang: Language): string {
  return new Intl.NumberFormat(lang).format(v);
}
