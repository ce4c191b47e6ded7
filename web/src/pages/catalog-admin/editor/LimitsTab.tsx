// 时限与收费: case type, statutory and promised limits, a note, and the fees.
import { useI18n } from '../../../i18n/index.ts';
import { withOptional } from '../content-types.ts';
import { CodeField, SwitchField, TextField } from './fields.tsx';
import { LimitField } from './LimitField.tsx';
import { ListEditor } from './ListEditor.tsx';
import type { TabProps } from './tab-props.ts';

export function LimitsTab({ content, patch }: TabProps) {
  const { t } = useI18n();
  const fee = content.fee;
  return (
    <div className="ca-tab">
      <CodeField
        label={t('ca.f.caseType')}
        path="caseType"
        table="caseType"
        value={content.caseType}
        onChange={(caseType) => patch({ caseType })}
      />
      <LimitField
        label={t('ca.f.statutoryLimit')}
        path="statutoryLimit"
        value={content.statutoryLimit}
        onChange={(v) => v && patch({ statutoryLimit: v })}
      />
      <LimitField
        label={t('ca.f.promisedLimit')}
        path="promisedLimit"
        value={content.promisedLimit}
        onChange={(v) => v && patch({ promisedLimit: v })}
      />
      <TextField
        label={t('ca.f.limitNote')}
        path="limitNote"
        value={content.limitNote}
        rows={2}
        maxLength={500}
        onChange={(v) => patch(withOptional(content, 'limitNote', v))}
      />
      <SwitchField
        label={t('ca.f.charged')}
        path="fee.charged"
        checked={fee.charged}
        onChange={(charged) => patch({ fee: { ...fee, charged } })}
      />
      <ListEditor
        title={t('ca.f.feeItems')}
        name={t('ca.f.feeItem')}
        path="fee.items"
        items={fee.items}
        max={20}
        onChange={(items) => patch({ fee: { ...fee, items } })}
        create={() => ({ name: '', amount: '0', basis: '' })}
        render={(item, update, path) => (
          <div className="ca-grid">
            <TextField
              label={t('ca.f.feeName')}
              path={`${path}.name`}
              value={item.name}
              maxLength={100}
              onChange={(name) => update({ ...item, name })}
            />
            <TextField
              label={t('ca.f.amount')}
              path={`${path}.amount`}
              value={item.amount}
              maxLength={12}
              onChange={(amount) => update({ ...item, amount })}
            />
            <TextField
              label={t('ca.f.basis')}
              path={`${path}.basis`}
              value={item.basis}
              maxLength={500}
              onChange={(basis) => update({ ...item, basis })}
            />
          </div>
        )}
      />
    </div>
  );
}
