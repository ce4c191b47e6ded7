// 申请表: build the form by picking data elements (left) with a live preview (right); the
// advanced tab edits the raw JSON. The content's form is the truth: the field list is read back
// out of it, and every change rebuilds it exactly as the server's buildFormSchema would.
import { Alert, Tabs } from 'antd';
import { useMemo } from 'react';
import { useDataElements } from '../../../api/catalog-admin.ts';
import { LoadError } from '../../../components/LoadError.tsx';
import { useI18n } from '../../../i18n/index.ts';
import type { TabProps } from '../editor/tab-props.ts';
import { AdvancedJson } from './AdvancedJson.tsx';
import { buildFormSchema, fieldsOfForm, type FormField } from './buildSchema.ts';
import { FieldList } from './FieldList.tsx';
import { FormPreview } from './FormPreview.tsx';

export function FormTab({ content, patch }: TabProps) {
  const { t } = useI18n();
  const elements = useDataElements();
  const byKey = useMemo(() => new Map((elements.data ?? []).map((e) => [e.key, e])), [elements.data]);
  const form = content.form;
  const fields = useMemo(() => fieldsOfForm(form, byKey), [form, byKey]);
  const handEdited = useMemo(() => {
    if (!elements.data || fields.some((f) => !byKey.has(f.key))) return fields.length > 0;
    if (fields.length === 0) return false;
    return JSON.stringify(buildFormSchema(fields, byKey)) !== JSON.stringify(form);
  }, [elements.data, fields, byKey, form]);
  const setFields = (next: FormField[]) =>
    patch({
      form: buildFormSchema(
        next.filter((f) => byKey.has(f.key)),
        byKey,
      ),
    });

  if (elements.isError)
    return <LoadError error={elements.error} onRetry={() => void elements.refetch()} headingLevel={2} />;
  const builder = !elements.data ? (
    <p className="ca-muted">{t('ca.form.loadingElements')}</p>
  ) : (
    <div className="ca-form-builder">
      <div className="ca-form-fields">
        {handEdited && (
          <Alert className="form-alert" type="warning" showIcon title={t('ca.form.handEdited')} />
        )}
        <FieldList fields={fields} elements={elements.data} byKey={byKey} onChange={setFields} />
      </div>
      <FormPreview form={form} idPrefix="preview" />
    </div>
  );
  return (
    <div className="ca-tab">
      <Tabs
        items={[
          { key: 'builder', label: t('ca.form.builder'), children: builder },
          {
            key: 'advanced',
            label: t('ca.form.advanced'),
            children: (
              <div className="ca-form-builder">
                <AdvancedJson
                  key={JSON.stringify(form)}
                  form={form}
                  onChange={(next) => patch({ form: next })}
                />
                <FormPreview form={form} idPrefix="preview-advanced" />
              </div>
            ),
          },
        ]}
      />
    </div>
  );
}
