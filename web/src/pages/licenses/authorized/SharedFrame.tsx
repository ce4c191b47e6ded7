// Frame of the 授权给我的证照 pages, in two places: the staff workbench (grants to the staff member's
// agency) and the personal space of someone acting for an enterprise (grants to that enterprise).
// Sign-in guard, breadcrumb, and a notice for a person not acting for an enterprise.
import { Alert, Breadcrumb } from 'antd';
import type { ReactNode } from 'react';
import { Link } from 'react-router-dom';
import { useMe } from '../../../api/auth.ts';
import { RequireAuth } from '../../../components/RequireAuth.tsx';
import { useI18n } from '../../../i18n/index.ts';
import '../licenses.css';

export type SharedArea = 'workbench' | 'me';

/** Where the pages of each area live. */
export const sharedBase = (area: SharedArea) =>
  area === 'workbench' ? '/workbench/licenses/authorized' : '/me/licenses/authorized';

interface FrameProps {
  area: SharedArea;
  /** The detail page's name; absent on the list. */
  current?: string;
  children: ReactNode;
}

export function SharedFrame(props: FrameProps) {
  return props.area === 'workbench' ? (
    <RequireAuth kind="staff" loginPath="/workbench/login">
      <Frame {...props} />
    </RequireAuth>
  ) : (
    <RequireAuth loginPath="/login">
      <Frame {...props} />
    </RequireAuth>
  );
}

function Frame({ area, current, children }: FrameProps) {
  const { t } = useI18n();
  const me = useMe().data;
  const title = t('lic.shared.title');
  const trail =
    area === 'workbench'
      ? [{ title: <Link to="/workbench">{t('workbench.title')}</Link> }]
      : [
          { title: <Link to="/me">{t('me.title')}</Link> },
          { title: <Link to="/me/licenses">{t('lic.mine.title')}</Link> },
        ];
  const readsForSomeone = area === 'workbench' || Boolean(me?.actingFor);
  return (
    <div className="container page lic-page">
      <Breadcrumb
        className="breadcrumb"
        items={[
          { title: <Link to="/">{t('nav.home')}</Link> },
          ...trail,
          { title: current ? <Link to={sharedBase(area)}>{title}</Link> : title },
          ...(current ? [{ title: current }] : []),
        ]}
      />
      {readsForSomeone ? (
        children
      ) : (
        <>
          <h1 className="page-title">{title}</h1>
          <Alert
            className="lic-alert"
            type="info"
            showIcon
            title={t('lic.shared.notActing')}
            action={<Link to="/me">{t('me.title')}</Link>}
          />
        </>
      )}
    </div>
  );
}
