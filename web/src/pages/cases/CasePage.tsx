// One case of the applicant (/me/cases/:id): status, case number and due dates, what to do now
// (CaseActions), the materials handed in, the notices and decisions to download, how the
// deadline was counted, and the full history of the case.
import { DownloadOutlined, PaperClipOutlined } from '@ant-design/icons';
import { Alert, Breadcrumb, Tag } from 'antd';
import { Link, useParams } from 'react-router-dom';
import { ApiError } from '../../api/problem.ts';
import { LoadError } from '../../components/LoadError.tsx';
import { Loading } from '../../components/Loading.tsx';
import { codeLabel } from '../../i18n/catalog-codes.ts';
import { formatDateTime } from '../../i18n/format.ts';
import { useI18n } from '../../i18n/index.ts';
import { usePageTitle } from '../../layout/usePageTitle.ts';
import { zhWhenForeign } from '../catalog/guide/format.ts';
import { GuideSection, Row } from '../catalog/guide/GuideSection.tsx';
import type { Guide } from '../catalog/queries.ts';
import { NotFoundPage } from '../NotFoundPage.tsx';
import { CaseRatingPanel } from '../ratings/CaseRatingPanel.tsx';
import { documentUrl, materialFileUrl, useCase, useCaseGuide } from './api.ts';
import { CaseActions } from './CaseActions.tsx';
import { latestRound } from './case-materials.ts';
import { LicenseLinked } from './LicenseLink.tsx';
import { DueDate, StatusTag, UrgencyTag } from './CaseBits.tsx';
import { CaseTimeline } from './CaseTimeline.tsx';
import { DeadlineSection } from './DeadlineSection.tsx';
import { CHANNELS, DOCUMENT_KINDS, MATERIAL_STATUSES } from './labels.ts';
import type { CaseDetail } from './types.ts';
import './cases.css';

export function CasePage() {
  const { t } = useI18n();
  const { id = '' } = useParams();
  const detail = useCase(id);
  const guide = useCaseGuide(detail.data?.implementationCode);
  usePageTitle(detail.data ? `${detail.data.itemName} · ${t('cases.mine.title')}` : t('cases.mine.title'));
  if (detail.error instanceof ApiError && [400, 404].includes(detail.error.status))
    return <NotFoundPage title={t('cases.detail.notFound')} />;
  return (
    <div className="container page case-page">
      <Breadcrumb
        className="breadcrumb"
        items={[
          { title: <Link to="/">{t('nav.home')}</Link> },
          { title: <Link to="/me">{t('me.title')}</Link> },
          { title: <Link to="/me/cases">{t('cases.mine.title')}</Link> },
          { title: detail.data?.caseNumber ?? detail.data?.itemName ?? '…' },
        ]}
      />
      {detail.isPending ? (
        <Loading rows={10} />
      ) : detail.isError ? (
        <LoadError error={detail.error} onRetry={() => void detail.refetch()} headingLevel={2} />
      ) : (
        <CaseView detail={detail.data} guide={guide.data} />
      )}
    </div>
  );
}

function StatusNotice({ detail }: { detail: CaseDetail }) {
  const { t, lang } = useI18n();
  const zh = zhWhenForeign(lang);
  const last = detail.actions.at(-1);
  const reason = typeof last?.detail.reason === 'string' ? last.detail.reason : (last?.opinion ?? null);
  switch (detail.status) {
    case 'submitted':
      return <Alert type="info" showIcon className="case-alert" title={t('cases.notice.submitted')} />;
    case 'correction-requested':
      return <Alert type="warning" showIcon className="case-alert" title={t('cases.notice.correction')} />;
    case 'refused':
      return (
        <Alert
          type="error"
          showIcon
          className="case-alert"
          title={t('cases.notice.refused')}
          description={reason && <span lang={zh}>{reason}</span>}
        />
      );
    case 'concluded':
    case 'delivered':
      return (
        <Alert
          type={detail.decision === 'denied' ? 'warning' : 'success'}
          showIcon
          className="case-alert"
          title={t(detail.decision === 'denied' ? 'cases.notice.denied' : 'cases.notice.concluded')}
        />
      );
    case 'withdrawn':
      return <Alert type="info" showIcon className="case-alert" title={t('cases.notice.withdrawn')} />;
    default:
      return null;
  }
}

function CaseView({ detail, guide }: { detail: CaseDetail; guide: Guide | undefined }) {
  const { t, lang } = useI18n();
  const zh = zhWhenForeign(lang);
  const pickup = guide?.venues.find((v) => v.id === detail.pickupVenueId);
  return (
    <article className="case-view" data-testid="case-view">
      <header className="case-header">
        <h1 className="page-title" lang={zh}>
          {detail.itemName}
        </h1>
        <div className="case-header-tags">
          <StatusTag status={detail.status} />
          <UrgencyTag urgency={detail.urgency} />
          {detail.paused && <Tag className="case-tag case-tone-paused">{t('cases.due.paused')}</Tag>}
        </div>
      </header>
      <StatusNotice detail={detail} />
      <dl className="guide-dl case-facts" data-testid="case-facts">
        <Row term={t('cases.detail.caseNumber')}>
          {detail.caseNumber && <span className="case-number">{detail.caseNumber}</span>}
        </Row>
        <Row term={t('bdl.ctx.title')}>
          {detail.bundleCaseId && (
            <Link to={`/me/bundle-cases/${detail.bundleCaseId}`}>{t('bdl.mine.open')}</Link>
          )}
        </Row>
        <Row term={t('cases.detail.agency')}>
          <span lang={zh}>{detail.agencyName}</span>
        </Row>
        <Row term={t('cases.detail.applicant')}>
          <span lang={zh}>{detail.applicantName}</span> {detail.applicantIdMasked}
        </Row>
        <Row term={t('cases.detail.channel')}>{codeLabel(CHANNELS, detail.channel, lang)}</Row>
        <Row term={t('cases.detail.submittedAt')}>
          {detail.submittedAt && formatDateTime(detail.submittedAt, lang)}
        </Row>
        <Row term={t('cases.detail.acceptedOn')}>
          {detail.acceptedOn && (
            <>
              {detail.acceptedOn}
              {detail.deemedAccepted && `（${t('cases.detail.deemed')}）`}
            </>
          )}
        </Row>
        <Row term={t('cases.detail.promisedDue')}>
          {detail.promisedDue && <DueDate summary={detail} full />}
        </Row>
        <Row term={t('cases.detail.deficiencyDue')}>{detail.deficiencyDue}</Row>
        <Row term={t('cases.detail.commitment')}>{detail.commitment && t('cases.detail.commitmentYes')}</Row>
        <Row term={t('cases.detail.pickup')}>{pickup && <span lang={zh}>{pickup.name}</span>}</Row>
      </dl>
      {detail.promisedDue && (
        <p className="case-note">
          <a href="#deadline">{t('cases.detail.howCounted')}</a>
        </p>
      )}
      <CaseActions detail={detail} guide={guide} />
      <CaseRatingPanel caseId={detail.id} status={detail.status} />
      <GuideSection id="case-materials" title={t('materials.title')}>
        {detail.materials.length === 0 ? (
          <p className="case-muted">{t('materials.empty')}</p>
        ) : (
          <ul className="case-material-list" data-testid="case-materials">
            {latestRound(detail.materials).map((m) => (
              <li key={`${m.materialKey}-${m.round}`}>
                <span lang={zh} className="case-material-name">
                  {m.name}
                  {m.round > 1 && (
                    <span className="case-muted">（{t('cases.detail.round', { round: m.round })}）</span>
                  )}
                </span>
                <Tag className={`case-tag case-tone-${m.status === 'missing' ? 'warn' : 'muted'}`}>
                  {codeLabel(MATERIAL_STATUSES, m.status, lang)}
                </Tag>
                {m.license && <LicenseLinked license={m.license} />}
                {m.materialId && m.status !== 'exempt' && (
                  <a href={materialFileUrl(m.materialId)} target="_blank" rel="noreferrer">
                    <PaperClipOutlined aria-hidden /> {t('cases.detail.viewFile')}
                    <span className="visually-hidden">：{m.name}</span>
                  </a>
                )}
              </li>
            ))}
          </ul>
        )}
      </GuideSection>
      <GuideSection id="case-documents" title={t('cases.detail.documents')}>
        {detail.documents.length === 0 ? (
          <p className="case-muted">{t('cases.detail.noDocuments')}</p>
        ) : (
          <ul className="case-document-list" data-testid="case-documents">
            {detail.documents.map((d) => (
              <li key={d.id}>
                <a href={documentUrl(detail.id, d.id)} download>
                  <DownloadOutlined aria-hidden /> {codeLabel(DOCUMENT_KINDS, d.kind, lang)}
                </a>
                <span className="case-muted">
                  {d.number} · {formatDateTime(d.createdAt, lang)}
                </span>
              </li>
            ))}
          </ul>
        )}
      </GuideSection>
      {(detail.acceptedOn || detail.status === 'submitted' || detail.status === 'correction-requested') && (
        <DeadlineSection detail={detail} />
      )}
      <GuideSection id="case-timeline" title={t('cases.timeline.title')}>
        <CaseTimeline actions={detail.actions} />
      </GuideSection>
    </article>
  );
}
