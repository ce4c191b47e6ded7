// The bundle definition form shared by the editor and the creation page: basics, questions and
// members, saved whole. A failed save lists the server's problems and marks their fields; unsaved
// changes guard navigation (except the navigation a successful save makes).
import { SaveOutlined } from '@ant-design/icons';
import { Alert, Button, Form, Space } from 'antd';
import { useEffect, useMemo, useRef, useState, type ReactNode } from 'react';
import { Link, useBlocker } from 'react-router-dom';
import { problemTitle } from '../../../api/problem.ts';
import { useI18n } from '../../../i18n/index.ts';
import { ProblemsContext, type FieldProblem } from '../../catalog-admin/editor/fields.tsx';
import type { BundleContent } from '../types.ts';
import { BasicsEditor } from './BasicsEditor.tsx';
import { saveProblems } from './editor-problems.ts';
import { MembersEditor } from './MembersEditor.tsx';
import { QuestionsEditor } from './QuestionsEditor.tsx';

interface BundleFormProps {
  initial: BundleContent;
  /** The lead agency (read-only when editing, a picker when creating), with what goes with it. */
  lead: (content: BundleContent, patch: (changes: Partial<BundleContent>) => void) => ReactNode;
  /** Sends the content; resolves once saved, rejects with the server's problem. */
  submit: (content: BundleContent) => Promise<{ id: string }>;
  /** After a successful save, with the saved version's id (the page navigates away). */
  onSaved: (versionId: string) => void;
  back: { to: string; label: string };
  readOnly?: ReactNode;
}

function useLeaveGuard(dirty: boolean) {
  const leaving = useRef(false);
  const blocker = useBlocker(
    ({ currentLocation, nextLocation }) =>
      !leaving.current && dirty && currentLocation.pathname !== nextLocation.pathname,
  );
  useEffect(() => {
    if (!dirty) return;
    const warn = (e: BeforeUnloadEvent) => e.preventDefault();
    window.addEventListener('beforeunload', warn);
    return () => window.removeEventListener('beforeunload', warn);
  }, [dirty]);
  return { blocker, leave: () => (leaving.current = true) };
}

export function BundleForm({ initial, lead, submit, onSaved, back, readOnly }: BundleFormProps) {
  const { t, lang } = useI18n();
  const [content, setContent] = useState<BundleContent>(initial);
  const [problems, setProblems] = useState<FieldProblem[]>([]);
  const [error, setError] = useState<unknown>(null);
  const [pending, setPending] = useState(false);
  const dirty = useMemo(() => JSON.stringify(content) !== JSON.stringify(initial), [content, initial]);
  const { blocker, leave } = useLeaveGuard(dirty);
  const patch = (changes: Partial<BundleContent>) => setContent((c) => ({ ...c, ...changes }));
  const save = async () => {
    setPending(true);
    setError(null);
    try {
      const saved = await submit(content);
      leave();
      onSaved(saved.id);
    } catch (e) {
      setError(e);
      setProblems(saveProblems(e, content, lang === 'zh-CN'));
    } finally {
      setPending(false);
    }
  };
  const sectionProps = { content, patch };
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
      {readOnly}
      <div className="admin-toolbar">
        <Space wrap>
          {!readOnly && (
            <Button
              type="primary"
              icon={<SaveOutlined aria-hidden />}
              loading={pending}
              onClick={() => void save()}
            >
              {t('bdl.ed.save')}
            </Button>
          )}
          {dirty && <span className="ca-unsaved">{t('bdl.ed.unsaved')}</span>}
          <Link to={back.to}>{back.label}</Link>
        </Space>
      </div>
      {error !== null && (
        <Alert
          className="form-alert"
          type="error"
          showIcon
          title={
            problems.length ? t('bdl.ed.problems') : (problemTitle(error, lang) ?? t('state.errorNetwork'))
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
      <Form layout="vertical" component={false} disabled={Boolean(readOnly)}>
        <div className="bdl-admin bdl-editor" data-testid="bundle-editor">
          <BasicsEditor {...sectionProps} lead={lead(content, patch)} />
          <QuestionsEditor {...sectionProps} />
          <MembersEditor {...sectionProps} />
        </div>
      </Form>
    </ProblemsContext.Provider>
  );
}
