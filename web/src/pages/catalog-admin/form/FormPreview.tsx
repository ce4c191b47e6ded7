// Live preview of the application form with @rjsf/antd, validated by the CSP-safe cfworker
// validator (never validator-ajv8: it compiles with `new Function`). A schema rjsf cannot render
// (hand-edited in the advanced tab) shows its error instead of breaking the editor.
import RjsfForm from '@rjsf/antd';
import type { RJSFSchema, UiSchema } from '@rjsf/utils';
import { Alert } from 'antd';
import { Component, useState, type ReactNode } from 'react';
import { cfworkerValidator } from '../../../forms/cfworkerValidator.ts';
import { useI18n, type MessageKey } from '../../../i18n/index.ts';
import type { ApplicationForm } from '../content-types.ts';

/** cfworker's messages are English sentences: the preview shows short texts in the UI language. */
const MESSAGES: Record<string, MessageKey> = {
  required: 'ca.v.required',
  maxLength: 'ca.v.maxLength',
  format: 'ca.v.format',
  type: 'ca.v.type',
  oneOf: 'ca.v.choice',
  enum: 'ca.v.choice',
  const: 'ca.v.choice',
};

class PreviewBoundary extends Component<{ children: ReactNode }, { error: Error | null }> {
  override state = { error: null as Error | null };
  static getDerivedStateFromError(error: Error) {
    return { error };
  }
  override render() {
    if (this.state.error)
      return <Alert type="error" showIcon title={this.state.error.message} className="form-alert" />;
    return this.props.children;
  }
}

export function FormPreview({ form, idPrefix }: { form: ApplicationForm; idPrefix: string }) {
  const { t } = useI18n();
  const [data, setData] = useState<unknown>({});
  const properties = (form.schema as { properties?: Record<string, unknown> }).properties;
  const empty = !properties || Object.keys(properties).length === 0;
  const ui: UiSchema = { ...form.ui, 'ui:submitButtonOptions': { norender: true } };
  return (
    <section className="ca-preview" aria-labelledby={`${idPrefix}-title`} data-testid={idPrefix}>
      <h3 id={`${idPrefix}-title`} className="ca-list-title">
        {t('ca.form.preview')}
      </h3>
      {empty ? (
        <p className="ca-muted">{t('ca.form.previewEmpty')}</p>
      ) : (
        <PreviewBoundary key={JSON.stringify(form)}>
          <RjsfForm
            schema={form.schema as RJSFSchema}
            uiSchema={ui}
            validator={cfworkerValidator}
            formData={data}
            onChange={(e) => setData(e.formData)}
            idPrefix={idPrefix}
            liveValidate="onBlur"
            showErrorList={false}
            transformErrors={(errors) =>
              errors.map((e) => ({ ...e, message: t(MESSAGES[e.name ?? ''] ?? 'ca.v.other') }))
            }
            noHtml5Validate
            tagName="div"
          />
        </PreviewBoundary>
      )}
    </section>
  );
}
