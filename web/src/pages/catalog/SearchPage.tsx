// Portal search (/search): a big search box, filters and the ranked results, all in the URL.
import { Breadcrumb } from 'antd';
import { Link } from 'react-router-dom';
import { useI18n } from '../../i18n/index.ts';
import { usePageTitle } from '../../layout/usePageTitle.ts';
import { SearchBox } from './search/SearchBox.tsx';
import { SearchFilters } from './search/SearchFilters.tsx';
import { SearchResults } from './search/SearchResults.tsx';
import { useSearchFilter } from './useSearchFilter.ts';

export function SearchPage() {
  const { t } = useI18n();
  const state = useSearchFilter();
  usePageTitle(state.filter.q ? `${state.filter.q} · ${t('search.title')}` : t('search.title'));
  return (
    <div className="container page catalog-search-page">
      <Breadcrumb
        className="breadcrumb"
        items={[{ title: <Link to="/">{t('nav.home')}</Link> }, { title: t('search.title') }]}
      />
      <h1 className="page-title">{t('search.title')}</h1>
      <p className="page-lead">{t('search.lead')}</p>
      <SearchBox query={state.filter.q} onSearch={(q) => state.setFilter({ q })} />
      <SearchFilters state={state} />
      <SearchResults filter={state.filter} active={state.active} guidePath="/guides" />
    </div>
  );
}
