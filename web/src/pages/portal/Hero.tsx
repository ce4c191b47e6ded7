// Portal hero: the promise of the platform and the (upcoming) service search.
import { Alert, ConfigProvider, Input } from 'antd';
import { useState } from 'react';
import { useI18n } from '../../i18n/index.ts';
import { brand } from '../../theme/theme.ts';

export function Hero() {
  const { t } = useI18n();
  const [searched, setSearched] = useState(false);
  return (
    <section className="hero" aria-labelledby="hero-title">
      <div className="container hero-inner">
        <h1 id="hero-title" className="hero-title">
          {t('hero.title')}
        </h1>
        <p className="hero-subtitle">{t('hero.subtitle')}</p>
        <form
          role="search"
          className="hero-search"
          onSubmit={(event) => {
            event.preventDefault();
            setSearched(true);
          }}
        >
          <label htmlFor="hero-search-input" className="visually-hidden">
            {t('hero.searchLabel')}
          </label>
          {/* The accent colour sets the search button apart from the blue hero. */}
          <ConfigProvider theme={{ token: { colorPrimary: brand.accent } }}>
            <Input.Search
              id="hero-search-input"
              size="large"
              placeholder={t('hero.searchPlaceholder')}
              enterButton={t('hero.searchButton')}
              onSearch={() => setSearched(true)}
            />
          </ConfigProvider>
        </form>
        <div aria-live="polite" className="hero-notice">
          {searched && <Alert type="info" showIcon title={t('hero.searchSoon')} />}
        </div>
      </div>
    </section>
  );
}
