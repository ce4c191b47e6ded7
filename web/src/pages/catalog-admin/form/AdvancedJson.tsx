// 高级: the form's raw JSON Schema and uiSchema in text areas. Parse errors show under the area;
// "应用" writes both into the content (the server checks the schema on save and publication).
import { Alert, Button, Form, Input } from 'antd';
import { useState } from 'react';
import { useI18n } from '../../../i18n/index.ts';
import type { ApplicationForm } from '../content-types.ts';

interface AdvancedJsonProps {
  form: ApplicationForm;
  onChange: (form: ApplicationForm) => void;
}

function parseObject(text: string): { value?: Record<string, unknown>; error?: string } {
  try {
    const value: unknown = JSON.parse(text);
    if (typeof value !== 'object' || value === null || Array.isArray(value))
      return { error: 'not a JSON object' };
    return { value: value as Record<string, unknown> };
  } catch (e) {
    return { error: e instanceof Error ? e.message : String(e) };
  }
}

export function AdvancedJson({ form, onChange }: AdvancedJsonProps) {
  const { t } = useI18n();
  const [schemaText, setSchemaText] = useState(() => JSON.stringify(form.schema, null, 2));
  const [uiText, setUiText] = useState(() => JSON.stringify(form.ui, null, 2));
  const schema = parseObject(schemaText);
  const ui = parseObject(uiText);
  const changed =
    schemaText !== JSON.stringify(form.schema, null, 2) || uiText !== JSON.stringify(form.ui, null, 2);
  return (
    <div className="ca-advanced">
      <Form.Item
        label={t('ca.form.schema')}
        htmlFor="ca-form-schema"
        validateStatus={schema.error ? 'error' : undefined}
        help={schema.error && t('ca.form.jsonError', { message: schema.error })}
      >
        <Input.TextArea
          id="ca-form-schema"
          className="ca-json"
          rows={16}
          spellCheck={false}
          value={schemaText}
          onChange={(e) => setSchemaText(e.target.value)}
        />
      </Form.Item>
      <Form.Item
        label={t('ca.form.ui')}
        htmlFor="ca-form-ui"
        validateStatus={ui.error ? 'error' : undefined}
        help={ui.error && t('ca.form.jsonError', { message: ui.error })}
      >
        <Input.TextArea
          id="ca-form-ui"
          className="ca-json"
          rows={8}
          spellCheck={false}
          value={uiText}
          onChange={(e) => setUiText(e.target.value)}
        />
      </Form.Item>
      {changed && !schema.error && !ui.error && (
        <Alert className="form-alert" type="info" showIcon title={t('ca.unsaved')} />
      )}
      <Button
        disabled={!changed || Boolean(schema.error || ui.error)}
        onClick={() => schema.value && ui.value && onChange({ schema: schema.value, ui: ui.value })}
      >
        {t('ca.form.apply')}
      </Button>
    </div>
  );
}
