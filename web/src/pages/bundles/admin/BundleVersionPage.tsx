// /admin/bundles/versions/:id — one version of a 一件事 definition: its content in short, the
// members (implementation, when it applies, what it follows), the publication rules run now
// (members in force, no order cycle, no form conflicts) and the workflow buttons the server
// offers (availableActions), with a comment where returning or retiring needs one.
import { EditOutlined } from '@ant-design/icons';
import { Alert, Button, Input, Space } from 'antd';
import { useState } from 'react';
import { useLocation, useNavigate, useParams } from 'react-router-dom';
import { DataTable } from '../../../components/DataTable.tsx';
import { LoadError } from '../../../components/LoadError.tsx';
import { Loading } from '../../../components/Loading.tsx';
import { codeLabel } from '../../../i18n/catalog-codes.ts';
import { formatDateTime } from '../../../i18n/format.ts';
import { useI18n } from '../../../i18n/index.ts';
import { AdminFrame } from '../../admin/AdminFrame.tsx';
import { ProblemAlert } from '../../cases/ProblemAlert.tsx';
import { StateTag } from '../../catalog-admin/StateTag.tsx';
import { useBundleVersion, useBundleVersionAction } from '../api.ts';
import { BUNDLE_TARGETS, LIFE_EVENTS, VERSION_ACTIONS } from '../labels.ts';
import { useCanEditBundles } from './can-edit.ts';
import type { BundleVersionAction, BundleVersionDetail } from '../types.ts';
import '../../catalog-admin/catalog-admin.css';
import '../bundles.css';

type Member = BundleVersionDetail['content']['members'][number];
const COMMENT_REQUIRED: readonly string[] = ['return', 'retire'];
const EDITABLE: readonly string[] = ['draft', 'returned'];
const isAction = (a: string): a is BundleVersionAction => VERSION_ACTIONS.some((v) => v.code === a);

export function BundleVersionPage() {
  const { t } = useI18n();
  const { id = '' } = useParams();
  const version = useBundleVersion(id);
  const title = version.data
    ? t('bdl.admin.versionTitle', { name: version.data.content.name, n: version.data.version })
    : t('bdl.admin.title');
  return (
    <AdminFrame title={title} trail={[{ to: '/admin/bundles', title: t('bdl.admin.title') }]}>
      {version.isPending ? (
        <Loading rows={8} />
      ) : version.isError ? (
        <LoadError error={version.error} onRetry={() => void version.refetch()} headingLevel={2} />
      ) : (
        <VersionDetail version={version.data} />
      )}
    </AdminFrame>
  );
}

function VersionDetail({ version: v }: { version: BundleVersionDetail }) {
  const { t, lang } = useI18n();
  const c = v.content;
  // The editor comes back here after a save, so the rules below are those of the saved content.
  const saved = (useLocation().state as { saved?: boolean } | null)?.saved === true;
  const canEdit = useCanEditBundles() && EDITABLE.includes(v.status);
  const navigate = useNavigate();
  const whenText = (m: Member) =>
    m.when
      ? Object.entries(m.when)
          .map(([q, options]) => `${q} = ${options.join(' / ')}`)
          .join('；')
      : t('bdl.admin.always');
  return (
    <div className="bdl-admin" data-testid="bundle-version">
      {saved && <Alert className="form-alert" type="success" showIcon title={t('ca.saved')} />}
      <section className="admin-panel" aria-labelledby="bv-content">
        <h2 id="bv-content" className="panel-title">
          {t('bdl.admin.content')} <StateTag state={v.state} />
        </h2>
        {canEdit && (
          <p>
            <Button
              icon={<EditOutlined aria-hidden />}
              onClick={() => void navigate(`/admin/bundles/versions/${v.id}/edit`)}
            >
              {t('bdl.ed.edit')}
            </Button>
          </p>
        )}
        <dl className="bdl-member-facts">
          <div>
            <dt>{t('bdl.admin.code')}</dt>
            <dd className="bdl-mono">{v.bundleCode}</dd>
          </div>
          <div>
            <dt>{t('bdl.admin.target')}</dt>
            <dd>{codeLabel(BUNDLE_TARGETS, c.target, lang)}</dd>
          </div>
          <div>
            <dt>{t('bdl.admin.lifeEvent')}</dt>
            <dd>{codeLabel(LIFE_EVENTS, c.lifeEvent, lang)}</dd>
          </div>
          <div>
            <dt>{t('bdl.admin.limit')}</dt>
            <dd>{t('bdl.promised', { days: c.promisedLimit.value })}</dd>
          </div>
          <div>
            <dt>{t('bdl.admin.visits')}</dt>
            <dd>{c.visits}</dd>
          </div>
          <div>
            <dt>{t('bdl.admin.questions')}</dt>
            <dd>{c.questions.map((q) => q.text).join('；') || '—'}</dd>
          </div>
        </dl>
        <p>{c.summary}</p>
      </section>
      <section className="admin-panel" aria-labelledby="bv-members">
        <h2 id="bv-members" className="panel-title">
          {t('bdl.admin.membersTitle')}
        </h2>
        <DataTable<Member>
          label={`${c.name} · ${t('bdl.admin.membersTitle')}`}
          rows={c.members}
          rowKey={(m) => m.id}
          testId="bundle-version-members"
          columns={[
            {
              key: 'id',
              title: t('bdl.admin.memberId'),
              render: (m) => <span className="bdl-mono">{m.id}</span>,
            },
            {
              key: 'impl',
              title: t('bdl.admin.implementation'),
              render: (m) => <span className="bdl-mono">{m.implementationCode}</span>,
            },
            { key: 'when', title: t('bdl.admin.when'), render: whenText },
            { key: 'after', title: t('bdl.admin.after'), render: (m) => m.after.join('、') || '—' },
          ]}
        />
      </section>
      <section className="admin-panel" aria-labelledby="bv-rules" data-testid="bundle-rules">
        <h2 id="bv-rules" className="panel-title">
          {t('bdl.admin.rulesTitle')}
        </h2>
        {v.failures.length === 0 ? (
          <Alert type="success" showIcon title={t('bdl.admin.rulesOk')} />
        ) : (
          <ul className="case-plain-list">
            {v.failures.map((f, i) => (
              <li key={`${f.rule}-${i}`}>
                <strong>{f.rule}</strong> {f.path && <span className="bdl-mono">{f.path}</span>}：
                {lang === 'zh-CN' ? f.zh : f.en}
              </li>
            ))}
          </ul>
        )}
      </section>
      <Workflow version={v} />
      {v.actions.length > 0 && (
        <section className="admin-panel" aria-labelledby="bv-log">
          <h2 id="bv-log" className="panel-title">
            {t('bdl.admin.log')}
          </h2>
          <ol className="case-plain-list">
            {v.actions.map((a) => (
              <li key={a.id}>
                {formatDateTime(a.at, lang)} · {a.actorName} · {codeLabel(VERSION_ACTIONS, a.action, lang)}
                {a.comment && `：${a.comment}`}
              </li>
            ))}
          </ol>
        </section>
      )}
    </div>
  );
}

function Workflow({ version }: { version: BundleVersionDetail }) {
  const { t, lang } = useI18n();
  const act = useBundleVersionAction(version.id);
  const [comment, setComment] = useState('');
  const [missingComment, setMissingComment] = useState(false);
  const [done, setDone] = useState<string | null>(null);
  const actions = version.availableActions.filter(isAction);
  const run = (action: BundleVersionAction) => {
    if (COMMENT_REQUIRED.includes(action) && !comment.trim()) {
      setMissingComment(true);
      return;
    }
    setMissingComment(false);
    setDone(null);
    act.mutate(
      { action, ...(comment.trim() && { comment: comment.trim() }) },
      {
        onSuccess: () => {
          setDone(codeLabel(VERSION_ACTIONS, action, lang));
          setComment('');
        },
      },
    );
  };
  return (
    <section className="admin-panel" aria-labelledby="bv-actions" data-testid="bundle-version-actions">
      <h2 id="bv-actions" className="panel-title">
        {t('bdl.admin.actionsTitle')}
      </h2>
      <div role="status">
        {done && <Alert type="success" showIcon title={t('bdl.admin.done', { action: done })} />}
      </div>
      {act.error && <ProblemAlert error={act.error} />}
      {actions.length === 0 ? (
        <p className="case-muted">{t('bdl.admin.noActions')}</p>
      ) : (
        <>
          <label className="bdl-label" htmlFor="bv-comment">
            {t('bdl.admin.comment')}
          </label>
          <Input.TextArea
            id="bv-comment"
            rows={2}
            maxLength={1000}
            value={comment}
            onChange={(e) => setComment(e.target.value)}
            aria-describedby={missingComment ? 'bv-comment-error' : undefined}
          />
          {missingComment && (
            <p className="pick-error" id="bv-comment-error" role="alert">
              {t('bdl.admin.commentNeeded')}
            </p>
          )}
          <Space wrap className="bdl-actions">
            {actions.map((a) => (
              <Button
                key={a}
                type={a === 'return' || a === 'withdraw' || a === 'retire' ? 'default' : 'primary'}
                danger={a === 'retire'}
                loading={act.isPending && act.variables.action === a}
                disabled={act.isPending}
                onClick={() => run(a)}
              >
                {codeLabel(VERSION_ACTIONS, a, lang)}
              </Button>
            ))}
          </Space>
        </>
      )}
    </section>
  );
}
