// The left half of the form builder: the picked fields (label and key, required, title override,
// help text, widget), reorderable, and the picker that adds one.
import { Input, Select, Switch } from 'antd';
import type { DataElement } from '../../../api/catalog-admin.ts';
import { useI18n } from '../../../i18n/index.ts';
import { Field, idOf } from '../editor/fields.tsx';
import { ListEditor } from '../editor/ListEditor.tsx';
import type { FormField } from './buildSchema.ts';
import { ElementPicker } from './ElementPicker.tsx';

interface FieldListProps {
  fields: readonly FormField[];
  elements: readonly DataElement[];
  byKey: ReadonlyMap<string, DataElement>;
  onChange: (fields: FormField[]) => void;
}

export function FieldList({ fields, elements, byKey, onChange }: FieldListProps) {
  const { t, lang } = useI18n();
  const labelOf = (key: string) => {
    const el = byKey.get(key);
    if (!el) return `${t('ca.form.unknown')} · ${key}`;
    return `${lang === 'zh-CN' ? el.labelZh : el.labelEn} · ${key}`;
  };
  const widgets = ['textarea', 'radio', 'select'] as const;
  return (
    <ListEditor<FormField>
      title={t('ca.form.fields')}
      name={t('ca.form.field')}
      path="form.fields"
      level={3}
      items={fields}
      onChange={onChange}
      create={() => ({ key: '', required: false })}
      legend={(f) => labelOf(f.key)}
      adder={
        <ElementPicker
          elements={elements}
          taken={new Set(fields.map((f) => f.key))}
          onPick={(key) => onChange([...fields, { key, required: false }])}
        />
      }
      render={(f, update, path) => {
        const label = labelOf(f.key);
        const set = <K extends keyof FormField>(key: K, value: FormField[K] | '') => {
          const next = { ...f };
          if (value === '' || value === undefined) delete next[key];
          else next[key] = value as FormField[K];
          update(next);
        };
        return (
          <div className="ca-grid">
            <Field label={t('ca.form.required')} path={`${path}.required`}>
              <Switch
                id={idOf(`${path}.required`)}
                aria-label={`${t('ca.form.required')}：${label}`}
                checked={f.required}
                onChange={(required) => update({ ...f, required })}
              />
            </Field>
            <Field label={t('ca.form.titleOverride')} path={`${path}.title`}>
              <Input
                id={idOf(`${path}.title`)}
                value={f.title ?? ''}
                maxLength={100}
                onChange={(e) => set('title', e.target.value)}
              />
            </Field>
            <Field label={t('ca.form.help')} path={`${path}.help`}>
              <Input
                id={idOf(`${path}.help`)}
                value={f.help ?? ''}
                maxLength={300}
                onChange={(e) => set('help', e.target.value)}
              />
            </Field>
            <Field label={t('ca.form.widget')} path={`${path}.widget`}>
              <Select
                id={idOf(`${path}.widget`)}
                value={f.widget ?? ''}
                onChange={(w: string) => set('widget', w as FormField['widget'] | '')}
                options={[
                  { value: '', label: t('ca.form.widget.default') },
                  ...widgets.map((w) => ({ value: w, label: t(`ca.form.widget.${w}`) })),
                ]}
              />
            </Field>
          </div>
        );
      }}
    />
  );
}
