// Tags of the rectification pages: the rating's level (negative ones in red), the status and the
// overdue mark, with the project's high-contrast tag classes (antd's preset colours fall short).
import { Tag } from 'antd';
import { useI18n } from '../../i18n/index.ts';
import type { RectificationStatus } from './api.ts';

const LEVELS = ['1', '2', '3', '4', '5'] as const;

export function LevelTag({ level }: { level: number }) {
  const { t } = useI18n();
  const code = LEVELS.find((l) => l === String(level));
  return (
    <Tag className={`ctag ${level >= 4 ? 'ctag-required' : 'ctag-ok'}`}>
      {code ? t(`rect.level.${code}`) : level}
    </Tag>
  );
}

const CLASSES: Record<RectificationStatus, string> = {
  verifying: 'ctag-warn',
  appealed: 'ctag-cross',
  rectifying: 'ctag-type',
  feedback: 'ctag-type',
  revisiting: 'ctag-type',
  closed: 'ctag-ok',
  dismissed: '',
};

export function RectStatusTag({ status }: { status: RectificationStatus }) {
  const { t } = useI18n();
  return (
    <Tag className={`ctag ${CLASSES[status]}`} data-status={status}>
      {t(`rect.status.${status}`)}
    </Tag>
  );
}

export function OverdueTag({ escalations }: { escalations?: number }) {
  const { t } = useI18n();
  return (
    <Tag className="ctag ctag-required">
      {escalations ? t('rect.escalated', { n: escalations }) : t('rect.overdue')}
    </Tag>
  );
}
