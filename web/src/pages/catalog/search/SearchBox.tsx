// The big search box of the search page: a labelled input whose value follows the URL's ?q=.
import { ConfigProvider, Input } from 'antd';
import { useState } from 'react';
import { useI18n } from '../../../i18n/index.ts';
import { brand } from '../../../theme/theme.ts';

interface SearchBoxProps {
  query: string | undefined;
  onSearch: (q: string | undefined) => void;
}

export function SearchBox({ query, onSearch }: SearchBoxProps) {
  const { t } = useI18n();
  const [value, setValue] = useState(query ?? '');
  const [shownQuery, setShownQuery] = useState(query);
  // Back/forward changes the URL: show the query that produced the results.
  if (query !== shownQuery) {
    setShownQuery(query);
    setValue(query ?? '');
  }
  return (
    <form
      role="search"
      className="catalog-search-box"
      onSubmit={(event) => {
        event.preventDefault();
        onSearch(value.trim() || undefined);
      }}
    >
      <label htmlFor="catalog-search-input" className="catalog-search-label">
        {t('search.label')}
      </label>
      <ConfigProvider theme={{ token: { colorPrimary: brand.accent } }}>
        <Input.Search
          id="catalog-search-input"
          size="large"
          maxLength={100}
          value={value}
          allowClear
          placeholder={t('search.placeholder')}
          enterButton={t('search.submit')}
          onChange={(event) => setValue(event.target.value)}
          onSearch={(text) => onSearch(text.trim() || undefined)}
        />
      </ConfigProvider>
    </form>
  );
}
