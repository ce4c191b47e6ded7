// Sets document.title to "<page> · <site>" (or the site title alone) in the current language.
import { useEffect } from 'react';
import { useI18n } from '../i18n/index.ts';

export function usePageTitle(page?: string): void {
  const { t } = useI18n();
  const site = t('site.title');
  useEffect(() => {
    document.title = page ? `${page} · ${site}` : site;
  }, [page, site]);
}
