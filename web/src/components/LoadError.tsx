// Error state for data that failed to load: the server's problem title (in the visitor's
// language) or a network message, and a retry button.
import { ReloadOutlined } from '@ant-design/icons';
import { Button, Result } from 'antd';
import { ApiError, problemTitle } from '../api/problem.ts';
import { useI18n } from '../i18n/index.ts';

interface LoadErrorProps {
  error: unknown;
  onRetry: () => void;
  /** Heading level of the title, to keep the page outline intact. */
  headingLevel?: 2 | 3;
}

export function LoadError({ error, onRetry, headingLevel = 3 }: LoadErrorProps) {
  const { t, lang } = useI18n();
  const Heading = headingLevel === 2 ? 'h2' : 'h3';
  const title = problemTitle(error, lang) ?? t('state.errorTitle');
  const detail = error instanceof ApiError ? error.problem?.detail : t('state.errorNetwork');
  return (
    <div role="alert">
      <Result
        status="warning"
        title={<Heading className="result-title">{title}</Heading>}
        subTitle={detail}
        extra={
          <Button type="primary" icon={<ReloadOutlined aria-hidden />} onClick={onRetry}>
            {t('state.retry')}
          </Button>
        }
      />
    </div>
  );
}
