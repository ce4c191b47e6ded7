// 一次一评 at the window (/workbench/window-rating): the clerk makes a single-use rating code for
// the service just given and turns the screen to the visitor (QR code), or opens the rating page
// on the hall tablet. Only window staff who accept applications may (the server checks too).
import { Alert, Breadcrumb, Button, Input, Radio } from 'antd';
import { useState } from 'react';
import { Link } from 'react-router-dom';
import { useMe } from '../../../api/auth.ts';
import { problemTitle } from '../../../api/problem.ts';
import { RequireAuth } from '../../../components/RequireAuth.tsx';
import { formatDateTime } from '../../../i18n/format.ts';
import { useI18n } from '../../../i18n/index.ts';
import { usePageTitle } from '../../../layout/usePageTitle.ts';
import { QrCode } from '../../licenses/QrCode.tsx';
import { useWindowInvitation } from '../../ratings/api.ts';
import '../../ratings/ratings.css';

export function WindowRatingPage() {
  return (
    <RequireAuth kind="staff" loginPath="/workbench/login">
      <WindowRating />
    </RequireAuth>
  );
}

function WindowRating() {
  const { t, lang } = useI18n();
  usePageTitle(`${t('rat.window.title')} · ${t('workbench.title')}`);
  const me = useMe().data;
  const allowed = me?.grants.some((g) => g.permission === 'case.accept') ?? false;
  const [channel, setChannel] = useState<'qr' | 'tablet'>('qr');
  const [caseId, setCaseId] = useState('');
  const make = useWindowInvitation();
  const code = make.data;
  return (
    <div className="container page rat-page">
      <Breadcrumb
        className="breadcrumb"
        items={[
          { title: <Link to="/">{t('nav.home')}</Link> },
          { title: <Link to="/workbench">{t('workbench.title')}</Link> },
          { title: t('rat.window.title') },
        ]}
      />
      <h1 className="page-title">{t('rat.window.title')}</h1>
      <p className="page-lead">{t('rat.window.lead')}</p>
      {!allowed ? (
        <Alert type="warning" showIcon title={t('rat.window.forbidden')} />
      ) : (
        <form
          className="rat-window-form"
          onSubmit={(e) => {
            e.preventDefault();
            make.mutate({ channel, ...(caseId.trim() && { caseId: caseId.trim() }) });
          }}
        >
          <fieldset className="rat-indicator">
            <legend className="rat-legend">{t('rat.window.channel')}</legend>
            <Radio.Group
              value={channel}
              onChange={(e) => setChannel(e.target.value as 'qr' | 'tablet')}
              options={[
                { value: 'qr', label: t('rat.channel.qr') },
                { value: 'tablet', label: t('rat.channel.tablet') },
              ]}
            />
          </fieldset>
          <label className="rat-legend" htmlFor="rat-window-case">
            {t('rat.window.caseId')}
          </label>
          <Input id="rat-window-case" value={caseId} onChange={(e) => setCaseId(e.target.value)} />
          <Button type="primary" size="large" htmlType="submit" loading={make.isPending}>
            {code ? t('rat.window.again') : t('rat.window.create')}
          </Button>
          {make.isError && (
            <Alert type="error" showIcon title={problemTitle(make.error, lang) ?? String(make.error)} />
          )}
        </form>
      )}
      {code && (
        <section aria-labelledby="rat-window-code" data-testid="window-rating-code">
          <h2 id="rat-window-code" className="case-subtitle">
            {t('rat.window.qr')}
          </h2>
          <QrCode value={code.url} label={t('rat.window.qr')} className="rat-qr" testId="window-rating-qr" />
          <p>{t('rat.window.expires', { time: formatDateTime(code.expiresAt, lang) })}</p>
          <p>
            <a href={code.url} target="_blank" rel="noreferrer">
              {t('rat.window.open')}
            </a>
          </p>
        </section>
      )}
    </div>
  );
}
