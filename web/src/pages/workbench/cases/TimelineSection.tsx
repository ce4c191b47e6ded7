// The timeline of a case: its append-only action log, newest last, with who acted and how.
import { Timeline } from 'antd';
import { codeLabel } from '../../../i18n/catalog-codes.ts';
import { formatDateTime } from '../../../i18n/format.ts';
import { useI18n } from '../../../i18n/index.ts';
import type { CaseDetail } from './api.ts';
import { CHANNEL_LABELS, isLabelledAction } from './codes.ts';
import { StatusTag } from './StatusTag.tsx';

const ACTOR_KINDS = ['applicant', 'agent', 'staff', 'staff-for-person', 'system'] as const;
type ActorKind = (typeof ACTOR_KINDS)[number];
const isActorKind = (v: string): v is ActorKind => (ACTOR_KINDS as readonly string[]).includes(v);

export function TimelineSection({ detail }: { detail: CaseDetail }) {
  const { t, lang } = useI18n();
  const actionLabel = (a: string) => (isLabelledAction(a) ? t(`wc.action.${a}`) : a);
  return (
    <section className="admin-panel" aria-labelledby="wc-timeline-title" data-testid="case-timeline">
      <h2 id="wc-timeline-title" className="panel-title">
        {t('wc.timeline.title')}
      </h2>
      <Timeline
        className="wc-timeline"
        items={detail.actions.map((a) => ({
          key: a.seq,
          content: (
            <div>
              <strong>{actionLabel(a.action)}</strong> <StatusTag status={a.toStatus} />
              <div className="wc-timeline-meta">
                {formatDateTime(a.at, lang)} ·{' '}
                {t('wc.timeline.by', {
                  name: a.actorName,
                  kind: isActorKind(a.actorKind) ? t(`wc.actorKind.${a.actorKind}`) : a.actorKind,
                })}
                {a.channel && ` · ${codeLabel(CHANNEL_LABELS, a.channel, lang)}`}
              </div>
              {a.opinion && <div>{t('wc.timeline.opinion', { text: a.opinion })}</div>}
            </div>
          ),
        }))}
      />
    </section>
  );
}
