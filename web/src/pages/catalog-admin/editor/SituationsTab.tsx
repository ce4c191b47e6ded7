// 情形: the situation questions (with options, each option possibly changing the limits) that
// tailor the guide and the material list, and the acceptance conditions.
import { Checkbox, Form } from 'antd';
import { useI18n } from '../../../i18n/index.ts';
import type { AcceptanceCondition, SituationOption, SituationQuestion } from '../content-types.ts';
import { withOptional } from '../content-types.ts';
import { TextField, idOf } from './fields.tsx';
import { LimitField } from './LimitField.tsx';
import { freshId, ListEditor } from './ListEditor.tsx';
import type { TabProps } from './tab-props.ts';
import { WhenEditor } from './WhenEditor.tsx';

export function SituationsTab({ content, patch }: TabProps) {
  const { t } = useI18n();
  const questions = content.questions;
  return (
    <div className="ca-tab">
      <ListEditor<SituationQuestion>
        title={t('ca.f.questions')}
        name={t('ca.f.situationQuestion')}
        path="questions"
        items={questions}
        max={20}
        onChange={(next) => patch({ questions: next })}
        create={() => ({ id: freshId('q', questions), text: '', options: [] })}
        render={(q, update, path) => (
          <>
            <div className="ca-grid">
              <TextField
                label={t('ca.f.id')}
                path={`${path}.id`}
                hint={t('ca.f.idHint')}
                value={q.id}
                maxLength={40}
                onChange={(id) => update({ ...q, id })}
              />
              <TextField
                label={t('ca.f.questionText')}
                path={`${path}.text`}
                value={q.text}
                maxLength={200}
                onChange={(text) => update({ ...q, text })}
              />
            </div>
            <TextField
              label={t('ca.f.help')}
              path={`${path}.help`}
              value={q.help}
              maxLength={500}
              onChange={(v) => update(withOptional(q, 'help', v))}
            />
            <ListEditor<SituationOption>
              title={t('ca.f.options')}
              name={t('ca.f.option')}
              path={`${path}.options`}
              level={3}
              max={20}
              items={q.options}
              onChange={(options) => update({ ...q, options })}
              create={() => ({ id: freshId('o', q.options), label: '' })}
              render={(o, updateOption, optionPath) => (
                <>
                  <div className="ca-grid">
                    <TextField
                      label={t('ca.f.id')}
                      path={`${optionPath}.id`}
                      value={o.id}
                      maxLength={40}
                      onChange={(id) => updateOption({ ...o, id })}
                    />
                    <TextField
                      label={t('ca.f.optionLabel')}
                      path={`${optionPath}.label`}
                      value={o.label}
                      maxLength={100}
                      onChange={(label) => updateOption({ ...o, label })}
                    />
                  </div>
                  <LimitField
                    optional
                    label={t('ca.f.statutoryLimit')}
                    path={`${optionPath}.statutoryLimit`}
                    value={o.statutoryLimit}
                    onChange={(v) => updateOption(withOptional(o, 'statutoryLimit', v))}
                  />
                  <LimitField
                    optional
                    label={t('ca.f.promisedLimit')}
                    path={`${optionPath}.promisedLimit`}
                    value={o.promisedLimit}
                    onChange={(v) => updateOption(withOptional(o, 'promisedLimit', v))}
                  />
                </>
              )}
            />
            <WhenEditor
              path={`${path}.when`}
              questions={questions}
              exclude={q.id}
              value={q.when}
              onChange={(when) => update(withOptional(q, 'when', when))}
            />
          </>
        )}
      />
      <ListEditor<AcceptanceCondition>
        title={t('ca.f.conditions')}
        name={t('ca.f.condition')}
        path="conditions"
        items={content.conditions}
        max={50}
        onChange={(conditions) => patch({ conditions })}
        create={() => ({ id: freshId('c', content.conditions), text: '' })}
        render={(c, update, path) => (
          <>
            <TextField
              label={t('ca.f.id')}
              path={`${path}.id`}
              value={c.id}
              maxLength={40}
              onChange={(id) => update({ ...c, id })}
            />
            <TextField
              label={t('ca.f.conditionText')}
              path={`${path}.text`}
              value={c.text}
              rows={2}
              maxLength={1000}
              onChange={(text) => update({ ...c, text })}
            />
            <Form.Item>
              <Checkbox
                id={idOf(`${path}.commitmentAllowed`)}
                checked={c.commitmentAllowed ?? false}
                onChange={(e) => update(withOptional(c, 'commitmentAllowed', e.target.checked || undefined))}
              >
                {t('ca.f.commitmentAllowed')}
              </Checkbox>
            </Form.Item>
            <WhenEditor
              path={`${path}.when`}
              questions={questions}
              value={c.when}
              onChange={(when) => update(withOptional(c, 'when', when))}
            />
          </>
        )}
      />
    </div>
  );
}
