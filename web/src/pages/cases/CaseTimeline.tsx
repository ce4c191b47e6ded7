// The case's history (办理过程) from its append-only action log: what happened, who did it
// (the applicant, their agent, staff, the system), when, and the opinion or correction items.
import { codeLabel } from '../../i18n/catalog-codes.ts';
import { formatDateTime } from '../../i18n/format.ts';
import { useI18n } from '../../i18n/index.ts';
import { zhWhenForeign } from '../catalog/guide/format.ts';
import { StatusTag } from './CaseBits.tsx';
import { ACTOR_KINDS, CASE_ACTIONS, CHANNELS } from './labels.ts';
import type { CaseActionEntry } from './types.ts';

export interface CorrectionItem {
  materialKey?: string;
  text: string;
}

/** The items of a request-correction entry's detail (defensive: the detail is free-form). */
export function correctionItems(entry: CaseActionEntry | undefined): CorrectionItem[] {
  const items = entry?.detail.items;
  if (!Array.isArray(items)) return [];
  return items.flatMap((i): CorrectionItem[] => {
    if (!i || typeof i !== 'object') return [];
    const { materialKey, text } = i as Record<string, unknown>;
    if (typeof text !== 'string') return [];
    return [{ text, ...(typeof materialKey === 'string' && { materialKey }) }];
  });
}

const detailText = (entry: CaseActionEntry, key: string): string | null => {
  const value = entry.detail[key];
  return typeof value === 'string' && value ? value : null;
};

export function CaseTimeline({ actions }: { actions: readonly CaseActionEntry[] }) {
  const { t, lang } = useI18n();
  const zh = zhWhenForeign(lang);
  const entries = [...actions].sort((a, b) => b.seq - a.seq);
  if (entries.length === 0) return <p className="case-muted">{t('cases.timeline.empty')}</p>;
  return (
    <ol className="case-timeline" data-testid="case-timeline">
      {entries.map((entry) => {
        const items = entry.action === 'request-correction' ? correctionItems(entry) : [];
        const given = detailText(entry, 'reason');
        // Some actions record the reason as the opinion too: say it once.
        const reason = given && given !== entry.opinion ? given : null;
        return (
          <li key={entry.seq} className="case-timeline-entry">
            <div className="case-timeline-head">
              <strong className="case-timeline-action">{codeLabel(CASE_ACTIONS, entry.action, lang)}</strong>
              {entry.fromStatus !== entry.toStatus && <StatusTag status={entry.toStatus} />}
            </div>
            <p className="case-timeline-meta">
              <time dateTime={entry.at}>{formatDateTime(entry.at, lang)}</time>
              <span>
                {codeLabel(ACTOR_KINDS, entry.actorKind, lang)}
                {entry.actorName && <span lang={zh}>（{entry.actorName}）</span>}
              </span>
              {entry.channel && <span>{codeLabel(CHANNELS, entry.channel, lang)}</span>}
            </p>
            {entry.opinion && (
              <p className="case-timeline-opinion">
                {t('cases.timeline.opinion')}：<span lang={zh}>{entry.opinion}</span>
              </p>
            )}
            {reason && (
              <p className="case-timeline-opinion">
                {t('cases.timeline.reason')}：<span lang={zh}>{reason}</span>
              </p>
            )}
            {items.length > 0 && (
              <ol className="case-correction-items" lang={zh}>
                {items.map((item, index) => (
                  <li key={index}>{item.text}</li>
                ))}
              </ol>
            )}
          </li>
        );
      })}
    </ol>
  );
}
