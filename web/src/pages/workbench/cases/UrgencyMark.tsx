// The urgency colour of a case with its text (colour alone would not reach everyone).
import { useI18n } from '../../../i18n/index.ts';
import type { Urgency } from './api.ts';

export function UrgencyMark({ urgency }: { urgency: Urgency | null }) {
  const { t } = useI18n();
  const key = urgency ?? 'none';
  return (
    <span className={`wc-urgency wc-urgency-${key}`} data-urgency={key}>
      <span className="wc-urgency-dot" aria-hidden />
      {urgency ? t(`wc.urgency.${urgency}`) : t('wc.urgency.none')}
    </span>
  );
}
