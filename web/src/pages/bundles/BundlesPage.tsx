// The portal's 一件事 area (/bundles): a card per bundle in force — name, summary, how many
// services it joins, the promised limit and what it saves — filtered by 个人 / 企业 (?target=).
import { Breadcrumb, Radio } from 'antd';
import { Link, useSearchParams } from 'react-router-dom';
import { LoadError } from '../../components/LoadError.tsx';
import { Loading } from '../../components/Loading.tsx';
import { codeLabel } from '../../i18n/catalog-codes.ts';
import { useI18n } from '../../i18n/index.ts';
import { usePageTitle } from '../../layout/usePageTitle.ts';
import { useBundles } from './api.ts';
import { SavingsLine } from './BundleBits.tsx';
import { BUNDLE_TARGETS, LIFE_EVENTS } from './labels.ts';
import type { BundleSummary } from './types.ts';
import '../cases/cases.css';
import './bundles.css';

const TARGETS = ['person', 'enterprise'] as const;
type Target = (typeof TARGETS)[number];
const isTarget = (v: string | null): v is Target => v !== null && (TARGETS as readonly string[]).includes(v);

export function BundlesPage() {
  const { t, lang } = useI18n();
  usePageTitle(t('bdl.title'));
  const [params, setParams] = useSearchParams();
  const raw = params.get('target');
  const target = isTarget(raw) ? raw : 'all';
  const list = useBundles();
  const items = (list.data?.items ?? []).filter((b) => target === 'all' || b.target === target);
  return (
    <div className="container page bdl-page">
      <Breadcrumb
        className="breadcrumb"
        items={[{ title: <Link to="/">{t('nav.home')}</Link> }, { title: t('bdl.title') }]}
      />
      <h1 className="page-title">{t('bdl.title')}</h1>
      <p className="page-lead">{t('bdl.lead')}</p>
      <fieldset className="bdl-filter">
        <legend>{t('bdl.filter')}</legend>
        <Radio.Group
          optionType="button"
          buttonStyle="solid"
          size="large"
          value={target}
          name="bundle-target"
          onChange={(e) => {
            const value = e.target.value as string;
            setParams(value === 'all' ? {} : { target: value }, { replace: true });
          }}
          options={[
            { value: 'all', label: t('bdl.filterAll') },
            ...TARGETS.map((code) => ({ value: code, label: codeLabel(BUNDLE_TARGETS, code, lang) })),
          ]}
        />
      </fieldset>
      {list.isPending ? (
        <Loading rows={6} />
      ) : list.isError ? (
        <LoadError error={list.error} onRetry={() => void list.refetch()} headingLevel={2} />
      ) : (
        <>
          <p className="visually-hidden" role="status">
            {t('bdl.shown', { count: items.length })}
          </p>
          {items.length === 0 ? (
            <p className="bdl-empty">{t('bdl.empty')}</p>
          ) : (
            <ul className="bdl-cards" data-testid="bundle-cards">
              {items.map((b) => (
                <li key={b.code}>
                  <BundleCard bundle={b} />
                </li>
              ))}
            </ul>
          )}
        </>
      )}
    </div>
  );
}

function BundleCard({ bundle: b }: { bundle: BundleSummary }) {
  const { t, lang } = useI18n();
  return (
    <article className="bdl-card" data-testid="bundle-card" aria-labelledby={`bdl-${b.code}`}>
      <p className="bdl-card-kicker">
        {codeLabel(BUNDLE_TARGETS, b.target, lang)} · {codeLabel(LIFE_EVENTS, b.lifeEvent, lang)}
      </p>
      <h2 className="bdl-card-title" id={`bdl-${b.code}`}>
        <Link to={`/bundles/${encodeURIComponent(b.code)}`}>{b.name}</Link>
      </h2>
      <p className="bdl-card-summary">{b.summary}</p>
      <ul className="bdl-facts">
        <li>{t('bdl.members', { count: b.memberCount })}</li>
        <li>{t('bdl.promised', { days: b.promisedDays })}</li>
      </ul>
      <SavingsLine saved={b.savings.saved} />
      <Link
        to={`/bundles/${encodeURIComponent(b.code)}`}
        className="case-link-button bdl-card-open"
        aria-label={t('bdl.openOne', { name: b.name })}
      >
        {t('bdl.open')}
      </Link>
    </article>
  );
}
