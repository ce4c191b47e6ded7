// Date-time formatting in the visitor's language and the deployment's time zone.
import type { Language } from './languages.ts';

const zone = 'Asia/Shanghai';

export function formatDateTime(iso: string, lang: Language): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  return new Intl.DateTimeFormat(lang, { dateStyle: 'medium', timeStyle: 'short', timeZone: zone }).format(
    date,
  );
}
