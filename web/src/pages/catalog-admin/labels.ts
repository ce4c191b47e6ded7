// Labels of codes, states and actions in the current language (missing ones fall back to the code).
import { useCallback } from 'react';
import { useI18n, type MessageKey } from '../../i18n/index.ts';
import { codeLabel } from '../../i18n/catalog-codes.ts';
import { CODE_ENTRIES, type CodeTable } from './codes.ts';

export function useLabels() {
  const { t, lang } = useI18n();
  const maybe = useCallback(
    (key: string, fallback: string) => {
      const text = t(key as MessageKey) as string | undefined;
      return text ?? fallback;
    },
    [t],
  );
  return {
    t,
    lang,
    code: (table: CodeTable, code: string) => codeLabel(CODE_ENTRIES[table], code, lang),
    state: (state: string) => maybe(`ca.state.${state}`, state),
    action: (action: string) => maybe(`ca.action.${action}`, action),
  };
}

/** Today as YYYY-MM-DD in the browser's time zone (the deployment's, for staff in Tianjin). */
export function today(): string {
  const d = new Date();
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
}
