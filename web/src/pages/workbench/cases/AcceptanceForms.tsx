// The acceptance forms: accept (with 容缺 and 告知承诺 where the implementation allows them),
// one-time correction (补齐补正: every item at once) and refusal (with its legal basis).
import { Checkbox, Input } from 'antd';
import { useState } from 'react';
import type { Guide } from '../../catalog/queries.ts';
import { Field, opt, type ActionKit } from './ActionFormKit.tsx';
import type { CaseDetail } from './api.ts';

export const ACCEPTANCE_ACTIONS = ['accept', 'request-correction', 'refuse'] as const;
type AcceptanceAction = (typeof ACCEPTANCE_ACTIONS)[number];
export const isAcceptanceAction = (a: string): a is AcceptanceAction =>
  (ACCEPTANCE_ACTIONS as readonly string[]).includes(a);

interface Props {
  kit: ActionKit;
  action: AcceptanceAction;
  detail: CaseDetail;
  guide: Guide | undefined;
  missingHint: string[];
}

export function AcceptanceForm({ kit, action, detail, guide, missingHint }: Props) {
  const { t, errors, opinion, reason, submit, form, opinionField, reasonField } = kit;
  const content = guide?.content;
  const deficiencyKeys = new Set(content?.materials.filter((m) => m.deficiencyAllowed).map((m) => m.id));
  // The latest round of each material; those still missing must be accepted with deficiency.
  const latest = [...detail.materials]
    .sort((x, y) => y.round - x.round)
    .filter((m, i, all) => all.findIndex((n) => n.materialKey === m.materialKey) === i);
  const deficiencyRows = latest.filter((m) => m.status === 'missing' && deficiencyKeys.has(m.materialKey));
  const [missing, setMissing] = useState<string[]>(() => {
    const hinted = missingHint.filter((k) => deficiencyRows.some((m) => m.materialKey === k));
    return hinted.length > 0 ? hinted : deficiencyRows.map((m) => m.materialKey);
  });
  const [dueOn, setDueOn] = useState('');
  const [commitment, setCommitment] = useState(false);
  const [corrections, setCorrections] = useState<Record<string, string>>({});
  const [freeCorrections, setFreeCorrections] = useState('');
  const [legalBasis, setLegalBasis] = useState('');

  switch (action) {
    case 'accept':
      return form(
        <>
          <fieldset className="wc-question">
            <legend>{t('wc.form.deficiency')}</legend>
            {deficiencyRows.length === 0 ? (
              <p className="wc-muted">{t('wc.form.deficiencyNone')}</p>
            ) : (
              <Checkbox.Group
                className="wc-checklist"
                value={missing}
                onChange={(v) => setMissing(v)}
                options={deficiencyRows.map((m) => ({ value: m.materialKey, label: m.name }))}
              />
            )}
          </fieldset>
          {missing.length > 0 && (
            <Field id="wc-accept-due" label={t('wc.form.deficiencyDue')}>
              <Input
                id="wc-accept-due"
                type="date"
                className="wc-date"
                value={dueOn}
                onChange={(e) => setDueOn(e.target.value)}
              />
            </Field>
          )}
          {content?.commitment && (
            <div className="wc-field">
              <Checkbox checked={commitment} onChange={(e) => setCommitment(e.target.checked)}>
                {t('wc.form.commitment')}
              </Checkbox>
              <p className="wc-muted">{t('wc.form.commitmentText', { text: content.commitment.text })}</p>
            </div>
          )}
          {opinionField()}
        </>,
        () =>
          submit(
            {},
            {
              action,
              ...(missing.length > 0 && { missingMaterials: missing }),
              ...(missing.length > 0 && dueOn && { deficiencyDueOn: dueOn }),
              ...(commitment && { commitment: true }),
              opinion: opt(opinion),
            },
          ),
      );
    case 'request-correction': {
      const items = [
        ...Object.entries(corrections)
          .filter(([, text]) => text.trim())
          .map(([materialKey, text]) => ({ materialKey, text: text.trim() })),
        ...freeCorrections
          .split('\n')
          .map((s) => s.trim())
          .filter(Boolean)
          .map((text) => ({ text })),
      ];
      return form(
        <>
          <p className="wc-muted">{t('wc.form.correctionLead')}</p>
          {latest
            .filter((m) => m.status !== 'exempt')
            .map((m) => {
              const id = `wc-correction-${m.materialKey}`;
              const on = m.materialKey in corrections;
              return (
                <div key={`${m.materialKey}|${m.round}`} className="wc-correction-item">
                  <Checkbox
                    checked={on}
                    onChange={(e) =>
                      setCorrections((c) => {
                        const next = { ...c };
                        if (e.target.checked) next[m.materialKey] = '';
                        else delete next[m.materialKey];
                        return next;
                      })
                    }
                  >
                    {t('wc.form.correctionMaterial', { name: m.name })}
                  </Checkbox>
                  {on && (
                    <Input
                      id={id}
                      aria-label={`${t('wc.form.correctionText')}：${m.name}`}
                      maxLength={500}
                      value={corrections[m.materialKey]}
                      onChange={(e) => setCorrections((c) => ({ ...c, [m.materialKey]: e.target.value }))}
                    />
                  )}
                </div>
              );
            })}
          <Field
            id="wc-correction-free"
            label={t('wc.form.correctionFree')}
            error={errors.items ? t('wc.form.correctionEmpty') : null}
          >
            <Input.TextArea
              id="wc-correction-free"
              rows={3}
              value={freeCorrections}
              onChange={(e) => setFreeCorrections(e.target.value)}
            />
          </Field>
        </>,
        () => submit({ items: items.length === 0 }, { action, items }),
      );
    }
    case 'refuse':
      return form(
        <>
          {reasonField()}
          <Field id="wc-refuse-basis" label={t('wc.form.legalBasis')} error={errors.legalBasis}>
            <Input
              id="wc-refuse-basis"
              maxLength={500}
              value={legalBasis}
              aria-invalid={!!errors.legalBasis}
              aria-required
              onChange={(e) => setLegalBasis(e.target.value)}
            />
          </Field>
        </>,
        () =>
          submit(
            { reason: !reason.trim(), legalBasis: !legalBasis.trim() },
            { action, reason: reason.trim(), legalBasis: legalBasis.trim() },
          ),
      );
  }
}
