// How the due dates of an accepted case were counted: the limits in working days from the day of
// acceptance, the pauses (correction, special procedures) that stop the clock, an extension, and
// the holidays and adjusted working days the count stepped over.
import { Alert } from 'antd';
import { codeLabel } from '../../i18n/catalog-codes.ts';
import { useI18n } from '../../i18n/index.ts';
import { formatLimit } from '../catalog/guide/format.ts';
import { GuideSection, Row } from '../catalog/guide/GuideSection.tsx';
import { LoadError } from '../../components/LoadError.tsx';
import { Loading } from '../../components/Loading.tsx';
import { useDeadline } from './api.ts';
import { UrgencyTag } from './CaseBits.tsx';
import { PAUSE_KINDS } from './labels.ts';
import type { CaseDetail } from './types.ts';

export function DeadlineSection({ detail }: { detail: CaseDetail }) {
  const { t, lang } = useI18n();
  const accepted = detail.acceptedOn !== null;
  const deadline = useDeadline(detail.id, accepted);
  return (
    <GuideSection id="deadline" title={t('cases.deadline.title')}>
      {!accepted ? (
        <p className="case-muted">{t('cases.deadline.notYet')}</p>
      ) : deadline.isPending ? (
        <Loading rows={3} />
      ) : deadline.isError ? (
        <LoadError error={deadline.error} onRetry={() => void deadline.refetch()} />
      ) : (
        <div data-testid="deadline">
          {deadline.data.provisional && (
            <Alert type="info" showIcon className="case-alert" title={t('cases.deadline.provisional')} />
          )}
          <dl className="guide-dl">
            <Row term={t('cases.deadline.acceptedOn')}>{deadline.data.acceptedOn}</Row>
            <Row term={t('limits.statutory')}>{formatLimit(deadline.data.statutoryLimit, t, lang)}</Row>
            <Row term={t('limits.promised')}>{formatLimit(deadline.data.promisedLimit, t, lang)}</Row>
            {deadline.data.extensionDays > 0 && (
              <Row term={t('cases.deadline.extension')}>
                {t('cases.deadline.workingDays', { days: deadline.data.extensionDays })}
              </Row>
            )}
            <Row term={t('cases.deadline.promisedDue')}>
              {deadline.data.promisedDue} <UrgencyTag urgency={deadline.data.urgency} />
            </Row>
            <Row term={t('cases.deadline.statutoryDue')}>{deadline.data.statutoryDue}</Row>
            {deadline.data.paused && <Row term={t('cases.deadline.clock')}>{t('cases.due.paused')}</Row>}
          </dl>
          {deadline.data.pauses.length > 0 && (
            <>
              <h3 className="case-subtitle">{t('cases.deadline.pauses')}</h3>
              <ul className="case-plain-list">
                {deadline.data.pauses.map((p, i) => (
                  <li key={i}>
                    {codeLabel(PAUSE_KINDS, p.kind, lang)}：{p.from} – {p.to ?? t('cases.deadline.ongoing')}（
                    {t('cases.deadline.workingDays', { days: p.workingDays })}）
                  </li>
                ))}
              </ul>
            </>
          )}
          {deadline.data.crossedDays.length > 0 && (
            <>
              <h3 className="case-subtitle">{t('cases.deadline.crossed')}</h3>
              <ul className="case-plain-list">
                {deadline.data.crossedDays.map((d) => (
                  <li key={d.date}>
                    {d.date} {d.name}（{t(d.kind === 'rest' ? 'cases.deadline.rest' : 'cases.deadline.work')}
                    ）
                  </li>
                ))}
              </ul>
            </>
          )}
          <p className="case-muted case-note">{t('cases.deadline.explain')}</p>
        </div>
      )}
    </GuideSection>
  );
}
