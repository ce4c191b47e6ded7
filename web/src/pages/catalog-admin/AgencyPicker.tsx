// A searchable agency drop-down over /api/v1/agencies (name search on the server).
import { Select } from 'antd';
import { useDeferredValue, useState } from 'react';
import { useAgencyOptions } from '../../api/catalog-admin.ts';

interface AgencyPickerProps {
  id: string;
  value: string | undefined;
  onChange: (value: string | undefined) => void;
  allowClear?: boolean;
  placeholder?: string;
  ariaLabel?: string;
}

export function AgencyPicker({ id, value, onChange, allowClear, placeholder, ariaLabel }: AgencyPickerProps) {
  const [search, setSearch] = useState('');
  const q = useDeferredValue(search.trim());
  const agencies = useAgencyOptions(q);
  const options = (agencies.data ?? []).map((a) => ({ value: a.id, label: a.name }));
  if (value && !options.some((o) => o.value === value)) options.unshift({ value, label: value });
  return (
    <Select
      id={id}
      aria-label={ariaLabel}
      showSearch={{ filterOption: false, onSearch: setSearch }}
      value={value}
      onChange={(v: string | undefined) => onChange(v)}
      allowClear={allowClear}
      placeholder={placeholder}
      loading={agencies.isFetching}
      options={options}
    />
  );
}

interface AgenciesPickerProps {
  id: string;
  value: readonly string[];
  onChange: (value: string[]) => void;
}

/** Several agencies (co-implementing agencies). */
export function AgenciesPicker({ id, value, onChange }: AgenciesPickerProps) {
  const [search, setSearch] = useState('');
  const q = useDeferredValue(search.trim());
  const agencies = useAgencyOptions(q);
  const options = (agencies.data ?? []).map((a) => ({ value: a.id, label: a.name }));
  for (const v of value) if (!options.some((o) => o.value === v)) options.unshift({ value: v, label: v });
  return (
    <Select
      id={id}
      mode="multiple"
      showSearch={{ filterOption: false, onSearch: setSearch }}
      value={[...value]}
      onChange={(v: string[]) => onChange(v)}
      options={options}
    />
  );
}
