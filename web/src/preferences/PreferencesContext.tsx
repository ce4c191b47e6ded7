// React context holding the display preferences; changes are saved and applied to <html> at once.
import { createContext, useContext, useMemo, useState, type ReactNode } from 'react';
import type { Language } from '../i18n/languages.ts';
import { applyToDocument, loadPreferences, savePreferences, type Preferences } from './storage.ts';

interface PreferencesValue extends Preferences {
  setLang: (lang: Language) => void;
  setElder: (elder: boolean) => void;
}

const PreferencesContext = createContext<PreferencesValue | null>(null);

export function PreferencesProvider({ children }: { children: ReactNode }) {
  const [prefs, setPrefs] = useState<Preferences>(loadPreferences);

  const value = useMemo<PreferencesValue>(() => {
    const update = (next: Preferences) => {
      savePreferences(next);
      applyToDocument(next);
      setPrefs(next);
    };
    return {
      ...prefs,
      setLang: (lang) => update({ ...prefs, lang }),
      setElder: (elder) => update({ ...prefs, elder }),
    };
  }, [prefs]);

  return <PreferencesContext value={value}>{children}</PreferencesContext>;
}

export function usePreferences(): PreferencesValue {
  const value = useContext(PreferencesContext);
  if (!value) throw new Error('usePreferences must be used inside <PreferencesProvider>');
  return value;
}
