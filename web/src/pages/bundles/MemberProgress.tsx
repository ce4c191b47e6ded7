// Every member of a bundle case as a card (one column, readable at 360 px): its item, agency,
// where it stands (等待前序事项办结 … 已办结), its sub-case number linking to the case page, and
// the promised date. The applicant's tracking page and the staff's bundle context share it.
import { Link } from 'react-router-dom';
import { codeLabel } from '../../i18n/catalog-codes.ts';
import { useI18n } from '../../i18n/index.ts';
import { zhWhenForeign } from '../catalog/guide/format.ts';
import { OutcomeTag } from './BundleBits.tsx';
import type { BundleMemberStatus } from './types.ts';
import { CASE_STATUSES } from '../cases/labels.ts';

interface MemberProgressProps {
  members: readonly BundleMemberStatus[];
  /** Where a sub-case number leads: the applicant's or the staff's case page. */
  caseLink: (caseId: string) => string;
  /** The sub-case the staff member is looking at (marked "this case"). */
  currentCaseId?: string;
  headingLevel?: 3 | 4;
}

export function MemberProgress({ members, caseLink, currentCaseId, headingLevel = 3 }: MemberProgressProps) {
  const { t, lang } = useI18n();
  const zh = zhWhenForeign(lang);
  const Heading = headingLevel === 3 ? 'h3' : 'h4';
  const nameOf = new Map(members.map((m) => [m.memberId, m.itemName]));
  const sep = lang === 'zh-CN' ? '、' : ', ';
  const ordered = [...members].sort((a, b) => a.position - b.position);
  return (
    <ol className="bdl-progress" data-testid="bundle-progress">
      {ordered.map((m) => (
        <li
          key={m.memberId}
          className={
            m.caseId && m.caseId === currentCaseId ? 'bdl-progress-item bdl-current' : 'bdl-progress-item'
          }
          data-testid="member-progress"
          data-outcome={m.outcome}
        >
          <Heading className="bdl-member-name">
            <span lang={zh}>{m.itemName}</span>
            {m.caseId && m.caseId === currentCaseId && <span className="bdl-this">{t('bdl.ctx.this')}</span>}
          </Heading>
          <OutcomeTag outcome={m.outcome} />
          <dl className="bdl-member-facts">
            <div>
              <dt>{t('bdl.case.agency')}</dt>
              <dd lang={zh}>{m.agencyName}</dd>
            </div>
            <div>
              <dt>{t('bdl.case.subCase')}</dt>
              <dd>
                {m.caseId ? (
                  <Link to={caseLink(m.caseId)} data-testid="sub-case-link">
                    {m.caseNumber ?? m.caseId.slice(0, 8)}
                  </Link>
                ) : (
                  <span className="case-muted">{t('bdl.case.notStarted')}</span>
                )}
                {m.caseStatus && (
                  <span className="case-muted"> · {codeLabel(CASE_STATUSES, m.caseStatus, lang)}</span>
                )}
              </dd>
            </div>
            <div>
              <dt>{t('bdl.case.due')}</dt>
              <dd>{m.promisedDue ?? <span className="case-muted">{t('bdl.case.dueNone')}</span>}</dd>
            </div>
            {m.after.length > 0 && (
              <div>
                <dt>{t('bdl.admin.after')}</dt>
                <dd lang={zh}>{m.after.map((id) => nameOf.get(id) ?? id).join(sep)}</dd>
              </div>
            )}
          </dl>
        </li>
      ))}
    </ol>
  );
}
