// 受理条件 and 申请材料 as narrowed by the situation answers.
import { Tag } from 'antd';
import { useI18n } from '../../../i18n/index.ts';
import type { Narrowed } from '../queries.ts';
import { zhWhenForeign } from './format.ts';
import { GuideSection } from './GuideSection.tsx';
import { MaterialItem } from './MaterialItem.tsx';

export function ConditionsSection({ narrowed }: { narrowed: Narrowed }) {
  const { t, lang } = useI18n();
  return (
    <GuideSection id="conditions" title={t('conditions.title')}>
      {narrowed.conditions.length === 0 ? (
        <p>{t('conditions.empty')}</p>
      ) : (
        <ol className="guide-list">
          {narrowed.conditions.map((c) => (
            <li key={c.id}>
              <span lang={zhWhenForeign(lang)}>{c.text}</span>
              {c.commitmentAllowed && <Tag className="inline-tag">{t('conditions.commitment')}</Tag>}
            </li>
          ))}
        </ol>
      )}
    </GuideSection>
  );
}

export function MaterialsSection({ narrowed }: { narrowed: Narrowed }) {
  const { t } = useI18n();
  return (
    <GuideSection
      id="materials"
      title={t('materials.title')}
      extra={
        <span className="guide-count">{t('materials.count', { count: narrowed.materials.length })}</span>
      }
    >
      {narrowed.materials.length === 0 ? (
        <p>{t('materials.empty')}</p>
      ) : (
        <ol className="material-list" data-testid="material-list">
          {narrowed.materials.map((m, index) => (
            <li key={m.id}>
              <MaterialItem material={m} index={index} />
            </li>
          ))}
        </ol>
      )}
    </GuideSection>
  );
}
