// Edits an AppliesWhen condition by picking a question and the options that make an entry apply
// (AND across questions, OR within one). Absent or empty: applies always.
import { DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import { Button, Select } from 'antd';
import { useI18n } from '../../../i18n/index.ts';
import type { AppliesWhen, SituationQuestion } from '../content-types.ts';
import { idOf, useProblemsAt } from './fields.tsx';

interface WhenEditorProps {
  path: string;
  value: AppliesWhen | undefined;
  onChange: (value: AppliesWhen | undefined) => void;
  questions: readonly SituationQuestion[];
  /** A question cannot depend on itself. */
  exclude?: string;
}

export function WhenEditor({ path, value, onChange, questions, exclude }: WhenEditorProps) {
  const { t } = useI18n();
  const problems = useProblemsAt(path);
  const entries = Object.entries(value ?? {});
  const candidates = questions.filter((q) => q.id !== exclude);
  const set = (next: [string, string[]][]) => onChange(next.length ? Object.fromEntries(next) : undefined);
  const unused = candidates.find((q) => !entries.some(([id]) => id === q.id));
  return (
    <fieldset className="ca-fieldset ca-when" id={idOf(path)}>
      <legend>{t('ca.when')}</legend>
      {entries.length === 0 && <p className="ca-muted">{t('ca.when.always')}</p>}
      {entries.map(([questionId, optionIds], i) => {
        const question = questions.find((q) => q.id === questionId);
        const rowId = `${idOf(path)}-${i}`;
        return (
          <div key={questionId} className="ca-when-row">
            <label htmlFor={`${rowId}-q`}>{t('ca.when.question')}</label>
            <Select
              id={`${rowId}-q`}
              className="ca-when-question"
              value={questionId}
              onChange={(q: string) =>
                set(entries.map(([id, opts], j) => (j === i ? [q, []] : [id, opts])) as [string, string[]][])
              }
              options={candidates
                .filter((q) => q.id === questionId || !entries.some(([id]) => id === q.id))
                .map((q) => ({ value: q.id, label: q.text || q.id }))}
            />
            <label htmlFor={`${rowId}-o`}>{t('ca.when.options')}</label>
            <Select
              id={`${rowId}-o`}
              className="ca-when-options"
              mode="multiple"
              value={optionIds}
              onChange={(opts: string[]) =>
                set(entries.map(([id, o], j) => (j === i ? [id, opts] : [id, o])) as [string, string[]][])
              }
              options={(question?.options ?? []).map((o) => ({ value: o.id, label: o.label || o.id }))}
            />
            <Button
              size="small"
              danger
              icon={<DeleteOutlined aria-hidden />}
              aria-label={t('ca.when.remove')}
              onClick={() => set(entries.filter((_, j) => j !== i))}
            />
          </div>
        );
      })}
      {problems.map((p) => (
        <p key={p} className="ca-problem">
          {p}
        </p>
      ))}
      <Button
        size="small"
        icon={<PlusOutlined aria-hidden />}
        disabled={!unused}
        onClick={() => unused && set([...entries, [unused.id, []]])}
      >
        {t('ca.when.add')}
      </Button>
    </fieldset>
  );
}
