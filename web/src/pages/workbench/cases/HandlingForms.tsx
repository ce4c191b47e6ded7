// The handling forms of an accepted case: take it on (assign), send it back to review (return), pause
// the clock for a special procedure and end it, and extend the time limit.
import { Input, InputNumber, Select } from 'antd';
import { useState } from 'react';
import { useMe } from '../../../api/auth.ts';
import { codeLabel, SPECIAL_PROCEDURE_KINDS } from '../../../i18n/catalog-codes.ts';
import type { Guide } from '../../catalog/queries.ts';
import { Field, type ActionKit } from './ActionFormKit.tsx';

export const HANDLING_ACTIONS = [
  'assign',
  'return',
  'start-special-procedure',
  'end-special-procedure',
  'extend',
] as const;
type HandlingAction = (typeof HANDLING_ACTIONS)[number];
export const isHandlingAction = (a: string): a is HandlingAction =>
  (HANDLING_ACTIONS as readonly string[]).includes(a);

interface Props {
  kit: ActionKit;
  action: HandlingAction;
  guide: Guide | undefined;
}

export function HandlingForm({ kit, action, guide }: Props) {
  const { t, lang, errors, opinion, reason, submit, form, opinionField, reasonField } = kit;
  const me = useMe().data;
  // The implementation lists its special procedures and the longest each may pause the clock.
  const specials = guide?.content.specialProcedures ?? [];
  const [procedureKind, setProcedureKind] = useState(specials[0]?.kind ?? '');
  const [result, setResult] = useState('');
  const [workingDays, setWorkingDays] = useState<number>(10);

  switch (action) {
    case 'assign':
      return form(<p className="wc-muted">{t('wc.form.assignMe')}</p>, () =>
        submit({}, { action, ...(me && { assigneeId: me.accountId }) }),
      );
    case 'return':
      return form(opinionField(true), () =>
        submit({ opinion: !opinion.trim() }, { action, opinion: opinion.trim() }),
      );
    case 'start-special-procedure':
      return form(
        <>
          <Field id="wc-special-kind" label={t('wc.form.procedureKind')}>
            <Select<string>
              id="wc-special-kind"
              className="wc-status-select"
              value={procedureKind}
              onChange={setProcedureKind}
              options={specials.map((s) => ({
                value: s.kind,
                label: `${codeLabel(SPECIAL_PROCEDURE_KINDS, s.kind, lang)}（${t('wc.form.procedureMax', { n: s.maxWorkingDays })}）`,
              }))}
            />
          </Field>
          {reasonField()}
        </>,
        () =>
          submit(
            { reason: !reason.trim(), procedureKind: !procedureKind },
            { action, procedureKind, reason: reason.trim() },
          ),
      );
    case 'end-special-procedure':
      return form(
        <Field id="wc-special-result" label={t('wc.form.result')} error={errors.result}>
          <Input.TextArea
            id="wc-special-result"
            rows={2}
            maxLength={2000}
            value={result}
            aria-invalid={!!errors.result}
            onChange={(e) => setResult(e.target.value)}
          />
        </Field>,
        () => submit({ result: !result.trim() }, { action, result: result.trim() }),
      );
    case 'extend':
      return form(
        <>
          <Field id="wc-extend-days" label={t('wc.form.workingDays')}>
            <InputNumber<number>
              id="wc-extend-days"
              min={1}
              max={60}
              value={workingDays}
              onChange={(v) => setWorkingDays(v ?? 1)}
            />
          </Field>
          {reasonField()}
        </>,
        () => submit({ reason: !reason.trim() }, { action, workingDays, reason: reason.trim() }),
      );
  }
}
