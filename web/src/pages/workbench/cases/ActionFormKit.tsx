// Shared parts of the action forms: a labelled field with its error, the confirm/cancel row and
// the kit each form group builds on. The kit's state (opinion, reason, field errors) lives in the
// panel's form, so text typed for one action is still there after switching to another.
import { Button, Input } from 'antd';
import { useState, type ReactNode } from 'react';
import { useI18n, type Translate } from '../../../i18n/index.ts';
import type { Guide } from '../../catalog/queries.ts';
import type { CaseActionBody, CaseDetail, StaffAction } from './api.ts';
import { isLabelledAction } from './codes.ts';

export type ActionBody = Omit<CaseActionBody, 'seq'>;

export interface FormProps {
  action: StaffAction;
  detail: CaseDetail;
  guide: Guide | undefined;
  missingHint: string[];
  pending: boolean;
  onRun: (body: ActionBody) => void;
  onCancel: () => void;
}

/** Actions whose confirm button is red: they end or undo the application. */
export const DANGER: readonly StaffAction[] = ['refuse', 'deny', 'revoke'];

export function Field({
  id,
  label,
  error,
  children,
}: {
  id: string;
  label: string;
  error?: string | null;
  children: ReactNode;
}) {
  return (
    <div className="wc-field">
      <label htmlFor={id} className="wc-label">
        {label}
      </label>
      {children}
      {error && (
        <p id={`${id}-error`} className="wc-error" role="alert">
          {error}
        </p>
      )}
    </div>
  );
}

function Submit({
  t,
  label,
  pending,
  onCancel,
  danger,
}: {
  t: Translate;
  label: string;
  pending: boolean;
  onCancel: () => void;
  danger?: boolean;
}) {
  return (
    <div className="wc-row wc-submit">
      <Button type="primary" danger={danger} htmlType="submit" loading={pending}>
        {t('wc.form.confirm', { action: label })}
      </Button>
      <Button onClick={onCancel}>{t('wc.actions.cancel')}</Button>
    </div>
  );
}

export type ActionKit = ReturnType<typeof useActionKit>;

/** Blank trimmed text is left out of the body. */
export const opt = (v: string) => (v.trim() ? v.trim() : undefined);

export function useActionKit({ action, pending, onRun, onCancel }: FormProps) {
  const { t, lang } = useI18n();
  const [opinion, setOpinion] = useState('');
  const [reason, setReason] = useState('');
  const [errors, setErrors] = useState<Record<string, string>>({});
  const label = isLabelledAction(action) ? t(`wc.action.${action}`) : action;
  const required = t('wc.form.required');

  /** Sends the body unless a check is true; each true check marks its field as required. */
  const submit = (check: Record<string, boolean>, body: ActionBody) => {
    const found = Object.fromEntries(
      Object.entries(check)
        .filter(([, bad]) => bad)
        .map(([k]) => [k, required]),
    );
    setErrors(found);
    if (Object.keys(found).length === 0) onRun(body);
  };
  const form = (children: ReactNode, onSubmit: () => void) => (
    <form
      noValidate
      onSubmit={(e) => {
        e.preventDefault();
        onSubmit();
      }}
    >
      {children}
      <Submit t={t} label={label} pending={pending} onCancel={onCancel} danger={DANGER.includes(action)} />
    </form>
  );
  const opinionField = (req = false) => (
    <Field
      id={`wc-${action}-opinion`}
      label={req ? t('wc.form.opinion') : t('wc.form.opinionOptional')}
      error={errors.opinion}
    >
      <Input.TextArea
        id={`wc-${action}-opinion`}
        rows={2}
        maxLength={2000}
        value={opinion}
        aria-invalid={!!errors.opinion}
        onChange={(e) => setOpinion(e.target.value)}
      />
    </Field>
  );
  const reasonField = () => (
    <Field id={`wc-${action}-reason`} label={t('wc.form.reason')} error={errors.reason}>
      <Input.TextArea
        id={`wc-${action}-reason`}
        rows={2}
        maxLength={2000}
        value={reason}
        aria-invalid={!!errors.reason}
        aria-required
        onChange={(e) => setReason(e.target.value)}
      />
    </Field>
  );
  return { t, lang, action, errors, opinion, reason, submit, form, opinionField, reasonField };
}
