// 基本信息 of a bundle definition: name, summary, target, life event, promised limit, visits,
// the venues with a 一件事 window, the consultation phone and keywords. The lead agency is shown
// (or, when creating, picked by the page) but never edited here: the server refuses a change.
import { Select } from 'antd';
import type { ReactNode } from 'react';
import { useVenueOptions } from '../../../api/catalog-admin.ts';
import { codeLabel, type CodeEntry } from '../../../i18n/catalog-codes.ts';
import { useI18n } from '../../../i18n/index.ts';
import { Field, idOf, NumberField, TextField, WordsField } from '../../catalog-admin/editor/fields.tsx';
import { BUNDLE_TARGETS, LIFE_EVENTS } from '../labels.ts';
import type { BundleContent } from '../types.ts';

export interface SectionProps {
  content: BundleContent;
  patch: (changes: Partial<BundleContent>) => void;
}

interface CodeSelectProps<T extends string> {
  label: string;
  path: string;
  table: readonly (CodeEntry & { code: T })[];
  value: T;
  onChange: (value: T) => void;
}

function CodeSelect<T extends string>({ label, path, table, value, onChange }: CodeSelectProps<T>) {
  const { lang } = useI18n();
  return (
    <Field label={label} path={path}>
      <Select
        id={idOf(path)}
        value={value}
        onChange={onChange}
        options={table.map((c) => ({ value: c.code, label: codeLabel(table, c.code, lang) }))}
      />
    </Field>
  );
}

function VenuesField({ content, patch }: SectionProps) {
  const { t } = useI18n();
  const venues = useVenueOptions();
  const options = (venues.data ?? []).map((v) => ({ value: v.id, label: `${v.name}（${v.code}）` }));
  for (const id of content.venueIds)
    if (!options.some((o) => o.value === id)) options.unshift({ value: id, label: id });
  return (
    <Field label={t('bdl.ed.venues')} path="venueIds">
      <Select
        id={idOf('venueIds')}
        mode="multiple"
        showSearch={{ optionFilterProp: 'label' }}
        loading={venues.isPending}
        value={content.venueIds}
        onChange={(venueIds: string[]) => patch({ venueIds })}
        options={options}
      />
    </Field>
  );
}

export function BasicsEditor({ content, patch, lead }: SectionProps & { lead: ReactNode }) {
  const { t } = useI18n();
  return (
    <section className="admin-panel" aria-labelledby="bed-basics">
      <h2 id="bed-basics" className="panel-title">
        {t('bdl.ed.basics')}
      </h2>
      <TextField
        label={t('bdl.ed.name')}
        path="name"
        value={content.name}
        maxLength={100}
        onChange={(name) => patch({ name })}
      />
      <TextField
        label={t('bdl.ed.summary')}
        path="summary"
        rows={4}
        value={content.summary}
        maxLength={1000}
        onChange={(summary) => patch({ summary })}
      />
      {lead}
      <div className="ca-grid">
        <CodeSelect
          label={t('bdl.ed.target')}
          path="target"
          table={BUNDLE_TARGETS}
          value={content.target}
          onChange={(target) => patch({ target })}
        />
        <CodeSelect
          label={t('bdl.ed.lifeEvent')}
          path="lifeEvent"
          table={LIFE_EVENTS}
          value={content.lifeEvent}
          onChange={(lifeEvent) => patch({ lifeEvent })}
        />
        <NumberField
          label={t('bdl.ed.limit')}
          path="promisedLimit.value"
          value={content.promisedLimit.value}
          min={1}
          max={365}
          onChange={(value) => patch({ promisedLimit: { value, unit: 'working-days' } })}
        />
        <NumberField
          label={t('bdl.ed.visits')}
          path="visits"
          value={content.visits}
          min={0}
          max={9}
          onChange={(visits) => patch({ visits })}
        />
        <TextField
          label={t('bdl.ed.phone')}
          path="consultationPhone"
          value={content.consultationPhone}
          maxLength={50}
          onChange={(consultationPhone) => patch({ consultationPhone })}
        />
      </div>
      <VenuesField content={content} patch={patch} />
      <WordsField
        label={t('bdl.ed.keywords')}
        path="keywords"
        hint={t('bdl.ed.keywordsHint')}
        value={content.keywords}
        onChange={(keywords) => patch({ keywords })}
      />
    </section>
  );
}
