// Window acceptance (/workbench/cases/new): the clerk finds the applicant, picks the item and its
// situation, ticks the materials against the implementation's list, chooses window or assisted
// handling (recording the person's consent), then files and submits the case and goes straight to
// its detail page to decide on acceptance (accept, 容缺, correction, refusal, 即办).
import { Alert, Button } from 'antd';
import { useRef, useState } from 'react';
import { Link, useNavigate, useSearchParams } from 'react-router-dom';
import { problemTitle } from '../../../api/problem.ts';
import { LoadError } from '../../../components/LoadError.tsx';
import { Loading } from '../../../components/Loading.tsx';
import { useI18n } from '../../../i18n/index.ts';
import { usePageTitle } from '../../../layout/usePageTitle.ts';
import { CaseForm, hasFields, type CaseFormHandle } from '../../cases/CaseForm.tsx';
import { zhWhenForeign } from '../../catalog/guide/format.ts';
import { useGuideAnswers } from '../../catalog/guide/useGuideAnswers.ts';
import { actOnCase, createCase, saveDraft, uploadMaterial, type CaseDetail } from './api.ts';
import { ApplicantStep, type ChosenApplicant } from './ApplicantStep.tsx';
import { CasesFrame } from './CasesFrame.tsx';
import { channelFields, ChannelStep, DEFAULT_CHANNEL, type ChannelChoice } from './ChannelStep.tsx';
import { ProblemErrors } from './ProblemErrors.tsx';
import { ItemSearch, SituationQuestions, usePickedGuide, usePickedSituation } from './ItemStep.tsx';
import {
  checkOf as effectiveCheck,
  MaterialChecklist,
  type Check,
  type NarrowedMaterial,
} from './MaterialChecklist.tsx';
import { useWindowLicenses, WindowLicenseConsent } from './WindowLicenses.tsx';

export interface AcceptHint {
  /** Materials the clerk marked missing (容缺 candidates), to preselect in the accept form. */
  missing: string[];
}

export function NewCasePage() {
  const { t } = useI18n();
  return (
    <CasesFrame current={t('wc.new.title')}>
      <NewCase />
    </CasesFrame>
  );
}

function NewCase() {
  const { t, lang } = useI18n();
  usePageTitle(`${t('wc.new.title')} · ${t('workbench.title')}`);
  const navigate = useNavigate();
  const [params, setParams] = useSearchParams();
  const code = params.get('item') ?? '';
  const { answers, answer, reset } = useGuideAnswers();
  const [applicant, setApplicant] = useState<ChosenApplicant | null>(null);
  const [checks, setChecks] = useState<Record<string, Check>>({});
  const [files, setFiles] = useState<Record<string, File>>({});
  const [channel, setChannel] = useState<ChannelChoice>(DEFAULT_CHANNEL);
  const [busy, setBusy] = useState(false);
  const [failure, setFailure] = useState<string | null>(null);
  const [failureError, setFailureError] = useState<unknown>(null);
  const [missingStep, setMissingStep] = useState<'applicant' | 'item' | 'materials' | 'form' | null>(null);
  const [formData, setFormData] = useState<Record<string, unknown>>({});
  const formHandle = useRef<CaseFormHandle>(null);

  const pick = (next: string) => {
    reset();
    setChecks({});
    setFiles({});
    setFormData({});
    setParams(
      (current) => {
        const p = new URLSearchParams([...current].filter(([k]) => !k.startsWith('s.')));
        if (next) p.set('item', next);
        else p.delete('item');
        return p;
      },
      { replace: true },
    );
  };

  const guide = usePickedGuide(code);
  const situation = usePickedSituation(code, answers);
  const picked = code && guide.data ? guide.data : null;
  const narrowed = picked ? situation.data : undefined;
  const materials: NarrowedMaterial[] = narrowed?.complete ? narrowed.materials : [];
  // 免证办: the applicant's held e-licenses and the consent the clerk records for them.
  const windowLicenses = useWindowLicenses(applicant, picked ? code : '', materials);
  const { linked } = windowLicenses;
  const checkOf = (m: NarrowedMaterial) => effectiveCheck(checks, m, linked);
  // Optional materials not provided are no deficiency: only required ones are listed as missing.
  const missingRows = materials.filter((m) => m.required && checkOf(m) === 'missing');
  const blocking = missingRows.some((m) => !m.deficiencyAllowed);
  const zh = zhWhenForeign(lang);

  const file = async () => {
    setFailure(null);
    if (!applicant) return setMissingStep('applicant');
    if (!picked || !narrowed?.complete) return setMissingStep('item');
    if (blocking) return setMissingStep('materials');
    if (formHandle.current && !formHandle.current.validate()) return setMissingStep('form');
    setMissingStep(null);
    setBusy(true);
    const received = materials.filter((m) => checkOf(m) === 'received');
    const scans = received.filter((m) => files[m.id]);
    // Received without a scan: the clerk checked the paper original at the window.
    const paperMaterials = received.filter((m) => !files[m.id]).map((m) => m.id);
    const paper = paperMaterials.length > 0 ? { paperMaterials } : {};
    const missing = missingRows.map((m) => m.id);
    // The applicant's consent to use their e-licenses (免证办), as the clerk recorded it.
    const consent = Object.keys(linked).length > 0 ? { licenseConsent: true } : {};
    try {
      const input = {
        implementationCode: code,
        answers: narrowed.answered,
        formData,
        applicant: applicant.kind === 'idNumber' ? { idNumber: applicant.value } : { uscc: applicant.value },
        ...channelFields(channel),
      };
      let detail: CaseDetail;
      if (scans.length === 0) {
        detail = await createCase({ ...input, ...paper, ...consent, submit: true });
      } else {
        // Scans belong to the applicant's subject and are uploaded against the case: draft first.
        // The paper checks go with the submission (a draft does not record them).
        const draft = await createCase({ ...input, submit: false });
        const chosen: { materialKey: string; materialId: string }[] = [];
        for (const m of scans) {
          try {
            const object = await uploadMaterial(files[m.id]!, m.name, draft.id);
            chosen.push({ materialKey: m.id, materialId: object.id });
          } catch (error) {
            setFailure(
              t('wc.new.uploadFailed', { title: problemTitle(error, lang) ?? t('state.errorNetwork') }),
            );
            throw null;
          }
        }
        const saved = await saveDraft(draft.id, { materials: chosen });
        detail = await actOnCase(draft.id, { action: 'submit', seq: saved.seq, ...paper, ...consent });
      }
      const hint: AcceptHint = { missing };
      void navigate(`/workbench/cases/${detail.id}`, { state: hint });
    } catch (error) {
      setFailureError(error);
      if (error !== null)
        setFailure(t('wc.new.failed', { title: problemTitle(error, lang) ?? t('state.errorNetwork') }));
      setBusy(false);
    }
  };

  return (
    <>
      <h1 className="page-title">{t('wc.new.title')}</h1>
      <p className="page-lead">{t('wc.new.lead')}</p>

      <section className="admin-panel wc-step" aria-labelledby="wc-step-applicant">
        <h2 id="wc-step-applicant" className="panel-title">
          {t('wc.new.step.applicant')}
        </h2>
        <ApplicantStep chosen={applicant} onChosen={setApplicant} />
        {missingStep === 'applicant' && (
          <p className="wc-error" role="alert">
            {t('wc.new.needApplicant')}
          </p>
        )}
      </section>

      <section className="admin-panel wc-step" aria-labelledby="wc-step-item">
        <h2 id="wc-step-item" className="panel-title">
          {t('wc.new.step.item')}
        </h2>
        {!code && <ItemSearch onPick={pick} />}
        {code && guide.isPending && <Loading rows={3} />}
        {code && guide.isError && <LoadError error={guide.error} onRetry={() => void guide.refetch()} />}
        {picked && (
          <>
            <p data-testid="item-picked">
              <strong>
                {t('wc.new.itemPicked', { name: '' })}
                <span lang={zh}>{picked.content.name}</span>
              </strong>{' '}
              <span className="wc-muted" lang={zh}>
                {picked.agency.name}
              </span>{' '}
              <Button size="small" onClick={() => pick('')}>
                {t('wc.new.change')}
              </Button>{' '}
              <Link to={`/workbench/guides/${code}`} target="_blank" rel="noopener">
                {t('wbGuide.title')}
              </Link>
            </p>
            {situation.isError && (
              <LoadError error={situation.error} onRetry={() => void situation.refetch()} />
            )}
            {narrowed && <SituationQuestions guide={picked} narrowed={narrowed} onAnswer={answer} />}
          </>
        )}
        {missingStep === 'item' && (
          <p className="wc-error" role="alert">
            {t('wc.new.needItem')}
          </p>
        )}
      </section>

      <section className="admin-panel wc-step" aria-labelledby="wc-step-materials">
        <h2 id="wc-step-materials" className="panel-title">
          {t('wc.new.step.materials')}
        </h2>
        {!narrowed?.complete ? (
          <p className="wc-muted">{t('wc.new.situationIncomplete')}</p>
        ) : (
          <>
            <p className="wc-muted">{t('wc.new.materialsLead')}</p>
            {applicant && applicant.found.creditRecords > 0 && (
              <Alert
                className="form-alert"
                type="warning"
                showIcon
                title={t('wc.new.credit', { n: applicant.found.creditRecords })}
              />
            )}
            <WindowLicenseConsent {...windowLicenses} />
            <MaterialChecklist
              materials={materials}
              linked={linked}
              checks={checks}
              onCheck={(id, check) => setChecks((c) => ({ ...c, [id]: check }))}
              onFile={(id, f) =>
                setFiles((current) => {
                  const next = { ...current };
                  if (f) next[id] = f;
                  else delete next[id];
                  return next;
                })
              }
            />
            {blocking && (
              <Alert className="form-alert" type="warning" showIcon title={t('wc.new.missingBlocking')} />
            )}
          </>
        )}
      </section>

      <section className="admin-panel wc-step" aria-labelledby="wc-step-channel">
        <h2 id="wc-step-channel" className="panel-title">
          {t('wc.new.step.channel')}
        </h2>
        <ChannelStep value={channel} onChange={setChannel} />
      </section>

      <section className="admin-panel wc-step" aria-labelledby="wc-step-form">
        <h2 id="wc-step-form" className="panel-title">
          {t('wc.new.step.form')}
        </h2>
        {!picked ? (
          <p className="wc-muted">{t('wc.new.needItem')}</p>
        ) : hasFields(picked.content.form) ? (
          <>
            <p className="wc-muted">{t('wc.new.formLead')}</p>
            <div lang={zh}>
              <CaseForm
                form={picked.content.form}
                data={formData}
                onChange={setFormData}
                idPrefix="wc-form"
                handle={formHandle}
              />
            </div>
          </>
        ) : (
          <p className="wc-muted">{t('wc.new.formNone')}</p>
        )}
        {missingStep === 'form' && (
          <p className="wc-error" role="alert">
            {t('wc.new.formInvalid')}
          </p>
        )}
      </section>

      {missingRows.length > 0 && (
        <p className="wc-muted" data-testid="missing-summary">
          {t('wc.materials.status.missing')}：{missingRows.map((m) => m.name).join('、')}
        </p>
      )}
      {failure && (
        <Alert
          className="form-alert"
          type="error"
          showIcon
          title={failure}
          description={<ProblemErrors error={failureError} />}
          role="alert"
        />
      )}
      <p>
        <Button type="primary" size="large" loading={busy} onClick={() => void file()}>
          {busy ? t('wc.new.submitting') : t('wc.new.submit')}
        </Button>
      </p>
    </>
  );
}
