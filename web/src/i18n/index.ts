// A tiny typed i18n: two dictionaries, a `t(key, vars)` lookup and the antd locale per language.
import { useCallback } from 'react';
import { usePreferences } from '../preferences/PreferencesContext.tsx';
import { enUS } from './en-US.ts';
import type { Language } from './languages.ts';
import { zhCN, type MessageKey, type Messages } from './zh-CN.ts';

export type { MessageKey } from './zh-CN.ts';
export { isLanguage, languages, type Language } from './languages.ts';

const dictionaries: Record<Language, Messages> = { 'zh-CN': zhCN, 'en-US': enUS };

export function translate(lang: Language, key: MessageKey, vars?: Record<string, string | number>): string {
  const text = dictionaries[lang][key];
  if (!vars) return text;
  return text.replace(/\{(\w+)\}/g, (match, name: string) => (name in vars ? String(vars[name]) : match));
}

export type Translate = (key: MessageKey, vars?: Record<string, string | number>) => string;

/** Returns the current language and a translate function bound to it. */
export function useI18n(): { lang: Language; t: Translate } {
  const { lang } = usePreferences();
  const t = useCallback<Translate>((key, vars) => translate(lang, key, vars), [lang]);
  return { lang, t };
}
