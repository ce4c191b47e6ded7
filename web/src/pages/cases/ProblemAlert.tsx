// A failed write, explained: the problem's title in the visitor's language, its detail, and each
// field error (the server sends the Chinese message beside the English one).
import { Alert } from 'antd';
import { ApiError, problemTitle } from '../../api/problem.ts';
import { useI18n } from '../../i18n/index.ts';

interface FieldError {
  path: string;
  message: string;
  messageZh?: string;
}

export function ProblemAlert({ error }: { error: unknown }) {
  const { t, lang } = useI18n();
  const problem = error instanceof ApiError ? error.problem : null;
  const errors = (problem?.errors ?? []) as FieldError[];
  const description = (
    <>
      {problem?.detail && <p>{problem.detail}</p>}
      {errors.length > 0 && (
        <ul className="case-plain-list">
          {errors.map((e, i) => (
            <li key={i}>{(lang === 'zh-CN' && e.messageZh) || e.message}</li>
          ))}
        </ul>
      )}
      {!problem && <p>{t('state.errorNetwork')}</p>}
    </>
  );
  return (
    <div role="alert" className="case-alert" data-testid="problem">
      <Alert
        type="error"
        showIcon
        title={problemTitle(error, lang) ?? t('state.errorTitle')}
        description={description}
      />
    </div>
  );
}
