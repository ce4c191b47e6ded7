// 我的证照 (/me/licenses): the signed-in holder's e-licenses as cards (one column on a phone):
// type, number, issuer, validity and status; more with the keyset cursor.
import { Breadcrumb, Button } from 'antd';
import { Link } from 'react-router-dom';
import { useMe } from '../../api/auth.ts';
import { LoadError } from '../../components/LoadError.tsx';
import { Loading } from '../../components/Loading.tsx';
import { useI18n } from '../../i18n/index.ts';
import { usePageTitle } from '../../layout/usePageTitle.ts';
import { useMyLicenses } from './api.ts';
import { LicenseCard } from './LicenseBits.tsx';
import './licenses.css';

export function MyLicensesPage() {
  const { t } = useI18n();
  const licenses = useMyLicenses();
  const actingFor = useMe().data?.actingFor;
  usePageTitle(t('lic.mine.title'));
  const rows = licenses.data?.pages.flatMap((p) => p.items) ?? [];
  return (
    <div className="container page lic-page">
      <Breadcrumb
        className="breadcrumb"
        items={[
          { title: <Link to="/">{t('nav.home')}</Link> },
          { title: <Link to="/me">{t('me.title')}</Link> },
          { title: t('lic.mine.title') },
        ]}
      />
      <h1 className="page-title">{t('lic.mine.title')}</h1>
      <p className="page-lead">{t('lic.mine.lead')}</p>
      {actingFor && (
        <p>
          <Link to="/me/licenses/authorized">{t('lic.shared.linkEnterprise', { name: actingFor.name })}</Link>
        </p>
      )}
      {licenses.isPending ? (
        <Loading rows={6} />
      ) : licenses.isError ? (
        <LoadError error={licenses.error} onRetry={() => void licenses.refetch()} headingLevel={2} />
      ) : rows.length === 0 ? (
        <p className="lic-empty">{t('lic.mine.empty')}</p>
      ) : (
        <>
          <ul className="lic-cards" data-testid="my-licenses">
            {rows.map((license) => (
              <li key={license.id}>
                <LicenseCard license={license} to={`/me/licenses/${license.id}`} />
              </li>
            ))}
          </ul>
          <div className="lic-more">
            <span className="lic-muted" aria-live="polite">
              {t('lic.mine.shown', { count: rows.length })}
            </span>
            {licenses.hasNextPage && (
              <Button
                onClick={() => void licenses.fetchNextPage()}
                loading={licenses.isFetchingNextPage}
                size="large"
              >
                {t('lic.mine.loadMore')}
              </Button>
            )}
          </div>
        </>
      )}
    </div>
  );
}
