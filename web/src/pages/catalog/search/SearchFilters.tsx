// Filters of the catalog search: service target, theme, agency, district, handling mode and
// 全市通办. Every control has a visible label; changes go straight to the URL.
import { Button, Checkbox, Select } from 'antd';
import { useDistricts } from '../../../api/queries.ts';
import {
  codeLabel,
  HANDLING_MODES,
  SERVICE_TARGETS,
  THEMES,
  type CodeEntry,
} from '../../../i18n/catalog-codes.ts';
import { useI18n, type MessageKey } from '../../../i18n/index.ts';
import { localName } from '../../../i18n/localName.ts';
import { useAgencies } from '../queries.ts';
import type { SearchFilterState } from '../useSearchFilter.ts';

const ANY = '';

interface FieldProps {
  id: string;
  label: MessageKey;
  value: string | undefined;
  options: { value: string; label: string }[];
  onChange: (value: string | undefined) => void;
  loading?: boolean;
  anyLabel?: MessageKey;
}

function FilterSelect({ id, label, value, options, onChange, loading, anyLabel }: FieldProps) {
  const { t } = useI18n();
  return (
    <div className="filter-field">
      <label htmlFor={id}>{t(label)}</label>
      <Select
        id={id}
        value={value ?? ANY}
        loading={loading}
        options={[{ value: ANY, label: t(anyLabel ?? 'search.any') }, ...options]}
        onChange={(next: string) => onChange(next || undefined)}
        showSearch={{ optionFilterProp: 'label' }}
      />
    </div>
  );
}

export function SearchFilters({ state }: { state: SearchFilterState }) {
  const { t, lang } = useI18n();
  const districts = useDistricts();
  const agencies = useAgencies();
  const { filter, setFilter } = state;
  const fromTable = (table: readonly CodeEntry[]) =>
    table.map((e) => ({ value: e.code, label: codeLabel(table, e.code, lang) }));
  const filtered = Object.keys(filter).some((k) => k !== 'q');

  return (
    <section className="catalog-filters" aria-labelledby="catalog-filters-title">
      <h2 id="catalog-filters-title" className="visually-hidden">
        {t('search.filters')}
      </h2>
      <div className="catalog-filter-grid">
        <FilterSelect
          id="filter-target"
          label="search.target"
          value={filter.target}
          options={fromTable(SERVICE_TARGETS)}
          onChange={(v) => setFilter({ target: v })}
        />
        <FilterSelect
          id="filter-theme"
          label="search.theme"
          value={filter.theme}
          options={fromTable(THEMES)}
          onChange={(v) => setFilter({ theme: v })}
        />
        <FilterSelect
          id="filter-agency"
          label="search.agency"
          value={filter.agencyId}
          loading={agencies.isPending}
          options={(agencies.data ?? []).map((a) => ({ value: a.id, label: localName(a, lang) }))}
          onChange={(v) => setFilter({ agencyId: v })}
        />
        <FilterSelect
          id="filter-region"
          label="search.region"
          anyLabel="search.allCity"
          value={filter.regionCode}
          loading={districts.isPending}
          options={(districts.data ?? []).map((d) => ({ value: d.code, label: localName(d, lang) }))}
          onChange={(v) => setFilter({ regionCode: v })}
        />
        <FilterSelect
          id="filter-mode"
          label="search.mode"
          value={filter.mode}
          options={fromTable(HANDLING_MODES)}
          onChange={(v) => setFilter({ mode: v })}
        />
      </div>
      <div className="catalog-filter-row">
        <Checkbox
          checked={filter.cityWide === true}
          onChange={(e) => setFilter({ cityWide: e.target.checked })}
        >
          {t('search.cityWide')}
        </Checkbox>
        {filtered && (
          <Button type="link" onClick={state.clearFilters}>
            {t('search.clear')}
          </Button>
        )}
      </div>
    </section>
  );
}
