// 办理地点与时间: every venue that accepts the service, with address, hours, phone, the way it
// accepts (own window, comprehensive window, delegated…) and its windows.
import { Link } from 'react-router-dom';
import { ACCEPTANCE_MODES, codeLabel } from '../../../i18n/catalog-codes.ts';
import { useI18n } from '../../../i18n/index.ts';
import type { Guide } from '../queries.ts';
import { zhWhenForeign } from './format.ts';
import { GuideSection, Row } from './GuideSection.tsx';

export function PlacesSection({ venues, linkVenues }: { venues: Guide['venues']; linkVenues: boolean }) {
  const { t, lang } = useI18n();
  const zh = zhWhenForeign(lang);
  return (
    <GuideSection id="places" title={t('place.title')}>
      {venues.length === 0 ? (
        <p>{t('place.none')}</p>
      ) : (
        <ul className="place-list">
          {venues.map((v) => (
            <li key={v.id} className="place">
              <h3 className="place-name" lang={zh}>
                {linkVenues ? <Link to={`/venues/${v.id}`}>{v.name}</Link> : v.name}
              </h3>
              <dl className="guide-dl">
                <Row term={t('venues.address')}>
                  <span lang={zh}>{v.address}</span>
                </Row>
                <Row term={t('venues.hours')}>
                  <span lang={zh}>{v.hours}</span>
                </Row>
                <Row term={t('venues.phone')}>{v.phone}</Row>
                <Row term={t('place.acceptance')}>{codeLabel(ACCEPTANCE_MODES, v.mode, lang)}</Row>
                <Row term={t('place.windows')}>
                  {v.windows.length > 0 && (
                    <span lang={zh}>{v.windows.map((w) => `${w.code} ${w.name}`).join('；')}</span>
                  )}
                </Row>
              </dl>
            </li>
          ))}
        </ul>
      )}
    </GuideSection>
  );
}
