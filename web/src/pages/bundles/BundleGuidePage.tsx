// One bundle's guide (/bundles/:code), the 一次告知: every member in order with its agency,
// promised limit and order constraints, the conditions, the one material set, the savings
// against applying for each separately, the venues, and 开始办理 (sign-in asked by the wizard's
// route guard, which brings the applicant back).
import { Breadcrumb } from 'antd';
import { Link, useParams } from 'react-router-dom';
import { ApiError } from '../../api/problem.ts';
import { LoadError } from '../../components/LoadError.tsx';
import { Loading } from '../../components/Loading.tsx';
import { useI18n } from '../../i18n/index.ts';
import { usePageTitle } from '../../layout/usePageTitle.ts';
import { zhWhenForeign } from '../catalog/guide/format.ts';
import { NotFoundPage } from '../NotFoundPage.tsx';
import { useBundleGuide } from './api.ts';
import { SavingsCompare, SavingsLine } from './BundleBits.tsx';
import { MaterialList, MemberList } from './GuideSections.tsx';
import type { BundleGuide } from './types.ts';
import '../cases/cases.css';
import './bundles.css';

export function BundleGuidePage() {
  const { t } = useI18n();
  const { code = '' } = useParams();
  const guide = useBundleGuide(code);
  usePageTitle(guide.data?.name ?? t('bdl.title'));
  if (guide.error instanceof ApiError && [400, 404].includes(guide.error.status))
    return <NotFoundPage title={t('bdl.guide.notFound')} />;
  return (
    <div className="container page bdl-page">
      <Breadcrumb
        className="breadcrumb"
        items={[
          { title: <Link to="/">{t('nav.home')}</Link> },
          { title: <Link to="/bundles">{t('bdl.title')}</Link> },
          { title: guide.data?.name ?? '…' },
        ]}
      />
      {guide.isPending ? (
        <Loading rows={10} />
      ) : guide.isError ? (
        <LoadError error={guide.error} onRetry={() => void guide.refetch()} headingLevel={2} />
      ) : (
        <Guide guide={guide.data} />
      )}
    </div>
  );
}

function Guide({ guide }: { guide: BundleGuide }) {
  const { t, lang } = useI18n();
  const zh = zhWhenForeign(lang);
  const { plan, content } = guide;
  const applyTo = `/bundles/${encodeURIComponent(guide.code)}/apply`;
  return (
    <article className="bdl-guide" data-testid="bundle-guide">
      <header className="bdl-guide-header">
        <h1 className="page-title" lang={zh}>
          {guide.name}
        </h1>
        <p className="page-lead" lang={zh}>
          {guide.summary}
        </p>
        <p>{t('bdl.guide.lead', { agency: guide.leadAgencyName })}</p>
        <p>
          {t('bdl.members', { count: guide.memberCount })} · {t('bdl.promised', { days: guide.promisedDays })}
        </p>
        <SavingsLine saved={guide.savings.saved} />
        <div className="bdl-start">
          <Link to={applyTo} className="case-link-button bdl-start-button">
            {t('bdl.guide.start')}
          </Link>
          <span className="case-muted">{t('bdl.guide.startHint')}</span>
        </div>
      </header>

      <section className="bdl-section" aria-labelledby="bdl-members">
        <h2 id="bdl-members" className="section-title">
          {t('bdl.guide.membersTitle')}
        </h2>
        <MemberList members={plan.members} />
      </section>

      {content.questions.length > 0 && (
        <section className="bdl-section" aria-labelledby="bdl-questions">
          <h2 id="bdl-questions" className="section-title">
            {t('bdl.guide.questionsTitle')}
          </h2>
          <ul className="guide-list" lang={zh}>
            {content.questions.map((q) => (
              <li key={q.id}>
                {q.text}（{q.options.map((o) => o.label).join(' / ')}）
              </li>
            ))}
          </ul>
        </section>
      )}

      <section className="bdl-section" aria-labelledby="bdl-conditions">
        <h2 id="bdl-conditions" className="section-title">
          {t('bdl.guide.conditionsTitle')}
        </h2>
        {plan.conditions.length === 0 ? (
          <p>{t('bdl.guide.conditionsEmpty')}</p>
        ) : (
          <ul className="guide-list" lang={zh}>
            {plan.conditions.map((c, i) => (
              <li key={`${c.memberId}-${i}`}>
                <strong>{c.itemName}</strong>：{c.text}
              </li>
            ))}
          </ul>
        )}
      </section>

      <section className="bdl-section" aria-labelledby="bdl-materials">
        <h2 id="bdl-materials" className="section-title">
          {t('bdl.guide.materialsTitle')}
        </h2>
        <p>{t('bdl.guide.materialsLead')}</p>
        <MaterialList materials={plan.materials} members={plan.members} />
      </section>

      <section className="bdl-section" aria-labelledby="bdl-savings">
        <h2 id="bdl-savings" className="section-title">
          {t('bdl.guide.savingsTitle')}
        </h2>
        <SavingsCompare savings={guide.savings} label={t('bdl.guide.savingsTitle')} />
      </section>

      <section className="bdl-section" aria-labelledby="bdl-venues">
        <h2 id="bdl-venues" className="section-title">
          {t('bdl.guide.venuesTitle')}
        </h2>
        {guide.venues.length === 0 ? (
          <p>{t('bdl.guide.venuesEmpty')}</p>
        ) : (
          <ul className="guide-list" lang={zh}>
            {guide.venues.map((v) => (
              <li key={v.id}>
                <Link to={`/venues/${encodeURIComponent(v.id)}`}>{v.name}</Link>
                <span className="case-muted"> {v.address}</span>
              </li>
            ))}
          </ul>
        )}
        {content.consultationPhone && <p>{t('bdl.guide.phone', { phone: content.consultationPhone })}</p>}
      </section>

      <div className="bdl-start">
        <Link to={applyTo} className="case-link-button bdl-start-button">
          {t('bdl.guide.start')}
        </Link>
      </div>
    </article>
  );
}
