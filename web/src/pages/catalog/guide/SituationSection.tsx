// The situation questions as radio groups (only those that apply to the answers so far). In
// print, the chosen answers as text. The conditions and materials below follow the answers.
import { Alert, Button, Radio } from 'antd';
import { useI18n } from '../../../i18n/index.ts';
import type { Answers, Narrowed } from '../queries.ts';
import { zhWhenForeign } from './format.ts';
import { GuideSection, Row } from './GuideSection.tsx';

interface SituationSectionProps {
  narrowed: Narrowed;
  answers: Answers;
  onAnswer: (questionId: string, optionId: string) => void;
  onReset: () => void;
  updating: boolean;
  print?: boolean;
}

export function SituationSection(props: SituationSectionProps) {
  const { narrowed, onAnswer, onReset, updating, print } = props;
  const { t, lang } = useI18n();
  if (narrowed.questions.length === 0) return null;
  const zh = zhWhenForeign(lang);

  if (print) {
    return (
      <GuideSection id="situation" title={t('situation.summary')}>
        <dl className="guide-dl" lang={zh}>
          {narrowed.questions.map((q) => {
            const chosen = q.options.find((o) => o.id === narrowed.answered[q.id]);
            return (
              <Row key={q.id} term={q.text}>
                {chosen ? chosen.label : q.options.map((o) => `□ ${o.label}`).join('  ')}
              </Row>
            );
          })}
        </dl>
      </GuideSection>
    );
  }

  const anyAnswer = Object.keys(props.answers).length > 0;
  return (
    <GuideSection
      id="situation"
      title={t('situation.title')}
      extra={
        anyAnswer && (
          <Button onClick={onReset} disabled={updating}>
            {t('situation.reset')}
          </Button>
        )
      }
    >
      <p className="guide-lead">{t('situation.lead')}</p>
      {narrowed.questions.map((q) => (
        <fieldset key={q.id} className="situation-question">
          <legend lang={zh}>{q.text}</legend>
          {q.help && (
            <p className="situation-help" lang={zh}>
              {q.help}
            </p>
          )}
          <Radio.Group
            name={`situation-${q.id}`}
            value={narrowed.answered[q.id]}
            onChange={(e) => onAnswer(q.id, e.target.value as string)}
            options={q.options.map((o) => ({ value: o.id, label: <span lang={zh}>{o.label}</span> }))}
          />
        </fieldset>
      ))}
      <div aria-live="polite" className="situation-status">
        <Alert
          type={narrowed.complete ? 'success' : 'info'}
          showIcon
          title={
            updating
              ? t('situation.updating')
              : t(narrowed.complete ? 'situation.complete' : 'situation.incomplete')
          }
        />
      </div>
    </GuideSection>
  );
}
