// 申请材料: each material with its requirement, source (applicant, e-license, shared data),
// format, counts, acceptance standard and the situations it applies in.
import { useI18n } from '../../../i18n/index.ts';
import type { Material } from '../content-types.ts';
import { withOptional } from '../content-types.ts';
import { CodeField, NumberField, SwitchField, TextField } from './fields.tsx';
import { freshId, ListEditor } from './ListEditor.tsx';
import type { TabProps } from './tab-props.ts';
import { WhenEditor } from './WhenEditor.tsx';

type OptionalText =
  | 'issuer'
  | 'licenseType'
  | 'sharedDataset'
  | 'timeRequirement'
  | 'whereToObtain'
  | 'notes'
  | 'blankFormFileId'
  | 'sampleFileId';

export function MaterialsTab({ content, patch }: TabProps) {
  const { t } = useI18n();
  const materials = content.materials;
  return (
    <div className="ca-tab">
      <ListEditor<Material>
        title={t('ca.f.materials')}
        name={t('ca.f.material')}
        path="materials"
        items={materials}
        onChange={(next) => patch({ materials: next })}
        create={() => ({
          id: freshId('m', materials),
          name: '',
          requirement: 'required',
          source: 'applicant',
          format: 'both',
          originals: 1,
          copies: 0,
          deficiencyAllowed: false,
          acceptanceStandard: '',
        })}
        render={(m, update, path) => {
          const text = (key: OptionalText) => (v: string) => update(withOptional(m, key, v.trim() ? v : ''));
          return (
            <>
              <div className="ca-grid">
                <TextField
                  label={t('ca.f.id')}
                  path={`${path}.id`}
                  value={m.id}
                  maxLength={40}
                  onChange={(id) => update({ ...m, id })}
                />
                <TextField
                  label={t('ca.f.materialName')}
                  path={`${path}.name`}
                  value={m.name}
                  maxLength={200}
                  onChange={(name) => update({ ...m, name })}
                />
                <TextField
                  label={t('ca.f.issuer')}
                  path={`${path}.issuer`}
                  value={m.issuer}
                  maxLength={200}
                  onChange={text('issuer')}
                />
                <CodeField
                  label={t('ca.f.requirement')}
                  path={`${path}.requirement`}
                  table="materialRequirement"
                  value={m.requirement}
                  onChange={(requirement) => update({ ...m, requirement })}
                />
                <CodeField
                  label={t('ca.f.source')}
                  path={`${path}.source`}
                  table="materialSource"
                  value={m.source}
                  onChange={(source) => update({ ...m, source })}
                />
                {m.source === 'e-license' && (
                  <TextField
                    label={t('ca.f.licenseType')}
                    path={`${path}.licenseType`}
                    value={m.licenseType}
                    maxLength={40}
                    onChange={text('licenseType')}
                  />
                )}
                {m.source === 'shared-data' && (
                  <TextField
                    label={t('ca.f.sharedDataset')}
                    path={`${path}.sharedDataset`}
                    value={m.sharedDataset}
                    maxLength={100}
                    onChange={text('sharedDataset')}
                  />
                )}
                <CodeField
                  label={t('ca.f.format')}
                  path={`${path}.format`}
                  table="materialFormat"
                  value={m.format}
                  onChange={(format) => update({ ...m, format })}
                />
                <NumberField
                  label={t('ca.f.originals')}
                  path={`${path}.originals`}
                  value={m.originals}
                  max={20}
                  onChange={(originals) => update({ ...m, originals })}
                />
                <NumberField
                  label={t('ca.f.copies')}
                  path={`${path}.copies`}
                  value={m.copies}
                  max={20}
                  onChange={(copies) => update({ ...m, copies })}
                />
                <SwitchField
                  label={t('ca.f.deficiencyAllowed')}
                  path={`${path}.deficiencyAllowed`}
                  checked={m.deficiencyAllowed}
                  onChange={(deficiencyAllowed) => update({ ...m, deficiencyAllowed })}
                />
              </div>
              <TextField
                label={t('ca.f.acceptanceStandard')}
                path={`${path}.acceptanceStandard`}
                value={m.acceptanceStandard}
                rows={2}
                maxLength={1000}
                onChange={(acceptanceStandard) => update({ ...m, acceptanceStandard })}
              />
              <div className="ca-grid">
                <TextField
                  label={t('ca.f.timeRequirement')}
                  path={`${path}.timeRequirement`}
                  value={m.timeRequirement}
                  maxLength={200}
                  onChange={text('timeRequirement')}
                />
                <TextField
                  label={t('ca.f.whereToObtain')}
                  path={`${path}.whereToObtain`}
                  value={m.whereToObtain}
                  maxLength={200}
                  onChange={text('whereToObtain')}
                />
                <TextField
                  label={t('ca.f.blankFormFileId')}
                  path={`${path}.blankFormFileId`}
                  value={m.blankFormFileId}
                  onChange={text('blankFormFileId')}
                />
                <TextField
                  label={t('ca.f.sampleFileId')}
                  path={`${path}.sampleFileId`}
                  value={m.sampleFileId}
                  onChange={text('sampleFileId')}
                />
              </div>
              <TextField
                label={t('ca.f.notes')}
                path={`${path}.notes`}
                value={m.notes}
                rows={2}
                maxLength={1000}
                onChange={text('notes')}
              />
              <WhenEditor
                path={`${path}.when`}
                questions={content.questions}
                value={m.when}
                onChange={(when) => update(withOptional(m, 'when', when))}
              />
            </>
          );
        }}
      />
    </div>
  );
}
