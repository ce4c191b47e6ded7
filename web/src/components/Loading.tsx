// Loading placeholder with a text alternative for screen readers.
import { Skeleton } from 'antd';
import { useI18n } from '../i18n/index.ts';

export function Loading({ rows = 3 }: { rows?: number }) {
  const { t } = useI18n();
  return (
    <div role="status" aria-live="polite" className="loading">
      <span className="visually-hidden">{t('state.loading')}</span>
      <Skeleton active paragraph={{ rows }} title={false} />
    </div>
  );
}
