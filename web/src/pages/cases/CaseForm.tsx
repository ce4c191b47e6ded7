// The application form of an implementation, rendered from its JSON Schema with @rjsf/antd as the
// catalog's form preview does, validated by the CSP-safe cfworker validator. The parent keeps the
// data; `validate()` on the handle shows the errors and answers whether the form may be sent.
import RjsfForm from '@rjsf/antd';
import type CoreForm from '@rjsf/core';
import type { RJSFSchema, UiSchema } from '@rjsf/utils';
import { Alert } from 'antd';
import { Component, useImperativeHandle, useRef, type ReactNode, type Ref } from 'react';
import { cfworkerValidator } from '../../forms/cfworkerValidator.ts';
import { useI18n, type MessageKey } from '../../i18n/index.ts';
import type { GuideContent } from '../catalog/queries.ts';

type ApplicationForm = GuideContent['form'];

const MESSAGES: Record<string, MessageKey> = {
  required: 'ca.v.required',
  maxLength: 'ca.v.maxLength',
  format: 'ca.v.format',
  type: 'ca.v.type',
  oneOf: 'ca.v.choice',
  enum: 'ca.v.choice',
  const: 'ca.v.choice',
};

class FormBoundary extends Component<{ children: ReactNode }, { error: Error | null }> {
  override state = { error: null as Error | null };
  static getDerivedStateFromError(error: Error) {
    return { error };
  }
  override render() {
    if (this.state.error) return <Alert type="error" showIcon title={this.state.error.message} />;
    return this.props.children;
  }
}

export interface CaseFormHandle {
  validate: () => boolean;
}

interface CaseFormProps {
  form: ApplicationForm;
  data: Record<string, unknown>;
  onChange: (data: Record<string, unknown>) => void;
  idPrefix: string;
  handle?: Ref<CaseFormHandle>;
  readonly?: boolean;
}

export function hasFields(form: ApplicationForm): boolean {
  const properties = (form.schema as { properties?: Record<string, unknown> }).properties;
  return Boolean(properties && Object.keys(properties).length > 0);
}

export function CaseForm({ form, data, onChange, idPrefix, handle, readonly }: CaseFormProps) {
  const { t } = useI18n();
  const ref = useRef<CoreForm<Record<string, unknown>>>(null);
  useImperativeHandle(handle, () => ({ validate: () => ref.current?.validateForm() ?? true }), []);
  if (!hasFields(form)) return <p className="case-muted">{t('cases.form.empty')}</p>;
  const ui: UiSchema = { ...form.ui, 'ui:submitButtonOptions': { norender: true } };
  return (
    <div className="case-form" data-testid="case-form">
      <FormBoundary>
        <RjsfForm
          ref={ref}
          schema={form.schema as RJSFSchema}
          uiSchema={ui}
          validator={cfworkerValidator}
          formData={data}
          onChange={(e) => onChange((e.formData ?? {}) as Record<string, unknown>)}
          idPrefix={idPrefix}
          liveValidate="onBlur"
          showErrorList={false}
          transformErrors={(errors) =>
            errors.map((e) => ({ ...e, message: t(MESSAGES[e.name ?? ''] ?? 'ca.v.other') }))
          }
          noHtml5Validate
          readonly={readonly}
          tagName="div"
        />
      </FormBoundary>
    </div>
  );
}

/** The form's answers as label/value rows (one level of nesting), for the review step. */
export function formRows(
  form: ApplicationForm,
  data: Record<string, unknown>,
): { label: string; value: string }[] {
  const rows: { label: string; value: string }[] = [];
  const walk = (schema: Record<string, unknown>, ui: unknown, value: unknown, name: string) => {
    const properties = schema.properties as Record<string, Record<string, unknown>> | undefined;
    const uiOf = (key: string): unknown =>
      ui && typeof ui === 'object' ? (ui as Record<string, unknown>)[key] : undefined;
    if (properties && value && typeof value === 'object') {
      // In the form's order (ui:order), then any field it does not name.
      const order = uiOf('ui:order');
      const named = Array.isArray(order)
        ? order.filter((k): k is string => typeof k === 'string' && k in properties)
        : [];
      const keys = [...named, ...Object.keys(properties).filter((k) => !named.includes(k))];
      for (const key of keys)
        walk(properties[key] ?? {}, uiOf(key), (value as Record<string, unknown>)[key], key);
      return;
    }
    if (value === undefined || value === null || value === '') return;
    const title = typeof schema.title === 'string' ? schema.title : name;
    const options = schema.oneOf as { const?: unknown; title?: string }[] | undefined;
    const option = options?.find((o) => o.const === value);
    rows.push({
      label: title,
      value: option?.title ?? (Array.isArray(value) ? value.join('、') : String(value)),
    });
  };
  walk(form.schema, form.ui, data, '');
  return rows;
}
