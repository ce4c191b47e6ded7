// 办理形式: handling modes, visits, online depth and the online entry. On the portal an
// online-capable service offers "在线办理" (the apply wizard, with the situation answered so far);
// a window-only service says so, with the negative-list reason.
import { FormOutlined } from '@ant-design/icons';
import { Alert, Button } from 'antd';
import { useNavigate } from 'react-router-dom';
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

/** Whether the service can be applied for online (an online handling mode, not on the negative list). */
export const appliesOnline = (content: GuideContent) =>
  content.handlingModes.some((m) => ONLINE_MODES.has(m)) && !content.notOnline;

interface HandlingSectionProps {
  content: GuideContent;
  print?: boolean;
  /** The apply wizard's path (portal only); without it no online entry is shown. */
  applyPath?: string;
}

export function HandlingSection({ content, print, applyPath }: HandlingSectionProps) {
  const { t, lang } = useI18n();
  const navigate = useNavigate();
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
          applyPath && (
            <div className="online-entry">
              <Button
                type="primary"
                size="large"
                icon={<FormOutlined aria-hidden />}
                onClick={() => void navigate(applyPath)}
                aria-describedby="online-hint"
              >
                {t('online.button')}
              </Button>
              <p id="online-hint" className="guide-muted">
                {t('cases.guide.applyHint')}
              </p>
            </div>
          )
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
