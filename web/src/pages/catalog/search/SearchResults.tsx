// The results of a search: loading, error and empty states (with hints), the list, and
// "load more" with the keyset cursor.
import { Button, Empty } from 'antd';
import { LoadError } from '../../../components/LoadError.tsx';
import { Loading } from '../../../components/Loading.tsx';
import { useI18n } from '../../../i18n/index.ts';
import { useCatalogSearch } from '../queries.ts';
import type { SearchFilter } from '../useSearchFilter.ts';
import { SearchHitCard } from './SearchHitCard.tsx';

interface SearchResultsProps {
  filter: SearchFilter;
  active: boolean;
  /** Where a result links to: /guides (portal) or /workbench/guides. */
  guidePath: string;
}

export function SearchResults({ filter, active, guidePath }: SearchResultsProps) {
  const { t } = useI18n();
  const results = useCatalogSearch(filter, active);
  const items = results.data?.pages.flatMap((page) => page.items) ?? [];

  return (
    <section className="catalog-results" aria-labelledby="catalog-results-title">
      <h2 id="catalog-results-title" className="section-title">
        {t('search.results')}
      </h2>
      {!active && <p className="catalog-hint">{t('search.startHint')}</p>}
      {active && results.isPending && <Loading rows={6} />}
      {results.isError && <LoadError error={results.error} onRetry={() => void results.refetch()} />}
      {results.isSuccess && items.length === 0 && (
        <Empty
          description={
            <>
              <strong className="catalog-empty-title">{t('search.empty')}</strong>
              <span className="catalog-empty-hints">{t('search.emptyHints')}</span>
            </>
          }
        />
      )}
      <p className="catalog-count" aria-live="polite">
        {items.length > 0 && t('search.shown', { count: items.length })}
      </p>
      {items.length > 0 && (
        <ol className="catalog-hit-list" data-testid="search-results">
          {items.map((hit) => (
            <li key={hit.implementationCode}>
              <SearchHitCard hit={hit} guidePath={guidePath} />
            </li>
          ))}
        </ol>
      )}
      {results.hasNextPage && (
        <div className="load-more">
          <Button
            size="large"
            loading={results.isFetchingNextPage}
            onClick={() => void results.fetchNextPage()}
          >
            {t('search.loadMore')}
          </Button>
        </div>
      )}
    </section>
  );
}
