// One venue: name, type, district, address, opening hours and phone, with a link to its windows.
import { ClockCircleOutlined, EnvironmentOutlined, PhoneOutlined, RightOutlined } from '@ant-design/icons';
import { Tag } from 'antd';
import { Link } from 'react-router-dom';
import type { Venue } from '../../api/types.ts';
import { useI18n } from '../../i18n/index.ts';
import { localName } from '../../i18n/localName.ts';

interface VenueCardProps {
  venue: Venue;
  districtName: string | undefined;
}

export function VenueCard({ venue, districtName }: VenueCardProps) {
  const { t, lang } = useI18n();
  // Addresses and hours exist in Chinese only; mark them so screen readers pronounce them right.
  const zh = lang === 'zh-CN' ? undefined : 'zh-CN';
  const headingId = `venue-${venue.id}`;
  return (
    <article className="venue-card" aria-labelledby={headingId}>
      <div className="venue-card-head">
        <Tag className={`kind-tag kind-${venue.kind}`}>{t(`venues.kind.${venue.kind}`)}</Tag>
        {districtName && <span className="venue-district">{districtName}</span>}
      </div>
      <h3 id={headingId} className="venue-name">
        {localName(venue, lang)}
      </h3>
      <dl className="venue-facts">
        <div>
          <dt>
            <EnvironmentOutlined aria-hidden /> {t('venues.address')}
          </dt>
          <dd lang={zh}>{venue.address}</dd>
        </div>
        <div>
          <dt>
            <ClockCircleOutlined aria-hidden /> {t('venues.hours')}
          </dt>
          <dd lang={zh}>{venue.hours}</dd>
        </div>
        <div>
          <dt>
            <PhoneOutlined aria-hidden /> {t('venues.phone')}
          </dt>
          <dd>
            <a href={`tel:${venue.phone.replace(/[^\d+]/g, '')}`}>{venue.phone}</a>
          </dd>
        </div>
      </dl>
      <Link className="venue-more" to={`/venues/${encodeURIComponent(venue.id)}`}>
        {t('venues.details')}
        <span className="visually-hidden">: {localName(venue, lang)}</span> <RightOutlined aria-hidden />
      </Link>
    </article>
  );
}
