// 授权给我的证照 (/workbench/licenses/authorized, /me/licenses/authorized): the active grants to the
// caller's agency or enterprise — license type, holder (masked), purpose, period, status — each
// opening the license read through the grant.
import { Link } from 'react-router-dom';
import { useMe } from '../../../api/auth.ts';
import { DataTable } from '../../../components/DataTable.tsx';
import { LoadError } from '../../../components/LoadError.tsx';
import { Loading } from '../../../components/Loading.tsx';
import { useI18n } from '../../../i18n/index.ts';
import { usePageTitle } from '../../../layout/usePageTitle.ts';
import { zhWhenForeign } from '../../catalog/guide/format.ts';
import { localName } from '../labels.ts';
import { AuthorizationStatusTag } from '../LicenseBits.tsx';
import { useAuthorizedLicenses, type AuthorizedItem } from './api.ts';
import { SharedFrame, sharedBase, type SharedArea } from './SharedFrame.tsx';

export function SharedListPage({ area }: { area: SharedArea }) {
  return (
    <SharedFrame area={area}>
      <SharedList area={area} />
    </SharedFrame>
  );
}

function SharedList({ area }: { area: SharedArea }) {
  const { t, lang } = useI18n();
  const zh = zhWhenForeign(lang);
  const me = useMe().data;
  usePageTitle(
    area === 'workbench' ? `${t('lic.shared.title')} · ${t('workbench.title')}` : t('lic.shared.title'),
  );
  const list = useAuthorizedLicenses(Boolean(me));
  const lead =
    area === 'me' && me?.actingFor
      ? t('lic.shared.leadEnterprise', { name: me.actingFor.name })
      : t('lic.shared.lead');
  return (
    <>
      <h1 className="page-title">{t('lic.shared.title')}</h1>
      <p className="page-lead">{lead}</p>
      {list.isPending ? (
        <Loading rows={4} />
      ) : list.isError ? (
        <LoadError error={list.error} onRetry={() => void list.refetch()} headingLevel={2} />
      ) : (
        <DataTable<AuthorizedItem>
          label={t('a11y.table', { name: t('lic.shared.title') })}
          testId="shared-licenses"
          rows={list.data}
          rowKey={(row) => row.authorization.id}
          empty={t('lic.shared.empty')}
          columns={[
            {
              key: 'type',
              title: t('lic.type'),
              render: ({ authorization, license }) => (
                <Link to={`${sharedBase(area)}/${authorization.id}`}>
                  {localName(license.typeName, lang)}
                </Link>
              ),
            },
            {
              key: 'holder',
              title: t('lic.holder'),
              render: ({ license }) => (
                <span lang={zh}>
                  {license.holderName} <span className="lic-muted lic-mono">{license.holderIdMasked}</span>
                </span>
              ),
            },
            {
              key: 'purpose',
              title: t('lic.shared.purpose'),
              render: ({ authorization }) => <span lang={zh}>{authorization.purpose}</span>,
            },
            {
              key: 'period',
              title: t('lic.shared.period'),
              render: ({ authorization: a }) => t('lic.validRange', { from: a.validFrom, to: a.validTo }),
            },
            {
              key: 'status',
              title: t('lic.status'),
              render: ({ authorization }) => <AuthorizationStatusTag status={authorization.status} />,
            },
          ]}
        />
      )}
    </>
  );
}
