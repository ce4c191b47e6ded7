// Pieces the complaints pages share: the status tag and the timeline of actions.
import { Tag } from 'antd';
import type { ReactNode } from 'react';
import { formatDateTime } from '../../i18n/format.ts';
import { useI18n } from '../../i18n/index.ts';
import { actionLabel, statusLabel } from './labels.ts';
import '../cases/cases.css';

// The case pages' tones (cases.css): colour plus words, contrast ≥ 4.5:1.
const TONES: Record<string, string> = {
  received: 'warn',
  dispatched: 'warn',
  returned: 'bad',
  signed: 'progress',
  replied: 'info',
  closed: 'ok',
  merged: 'muted',
};

export function ComplaintTag({ tone, children }: { tone: string; children: ReactNode }) {
  return <Tag className={`case-tag case-tone-${tone}`}>{children}</Tag>;
}

export function ComplaintStatusTag({ status }: { status: string }) {
  const { t } = useI18n();
  return <ComplaintTag tone={TONES[status] ?? 'muted'}>{statusLabel(t, status)}</ComplaintTag>;
}

export interface TimelineEntry {
  seq: number;
  action: string;
  actorKind: string;
  actorName: string;
  agencyName: string | null;
  comment: string | null;
  at: string;
}

export function ComplaintTimeline({ actions, headingId }: { actions: TimelineEntry[]; headingId: string }) {
  const { t, lang } = useI18n();
  return (
    <ol className="cmp-timeline" aria-labelledby={headingId} data-testid="complaint-timeline">
      {actions.map((a) => (
        <li key={a.seq}>
          <time dateTime={a.at}>{formatDateTime(a.at, lang)}</time>
          <strong>{actionLabel(t, a.action)}</strong> · {a.actorName}
          {a.actorKind === 'staff' && a.agencyName && a.actorName !== a.agencyName
            ? `（${a.agencyName}）`
            : ''}
          {a.comment && <p className="cmp-content">{a.comment}</p>}
        </li>
      ))}
    </ol>
  );
}
