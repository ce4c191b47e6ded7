// The rating page of a link (/rate/:token), phone first: what is rated, the form, and a clear
// word when the link was used, expired, is not valid, belongs to someone else, or a staff member
// opened it (staff never rate). Signed in or not: the link is the credential.
import { Alert, Result } from 'antd';
import { Link, useParams } from 'react-router-dom';
import { useMe } from '../../api/auth.ts';
import { problemCode } from '../../api/problem.ts';
import { Loading } from '../../components/Loading.tsx';
import { formatDateTime } from '../../i18n/format.ts';
import { useI18n } from '../../i18n/index.ts';
import { usePageTitle } from '../../layout/usePageTitle.ts';
import { zhWhenForeign } from '../catalog/guide/format.ts';
import { useInvitation, useRateByToken, type InvitationView } from './api.ts';
import { levelLabel } from './labels.ts';
import { RatingForm } from './RatingForm.tsx';
import './ratings.css';

export function RatePage() {
  const { t } = useI18n();
  const { token = '' } = useParams();
  usePageTitle(t('rat.rate.title'));
  const me = useMe();
  const staff = me.data && me.data.kind !== 'person';
  // Staff are told at once (the server refuses them too); nobody waits on a request.
  const invitation = useInvitation(token, !me.isPending && !staff);
  return (
    <div className="container page rat-page">
      <h1 className="page-title">{t('rat.rate.title')}</h1>
      {staff || problemCode(invitation.error) === 'RATING_STAFF_FORBIDDEN' ? (
        <Refusal
          testId="rate-staff"
          title={t('rat.rate.staff')}
          lead={t('rat.rate.staffLead')}
          status="403"
        />
      ) : me.isPending || invitation.isPending ? (
        <Loading rows={6} />
      ) : invitation.isError ? (
        problemCode(invitation.error) === 'NOT_FOUND' ? (
          <Refusal testId="rate-not-yours" title={t('rat.rate.notYours')} lead={t('rat.rate.invalidLead')} />
        ) : (
          <Refusal testId="rate-invalid" title={t('rat.rate.invalid')} lead={t('rat.rate.invalidLead')} />
        )
      ) : (
        <Rate token={token} view={invitation.data} />
      )}
    </div>
  );
}

function Refusal({
  title,
  lead,
  testId,
  status = 'warning',
}: {
  title: string;
  lead: string;
  testId: string;
  status?: '403' | 'warning';
}) {
  return (
    <div data-testid={testId} role="status">
      <Result status={status} title={<h2 className="rat-result-title">{title}</h2>} subTitle={lead} />
    </div>
  );
}

function Facts({ view }: { view: InvitationView }) {
  const { t, lang } = useI18n();
  const zh = zhWhenForeign(lang);
  const window = [lang === 'zh-CN' ? view.venueName : view.venueNameEn, view.windowName ?? view.windowCode]
    .filter(Boolean)
    .join(' · ');
  return (
    <dl className="rat-facts" data-testid="rate-facts">
      {view.itemName && (
        <div>
          <dt>{t('rat.rate.item')}</dt>
          <dd lang={zh}>{view.itemName}</dd>
        </div>
      )}
      <div>
        <dt>{t('rat.rate.agency')}</dt>
        <dd>{lang === 'zh-CN' ? view.agencyName : view.agencyNameEn}</dd>
      </div>
      {view.kind === 'window' && window && (
        <div>
          <dt>{t('rat.rate.window')}</dt>
          <dd>{window}</dd>
        </div>
      )}
      {view.caseNumber && (
        <div>
          <dt>{t('rat.rate.caseNumber')}</dt>
          <dd>{view.caseNumber}</dd>
        </div>
      )}
      {view.state === 'open' && (
        <div>
          <dt>{t('rat.rate.validUntil')}</dt>
          <dd>{formatDateTime(view.expiresAt, lang)}</dd>
        </div>
      )}
    </dl>
  );
}

function Rate({ token, view }: { token: string; view: InvitationView }) {
  const { t } = useI18n();
  const rate = useRateByToken(token);
  const code = problemCode(rate.error);
  if (rate.data)
    return (
      <div data-testid="rate-done" role="status">
        <Result
          status="success"
          title={<h2 className="rat-result-title">{t('rat.rate.thanks')}</h2>}
          subTitle={`${t('rat.rate.thanksLead')}（${levelLabel(t, rate.data.level)}）${
            rate.data.level >= 4 ? t('rat.rate.thanksNegative') : ''
          }`}
          extra={rate.data.followUpUntil && <Link to="/me/ratings">{t('rat.rate.myRatings')}</Link>}
        />
      </div>
    );
  if (view.state === 'used' || code === 'RATING_TOKEN_USED')
    return <Refusal testId="rate-used" title={t('rat.rate.used')} lead={t('rat.rate.usedLead')} />;
  if (view.state === 'expired' || code === 'RATING_TOKEN_EXPIRED')
    return <Refusal testId="rate-expired" title={t('rat.rate.expired')} lead={t('rat.rate.expiredLead')} />;
  return (
    <>
      <p className="page-lead">{t('rat.rate.lead')}</p>
      <Facts view={view} />
      {code === 'RATING_STAFF_FORBIDDEN' && <Alert type="error" showIcon title={t('rat.rate.staff')} />}
      <RatingForm
        indicators={view.indicators}
        submitLabel={t('rat.form.submit')}
        pending={rate.isPending}
        error={rate.error}
        onSubmit={(input) => rate.mutate(input)}
        testId="rate-form"
      />
    </>
  );
}
