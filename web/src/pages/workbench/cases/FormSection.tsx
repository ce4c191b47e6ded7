// The application form's answers, read-only, labelled with the titles of the pinned form schema.
import { Descriptions } from 'antd';
import { useI18n } from '../../../i18n/index.ts';
import { zhWhenForeign } from '../../catalog/guide/format.ts';
import type { CaseDetail } from './api.ts';

type FormSchema = Record<string, unknown>;

/** The form's answers as label/value rows (titles from the schema), for reading. */
function formRows(
  schema: FormSchema,
  data: Record<string, unknown>,
): { key: string; label: string; value: string }[] {
  const rows: { key: string; label: string; value: string }[] = [];
  const walk = (node: FormSchema, value: unknown, path: string) => {
    const properties = node.properties as Record<string, FormSchema> | undefined;
    if (properties && value && typeof value === 'object') {
      for (const [key, child] of Object.entries(properties))
        walk(child, (value as Record<string, unknown>)[key], `${path}/${key}`);
      return;
    }
    if (value === undefined || value === null || value === '') return;
    const options = node.oneOf as { const?: unknown; title?: string }[] | undefined;
    const option = options?.find((o) => o.const === value);
    rows.push({
      key: path,
      label: typeof node.title === 'string' ? node.title : path,
      value: option?.title ?? (Array.isArray(value) ? value.join('、') : String(value)),
    });
  };
  walk(schema, data, '');
  return rows;
}

export function FormSection({ detail, schema }: { detail: CaseDetail; schema: FormSchema | undefined }) {
  const { t, lang } = useI18n();
  const rows = schema ? formRows(schema, detail.formData) : [];
  if (rows.length === 0) return null;
  return (
    <section className="admin-panel" aria-labelledby="wc-form-title" data-testid="case-form-data">
      <h2 id="wc-form-title" className="panel-title">
        {t('wc.form.title')}
      </h2>
      <Descriptions
        bordered
        size="small"
        column={1}
        items={rows.map((r) => ({
          key: r.key,
          label: <span lang={zhWhenForeign(lang)}>{r.label}</span>,
          children: r.value,
        }))}
      />
    </section>
  );
}
