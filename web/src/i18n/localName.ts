// Picks the name of a directory entry (region, agency, venue) in the visitor's language.
import type { Language } from './languages.ts';

export function localName(entry: { name: string; nameEn: string }, lang: Language): string {
  return lang === 'zh-CN' || !entry.nameEn ? entry.name : entry.nameEn;
}
