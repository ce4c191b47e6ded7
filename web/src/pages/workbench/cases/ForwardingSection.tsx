// The forwarding record (收件后转寄) and the special procedures of a case. Both are free-form
// records on the server, so every value is read defensively.
import { Descriptions } from 'antd';
import { codeLabel, SPECIAL_PROCEDURE_KINDS } from '../../../i18n/catalog-codes.ts';
import { formatDateTime } from '../../../i18n/format.ts';
import { useI18n } from '../../../i18n/index.ts';
import type { CaseDetail } from './api.ts';

const text = (v: unknown): string => (typeof v === 'string' || typeof v === 'number' ? String(v) : '');

export function ForwardingSection({ detail }: { detail: CaseDetail }) {
  const { t, lang } = useI18n();
  const f = detail.forwarding;
  if (!f && detail.specialProcedures.length === 0) return null;
  return (
    <>
      {f && (
        <section className="admin-panel" aria-labelledby="wc-forwarding-title" data-testid="case-forwarding">
          <h2 id="wc-forwarding-title" className="panel-title">
            {t('wc.forwarding.title')}
          </h2>
          <Descriptions
            bordered
            size="small"
            column={1}
            items={[
              { key: 'courier', label: t('wc.forwarding.courier'), children: text(f.courier) || '—' },
              {
                key: 'tracking',
                label: t('wc.forwarding.tracking'),
                children: text(f.trackingNumber) || '—',
              },
              {
                key: 'received',
                label: t('wc.forwarding.received'),
                children: text(f.receivedAt) ? formatDateTime(text(f.receivedAt), lang) : '—',
              },
            ]}
          />
        </section>
      )}
      {detail.specialProcedures.length > 0 && (
        <section className="admin-panel" aria-labelledby="wc-special-title">
          <h2 id="wc-special-title" className="panel-title">
            {t('wc.special.title')}
          </h2>
          <ul className="wc-deadline-list">
            {detail.specialProcedures.map((p, i) => (
              <li key={i}>
                {codeLabel(SPECIAL_PROCEDURE_KINDS, text(p.kind), lang)}: {text(p.startedOn) || text(p.from)}{' '}
                — {text(p.endedOn) || text(p.to) || t('wc.deadline.pauseOpen')}
                {text(p.reason) && ` · ${text(p.reason)}`}
                {text(p.result) && ` · ${text(p.result)}`}
              </li>
            ))}
          </ul>
        </section>
      )}
    </>
  );
}
