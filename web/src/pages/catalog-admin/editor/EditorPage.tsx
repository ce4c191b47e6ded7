// /admin/catalog/versions/:id/edit — the version editor: eight tabs over the element set, saved
// whole with PUT. Only drafts and returned versions are editable; problems from a failed save or
// from the rule check show next to their fields and as a list; unsaved changes guard navigation.
import { SaveOutlined } from '@ant-design/icons';
import { Alert, Badge, Button, Form, Space, Tabs } from 'antd';
import { useEffect, useMemo, useState } from 'react';
import { Link, useBlocker, useParams } from 'react-router-dom';
import {
  useSaveContent,
  useVersion,
  type RuleReport,
  type VersionDetail,
} from '../../../api/catalog-admin.ts';
import { ApiError, problemTitle } from '../../../api/problem.ts';
import { LoadError } from '../../../components/LoadError.tsx';
import { Loading } from '../../../components/Loading.tsx';
import { AdminFrame } from '../../admin/AdminFrame.tsx';
import type { ImplementationContent } from '../content-types.ts';
import { useLabels } from '../labels.ts';
import { RuleCheck } from '../RuleCheck.tsx';
import { ProblemsContext, type FieldProblem } from './fields.tsx';
import { resolvePath, tabOf, TAB_KEYS } from './paths.ts';
import { EditorTabs } from './EditorTabs.tsx';
import '../catalog-admin.css';

export function EditorPage() {
  const { id = '' } = useParams();
  const { t } = useLabels();
  const version = useVersion(id);
  const title = version.data
    ? t('ca.editor.title', { name: version.data.content.name, n: version.data.version })
    : t('ca.edit');
  const trail = [{ to: '/admin/catalog', title: t('ca.title') }];
  if (version.data)
    trail.push({
      to: `/admin/catalog/${version.data.implementationCode}`,
      title: version.data.implementationCode,
    });
  return (
    <AdminFrame title={title} trail={trail}>
      {version.isPending && <Loading rows={8} />}
      {version.isError && (
        <LoadError error={version.error} onRetry={() => void version.refetch()} headingLevel={2} />
      )}
      {version.data && <Editor key={version.data.id} version={version.data} />}
    </AdminFrame>
  );
}

function Editor({ version }: { version: VersionDetail }) {
  const { t, lang, state } = useLabels();
  const [content, setContent] = useState<ImplementationContent>(version.content);
  // What the server holds: the loaded content, then whatever was saved last.
  const [base, setBase] = useState<ImplementationContent>(version.content);
  const [problems, setProblems] = useState<FieldProblem[]>([]);
  const [saved, setSaved] = useState(false);
  const [tab, setTab] = useState<string>('basics');
  const save = useSaveContent(version.id);
  const readOnly = version.status !== 'draft' && version.status !== 'returned';
  const dirty = useMemo(() => JSON.stringify(content) !== JSON.stringify(base), [content, base]);
  const blocker = useBlocker(
    ({ currentLocation, nextLocation }) => dirty && currentLocation.pathname !== nextLocation.pathname,
  );

  useEffect(() => {
    if (!dirty) return;
    const warn = (e: BeforeUnloadEvent) => e.preventDefault();
    window.addEventListener('beforeunload', warn);
    return () => window.removeEventListener('beforeunload', warn);
  }, [dirty]);

  const patch = (changes: Partial<ImplementationContent>) => {
    setSaved(false);
    setContent((c) => ({ ...c, ...changes }));
  };
  const submit = () => {
    const sent = content;
    save.mutate(sent, {
      onSuccess: () => {
        setBase(sent);
        setProblems([]);
        setSaved(true);
      },
      onError: (error) => {
        const errors = error instanceof ApiError ? (error.problem?.errors ?? []) : [];
        setProblems(
          errors.map((e) => ({
            path: resolvePath(e.path, content),
            message: lang === 'zh-CN' ? ((e as { messageZh?: string }).messageZh ?? e.message) : e.message,
          })),
        );
      },
    });
  };
  const onReport = (report: RuleReport) =>
    setProblems(
      report.failures.map((f) => ({
        path: resolvePath(f.path, content),
        message: lang === 'zh-CN' ? f.zh : f.en,
      })),
    );
  const counts = Object.fromEntries(
    TAB_KEYS.map((k) => [k, problems.filter((p) => tabOf(p.path) === k).length]),
  );

  return (
    <ProblemsContext.Provider value={problems}>
      {blocker.state === 'blocked' && (
        <Alert
          className="form-alert"
          type="warning"
          showIcon
          role="alertdialog"
          title={t('ca.leave.title')}
          action={
            <Space>
              <Button onClick={() => blocker.reset()}>{t('ca.leave.stay')}</Button>
              <Button danger onClick={() => blocker.proceed()}>
                {t('ca.leave.go')}
              </Button>
            </Space>
          }
        />
      )}
      {readOnly && (
        <Alert
          className="form-alert"
          type="info"
          showIcon
          title={t('ca.editor.readOnly', { state: state(version.state) })}
        />
      )}
      <div className="admin-toolbar">
        <Space wrap>
          {!readOnly && (
            <Button
              type="primary"
              icon={<SaveOutlined aria-hidden />}
              loading={save.isPending}
              onClick={submit}
            >
              {t('ca.save')}
            </Button>
          )}
          {dirty && <span className="ca-unsaved">{t('ca.unsaved')}</span>}
          <Link to={`/admin/catalog/${version.implementationCode}`}>{t('ca.backToDetail')}</Link>
        </Space>
      </div>
      <RuleCheck versionId={version.id} onReport={onReport} disabled={dirty} />
      {saved && !dirty && <Alert className="form-alert" type="success" showIcon title={t('ca.saved')} />}
      {save.isError && (
        <Alert
          className="form-alert"
          type="error"
          showIcon
          title={
            problems.length ? t('ca.problems') : (problemTitle(save.error, lang) ?? t('state.errorNetwork'))
          }
          description={
            problems.length > 0 && (
              <ul className="ca-problem-list" data-testid="save-problems">
                {problems.map((p) => (
                  <li key={`${p.path}|${p.message}`}>
                    <code>{p.path}</code> {p.message}
                  </li>
                ))}
              </ul>
            )
          }
        />
      )}
      <Form layout="vertical" component={false} disabled={readOnly}>
        <Tabs
          className="ca-editor-tabs"
          aria-label={t('ca.editor.tabs')}
          activeKey={tab}
          onChange={setTab}
          items={TAB_KEYS.map((key) => ({
            key,
            label: (
              <Badge
                count={counts[key]}
                size="small"
                offset={[8, -2]}
                title={t('ca.problemsIn', { n: counts[key] ?? 0 })}
              >
                {t(`ca.tab.${key}`)}
              </Badge>
            ),
            children: <EditorTabs tab={key} content={content} patch={patch} />,
          }))}
        />
      </Form>
    </ProblemsContext.Provider>
  );
}
