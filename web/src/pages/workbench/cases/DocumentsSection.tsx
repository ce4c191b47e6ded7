// The case's documents: the clerk opens the PDF to print a notice for the applicant.
import { codeLabel } from '../../../i18n/catalog-codes.ts';
import { formatDateTime } from '../../../i18n/format.ts';
import { useI18n } from '../../../i18n/index.ts';
import { documentUrl, type CaseDetail } from './api.ts';
import { DOCUMENT_KIND_LABELS } from './codes.ts';

export function DocumentsSection({ detail }: { detail: CaseDetail }) {
  const { t, lang } = useI18n();
  return (
    <section className="admin-panel" aria-labelledby="wc-documents-title" data-testid="case-documents">
      <h2 id="wc-documents-title" className="panel-title">
        {t('wc.documents.title')}
      </h2>
      {detail.documents.length === 0 ? (
        <p className="wc-muted">{t('wc.documents.none')}</p>
      ) : (
        <>
          <p className="wc-muted">{t('wc.documents.lead')}</p>
          <ul className="wc-docs">
            {detail.documents.map((d) => {
              const name = codeLabel(DOCUMENT_KIND_LABELS, d.kind, lang);
              return (
                <li key={d.id}>
                  <a href={documentUrl(detail.id, d.id)} target="_blank" rel="noopener" data-kind={d.kind}>
                    {t('wc.documents.open', { name })}
                  </a>{' '}
                  <span className="wc-muted">
                    {d.number} · {formatDateTime(d.createdAt, lang)}
                  </span>
                </li>
              );
            })}
          </ul>
        </>
      )}
    </section>
  );
}
