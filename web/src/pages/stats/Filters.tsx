// The dashboard's conditions: the month range, the dimension of the table and the filters. The
// agency and region choices are the groups the caller may see in the period (the server scopes).
import { Button, Radio, Select } from 'antd';
import { useId } from 'react';
import { useI18n, type MessageKey } from '../../i18n/index.ts';
import { DIMENSIONS, type Dimension, type StatsFilter, type StatsRow } from './api.ts';
import { CHANNEL_CODES, channelName } from './channels.ts';

interface FiltersProps {
  filter: StatsFilter;
  by: Dimension;
  onFilter: (f: StatsFilter) => void;
  onBy: (by: Dimension) => void;
  onReset: () => void;
  agencies: readonly StatsRow[];
  regions: readonly StatsRow[];
}

export function Filters({ filter, by, onFilter, onBy, onReset, agencies, regions }: FiltersProps) {
  const { t, lang } = useI18n();
  const id = useId();
  const set = (patch: Partial<StatsFilter>) => onFilter({ ...filter, ...patch });
  const all = { value: '', label: t('sta.all') };
  return (
    <section className="sta-filters" aria-labelledby={`${id}-h`}>
      <h2 id={`${id}-h`} className="visually-hidden">
        {t('sta.filters')}
      </h2>
      <div className="sta-field">
        <label htmlFor={`${id}-from`}>{t('sta.from')}</label>
        <input
          id={`${id}-from`}
          className="sta-month"
          type="month"
          value={filter.from}
          max={filter.to}
          onChange={(e) => set({ from: e.target.value })}
        />
      </div>
      <div className="sta-field">
        <label htmlFor={`${id}-to`}>{t('sta.to')}</label>
        <input
          id={`${id}-to`}
          className="sta-month"
          type="month"
          value={filter.to}
          min={filter.from}
          onChange={(e) => set({ to: e.target.value })}
        />
      </div>
      <div className="sta-field">
        <label htmlFor={`${id}-agency`}>{t('sta.agency')}</label>
        <Select
          id={`${id}-agency`}
          className="sta-select"
          value={filter.agencyId ?? ''}
          onChange={(v: string) => set({ agencyId: v || undefined })}
          options={[all, ...agencies.map((a) => ({ value: a.key, label: a.label }))]}
          data-testid="sta-agency"
        />
      </div>
      <div className="sta-field">
        <label htmlFor={`${id}-region`}>{t('sta.region')}</label>
        <Select
          id={`${id}-region`}
          className="sta-select"
          value={filter.regionCode ?? ''}
          onChange={(v: string) => set({ regionCode: v || undefined })}
          options={[all, ...regions.map((r) => ({ value: r.key, label: r.label }))]}
        />
      </div>
      <div className="sta-field">
        <label htmlFor={`${id}-channel`}>{t('sta.channel')}</label>
        <Select
          id={`${id}-channel`}
          className="sta-select"
          value={filter.channel ?? ''}
          onChange={(v: string) => set({ channel: v || undefined })}
          options={[all, ...CHANNEL_CODES.map((c) => ({ value: c, label: channelName(c, c, lang) }))]}
        />
      </div>
      <fieldset className="sta-field sta-by">
        <legend>{t('sta.by')}</legend>
        <Radio.Group
          optionType="button"
          value={by}
          onChange={(e) => onBy(e.target.value as Dimension)}
          options={DIMENSIONS.map((d) => ({ value: d, label: t(`sta.by.${d}` as MessageKey) }))}
        />
      </fieldset>
      <div className="sta-field sta-reset">
        <Button onClick={onReset}>{t('sta.reset')}</Button>
      </div>
    </section>
  );
}
