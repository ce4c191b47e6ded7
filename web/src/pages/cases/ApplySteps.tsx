// The steps of the apply wizard: what the service needs (from the guide), the applicant's
// situation, the materials (fetched, reused or uploaded), and the review with the commitment and
// the pickup place. The form step is CaseForm; the wizard (ApplyWizard) holds the state.
import { Alert, Checkbox, Radio } from 'antd';
import { Link } from 'react-router-dom';
import { codeLabel } from '../../i18n/catalog-codes.ts';
import { useI18n } from '../../i18n/index.ts';
import { formatLimit, zhWhenForeign } from '../catalog/guide/format.ts';
import { Row } from '../catalog/guide/GuideSection.tsx';
import type { Answers, Guide, Narrowed } from '../catalog/queries.ts';
import { formRows } from './CaseForm.tsx';
import { linkedText } from './LicenseLink.tsx';
import type { ChosenMaterial } from './MaterialPicker.tsx';
import type { MaterialLicense } from './types.ts';
import { MATERIAL_SOURCES } from '../../i18n/catalog-codes.ts';

export function GuideStep({ guide, narrowed }: { guide: Guide; narrowed: Narrowed }) {
  const { t, lang } = useI18n();
  const zh = zhWhenForeign(lang);
  const { content } = guide;
  return (
    <div className="wizard-body">
      <dl className="guide-dl">
        <Row term={t('guide.agency')}>{lang === 'zh-CN' ? guide.agency.name : guide.agency.nameEn}</Row>
        <Row term={t('limits.statutory')}>{formatLimit(narrowed.statutoryLimit, t, lang)}</Row>
        <Row term={t('limits.promised')}>{formatLimit(narrowed.promisedLimit, t, lang)}</Row>
        <Row term={t('cases.apply.fees')}>
          {content.fee.charged
            ? content.fee.items.map((f) => `${f.name} ${f.amount} ${t('cases.apply.yuan')}`).join('；')
            : t('cases.apply.free')}
        </Row>
      </dl>
      <h3 className="case-subtitle">{t('conditions.title')}</h3>
      {narrowed.conditions.length === 0 ? (
        <p>{t('conditions.empty')}</p>
      ) : (
        <ol className="guide-list" lang={zh}>
          {narrowed.conditions.map((c) => (
            <li key={c.id}>{c.text}</li>
          ))}
        </ol>
      )}
      <h3 className="case-subtitle">{t('materials.title')}</h3>
      <ol className="guide-list">
        {narrowed.materials.map((m) => (
          <li key={m.id}>
            <span lang={zh}>{m.name}</span>{' '}
            <span className="case-muted">
              （
              {m.source === 'applicant'
                ? t(m.required ? 'materials.required' : 'materials.optional')
                : codeLabel(MATERIAL_SOURCES, m.source, lang)}
              {m.deficiencyAllowed && `，${t('materials.deficiency')}`}）
            </span>
          </li>
        ))}
      </ol>
      <p className="case-note">
        <Link to={`/guides/${guide.implementationCode}`}>{t('cases.apply.fullGuide')}</Link>
      </p>
    </div>
  );
}

interface SituationStepProps {
  narrowed: Narrowed;
  answers: Answers;
  onAnswer: (questionId: string, optionId: string) => void;
  updating: boolean;
  showIncomplete: boolean;
}

export function SituationStep({ narrowed, answers, onAnswer, updating, showIncomplete }: SituationStepProps) {
  const { t, lang } = useI18n();
  const zh = zhWhenForeign(lang);
  if (narrowed.questions.length === 0) return <p className="wizard-body">{t('cases.apply.noQuestions')}</p>;
  return (
    <div className="wizard-body">
      <p className="guide-lead">{t('cases.apply.situationLead')}</p>
      {narrowed.questions.map((q) => (
        <fieldset key={q.id} className="situation-question">
          <legend lang={zh}>{q.text}</legend>
          {q.help && (
            <p className="situation-help" lang={zh}>
              {q.help}
            </p>
          )}
          <Radio.Group
            name={`apply-${q.id}`}
            value={answers[q.id]}
            onChange={(e) => onAnswer(q.id, e.target.value as string)}
            options={q.options.map((o) => ({ value: o.id, label: <span lang={zh}>{o.label}</span> }))}
          />
        </fieldset>
      ))}
      <div aria-live="polite" className="situation-status">
        {updating ? (
          <Alert type="info" showIcon title={t('situation.updating')} />
        ) : narrowed.complete ? (
          <Alert
            type="success"
            showIcon
            title={t('cases.apply.situationDone', { count: narrowed.materials.length })}
          />
        ) : (
          <Alert
            type={showIncomplete ? 'error' : 'info'}
            showIcon
            title={t('cases.apply.situationIncomplete')}
          />
        )}
      </div>
    </div>
  );
}

interface ReviewStepProps {
  guide: Guide;
  narrowed: Narrowed;
  formData: Record<string, unknown>;
  chosen: Record<string, ChosenMaterial>;
  /** 免证办: the e-licenses standing in for materials (with the applicant's consent). */
  linked: Readonly<Record<string, MaterialLicense>>;
  commitmentAvailable: boolean;
  creditBlocked: boolean;
  commitment: boolean;
  onCommitment: (value: boolean) => void;
  commitmentSigned: boolean;
  onSign: (value: boolean) => void;
  pickupVenueId: string | undefined;
  onPickup: (venueId: string) => void;
  showErrors: boolean;
}

export function ReviewStep(props: ReviewStepProps) {
  const { guide, narrowed, formData, chosen, commitment, commitmentSigned, pickupVenueId, showErrors } =
    props;
  const { t, lang } = useI18n();
  const zh = zhWhenForeign(lang);
  const { content } = guide;
  const rows = formRows(content.form, formData);
  const answered = narrowed.questions.flatMap((q) => {
    const option = q.options.find((o) => o.id === narrowed.answered[q.id]);
    return option ? [{ q: q.text, a: option.label }] : [];
  });
  const canCommit = props.commitmentAvailable && content.commitment !== null;
  return (
    <div className="wizard-body">
      <section aria-labelledby="review-situation" className="review-block">
        <h3 id="review-situation" className="case-subtitle">
          {t('situation.summary')}
        </h3>
        {answered.length === 0 ? (
          <p className="case-muted">{t('cases.apply.noQuestions')}</p>
        ) : (
          <dl className="guide-dl" lang={zh}>
            {answered.map((r) => (
              <Row key={r.q} term={r.q}>
                {r.a}
              </Row>
            ))}
          </dl>
        )}
      </section>
      <section aria-labelledby="review-form" className="review-block">
        <h3 id="review-form" className="case-subtitle">
          {t('cases.apply.step.form')}
        </h3>
        <dl className="guide-dl" lang={zh} data-testid="review-form">
          {rows.map((r) => (
            <Row key={r.label} term={r.label}>
              {r.value}
            </Row>
          ))}
        </dl>
      </section>
      <section aria-labelledby="review-materials" className="review-block">
        <h3 id="review-materials" className="case-subtitle">
          {t('materials.title')}
        </h3>
        <ul className="case-plain-list" data-testid="review-materials">
          {narrowed.materials.map((m) => {
            const file = chosen[m.id];
            const license = props.linked[m.id];
            const state = license
              ? linkedText(t, lang, license)
              : m.source === 'shared-data'
                ? t('materials.autoFetched')
                : file
                  ? `${t(file.reused ? 'cases.pick.reused' : 'cases.pick.uploaded')} ${file.name}`
                  : t('cases.apply.notProvided');
            return (
              <li key={m.id}>
                <span lang={zh}>{m.name}</span>：{state}
              </li>
            );
          })}
        </ul>
      </section>
      {props.creditBlocked && (
        <Alert type="warning" showIcon className="case-alert" title={t('cases.apply.creditBlocked')} />
      )}
      {canCommit && content.commitment && (
        <section aria-labelledby="review-commitment" className="review-block review-commitment">
          <h3 id="review-commitment" className="case-subtitle">
            {t('cases.apply.commitmentTitle')}
          </h3>
          <p>{t('cases.apply.commitmentLead')}</p>
          <Checkbox checked={commitment} onChange={(e) => props.onCommitment(e.target.checked)}>
            {t('cases.apply.commitmentChoose')}
          </Checkbox>
          {commitment && (
            <>
              <blockquote className="commitment-text" lang={zh}>
                {content.commitment.text}
              </blockquote>
              <Checkbox checked={commitmentSigned} onChange={(e) => props.onSign(e.target.checked)}>
                {t('cases.apply.commitmentSign')}
              </Checkbox>
              {showErrors && !commitmentSigned && (
                <p className="pick-error" role="alert">
                  {t('cases.apply.commitmentUnsigned')}
                </p>
              )}
            </>
          )}
        </section>
      )}
      {content.cityWide && guide.venues.length > 0 && (
        <section aria-labelledby="review-pickup" className="review-block">
          <h3 id="review-pickup" className="case-subtitle">
            {t('cases.apply.pickupTitle')}
          </h3>
          <p>{t('cases.apply.pickupLead')}</p>
          <Radio.Group
            className="pickup-options"
            name="pickup-venue"
            value={pickupVenueId}
            onChange={(e) => props.onPickup(e.target.value as string)}
            aria-labelledby="review-pickup"
            options={guide.venues.map((v) => ({
              value: v.id,
              label: (
                <span className="pickup-option" lang={zh}>
                  <strong>{v.name}</strong>
                  <span className="case-muted">{v.address}</span>
                </span>
              ),
            }))}
          />
          {showErrors && !pickupVenueId && (
            <p className="pick-error" role="alert">
              {t('cases.apply.pickupMissing')}
            </p>
          )}
        </section>
      )}
    </div>
  );
}
