// One venue with its service windows (GET /api/v1/venues/{id}).
import { Breadcrumb, Descriptions, Tag } from 'antd';
import { Link, useParams } from 'react-router-dom';
import { ApiError } from '../../api/problem.ts';
import { useVenue } from '../../api/queries.ts';
import { LoadError } from '../../components/LoadError.tsx';
import { Loading } from '../../components/Loading.tsx';
import { useI18n } from '../../i18n/index.ts';
import { localName } from '../../i18n/localName.ts';
import { usePageTitle } from '../../layout/usePageTitle.ts';
import { NotFoundPage } from '../NotFoundPage.tsx';
import { WindowList } from './WindowList.tsx';

export function VenuePage() {
  const { id = '' } = useParams();
  const { t, lang } = useI18n();
  const venue = useVenue(id);
  const name = venue.data ? localName(venue.data, lang) : undefined;
  usePageTitle(name ?? t('venues.title'));

  if (venue.error instanceof ApiError && venue.error.status === 404) {
    return <NotFoundPage title={t('venue.notFound')} />;
  }
  const zh = lang === 'zh-CN' ? undefined : 'zh-CN';
  return (
    <div className="container page">
      <Breadcrumb
        className="breadcrumb"
        items={[
          { title: <Link to="/">{t('nav.home')}</Link> },
          { title: <Link to="/#venues">{t('venues.title')}</Link> },
          { title: name ?? '…' },
        ]}
      />
      {venue.isPending && <Loading rows={6} />}
      {venue.isError && (
        <LoadError error={venue.error} onRetry={() => void venue.refetch()} headingLevel={2} />
      )}
      {venue.data && (
        <>
          <h1 className="page-title">{name}</h1>
          <Tag className={`kind-tag kind-${venue.data.kind}`}>{t(`venues.kind.${venue.data.kind}`)}</Tag>
          <Descriptions
            className="venue-descriptions"
            bordered
            column={1}
            items={[
              {
                key: 'address',
                label: t('venues.address'),
                children: <span lang={zh}>{venue.data.address}</span>,
              },
              { key: 'hours', label: t('venues.hours'), children: <span lang={zh}>{venue.data.hours}</span> },
              { key: 'phone', label: t('venues.phone'), children: venue.data.phone },
            ]}
          />
          <WindowList windows={venue.data.windows} />
        </>
      )}
    </div>
  );
}
