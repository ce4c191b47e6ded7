// Page frame shared by all areas: skip link, header, main landmark, footer.
import { Outlet } from 'react-router-dom';
import { useI18n } from '../i18n/index.ts';
import { ScrollToTarget } from './ScrollToTarget.tsx';
import { SiteFooter } from './SiteFooter.tsx';
import { SiteHeader } from './SiteHeader.tsx';

export function AppShell() {
  const { t } = useI18n();
  return (
    <div className="app">
      <a className="skip-link" href="#main">
        {t('a11y.skipToContent')}
      </a>
      <SiteHeader />
      <main id="main" tabIndex={-1}>
        <Outlet />
      </main>
      <SiteFooter />
      <ScrollToTarget />
      <div id="overlay-root" />
    </div>
  );
}
