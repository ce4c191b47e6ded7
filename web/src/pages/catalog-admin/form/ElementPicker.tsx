// Picks a data element to add to the form: a searchable drop-down grouped by the key's first
// segment (申请人信息, 企业信息 …), matching the label or the key.
import { Select } from 'antd';
import { useMemo } from 'react';
import type { DataElement } from '../../../api/catalog-admin.ts';
import { useI18n } from '../../../i18n/index.ts';
import { GROUP_TITLES } from './buildSchema.ts';

interface ElementPickerProps {
  elements: readonly DataElement[];
  taken: ReadonlySet<string>;
  onPick: (key: string) => void;
}

export function ElementPicker({ elements, taken, onPick }: ElementPickerProps) {
  const { t, lang } = useI18n();
  const groups = useMemo(() => {
    const byGroup = new Map<string, DataElement[]>();
    for (const el of elements) {
      if (el.retired || taken.has(el.key)) continue;
      const group = el.key.split('.')[0] ?? el.key;
      byGroup.set(group, [...(byGroup.get(group) ?? []), el]);
    }
    return [...byGroup.entries()].map(([group, els]) => ({
      label: lang === 'zh-CN' ? (GROUP_TITLES[group] ?? group) : group,
      title: group,
      options: els.map((el) => ({
        value: el.key,
        label: `${lang === 'zh-CN' ? el.labelZh : el.labelEn} · ${el.key}`,
      })),
    }));
  }, [elements, taken, lang]);
  return (
    <div className="ca-picker">
      <label htmlFor="ca-element-picker">{t('ca.form.add')}</label>
      <Select
        id="ca-element-picker"
        className="ca-picker-select"
        showSearch={{ optionFilterProp: 'label' }}
        placeholder={t('ca.form.search')}
        value={null}
        onChange={(key: string | null) => key && onPick(key)}
        options={groups}
      />
    </div>
  );
}
