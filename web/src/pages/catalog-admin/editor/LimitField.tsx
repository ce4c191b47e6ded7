// A time limit: on the spot, or a number of working days / natural days / months. `optional`
// adds "none" (a situation option that keeps the item's limits).
import { InputNumber, Radio, Select } from 'antd';
import { useI18n } from '../../../i18n/index.ts';
import { CODE_TABLES, type CodeOf } from '../codes.ts';
import type { TimeLimit } from '../content-types.ts';
import { useLabels } from '../labels.ts';
import { idOf, useProblemsAt } from './fields.tsx';

interface LimitFieldProps {
  label: string;
  path: string;
  value: TimeLimit | undefined;
  onChange: (value: TimeLimit | undefined) => void;
  optional?: boolean;
}

export function LimitField({ label, path, value, onChange, optional }: LimitFieldProps) {
  const { t } = useI18n();
  const { code } = useLabels();
  const problems = useProblemsAt(path);
  const kind = value?.kind ?? 'none';
  const id = idOf(path);
  return (
    <fieldset className="ca-fieldset ca-limit" id={id}>
      <legend>{label}</legend>
      <Radio.Group
        aria-label={`${label}：${t('ca.f.limitKind')}`}
        value={kind}
        onChange={(e) => {
          const k = e.target.value as string;
          if (k === 'none') onChange(undefined);
          else if (k === 'on-the-spot') onChange({ kind: 'on-the-spot' });
          else onChange({ kind: 'period', value: 20, unit: 'working-days' });
        }}
        options={[
          ...(optional ? [{ value: 'none', label: t('ca.f.limitInherit') }] : []),
          { value: 'on-the-spot', label: t('ca.f.onTheSpot') },
          { value: 'period', label: t('ca.f.period') },
        ]}
      />
      {value?.kind === 'period' && (
        <span className="ca-limit-period">
          <label htmlFor={`${id}-value`} className="visually-hidden">
            {`${label}：${t('ca.f.limitValue')}`}
          </label>
          <InputNumber
            id={`${id}-value`}
            min={1}
            max={999}
            precision={0}
            value={value.value}
            onChange={(v) => onChange({ ...value, value: typeof v === 'number' ? v : 1 })}
          />
          <label htmlFor={`${id}-unit`} className="visually-hidden">
            {`${label}：${t('ca.f.limitUnit')}`}
          </label>
          <Select
            id={`${id}-unit`}
            className="ca-limit-unit"
            value={value.unit}
            onChange={(unit: CodeOf<'limitUnit'>) => onChange({ ...value, unit })}
            options={CODE_TABLES.limitUnit.map((u) => ({ value: u, label: code('limitUnit', u) }))}
          />
        </span>
      )}
      {problems.map((p) => (
        <p key={p} className="ca-problem">
          {p}
        </p>
      ))}
    </fieldset>
  );
}
