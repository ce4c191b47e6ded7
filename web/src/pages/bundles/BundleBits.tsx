// Small pieces the 一件事 pages share: the savings line and the "separately vs. bundled" table,
// the bundle case's and each member's status tags (a colour per state, always with its words).
import { Tag } from 'antd';
import { codeLabel } from '../../i18n/catalog-codes.ts';
import { useI18n } from '../../i18n/index.ts';
import { BUNDLE_CASE_STATUSES, MEMBER_OUTCOMES } from './labels.ts';
import type { BundleCaseStatus, MemberOutcome, Savings, Tally } from './types.ts';

export function SavingsLine({ saved, testId }: { saved: Tally; testId?: string }) {
  const { t } = useI18n();
  return (
    <p className="bdl-savings" data-testid={testId ?? 'bundle-savings'}>
      {t('bdl.savingsLine', saved)}
    </p>
  );
}

const ROWS = [
  ['fields', 'bdl.cmp.fields'],
  ['materials', 'bdl.cmp.materials'],
  ['visits', 'bdl.cmp.visits'],
] as const;

/** 分别办理 vs 一件事: a small table, readable cell by cell by a screen reader. */
export function SavingsCompare({ savings, label }: { savings: Savings; label: string }) {
  const { t } = useI18n();
  return (
    <table className="bdl-compare" data-testid="bundle-compare">
      <caption className="visually-hidden">{label}</caption>
      <thead>
        <tr>
          <th scope="col">{t('bdl.cmp.what')}</th>
          <th scope="col">{t('bdl.cmp.separately')}</th>
          <th scope="col">{t('bdl.cmp.bundled')}</th>
          <th scope="col">{t('bdl.cmp.saved')}</th>
        </tr>
      </thead>
      <tbody>
        {ROWS.map(([key, title]) => (
          <tr key={key}>
            <th scope="row">{t(title)}</th>
            <td>{savings.separately[key]}</td>
            <td>{savings.bundled[key]}</td>
            <td className="bdl-compare-saved">{savings.saved[key]}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

const STATUS_TONE: Record<BundleCaseStatus, string> = {
  'in-progress': 'progress',
  'partly-refused': 'warn',
  concluded: 'ok',
  refused: 'bad',
};

export function BundleStatusTag({ status }: { status: BundleCaseStatus }) {
  const { lang } = useI18n();
  return (
    <Tag className={`case-tag case-tone-${STATUS_TONE[status]}`} data-testid="bundle-status">
      {codeLabel(BUNDLE_CASE_STATUSES, status, lang)}
    </Tag>
  );
}

const OUTCOME_TONE: Record<MemberOutcome, string> = {
  waiting: 'muted',
  blocked: 'bad',
  'in-progress': 'progress',
  succeeded: 'ok',
  failed: 'bad',
};

export function OutcomeTag({ outcome }: { outcome: MemberOutcome }) {
  const { lang } = useI18n();
  return (
    <Tag
      className={`case-tag case-tone-${OUTCOME_TONE[outcome]}`}
      data-testid="member-outcome"
      data-outcome={outcome}
    >
      {codeLabel(MEMBER_OUTCOMES, outcome, lang)}
    </Tag>
  );
}
