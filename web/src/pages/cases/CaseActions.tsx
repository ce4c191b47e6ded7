// What the applicant can do with a case now (the server's allowedActions): continue a draft,
// withdraw (after a confirmation), correct and resubmit (the one-time correction notice's items,
// replace materials, edit the form), supply materials missing under 容缺. Every action sends the
// seq the page showed (a 409 tells when someone acted first) and an Idempotency-Key. The 容缺
// supplement panel is in SupplementPanel.tsx.
import { Alert, Button, Input } from 'antd';
import { useRef, useState } from 'react';
import { Link } from 'react-router-dom';
import { useI18n } from '../../i18n/index.ts';
import { zhWhenForeign } from '../catalog/guide/format.ts';
import { GuideSection } from '../catalog/guide/GuideSection.tsx';
import type { Guide } from '../catalog/queries.ts';
import { newIdempotencyKey, useCaseAction, usePrefill } from './api.ts';
import { current, latestRound, pickable } from './case-materials.ts';
import { CaseForm, hasFields, type CaseFormHandle } from './CaseForm.tsx';
import { correctionItems } from './CaseTimeline.tsx';
import { MaterialPicker, type ChosenMaterial } from './MaterialPicker.tsx';
import { ProblemAlert } from './ProblemAlert.tsx';
import { SupplementPanel } from './SupplementPanel.tsx';
import type { CaseDetail, MaterialChoice } from './types.ts';

export function CaseActions({ detail, guide }: { detail: CaseDetail; guide: Guide | undefined }) {
  const { t } = useI18n();
  const allowed = new Set(detail.allowedActions);
  const applicantActions = ['submit', 'withdraw', 'resubmit', 'supplement'].filter((a) => allowed.has(a));
  if (applicantActions.length === 0) return null;
  return (
    <GuideSection id="case-actions" title={t('cases.actions.title')}>
      <div className="case-actions" data-testid="case-actions">
        {allowed.has('submit') && detail.status === 'draft' && (
          <Link to={`/apply/${detail.implementationCode}?draft=${detail.id}`} className="case-link-button">
            {t('cases.mine.resume')}
          </Link>
        )}
        {allowed.has('resubmit') && (
          <ResubmitPanel key={`resubmit-${detail.seq}`} detail={detail} guide={guide} />
        )}
        {allowed.has('supplement') && detail.outstandingMaterials.length > 0 && (
          <SupplementPanel key={`supplement-${detail.seq}`} detail={detail} />
        )}
        {allowed.has('withdraw') && <WithdrawPanel key={`withdraw-${detail.seq}`} detail={detail} />}
      </div>
    </GuideSection>
  );
}

function WithdrawPanel({ detail }: { detail: CaseDetail }) {
  const { t } = useI18n();
  const [open, setOpen] = useState(false);
  const [reason, setReason] = useState('');
  const [key, setKey] = useState(newIdempotencyKey);
  const act = useCaseAction();
  if (!open)
    return (
      <div className="case-action-row">
        <Button
          danger
          size="large"
          onClick={() => {
            setKey(newIdempotencyKey());
            act.reset();
            setOpen(true);
          }}
        >
          {t('cases.actions.withdraw')}
        </Button>
      </div>
    );
  return (
    <section className="case-confirm" aria-labelledby="withdraw-title" data-testid="withdraw-confirm">
      <h3 id="withdraw-title" className="case-subtitle">
        {t('cases.actions.withdrawTitle')}
      </h3>
      <p>{t('cases.actions.withdrawLead')}</p>
      <label htmlFor="withdraw-reason" className="case-label">
        {t('cases.actions.withdrawReason')}
      </label>
      <Input.TextArea
        id="withdraw-reason"
        value={reason}
        maxLength={2000}
        rows={3}
        onChange={(e) => setReason(e.target.value)}
      />
      {act.isError && <ProblemAlert error={act.error} />}
      <div className="case-action-row">
        <Button
          danger
          type="primary"
          size="large"
          loading={act.isPending}
          onClick={() =>
            act.mutate({
              id: detail.id,
              body: { action: 'withdraw', seq: detail.seq, ...(reason.trim() && { reason: reason.trim() }) },
              idempotencyKey: key,
            })
          }
        >
          {t('cases.actions.withdrawConfirm')}
        </Button>
        <Button size="large" onClick={() => setOpen(false)} disabled={act.isPending}>
          {t('cases.actions.cancel')}
        </Button>
      </div>
    </section>
  );
}

function ResubmitPanel({ detail, guide }: { detail: CaseDetail; guide: Guide | undefined }) {
  const { t, lang } = useI18n();
  const zh = zhWhenForeign(lang);
  const prefill = usePrefill(detail.implementationCode);
  const act = useCaseAction();
  const [key] = useState(newIdempotencyKey);
  const [formData, setFormData] = useState(detail.formData);
  const [editForm, setEditForm] = useState(false);
  const formHandle = useRef<CaseFormHandle>(null);
  const latest = [...detail.actions].reverse().find((a) => a.action === 'request-correction');
  const items = correctionItems(latest);
  const named = new Set(items.flatMap((i) => (i.materialKey ? [i.materialKey] : [])));
  const uploadable = latestRound(detail.materials).filter((m) => m.status !== 'exempt');
  // The materials the notice names come first.
  const ordered = [...uploadable].sort(
    (a, b) => Number(named.has(b.materialKey)) - Number(named.has(a.materialKey)),
  );
  const [chosen, setChosen] = useState<Record<string, ChosenMaterial | undefined>>(() =>
    Object.fromEntries(uploadable.map((m) => [m.materialKey, current(m)])),
  );
  const candidates = (k: string) =>
    prefill.data?.reusableMaterials.find((r) => r.materialKey === k)?.candidates ?? [];

  const resubmit = () => {
    if (editForm && formHandle.current && !formHandle.current.validate()) return;
    const materials: MaterialChoice[] = Object.entries(chosen).flatMap(([materialKey, c]) =>
      c ? [{ materialKey, materialId: c.id }] : [],
    );
    act.mutate({
      id: detail.id,
      body: { action: 'resubmit', seq: detail.seq, materials, ...(editForm && { formData }) },
      idempotencyKey: key,
    });
  };

  return (
    <section className="case-panel" aria-labelledby="resubmit-title" data-testid="resubmit-panel">
      <h3 id="resubmit-title" className="case-subtitle">
        {t('cases.actions.resubmitTitle')}
      </h3>
      <Alert
        type="warning"
        showIcon
        className="case-alert"
        title={t('cases.actions.correctionItems')}
        description={
          items.length > 0 ? (
            <ol className="case-correction-items" lang={zh} data-testid="correction-items">
              {items.map((item, i) => (
                <li key={i}>{item.text}</li>
              ))}
            </ol>
          ) : (
            latest?.opinion && <p lang={zh}>{latest.opinion}</p>
          )
        }
      />
      <h4 className="case-subtitle-small">{t('cases.actions.replaceMaterials')}</h4>
      <ol className="pick-list">
        {ordered.map((m) => (
          <li key={m.materialKey}>
            <MaterialPicker
              material={pickable(m)}
              candidates={candidates(m.materialKey)}
              value={chosen[m.materialKey]}
              onChange={(value) => setChosen((c) => ({ ...c, [m.materialKey]: value }))}
              headingLevel={4}
            />
          </li>
        ))}
      </ol>
      {guide && hasFields(guide.content.form) && (
        <div className="case-form-edit">
          {editForm ? (
            <CaseForm
              form={guide.content.form}
              data={formData}
              onChange={setFormData}
              idPrefix="resubmit"
              handle={formHandle}
            />
          ) : (
            <Button size="large" onClick={() => setEditForm(true)}>
              {t('cases.actions.editForm')}
            </Button>
          )}
        </div>
      )}
      {act.isError && <ProblemAlert error={act.error} />}
      <div className="case-action-row">
        <Button type="primary" size="large" onClick={resubmit} loading={act.isPending}>
          {t('cases.actions.resubmit')}
        </Button>
      </div>
    </section>
  );
}
