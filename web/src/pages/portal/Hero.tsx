// Portal hero: the promise of the platform and the service search (it opens /search?q=…).
import { ConfigProvider, Input } from 'antd';
import { useState } from 'react';
import { Link, useNavigate } from 'react-router-dom';
import { useI18n } from '../../i18n/index.ts';
import { brand } from '../../theme/theme.ts';

export function Hero() {
  const { t } = useI18n();
  const navigate = useNavigate();
  const [value, setValue] = useState('');
  const search = (text: string) => {
    const q = text.trim();
    void navigate(q ? `/search?q=${encodeURIComponent(q)}` : '/search');
  };
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
            search(value);
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
              maxLength={100}
              value={value}
              placeholder={t('search.placeholder')}
              enterButton={t('hero.searchButton')}
              onChange={(event) => setValue(event.target.value)}
              onSearch={search}
            />
          </ConfigProvider>
        </form>
        <p className="hero-notice">
          <Link to="/search" className="hero-link">
            {t('hero.goSearch')} →
          </Link>
        </p>
      </div>
    </section>
  );
}
