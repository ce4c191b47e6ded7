// One search result: the service's name (a link to its guide), agency, item type, handling modes
// and the 全市通办 tag.
import { Tag } from 'antd';
import { Link } from 'react-router-dom';
import { codeLabel, HANDLING_MODES, ITEM_TYPES } from '../../../i18n/catalog-codes.ts';
import { useI18n } from '../../../i18n/index.ts';
import type { SearchHit } from '../queries.ts';

export function SearchHitCard({ hit, guidePath }: { hit: SearchHit; guidePath: string }) {
  const { t, lang } = useI18n();
  const zh = lang === 'zh-CN' ? undefined : 'zh-CN';
  return (
    <article className="catalog-hit">
      <h3 className="catalog-hit-name">
        <Link to={`${guidePath}/${hit.implementationCode}`} lang={zh}>
          {hit.name}
        </Link>
      </h3>
      <p className="catalog-hit-agency" lang={zh}>
        {hit.agency.name}
      </p>
      <div className="catalog-hit-tags">
        <Tag className="ctag ctag-type">{codeLabel(ITEM_TYPES, hit.itemType, lang)}</Tag>
        {hit.cityWide && <Tag className="ctag ctag-ok">{t('tag.cityWide')}</Tag>}
      </div>
      {hit.handlingModes.length > 0 && (
        <p className="catalog-hit-modes">
          <span className="catalog-hit-label">{t('search.modes')}：</span>
          {hit.handlingModes.map((m) => codeLabel(HANDLING_MODES, m, lang)).join('、')}
        </p>
      )}
    </article>
  );
}
