// The workbench's way into the guide lookup (the case sections are still being built).
import { ReadOutlined } from '@ant-design/icons';
import { Link } from 'react-router-dom';
import { useI18n } from '../../i18n/index.ts';

export function GuideLookupLink() {
  const { t } = useI18n();
  return (
    <p className="guide-lookup-link">
      <Link to="/workbench/guides">
        <ReadOutlined aria-hidden /> {t('wbGuide.link')}
      </Link>
      <span className="guide-muted"> — {t('wbGuide.linkHint')}</span>
    </p>
  );
}
