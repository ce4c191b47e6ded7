// Supplying materials that were missing when the case was accepted under 容缺: each outstanding
// material is reused or uploaded, then one supplement action sends them (with the seq the page
// showed and one Idempotency-Key per panel, so a retry never supplies twice).
import { Button } from 'antd';
import { useState } from 'react';
import { useI18n } from '../../i18n/index.ts';
import { newIdempotencyKey, useCaseAction, usePrefill } from './api.ts';
import { latestRound, pickable } from './case-materials.ts';
import { MaterialPicker, type ChosenMaterial } from './MaterialPicker.tsx';
import { ProblemAlert } from './ProblemAlert.tsx';
import type { CaseDetail, MaterialChoice } from './types.ts';

export function SupplementPanel({ detail }: { detail: CaseDetail }) {
  const { t } = useI18n();
  const prefill = usePrefill(detail.implementationCode);
  const act = useCaseAction();
  const [key] = useState(newIdempotencyKey);
  const [chosen, setChosen] = useState<Record<string, ChosenMaterial | undefined>>({});
  const [tried, setTried] = useState(false);
  const outstanding = detail.outstandingMaterials.map(
    (k) =>
      latestRound(detail.materials).find((m) => m.materialKey === k) ?? {
        materialKey: k,
        name: k,
        requirement: 'required',
        status: 'missing' as const,
        materialId: null,
        sm3: null,
        provenance: null,
        round: 0,
        license: null,
      },
  );
  const materials: MaterialChoice[] = Object.entries(chosen).flatMap(([materialKey, c]) =>
    c ? [{ materialKey, materialId: c.id }] : [],
  );
  return (
    <section className="case-panel" aria-labelledby="supplement-title" data-testid="supplement-panel">
      <h3 id="supplement-title" className="case-subtitle">
        {t('cases.actions.supplementTitle')}
      </h3>
      <p>
        {detail.deficiencyDue
          ? t('cases.actions.supplementLeadDue', { date: detail.deficiencyDue })
          : t('cases.actions.supplementLead')}
      </p>
      <ol className="pick-list">
        {outstanding.map((m) => (
          <li key={m.materialKey}>
            <MaterialPicker
              material={{ ...pickable(m), required: true }}
              candidates={
                prefill.data?.reusableMaterials.find((r) => r.materialKey === m.materialKey)?.candidates ?? []
              }
              value={chosen[m.materialKey]}
              onChange={(value) => setChosen((c) => ({ ...c, [m.materialKey]: value }))}
              headingLevel={4}
            />
          </li>
        ))}
      </ol>
      {tried && materials.length === 0 && (
        <p className="pick-error" role="alert">
          {t('cases.actions.supplementNone')}
        </p>
      )}
      {act.isError && <ProblemAlert error={act.error} />}
      <div className="case-action-row">
        <Button
          type="primary"
          size="large"
          loading={act.isPending}
          onClick={() => {
            setTried(true);
            if (materials.length > 0)
              act.mutate({
                id: detail.id,
                body: { action: 'supplement', seq: detail.seq, materials },
                idempotencyKey: key,
              });
          }}
        >
          {t('cases.actions.supplement')}
        </Button>
      </div>
    </section>
  );
}
