// 办理流程: the procedure steps (licensing items need accept, review, decide, conclude, deliver),
// the special procedures that pause the clock and the intermediary services.
import { InputNumber, Select, Switch } from 'antd';
import { useI18n } from '../../../i18n/index.ts';
import { CODE_TABLES, type CodeOf } from '../codes.ts';
import type { ImplementationContent, ProcedureStep } from '../content-types.ts';
import { withOptional } from '../content-types.ts';
import { useLabels } from '../labels.ts';
import { CodeField, Field, idOf, NumberField, TextField } from './fields.tsx';
import { freshId, ListEditor } from './ListEditor.tsx';
import type { TabProps } from './tab-props.ts';

export function ProcedureTab({ content, patch }: TabProps) {
  const { t } = useI18n();
  const { code } = useLabels();
  const steps = content.procedure;
  return (
    <div className="ca-tab">
      <ListEditor<ProcedureStep>
        title={t('ca.f.procedure')}
        name={t('ca.f.step')}
        path="procedure"
        items={steps}
        max={30}
        onChange={(procedure) => patch({ procedure })}
        create={() => ({
          id: freshId('s', steps),
          code: 'accept',
          name: '',
          role: 'window-clerk',
          budget: null,
        })}
        render={(s, update, path) => (
          <>
            <div className="ca-grid">
              <Field label={t('ca.f.stepCode')} path={`${path}.code`}>
                <Select
                  id={idOf(`${path}.code`)}
                  mode="tags"
                  maxCount={1}
                  value={[s.code]}
                  onChange={(v: string[]) => update({ ...s, code: v.at(-1) ?? '' })}
                  options={CODE_TABLES.requiredStep.map((c) => ({
                    value: c,
                    label: `${code('requiredStep', c)}（${c}）`,
                  }))}
                />
              </Field>
              <TextField
                label={t('ca.f.stepName')}
                path={`${path}.name`}
                value={s.name}
                maxLength={50}
                onChange={(name) => update({ ...s, name })}
              />
              <CodeField
                label={t('ca.f.role')}
                path={`${path}.role`}
                table="stepRole"
                value={s.role}
                onChange={(role) => update({ ...s, role })}
              />
              <Field label={t('ca.f.budget')} path={`${path}.budget`}>
                <span className="ca-limit-period">
                  <Switch
                    id={idOf(`${path}.budget`)}
                    checked={s.budget !== null}
                    onChange={(on) =>
                      update({ ...s, budget: on ? { value: 1, unit: 'working-days' } : null })
                    }
                  />
                  {s.budget && (
                    <>
                      <InputNumber
                        aria-label={`${t('ca.f.budget')}：${t('ca.f.limitValue')}`}
                        min={0}
                        max={999}
                        precision={0}
                        value={s.budget.value}
                        onChange={(v) => update({ ...s, budget: { ...s.budget!, value: Number(v ?? 0) } })}
                      />
                      <Select
                        aria-label={`${t('ca.f.budget')}：${t('ca.f.limitUnit')}`}
                        className="ca-limit-unit"
                        value={s.budget.unit}
                        onChange={(unit: CodeOf<'limitUnit'>) =>
                          update({ ...s, budget: { ...s.budget!, unit } })
                        }
                        options={CODE_TABLES.limitUnit.map((u) => ({
                          value: u,
                          label: code('limitUnit', u),
                        }))}
                      />
                    </>
                  )}
                </span>
              </Field>
            </div>
            <TextField
              label={t('ca.f.description')}
              path={`${path}.description`}
              value={s.description}
              rows={2}
              maxLength={1000}
              onChange={(v) => update(withOptional(s, 'description', v))}
            />
          </>
        )}
      />
      <ListEditor
        title={t('ca.f.specialProcedures')}
        name={t('ca.f.specialProcedure')}
        path="specialProcedures"
        items={content.specialProcedures}
        max={10}
        onChange={(specialProcedures) => patch({ specialProcedures })}
        create={(): ImplementationContent['specialProcedures'][number] => ({
          kind: 'inspection',
          maxWorkingDays: 10,
        })}
        render={(p, update, path) => (
          <div className="ca-grid">
            <CodeField
              label={t('ca.f.kind')}
              path={`${path}.kind`}
              table="specialProcedure"
              value={p.kind}
              onChange={(kind) => update({ ...p, kind })}
            />
            <NumberField
              label={t('ca.f.maxWorkingDays')}
              path={`${path}.maxWorkingDays`}
              min={1}
              max={365}
              value={p.maxWorkingDays}
              onChange={(maxWorkingDays) => update({ ...p, maxWorkingDays })}
            />
            <TextField
              label={t('ca.f.basis')}
              path={`${path}.basis`}
              value={p.basis}
              maxLength={500}
              onChange={(v) => update(withOptional(p, 'basis', v))}
            />
          </div>
        )}
      />
      <ListEditor
        title={t('ca.f.intermediaries')}
        name={t('ca.f.intermediary')}
        path="intermediaryServices"
        items={content.intermediaryServices}
        max={20}
        onChange={(intermediaryServices) => patch({ intermediaryServices })}
        create={() => ({ name: '', basis: '' })}
        render={(s, update, path) => (
          <div className="ca-grid">
            <TextField
              label={t('ca.f.intermediaryName')}
              path={`${path}.name`}
              value={s.name}
              maxLength={200}
              onChange={(name) => update({ ...s, name })}
            />
            <TextField
              label={t('ca.f.basis')}
              path={`${path}.basis`}
              value={s.basis}
              maxLength={500}
              onChange={(basis) => update({ ...s, basis })}
            />
          </div>
        )}
      />
    </div>
  );
}
