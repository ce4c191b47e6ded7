// The downloads: the table as Excel (same conditions), and the monthly bulletin of a chosen month
// as PDF or Excel. Plain links: the browser saves what the server sends (audited there).
import { useId, useState } from 'react';
import { useI18n } from '../../i18n/index.ts';
import { addMonths, bulletinUrl, exportUrl, monthOf, type Dimension, type StatsFilter } from './api.ts';

export function Downloads({ filter, by }: { filter: StatsFilter; by: Dimension }) {
  const { t } = useI18n();
  const id = useId();
  const [month, setMonth] = useState(() => addMonths(monthOf(new Date()), -1));
  const ok = /^\d{4}-\d{2}$/.test(month);
  return (
    <section className="sta-section sta-downloads" aria-labelledby={`${id}-h`}>
      <h2 id={`${id}-h`} className="sta-h2">
        {t('sta.downloads')}
      </h2>
      <div className="sta-download-row">
        <a className="sta-link-button" href={exportUrl(filter, by)} download data-testid="sta-export">
          {t('sta.export')}
        </a>
      </div>
      <div className="sta-download-row">
        <div className="sta-field">
          <label htmlFor={`${id}-month`}>{t('sta.bulletinMonth')}</label>
          <input
            id={`${id}-month`}
            className="sta-month"
            type="month"
            value={month}
            onChange={(e) => setMonth(e.target.value)}
          />
        </div>
        {ok && (
          <>
            <a
              className="sta-link-button"
              href={bulletinUrl(month, 'pdf')}
              download
              data-testid="sta-bulletin-pdf"
            >
              {t('sta.bulletinPdf')}
            </a>
            <a
              className="sta-link-button"
              href={bulletinUrl(month, 'xlsx')}
              download
              data-testid="sta-bulletin-xlsx"
            >
              {t('sta.bulletinXlsx')}
            </a>
          </>
        )}
      </div>
    </section>
  );
}
