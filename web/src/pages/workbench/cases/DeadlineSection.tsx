// The deadline explanation of an accepted case: the limits and due dates, the pauses of special
// procedures, any extension and the exceptional days crossed — so the clerk can say why a date is
// what it is.
import { Descriptions } from 'antd';
import { codeLabel, SPECIAL_PROCEDURE_KINDS } from '../../../i18n/catalog-codes.ts';
import { useI18n } from '../../../i18n/index.ts';
import { formatLimit } from '../../catalog/guide/format.ts';
import type { DeadlineExplanation } from './api.ts';
import { UrgencyMark } from './UrgencyMark.tsx';

export function DeadlineSection({ deadline }: { deadline: DeadlineExplanation | null | undefined }) {
  const { t, lang } = useI18n();
  return (
    <section className="admin-panel" aria-labelledby="wc-deadline-title" data-testid="case-deadline">
      <h2 id="wc-deadline-title" className="panel-title">
        {t('wc.deadline.title')}
      </h2>
      {!deadline ? (
        <p className="wc-muted">{t('wc.deadline.notYet')}</p>
      ) : (
        <>
          <Descriptions
            bordered
            size="small"
            column={1}
            items={[
              { key: 'acc', label: t('wc.deadline.acceptedOn'), children: deadline.acceptedOn },
              {
                key: 'statutory',
                label: t('wc.deadline.statutory'),
                children: `${formatLimit(deadline.statutoryLimit, t, lang)} → ${deadline.statutoryDue}`,
              },
              {
                key: 'promised',
                label: t('wc.deadline.promised'),
                children: `${formatLimit(deadline.promisedLimit, t, lang)} → ${deadline.promisedDue}`,
              },
              {
                key: 'pauses',
                label: t('wc.deadline.pauses'),
                children:
                  deadline.pauses.length === 0 ? (
                    t('wc.deadline.none')
                  ) : (
                    <ul className="wc-deadline-list">
                      {deadline.pauses.map((p) => (
                        <li key={`${p.kind}|${p.from}`}>
                          {t('wc.deadline.pause', {
                            kind: codeLabel(SPECIAL_PROCEDURE_KINDS, p.kind, lang),
                            from: p.from,
                            to: p.to ?? t('wc.deadline.pauseOpen'),
                            wd: p.workingDays,
                          })}
                        </li>
                      ))}
                    </ul>
                  ),
              },
              {
                key: 'extension',
                label: t('wc.deadline.extension'),
                children:
                  deadline.extensionDays > 0
                    ? t('wc.deadline.extensionDays', { n: deadline.extensionDays })
                    : t('wc.deadline.none'),
              },
              {
                key: 'crossed',
                label: t('wc.deadline.crossed'),
                children:
                  deadline.crossedDays.length === 0 ? (
                    t('wc.deadline.none')
                  ) : (
                    <ul className="wc-deadline-list">
                      {deadline.crossedDays.map((d) => (
                        <li key={d.date}>
                          {d.date} {d.name}（{t(d.kind === 'rest' ? 'wc.deadline.rest' : 'wc.deadline.work')}
                          ）
                        </li>
                      ))}
                    </ul>
                  ),
              },
              {
                key: 'urgency',
                label: t('wc.detail.urgency'),
                children: <UrgencyMark urgency={deadline.urgency} />,
              },
            ]}
          />
          {deadline.provisional && <p className="wc-muted">{t('wc.deadline.provisional')}</p>}
        </>
      )}
    </section>
  );
}
