// 引导问题 of a bundle: the few questions its wizard asks ({id, text, options}), whose answers
// decide which members apply. A question's other fields (help, its own `when`) are kept as they
// were: this editor changes the id, the text and the options.
import { useI18n } from '../../../i18n/index.ts';
import { TextField } from '../../catalog-admin/editor/fields.tsx';
import { freshId, ListEditor } from '../../catalog-admin/editor/ListEditor.tsx';
import type { BundleQuestionDef } from '../types.ts';
import type { SectionProps } from './BasicsEditor.tsx';

type Option = BundleQuestionDef['options'][number];

export function QuestionsEditor({ content, patch }: SectionProps) {
  const { t } = useI18n();
  const questions = content.questions;
  return (
    <section className="admin-panel" data-testid="bundle-editor-questions">
      <ListEditor<BundleQuestionDef>
        title={t('bdl.ed.questions')}
        name={t('bdl.ed.question')}
        path="questions"
        items={questions}
        max={10}
        onChange={(next) => patch({ questions: next })}
        create={() => ({ id: freshId('q', questions), text: '', options: [] })}
        render={(q, update, path) => (
          <>
            <div className="ca-grid">
              <TextField
                label={t('bdl.ed.id')}
                path={`${path}.id`}
                hint={t('bdl.ed.idHint')}
                value={q.id}
                maxLength={40}
                onChange={(id) => update({ ...q, id })}
              />
              <TextField
                label={t('bdl.ed.questionText')}
                path={`${path}.text`}
                value={q.text}
                maxLength={200}
                onChange={(text) => update({ ...q, text })}
              />
            </div>
            <ListEditor<Option>
              title={t('bdl.ed.optionsOf', { question: q.text || q.id })}
              name={t('bdl.ed.option')}
              path={`${path}.options`}
              level={3}
              max={20}
              items={q.options}
              onChange={(options) => update({ ...q, options })}
              create={() => ({ id: freshId('o', q.options), label: '' })}
              render={(o, updateOption, optionPath) => (
                <div className="ca-grid">
                  <TextField
                    label={t('bdl.ed.id')}
                    path={`${optionPath}.id`}
                    value={o.id}
                    maxLength={40}
                    onChange={(id) => updateOption({ ...o, id })}
                  />
                  <TextField
                    label={t('bdl.ed.optionLabel')}
                    path={`${optionPath}.label`}
                    value={o.label}
                    maxLength={100}
                    onChange={(label) => updateOption({ ...o, label })}
                  />
                </div>
              )}
            />
          </>
        )}
      />
    </section>
  );
}
