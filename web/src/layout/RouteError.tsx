// Shown when rendering a route throws: a plain message and a way home, without the shell.
import { Button, Result } from 'antd';
import { useI18n } from '../i18n/index.ts';

export function RouteError() {
  const { t } = useI18n();
  return (
    <main className="container route-error">
      <Result
        status="error"
        title={<h1 className="result-title">{t('error.unexpected')}</h1>}
        extra={
          <Button type="primary" href="/">
            {t('area.backHome')}
          </Button>
        }
      />
    </main>
  );
}
