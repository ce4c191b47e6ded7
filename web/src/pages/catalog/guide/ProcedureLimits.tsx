// 办理流程 (steps with the acting role and their time budget) and 办理时限 (statutory and
// promised, as narrowed by the situation, with special procedures that pause the clock).
import {
  CASE_TYPES,
  codeLabel,
  LIMIT_UNITS,
  SPECIAL_PROCEDURE_KINDS,
  STEP_ROLES,
} from '../../../i18n/catalog-codes.ts';
import { useI18n } from '../../../i18n/index.ts';
import type { GuideContent, Narrowed } from '../queries.ts';
import { formatLimit, zhWhenForeign } from './format.ts';
import { GuideSection, Row } from './GuideSection.tsx';

export function ProcedureSection({ content }: { content: GuideContent }) {
  const { t, lang } = useI18n();
  if (content.procedure.length === 0) return null;
  const zh = zhWhenForeign(lang);
  return (
    <GuideSection id="procedure" title={t('procedure.title')}>
      <ol className="procedure-list">
        {content.procedure.map((step) => (
          <li key={step.id} className="procedure-step">
            <h3 className="procedure-name" lang={zh}>
              {step.name}
            </h3>
            <dl className="guide-dl">
              <Row term={t('procedure.role')}>{codeLabel(STEP_ROLES, step.role, lang)}</Row>
              <Row term={t('procedure.budget')}>
                {step.budget
                  ? `${step.budget.value} ${codeLabel(LIMIT_UNITS, step.budget.unit, lang)}`
                  : t('procedure.noBudget')}
              </Row>
            </dl>
            {step.description && <p lang={zh}>{step.description}</p>}
          </li>
        ))}
      </ol>
    </GuideSection>
  );
}

export function LimitsSection({ content, narrowed }: { content: GuideContent; narrowed: Narrowed }) {
  const { t, lang } = useI18n();
  return (
    <GuideSection id="limits" title={t('limits.title')}>
      <dl className="guide-dl" data-testid="limits">
        <Row term={t('limits.statutory')}>{formatLimit(narrowed.statutoryLimit, t, lang)}</Row>
        <Row term={t('limits.promised')}>{formatLimit(narrowed.promisedLimit, t, lang)}</Row>
        <Row term={t('limits.caseType')}>{codeLabel(CASE_TYPES, content.caseType, lang)}</Row>
        <Row term={t('limits.special')}>
          {content.specialProcedures.length > 0 &&
            content.specialProcedures
              .map((s) =>
                t('limits.specialValue', {
                  kind: codeLabel(SPECIAL_PROCEDURE_KINDS, s.kind, lang),
                  days: s.maxWorkingDays,
                }),
              )
              .join('；')}
        </Row>
      </dl>
      {content.limitNote && <p lang={zhWhenForeign(lang)}>{content.limitNote}</p>}
    </GuideSection>
  );
}
