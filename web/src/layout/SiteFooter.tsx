// Site footer: what the site is, where the API is documented, how to reach the hotline.
import { Link } from 'react-router-dom';
import { useI18n } from '../i18n/index.ts';
import { LogoMark } from './Logo.tsx';

export function SiteFooter() {
  const { t } = useI18n();
  return (
    <footer className="site-footer">
      <div className="container footer-grid">
        <section aria-labelledby="footer-about">
          <h2 id="footer-about" className="footer-title">
            <LogoMark size={28} /> {t('site.name')}
          </h2>
          <p>{t('footer.about')}</p>
        </section>
        <section aria-labelledby="footer-links">
          <h2 id="footer-links" className="footer-title">
            {t('footer.links')}
          </h2>
          <ul className="footer-links">
            <li>
              <a href="/docs">{t('footer.apiDocs')}</a>
            </li>
            <li>
              <a href="/openapi.json">{t('footer.openapi')}</a>
            </li>
          </ul>
        </section>
        <section aria-labelledby="footer-contact">
          <h2 id="footer-contact" className="footer-title">
            {t('footer.contact')}
          </h2>
          <p>{t('site.hotline')}</p>
          <ul className="footer-links">
            <li>
              <Link to="/complaints/new">{t('cmp.entry')}</Link>
            </li>
          </ul>
        </section>
      </div>
      <div className="footer-bottom">
        <div className="container footer-bottom-inner">
          <span>
            © {new Date().getFullYear()} {t('footer.copyright')}
          </span>
          <span>{t('footer.license')}</span>
        </div>
      </div>
    </footer>
  );
}
