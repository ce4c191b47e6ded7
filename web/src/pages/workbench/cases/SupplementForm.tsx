// Supplying the materials missing at acceptance (容缺) at the window: one file per outstanding
// material, uploaded against the case, then the supplement action names them.
import { Alert, Button } from 'antd';
import { useState } from 'react';
import { problemTitle } from '../../../api/problem.ts';
import { useI18n } from '../../../i18n/index.ts';
import { uploadMaterial, type CaseActionBody, type CaseDetail } from './api.ts';

interface SupplementFormProps {
  detail: CaseDetail;
  pending: boolean;
  onRun: (body: Omit<CaseActionBody, 'seq'>) => void;
  onCancel: () => void;
}

export function SupplementForm({ detail, pending, onRun, onCancel }: SupplementFormProps) {
  const { t, lang } = useI18n();
  const [files, setFiles] = useState<Record<string, File>>({});
  const [busy, setBusy] = useState(false);
  const [failure, setFailure] = useState<string | null>(null);
  const outstanding = detail.outstandingMaterials;
  const nameOf = (k: string) => detail.materials.find((m) => m.materialKey === k)?.name ?? k;
  if (outstanding.length === 0) return <p className="wc-muted">{t('wc.form.supplementNone')}</p>;
  return (
    <form
      onSubmit={(e) => {
        e.preventDefault();
        void (async () => {
          setBusy(true);
          setFailure(null);
          try {
            const materials = [];
            for (const key of outstanding) {
              const file = files[key];
              if (!file) continue;
              const object = await uploadMaterial(file, nameOf(key), detail.id);
              materials.push({ materialKey: key, materialId: object.id });
            }
            onRun({ action: 'supplement', materials });
          } catch (error) {
            setFailure(
              t('wc.new.uploadFailed', { title: problemTitle(error, lang) ?? t('state.errorNetwork') }),
            );
          } finally {
            setBusy(false);
          }
        })();
      }}
    >
      {outstanding.map((key) => (
        <div key={key} className="wc-field">
          <label htmlFor={`wc-supply-${key}`} className="wc-label">
            {t('wc.form.supplementFile', { name: nameOf(key) })}
          </label>
          <input
            id={`wc-supply-${key}`}
            type="file"
            className="wc-file"
            accept=".pdf,.jpg,.jpeg,.png,.ofd,application/pdf,image/jpeg,image/png"
            onChange={(e) => {
              const file = e.target.files?.[0];
              setFiles((c) => {
                const next = { ...c };
                if (file) next[key] = file;
                else delete next[key];
                return next;
              });
            }}
          />
        </div>
      ))}
      {failure && <Alert className="form-alert" type="error" showIcon title={failure} />}
      <div className="wc-row wc-submit">
        <Button type="primary" htmlType="submit" loading={busy || pending}>
          {t('wc.form.confirm', { action: t('wc.action.supplement') })}
        </Button>
        <Button onClick={onCancel}>{t('wc.actions.cancel')}</Button>
      </div>
    </form>
  );
}
