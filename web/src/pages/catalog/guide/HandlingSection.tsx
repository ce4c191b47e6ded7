// 办理形式: handling modes, visits, online depth and the online entry. Online applications
// arrive with case handling (issue #5): until then an online-capable service shows a disabled
// button with a note (never a link to a page that does not exist); a window-only service says
// so, with the negative-list reason.
import { Alert, Button } from 'antd';
import {
  codeLabel,
  CROSS_PROVINCE_MODES,
  HANDLING_MODES,
  ONLINE_DEPTHS,
} from '../../../i18n/catalog-codes.ts';
import { useI18n } from '../../../i18n/index.ts';
import type { GuideContent } from '../queries.ts';
import { zhWhenForeign } from './format.ts';
import { GuideSection, Row } from './GuideSection.tsx';

const ONLINE_MODES = new Set(['2', '3']);

export function HandlingSection({ content, print }: { content: GuideContent; print?: boolean }) {
  const { t, lang } = useI18n();
  const zh = zhWhenForeign(lang);
  const online = content.handlingModes.some((m) => ONLINE_MODES.has(m));
  const yes = lang === 'zh-CN' ? '是' : 'Yes';
  return (
    <GuideSection id="handling" title={t('handling.title')}>
      <dl className="guide-dl">
        <Row term={t('handling.modes')}>
          {content.handlingModes.map((m) => codeLabel(HANDLING_MODES, m, lang)).join('、')}
        </Row>
        <Row term={t('handling.visits')}>{t('handling.visitsValue', { count: content.visits })}</Row>
        <Row term={t('handling.visitsReason')}>
          {content.visits > 0 && content.visitsReason && <span lang={zh}>{content.visitsReason}</span>}
        </Row>
        <Row term={t('handling.onlineDepth')}>
          {online && codeLabel(ONLINE_DEPTHS, content.onlineDepth, lang)}
        </Row>
        <Row term={t('handling.realName')}>
          {online && t('handling.realNameValue', { level: content.minRealNameLevel })}
        </Row>
        <Row term={t('handling.appointment')}>{content.appointment && yes}</Row>
        <Row term={t('handling.crossProvince')}>
          {content.crossProvince.map((m) => codeLabel(CROSS_PROVINCE_MODES, m, lang)).join('、')}
        </Row>
      </dl>
      {!print &&
        (online ? (
          <div className="online-entry">
            <Button type="primary" size="large" disabled aria-describedby="online-soon">
              {t('online.button')}
            </Button>
            <p id="online-soon" className="guide-muted">
              {t('online.soon')}
            </p>
          </div>
        ) : (
          <Alert
            type="info"
            showIcon
            title={t('online.windowOnly')}
            description={
              content.notOnline && (
                <span lang={zh}>{t('online.notOnlineReason', { reason: content.notOnline.reason })}</span>
              )
            }
          />
        ))}
    </GuideSection>
  );
}
