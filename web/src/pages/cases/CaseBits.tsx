// Small pieces the applicant's case pages share: the status tag (a colour per stage, always with
// its words), the urgency tag and the due date with "paused" when the clock stands still.
import { Tag } from 'antd';
import { codeLabel } from '../../i18n/catalog-codes.ts';
import { useI18n, type MessageKey } from '../../i18n/index.ts';
import { CASE_STATUSES } from './labels.ts';
import type { CaseStatus, CaseSummary, Urgency } from './types.ts';

const STATUS_TONE: Record<CaseStatus, string> = {
  draft: 'muted',
  submitted: 'info',
  'correction-requested': 'warn',
  refused: 'bad',
  accepted: 'progress',
  reviewed: 'progress',
  suspended: 'paused',
  concluded: 'ok',
  delivered: 'ok',
  withdrawn: 'muted',
  terminated: 'bad',
  revoked: 'bad',
};

export function StatusTag({ status }: { status: CaseStatus }) {
  const { lang } = useI18n();
  return (
    <Tag className={`case-tag case-tone-${STATUS_TONE[status]}`} data-testid="case-status">
      {codeLabel(CASE_STATUSES, status, lang)}
    </Tag>
  );
}

const URGENCY_TEXT: Record<Urgency, MessageKey> = {
  green: 'cases.urgency.green',
  yellow: 'cases.urgency.yellow',
  red: 'cases.urgency.red',
};
const URGENCY_TONE: Record<Urgency, string> = { green: 'ok', yellow: 'warn', red: 'bad' };

export function UrgencyTag({ urgency }: { urgency: Urgency | null }) {
  const { t } = useI18n();
  if (!urgency) return null;
  return <Tag className={`case-tag case-tone-${URGENCY_TONE[urgency]}`}>{t(URGENCY_TEXT[urgency])}</Tag>;
}

/** The promised due date (the one the agency committed to), with the statutory one beside it. */
export function DueDate({ summary, full = false }: { summary: CaseSummary; full?: boolean }) {
  const { t } = useI18n();
  if (!summary.promisedDue) {
    // Before acceptance the dates are still to come; a case that ended unaccepted has none.
    const pending = ['draft', 'submitted', 'correction-requested'].includes(summary.status);
    return <span className="case-muted">{pending ? t('cases.due.none') : '—'}</span>;
  }
  return (
    <span className="case-due">
      <span>{summary.promisedDue}</span>
      {summary.paused && <span className="case-paused">{t('cases.due.paused')}</span>}
      {full && summary.statutoryDue && (
        <span className="case-muted">{t('cases.due.statutory', { date: summary.statutoryDue })}</span>
      )}
    </span>
  );
}

export function formatBytes(size: number | null, lang: string): string {
  if (size === null) return '';
  if (size < 1024) return `${size} B`;
  const kb = size / 1024;
  if (kb < 1024) return `${new Intl.NumberFormat(lang, { maximumFractionDigits: 0 }).format(kb)} KB`;
  return `${new Intl.NumberFormat(lang, { maximumFractionDigits: 1 }).format(kb / 1024)} MB`;
}
