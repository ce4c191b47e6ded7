// The wizard's progress: an ordered list of the steps, the current one marked for assistive
// technology (aria-current="step"). Steps already passed can be revisited. On a phone the list
// shrinks to numbered dots and the current step's title.
import { CheckOutlined } from '@ant-design/icons';
import { useI18n } from '../../i18n/index.ts';

interface WizardStepsProps {
  titles: readonly string[];
  current: number;
  /** Steps up to this index (exclusive) may be opened again. */
  reachable: number;
  onOpen: (index: number) => void;
}

export function WizardSteps({ titles, current, reachable, onOpen }: WizardStepsProps) {
  const { t } = useI18n();
  return (
    <nav aria-label={t('cases.wizard.progress')} className="wizard-nav">
      <p className="wizard-position mobile-only">
        {t('cases.wizard.position', { current: current + 1, total: titles.length })}
      </p>
      <ol className="wizard-steps" data-testid="wizard-steps">
        {titles.map((title, index) => {
          const state = index < current ? 'done' : index === current ? 'current' : 'todo';
          const body = (
            <>
              <span className="wizard-step-number" aria-hidden>
                {state === 'done' ? <CheckOutlined /> : index + 1}
              </span>
              <span className="wizard-step-title">{title}</span>
            </>
          );
          return (
            <li
              key={title}
              className={`wizard-step wizard-step-${state}`}
              aria-current={state === 'current' ? 'step' : undefined}
            >
              {state === 'done' && index < reachable ? (
                <button type="button" className="wizard-step-button" onClick={() => onOpen(index)}>
                  {body}
                  <span className="visually-hidden">（{t('cases.wizard.done')}）</span>
                </button>
              ) : (
                <span className="wizard-step-static">{body}</span>
              )}
            </li>
          );
        })}
      </ol>
    </nav>
  );
}
