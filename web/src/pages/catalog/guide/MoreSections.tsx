// The closing sections of a guide: 告知承诺, 设定依据, 常见问题 and 咨询/监督电话.
import { useI18n } from '../../../i18n/index.ts';
import type { GuideContent } from '../queries.ts';
import { zhWhenForeign } from './format.ts';
import { GuideSection, Row } from './GuideSection.tsx';

export function CommitmentSection({ content }: { content: GuideContent }) {
  const { t, lang } = useI18n();
  if (!content.commitment) return null;
  const zh = zhWhenForeign(lang);
  return (
    <GuideSection id="commitment" title={t('commitment.title')}>
      <dl className="guide-dl">
        <Row term={t('commitment.text')}>
          <span lang={zh}>{content.commitment.text}</span>
        </Row>
        <Row term={t('commitment.plan')}>
          <span lang={zh}>{content.commitment.verificationPlan}</span>
        </Row>
      </dl>
    </GuideSection>
  );
}

export function LegalBasisSection({ content }: { content: GuideContent }) {
  const { t, lang } = useI18n();
  if (content.legalBasis.length === 0) return null;
  return (
    <GuideSection id="legal" title={t('legal.title')}>
      <ul className="guide-list" lang={zhWhenForeign(lang)}>
        {content.legalBasis.map((b) => (
          <li key={`${b.law}${b.article}`}>
            <strong>
              {b.law}
              {b.article}
            </strong>
            <p className="guide-muted">{b.text}</p>
          </li>
        ))}
      </ul>
    </GuideSection>
  );
}

export function FaqSection({ content }: { content: GuideContent }) {
  const { t, lang } = useI18n();
  if (content.faqs.length === 0) return null;
  return (
    <GuideSection id="faqs" title={t('faqs.title')}>
      <dl className="faq-list" lang={zhWhenForeign(lang)}>
        {content.faqs.map((f) => (
          <div key={f.question} className="faq">
            <dt>{f.question}</dt>
            <dd>{f.answer}</dd>
          </div>
        ))}
      </dl>
    </GuideSection>
  );
}

export function ContactSection({ content }: { content: GuideContent }) {
  const { t } = useI18n();
  return (
    <GuideSection id="contact" title={t('contact.title')}>
      <dl className="guide-dl">
        <Row term={t('contact.consultation')}>
          <a href={`tel:${content.consultationPhone}`}>{content.consultationPhone}</a>
        </Row>
        <Row term={t('contact.supervision')}>
          <a href={`tel:${content.supervisionPhone}`}>{content.supervisionPhone}</a>
        </Row>
      </dl>
    </GuideSection>
  );
}
