// The workflow buttons a version's status allows (mirroring VERSION_TRANSITIONS on the server,
// which decides; permissions and four-eyes are checked there): submit, withdraw, return (comment
// required), approve, publish (effective date, default today), retire (comment required). A 422
// CATALOG_RULES_FAILED lists every failing rule, as the rule check does.
import { Alert, Button, Form, Input, Space } from 'antd';
import { useState } from 'react';
import { useVersionAction, type VersionAction, type VersionSummary } from '../../../api/catalog-admin.ts';
import { useMe } from '../../../api/auth.ts';
import { ApiError, problemCode, problemTitle } from '../../../api/problem.ts';
import { today, useLabels } from '../labels.ts';
import { RuleCheck } from '../RuleCheck.tsx';
import { failuresOfProblem, RuleReportView } from '../RuleReportView.tsx';

const ALLOWED: Record<VersionSummary['status'], VersionAction[]> = {
  draft: ['submit'],
  returned: ['submit'],
  submitted: ['approve', 'return', 'withdraw'],
  approved: ['publish', 'return'],
  published: ['retire'],
  retired: [],
};
const COMMENT_REQUIRED: readonly VersionAction[] = ['return', 'retire'];
/** The permission each move needs (VERSION_TRANSITIONS); scope and four-eyes stay the server's. */
const PERMISSION: Record<VersionAction, string> = {
  submit: 'catalog.edit',
  withdraw: 'catalog.edit',
  return: 'catalog.review',
  approve: 'catalog.review',
  publish: 'catalog.publish',
  retire: 'catalog.publish',
};

export function VersionActions({ version }: { version: VersionSummary }) {
  const { t, lang, action: actionLabel } = useLabels();
  const act = useVersionAction(version.id);
  const [comment, setComment] = useState('');
  const [effectiveFrom, setEffectiveFrom] = useState(today());
  const [missingComment, setMissingComment] = useState(false);
  const [done, setDone] = useState<VersionAction | null>(null);
  const me = useMe();
  const held = new Set(me.data?.grants.map((g) => g.permission));
  // Offer only the moves the signed-in staff may make (an operator holds every permission).
  const allowed = ALLOWED[version.status].filter(
    (a) => me.data?.kind === 'operator' || held.has(PERMISSION[a]),
  );
  const run = (action: VersionAction) => {
    if (COMMENT_REQUIRED.includes(action) && !comment.trim()) {
      setMissingComment(true);
      return;
    }
    setMissingComment(false);
    setDone(null);
    act.mutate(
      {
        action,
        ...(comment.trim() && { comment: comment.trim() }),
        ...(action === 'publish' && { effectiveFrom }),
      },
      {
        onSuccess: () => {
          setDone(action);
          setComment('');
        },
      },
    );
  };
  const ruleErrors =
    problemCode(act.error) === 'CATALOG_RULES_FAILED' && act.error instanceof ApiError
      ? (act.error.problem?.errors ?? [])
      : null;
  const rulesFailed = ruleErrors !== null;
  const headingId = `actions-${version.id}`;
  return (
    <section className="admin-panel ca-actions" aria-labelledby={headingId} data-testid="version-actions">
      <h2 id={headingId} className="panel-title">
        {t('ca.actions', { n: version.version })}
      </h2>
      {done && (
        <Alert
          className="form-alert"
          type="success"
          showIcon
          title={t('ca.actionDone', { action: actionLabel(done) })}
        />
      )}
      {act.isError && !rulesFailed && (
        <Alert
          className="form-alert"
          type="error"
          showIcon
          title={t('ca.actionFailed', { title: problemTitle(act.error, lang) ?? t('state.errorNetwork') })}
        />
      )}
      {ruleErrors && <RuleReportView failures={failuresOfProblem(ruleErrors)} />}
      {allowed.length === 0 ? (
        <p className="ca-muted">{t('ca.actionsNone')}</p>
      ) : (
        <Form layout="vertical" component={false}>
          <Form.Item
            label={t('ca.comment')}
            htmlFor={`comment-${version.id}`}
            validateStatus={missingComment ? 'error' : undefined}
            help={missingComment ? t('ca.commentRequired') : undefined}
          >
            <Input.TextArea
              id={`comment-${version.id}`}
              rows={2}
              maxLength={2000}
              value={comment}
              onChange={(e) => setComment(e.target.value)}
            />
          </Form.Item>
          {allowed.includes('publish') && (
            <Form.Item label={t('ca.effectiveFrom')} htmlFor={`effective-${version.id}`}>
              <Input
                id={`effective-${version.id}`}
                type="date"
                min={today()}
                value={effectiveFrom}
                onChange={(e) => setEffectiveFrom(e.target.value)}
                className="ca-date"
              />
            </Form.Item>
          )}
          <Space wrap>
            {allowed.map((a) => (
              <Button
                key={a}
                type={a === 'return' || a === 'withdraw' || a === 'retire' ? 'default' : 'primary'}
                danger={a === 'retire'}
                loading={act.isPending && act.variables?.action === a}
                disabled={act.isPending}
                onClick={() => run(a)}
              >
                {actionLabel(a)}
              </Button>
            ))}
          </Space>
        </Form>
      )}
      <RuleCheck versionId={version.id} />
    </section>
  );
}
