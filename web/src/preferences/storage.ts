// Reads and writes the visitor's display preferences (language, elder mode) and mirrors them on <html>.
import { isLanguage, type Language } from '../i18n/languages.ts';

export interface Preferences {
  lang: Language;
  elder: boolean;
}

const LANG_KEY = 'tongban.lang';
const ELDER_KEY = 'tongban.elder';
export const defaultPreferences: Preferences = { lang: 'zh-CN', elder: false };

function read(key: string): string | null {
  try {
    return window.localStorage.getItem(key);
  } catch {
    return null; // storage disabled (private mode, policy): fall back to defaults
  }
}

function write(key: string, value: string): void {
  try {
    window.localStorage.setItem(key, value);
  } catch {
    // storage disabled: the choice lasts for this page only
  }
}

export function loadPreferences(): Preferences {
  const lang = read(LANG_KEY);
  return {
    lang: isLanguage(lang) ? lang : defaultPreferences.lang,
    elder: read(ELDER_KEY) === 'true',
  };
}

export function savePreferences(prefs: Preferences): void {
  write(LANG_KEY, prefs.lang);
  write(ELDER_KEY, String(prefs.elder));
}

/** Sets `<html lang>` and `data-elder` so CSS and assistive technology follow the preferences. */
export function applyToDocument(prefs: Preferences): void {
  const html = document.documentElement;
  html.lang = prefs.lang;
  if (prefs.elder) html.dataset.elder = 'true';
  else delete html.dataset.elder;
}
