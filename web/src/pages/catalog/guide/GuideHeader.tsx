// The head of a guide: the service's name as the page's <h1>, its agency, implementation code,
// version and effective date, item type and service targets, and the 通办 tags.
import { Tag } from 'antd';
import type { ReactNode } from 'react';
import { codeLabel, CROSS_PROVINCE_MODES, ITEM_TYPES, SERVICE_TARGETS } from '../../../i18n/catalog-codes.ts';
import { useI18n } from '../../../i18n/index.ts';
import { localName } from '../../../i18n/localName.ts';
import type { Guide } from '../queries.ts';
import { zhWhenForeign } from './format.ts';
import { Row } from './GuideSection.tsx';

export function GuideHeader({ guide, actions }: { guide: Guide; actions?: ReactNode }) {
  const { t, lang } = useI18n();
  const { content } = guide;
  return (
    <header className="guide-header">
      <div className="guide-title-row">
        <h1 className="page-title" lang={zhWhenForeign(lang)}>
          {content.name}
        </h1>
        {actions && <div className="guide-actions">{actions}</div>}
      </div>
      <div className="guide-tags">
        <Tag className="ctag ctag-type">{codeLabel(ITEM_TYPES, content.itemType, lang)}</Tag>
        {content.cityWide && <Tag className="ctag ctag-ok">{t('tag.cityWide')}</Tag>}
        {content.crossProvince.length > 0 && (
          <Tag className="ctag ctag-cross">
            {t('tag.crossProvince')}：
            {content.crossProvince.map((m) => codeLabel(CROSS_PROVINCE_MODES, m, lang)).join('、')}
          </Tag>
        )}
      </div>
      <dl className="guide-dl guide-meta">
        <Row term={t('guide.agency')}>{localName(guide.agency, lang)}</Row>
        <Row term={t('guide.code')}>
          <span className="guide-code">{guide.implementationCode}</span>
        </Row>
        <Row term={t('guide.version')}>
          {t('guide.versionValue', { version: guide.version, date: guide.effectiveFrom })}
        </Row>
        <Row term={t('guide.itemType')}>{codeLabel(ITEM_TYPES, content.itemType, lang)}</Row>
        <Row term={t('guide.targets')}>
          {content.serviceTargets.map((c) => codeLabel(SERVICE_TARGETS, c, lang)).join('、')}
        </Row>
      </dl>
    </header>
  );
}
