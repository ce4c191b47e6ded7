// The form of the next step, and only of the actions the server allows this caller now (the
// detail's allowedActions). At verification the handler chooses between verifying and appealing;
// every other step has one action. The seq the page saw goes with the action (409 when stale).
import { Button, Input, Radio } from 'antd';
import { useState, type FormEvent, type ReactNode } from 'react';
import { useI18n } from '../../i18n/index.ts';
import { ProblemAlert } from '../cases/ProblemAlert.tsx';
import {
  isStaffAction,
  useRectificationAction,
  type ActionBody,
  type RectificationDetail,
  type StaffAction,
} from './api.ts';

function Field({
  id,
  label,
  error,
  children,
}: {
  id: string;
  label: string;
  error?: boolean;
  children: ReactNode;
}) {
  const { t } = useI18n();
  return (
    <div className="rect-field">
      <label htmlFor={id} className="rect-label">
        {label}
      </label>
      {children}
      {error && (
        <p id={`${id}-error`} className="rect-error" role="alert">
          {t('rect.form.required')}
        </p>
      )}
    </div>
  );
}

/** A group of radio buttons: a fieldset named by its legend. */
function Choice({
  id,
  legend,
  error,
  children,
}: {
  id: string;
  legend: string;
  error?: boolean;
  children: ReactNode;
}) {
  const { t } = useI18n();
  return (
    <fieldset className="rect-field rect-fieldset" id={id}>
      <legend className="rect-label">{legend}</legend>
      {children}
      {error && (
        <p id={`${id}-error`} className="rect-error" role="alert">
          {t('rect.form.required')}
        </p>
      )}
    </fieldset>
  );
}

type Values = Partial<Record<'comment' | 'explanation' | 'measures' | 'message', string>> & {
  reason?: 'mistaken' | 'malicious';
  outcome?: 'upheld' | 'rejected';
  kind?: 'fixed' | 'explained';
  satisfied?: boolean;
};

/** Which fields an action needs (the server checks the same). */
const REQUIRED: Record<StaffAction, (keyof Values)[]> = {
  verify: [],
  appeal: ['reason', 'explanation'],
  'decide-appeal': ['outcome', 'comment'],
  rectify: ['kind', 'measures'],
  feedback: ['message'],
  revisit: ['satisfied'],
};

export function RectificationActionForm({ detail }: { detail: RectificationDetail }) {
  const { t } = useI18n();
  const actions = detail.allowedActions.filter(isStaffAction);
  const [chosen, setChosen] = useState<StaffAction | undefined>(actions[0]);
  const [values, setValues] = useState<Values>({});
  const [missing, setMissing] = useState<(keyof Values)[]>([]);
  const run = useRectificationAction(detail.id);
  const action = chosen && actions.includes(chosen) ? chosen : actions[0];
  if (!action) return null;
  const label = t(`rect.action.${action}`);
  const set = (k: keyof Values, v: Values[keyof Values]) => setValues((s) => ({ ...s, [k]: v }));
  const blank = (k: keyof Values) =>
    values[k] === undefined || (typeof values[k] === 'string' && !values[k].trim());
  const text = (k: 'comment' | 'explanation' | 'measures' | 'message', fieldLabel: string, rows = 3) => (
    <Field id={`rect-${k}`} label={fieldLabel} error={missing.includes(k)}>
      <Input.TextArea
        id={`rect-${k}`}
        rows={rows}
        maxLength={2000}
        value={values[k] ?? ''}
        aria-invalid={missing.includes(k)}
        onChange={(e) => set(k, e.target.value)}
      />
    </Field>
  );
  const radios = <K extends 'reason' | 'outcome' | 'kind'>(k: K, options: NonNullable<Values[K]>[]) => (
    <Choice id={`rect-${k}`} legend={t(`rect.form.${k}`)} error={missing.includes(k)}>
      <Radio.Group value={values[k]} onChange={(e) => set(k, e.target.value as Values[K])}>
        {options.map((o) => (
          <Radio key={o} value={o}>
            {t(`rect.form.${k}.${o}` as never)}
          </Radio>
        ))}
      </Radio.Group>
    </Choice>
  );
  const submit = (e: FormEvent) => {
    e.preventDefault();
    const gaps = REQUIRED[action].filter(blank);
    setMissing(gaps);
    if (gaps.length) return;
    const trim = (s: string | undefined) => (s?.trim() ? s.trim() : undefined);
    const body: ActionBody = {
      action,
      seq: detail.seq,
      ...(trim(values.comment) && { comment: trim(values.comment) }),
      ...(action === 'appeal' && { reason: values.reason, explanation: trim(values.explanation) }),
      ...(action === 'decide-appeal' && { outcome: values.outcome }),
      ...(action === 'rectify' && { kind: values.kind, measures: trim(values.measures) }),
      ...(action === 'feedback' && { message: trim(values.message) }),
      ...(action === 'revisit' && { satisfied: values.satisfied }),
    };
    run.mutate(body, { onSuccess: () => setValues({}) });
  };
  return (
    <section className="admin-panel rect-form" aria-labelledby="rect-form-title" data-testid="rect-form">
      <h2 id="rect-form-title" className="panel-title">
        {t('rect.form.title', { action: label })}
      </h2>
      {actions.length > 1 && (
        <>
          <p className="rect-muted">{t('rect.form.chooseAppeal')}</p>
          <Radio.Group
            className="rect-field"
            aria-label={t('rect.form.title', { action: '' })}
            value={action}
            onChange={(e) => setChosen(e.target.value as StaffAction)}
            optionType="button"
            options={actions.map((a) => ({ value: a, label: t(`rect.action.${a}`) }))}
          />
        </>
      )}
      <form onSubmit={submit} noValidate>
        {action === 'verify' && text('comment', t('rect.form.comment'))}
        {action === 'appeal' && (
          <>
            {radios('reason', ['mistaken', 'malicious'])}
            {text('explanation', t('rect.form.explanation'))}
          </>
        )}
        {action === 'decide-appeal' && (
          <>
            {radios('outcome', ['upheld', 'rejected'])}
            {text('comment', t('rect.form.decisionComment'))}
          </>
        )}
        {action === 'rectify' && (
          <>
            {radios('kind', ['fixed', 'explained'])}
            {text('measures', t('rect.form.measures'), 4)}
          </>
        )}
        {action === 'feedback' && text('message', t('rect.form.message'), 4)}
        {action === 'revisit' && (
          <>
            <Choice
              id="rect-satisfied"
              legend={t('rect.form.satisfied')}
              error={missing.includes('satisfied')}
            >
              <Radio.Group
                value={values.satisfied}
                onChange={(e) => set('satisfied', e.target.value as boolean)}
              >
                <Radio value={true}>{t('rect.form.yes')}</Radio>
                <Radio value={false}>{t('rect.form.no')}</Radio>
              </Radio.Group>
            </Choice>
            {text('comment', t('rect.form.revisitComment'))}
          </>
        )}
        {run.error && <ProblemAlert error={run.error} />}
        <Button type="primary" htmlType="submit" loading={run.isPending} className="rect-submit">
          {t('rect.form.submit', { action: label })}
        </Button>
      </form>
    </section>
  );
}
