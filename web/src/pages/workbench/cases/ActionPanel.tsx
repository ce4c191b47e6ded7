// The action panel of a staff case: one button per action the server allows now (allowedActions
// of the detail — nothing else is offered), and the form of the chosen action. Every action sends
// the seq it saw; a 409 shows the problem's title and the actions allowed now, and reloads.
import { Alert, Button } from 'antd';
import { useState } from 'react';
import { ApiError, problemTitle } from '../../../api/problem.ts';
import { useI18n } from '../../../i18n/index.ts';
import type { Guide } from '../../catalog/queries.ts';
import { AcceptanceForm, isAcceptanceAction } from './AcceptanceForms.tsx';
import { DANGER, opt, useActionKit, type ActionBody, type FormProps } from './ActionFormKit.tsx';
import { allowedActionsOf, isStaffAction, useCaseAction, type CaseDetail, type StaffAction } from './api.ts';
import { isLabelledAction } from './codes.ts';
import { DecisionForm, isDecisionAction } from './DecisionForms.tsx';
import { HandlingForm, isHandlingAction } from './HandlingForms.tsx';
import { ProblemErrors } from './ProblemErrors.tsx';
import { SupplementForm } from './SupplementForm.tsx';

interface ActionPanelProps {
  detail: CaseDetail;
  guide: Guide | undefined;
  /** Materials the window clerk marked missing when filing (preselected for 容缺). */
  missingHint: string[];
}

const PRIMARY: readonly StaffAction[] = [
  'accept',
  'accept-and-conclude',
  'review-pass',
  'approve',
  'deliver',
  'submit',
];

export function ActionPanel({ detail, guide, missingHint }: ActionPanelProps) {
  const { t, lang } = useI18n();
  const act = useCaseAction(detail.id);
  const [chosen, setChosen] = useState<StaffAction | null>(null);
  const [done, setDone] = useState<StaffAction | null>(null);
  const allowed = detail.allowedActions.filter(isStaffAction);
  const label = (a: string) => (isLabelledAction(a) ? t(`wc.action.${a}`) : a);

  const run = (body: ActionBody) => {
    setDone(null);
    act.mutate(
      { ...body, seq: detail.seq },
      {
        onSuccess: () => {
          setDone(body.action);
          setChosen(null);
        },
      },
    );
  };

  const conflict = act.error instanceof ApiError && act.error.status === 409;
  return (
    <section className="admin-panel" aria-labelledby="wc-actions-title" data-testid="case-actions">
      <h2 id="wc-actions-title" className="panel-title">
        {t('wc.actions.title')}
      </h2>
      <div aria-live="polite">
        {done && (
          <Alert
            className="form-alert"
            type="success"
            showIcon
            title={t('wc.actions.done', { action: label(done) })}
          />
        )}
        {act.isError && (
          <Alert
            className="form-alert"
            type="error"
            showIcon
            description={<ProblemErrors error={act.error} />}
            title={
              conflict
                ? t('wc.actions.conflict', {
                    title: problemTitle(act.error, lang) ?? '',
                    // The problem names them (action not allowed); after a seq clash, the reloaded case does.
                    allowed:
                      (allowedActionsOf(act.error).length
                        ? allowedActionsOf(act.error)
                        : detail.allowedActions
                      )
                        .map(label)
                        .join('、') || '—',
                  })
                : t('wc.actions.failed', { title: problemTitle(act.error, lang) ?? t('state.errorNetwork') })
            }
          />
        )}
      </div>
      {allowed.length === 0 ? (
        <p className="wc-muted">{t('wc.actions.none')}</p>
      ) : (
        <div className="wc-action-buttons" role="group" aria-label={t('wc.actions.pick')}>
          {allowed.map((a) => (
            <Button
              key={a}
              type={PRIMARY.includes(a) ? 'primary' : 'default'}
              danger={DANGER.includes(a)}
              aria-pressed={chosen === a}
              onClick={() => {
                act.reset();
                setChosen(chosen === a ? null : a);
              }}
            >
              {label(a)}
            </Button>
          ))}
        </div>
      )}
      {chosen && allowed.includes(chosen) && (
        <div className="wc-action-form" data-testid={`action-form-${chosen}`}>
          <h3 className="wc-subtitle">{label(chosen)}</h3>
          <ActionForm
            action={chosen}
            detail={detail}
            guide={guide}
            missingHint={missingHint}
            pending={act.isPending}
            onRun={run}
            onCancel={() => setChosen(null)}
          />
        </div>
      )}
    </section>
  );
}

/** The form of the chosen action, from its group; the kit (opinion, reason) is shared by all. */
function ActionForm(props: FormProps) {
  const { action, detail, guide, missingHint, pending, onRun, onCancel } = props;
  const kit = useActionKit(props);
  if (isAcceptanceAction(action))
    return (
      <AcceptanceForm kit={kit} action={action} detail={detail} guide={guide} missingHint={missingHint} />
    );
  if (isHandlingAction(action)) return <HandlingForm kit={kit} action={action} guide={guide} />;
  if (isDecisionAction(action)) return <DecisionForm kit={kit} action={action} />;
  if (action === 'supplement')
    return <SupplementForm detail={detail} pending={pending} onRun={onRun} onCancel={onCancel} />;
  // accept-and-conclude, review-pass, approve, confirm-receipt, resubmit, submit: an opinion.
  return kit.form(kit.opinionField(), () => kit.submit({}, { action, opinion: opt(kit.opinion) }));
}
