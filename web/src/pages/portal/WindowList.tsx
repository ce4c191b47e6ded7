// The service windows of a venue, grouped visually by type.
import { Empty, Tag } from 'antd';
import type { VenueWindow } from '../../api/types.ts';
import { useI18n } from '../../i18n/index.ts';

export function WindowList({ windows }: { windows: VenueWindow[] }) {
  const { t } = useI18n();
  return (
    <section className="section-tight" aria-labelledby="windows-title">
      <h2 id="windows-title" className="section-title">
        {t('venue.windows')}
      </h2>
      {windows.length === 0 ? (
        <Empty description={t('venue.windowsEmpty')} />
      ) : (
        <ul className="window-grid">
          {windows.map((w) => (
            <li key={w.code} className="window-item">
              <span className="window-code">
                <span className="visually-hidden">{t('venue.windowCode')} </span>
                {w.code}
              </span>
              <span className="window-text">
                <span className="window-name">{w.name}</span>
                <Tag className={`window-type window-${w.type}`}>{t(`window.type.${w.type}`)}</Tag>
              </span>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
