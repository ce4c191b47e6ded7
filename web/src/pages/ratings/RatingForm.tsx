// The rating form: five large level buttons as a native radio group (nothing preselected: rating
// is voluntary and there is no default), optional 1–5 scores per indicator, a comment. Native
// inputs keep it accessible (a fieldset and legend per group, labels, keyboard arrows) and big
// enough to tap on a phone.
import { Alert, Button, Input } from 'antd';
import { useId, useState } from 'react';
import { problemTitle } from '../../api/problem.ts';
import { useI18n, type MessageKey } from '../../i18n/index.ts';
import type { RatingInput } from './api.ts';
import './ratings.css';

export interface Indicator {
  code: string;
  zh: string;
  en: string;
}

interface RatingFormProps {
  indicators: readonly Indicator[];
  submitLabel: string;
  pending: boolean;
  error: unknown;
  onSubmit: (input: RatingInput) => void;
  testId?: string;
}

const LEVELS = [1, 2, 3, 4, 5] as const;

export function RatingForm({ indicators, submitLabel, pending, error, onSubmit, testId }: RatingFormProps) {
  const { t, lang } = useI18n();
  const id = useId();
  const [level, setLevel] = useState<number | null>(null);
  const [scores, setScores] = useState<Record<string, number>>({});
  const [comment, setComment] = useState('');
  const [missing, setMissing] = useState(false);
  const submit = (e: React.FormEvent) => {
    e.preventDefault();
    if (level === null) {
      setMissing(true);
      document.getElementById(`${id}-level-1`)?.focus();
      return;
    }
    onSubmit({ level, scores, ...(comment.trim() && { comment: comment.trim() }) });
  };
  return (
    <form className="rat-form" onSubmit={submit} noValidate data-testid={testId}>
      <fieldset className="rat-levels" aria-describedby={`${id}-hint`}>
        <legend className="rat-legend">{t('rat.form.level')}</legend>
        <p id={`${id}-hint`} className="rat-hint">
          {t('rat.form.levelHint')}
        </p>
        <div className="rat-level-options">
          {LEVELS.map((n) => (
            <label key={n} className={`rat-level rat-level-${n}${level === n ? ' rat-checked' : ''}`}>
              <input
                type="radio"
                id={`${id}-level-${n}`}
                name={`${id}-level`}
                value={n}
                checked={level === n}
                onChange={() => {
                  setLevel(n);
                  setMissing(false);
                }}
              />
              <span>{t(`rat.level.${n}` as MessageKey)}</span>
            </label>
          ))}
        </div>
        {missing && (
          <p className="rat-error" role="alert">
            {t('rat.form.levelRequired')}
          </p>
        )}
      </fieldset>
      {level !== null && level >= 4 && <Alert type="info" showIcon title={t('rat.form.negativeHint')} />}
      <fieldset className="rat-indicators">
        <legend className="rat-legend">{t('rat.form.indicators')}</legend>
        {indicators.map((ind) => (
          <fieldset key={ind.code} className="rat-indicator">
            <legend>{lang === 'zh-CN' ? ind.zh : ind.en}</legend>
            <div className="rat-score-options">
              {LEVELS.map((n) => (
                <label key={n} className={`rat-score${scores[ind.code] === n ? ' rat-checked' : ''}`}>
                  <input
                    type="radio"
                    name={`${id}-${ind.code}`}
                    value={n}
                    checked={scores[ind.code] === n}
                    onChange={() => setScores((s) => ({ ...s, [ind.code]: n }))}
                  />
                  <span aria-hidden>{n}</span>
                  <span className="visually-hidden">{t('rat.form.points', { n })}</span>
                </label>
              ))}
            </div>
          </fieldset>
        ))}
      </fieldset>
      <label className="rat-legend" htmlFor={`${id}-comment`}>
        {t('rat.form.comment')}
      </label>
      <Input.TextArea
        id={`${id}-comment`}
        value={comment}
        maxLength={500}
        showCount
        rows={4}
        onChange={(e) => setComment(e.target.value)}
      />
      {error != null && (
        <Alert
          type="error"
          showIcon
          className="rat-alert"
          title={problemTitle(error, lang) ?? String(error)}
        />
      )}
      <Button type="primary" htmlType="submit" size="large" block loading={pending} className="rat-submit">
        {submitLabel}
      </Button>
    </form>
  );
}
