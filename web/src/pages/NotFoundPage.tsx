// 404 inside the shell, with a way back to the portal.
import { Button, Result } from 'antd';
import { useNavigate } from 'react-router-dom';
import { useI18n } from '../i18n/index.ts';
import { usePageTitle } from '../layout/usePageTitle.ts';

export function NotFoundPage({ title }: { title?: string }) {
  const { t } = useI18n();
  const navigate = useNavigate();
  const heading = title ?? t('notFound.title');
  usePageTitle(heading);
  return (
    <div className="container page">
      <Result
        status="404"
        title={<h1 className="result-title">{heading}</h1>}
        subTitle={t('notFound.subtitle')}
        extra={
          <Button type="primary" onClick={() => void navigate('/')}>
            {t('area.backHome')}
          </Button>
        }
      />
    </div>
  );
}
