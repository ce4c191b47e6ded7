// 收费 (free, or each fee with its amount and basis) and 办理结果 (type, name, e-licence).
import { codeLabel, RESULT_TYPES } from '../../../i18n/catalog-codes.ts';
import { useI18n } from '../../../i18n/index.ts';
import type { GuideContent } from '../queries.ts';
import { zhWhenForeign } from './format.ts';
import { GuideSection, Row } from './GuideSection.tsx';

export function FeesSection({ content }: { content: GuideContent }) {
  const { t, lang } = useI18n();
  const { fee } = content;
  const zh = zhWhenForeign(lang);
  return (
    <GuideSection id="fees" title={t('fees.title')}>
      {!fee.charged || fee.items.length === 0 ? (
        <p>{t('fees.free')}</p>
      ) : (
        <ul className="guide-list">
          {fee.items.map((item) => (
            <li key={item.name}>
              <strong lang={zh}>{item.name}</strong>：{t('fees.amount', { amount: item.amount })}
              <br />
              <span className="guide-muted">
                {t('fees.basis')}：<span lang={zh}>{item.basis}</span>
              </span>
            </li>
          ))}
        </ul>
      )}
    </GuideSection>
  );
}

export function ResultSection({ content }: { content: GuideContent }) {
  const { t, lang } = useI18n();
  const { result } = content;
  return (
    <GuideSection id="result" title={t('result.title')}>
      <dl className="guide-dl">
        <Row term={t('result.type')}>{codeLabel(RESULT_TYPES, result.type, lang)}</Row>
        <Row term={t('result.name')}>
          <span lang={zhWhenForeign(lang)}>{result.name}</span>
          {result.licenseType && <span className="guide-muted">（{t('result.eLicense')}）</span>}
        </Row>
      </dl>
    </GuideSection>
  );
}
