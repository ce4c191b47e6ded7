// The parts of one member in the bundle editor: its implementation (looked up when the code
// field is left, showing the item and agency, or that none is in force) with the situation
// answers the bundle fixes for it, when it applies, and which members it follows.
import { Input, Select } from 'antd';
import { useState, type ReactNode } from 'react';
import { useI18n } from '../../../i18n/index.ts';
import { Field, idOf } from '../../catalog-admin/editor/fields.tsx';
import { useMemberGuide } from '../api.ts';
import type { BundleMemberDef, BundleQuestionDef } from '../types.ts';

interface MemberProps {
  member: BundleMemberDef;
  path: string;
  update: (next: BundleMemberDef) => void;
}

type Guide = NonNullable<ReturnType<typeof useMemberGuide>['data']>;

/**
 * The implementation code with what it names. The code is looked up once the field is left
 * (not on every key), and again whenever the member changes from outside (moved, reloaded).
 */
export function ImplementationSection({
  member: m,
  path,
  update,
  idField,
}: MemberProps & { idField: ReactNode }) {
  const { t } = useI18n();
  const [typing, setTyping] = useState(false);
  const guide = useMemberGuide(typing ? '' : m.implementationCode.trim());
  const statusId = `${idOf(`${path}.implementationCode`)}-status`;
  return (
    <>
      <div className="ca-grid">
        {idField}
        <Field
          label={t('bdl.ed.implementation')}
          path={`${path}.implementationCode`}
          hint={t('bdl.ed.implementationHint')}
        >
          <Input
            id={idOf(`${path}.implementationCode`)}
            value={m.implementationCode}
            maxLength={40}
            aria-describedby={statusId}
            onChange={(e) => {
              setTyping(true);
              update({ ...m, implementationCode: e.target.value });
            }}
            onBlur={() => setTyping(false)}
          />
        </Field>
      </div>
      <div id={statusId} role="status" className="bdl-member-lookup" data-testid="member-lookup">
        {!typing && m.implementationCode.trim() !== '' && guide.isFetching && t('bdl.ed.lookingUp')}
        {!typing && guide.data && (
          <p>{t('bdl.ed.found', { name: guide.data.content.name, agency: guide.data.agency.name })}</p>
        )}
        {!typing && guide.isError && <p className="ca-problem">{t('bdl.ed.notFound')}</p>}
      </div>
      <MemberAnswers member={m} path={path} update={update} guide={typing ? undefined : guide.data} />
    </>
  );
}

/** The member implementation's own questions, each answered once for the bundle. */
function MemberAnswers({ member: m, path, update, guide }: MemberProps & { guide: Guide | undefined }) {
  const { t } = useI18n();
  const setAnswer = (questionId: string, optionId: string | undefined) => {
    const answers = { ...m.answers };
    if (optionId) answers[questionId] = optionId;
    else delete answers[questionId];
    update({ ...m, answers });
  };
  const current = Object.entries(m.answers)
    .map(([q, o]) => `${q} = ${o}`)
    .join('；');
  return (
    <fieldset className="ca-fieldset" id={idOf(`${path}.answers`)}>
      <legend>{t('bdl.ed.answers')}</legend>
      <p className="ca-muted">{t('bdl.ed.answersHint')}</p>
      {!guide ? (
        <p className="ca-muted">{t('bdl.ed.answersUnknown', { answers: current || '—' })}</p>
      ) : guide.content.questions.length === 0 ? (
        <p className="ca-muted">{t('bdl.ed.noAnswers')}</p>
      ) : (
        <div className="ca-grid">
          {guide.content.questions.map((q) => (
            <Field key={q.id} label={q.text} path={`${path}.answers.${q.id}`}>
              <Select
                id={idOf(`${path}.answers.${q.id}`)}
                allowClear
                value={m.answers[q.id]}
                onChange={(v: string | undefined) => setAnswer(q.id, v)}
                options={q.options.map((o) => ({ value: o.id, label: o.label }))}
              />
            </Field>
          ))}
        </div>
      )}
    </fieldset>
  );
}

/** When the member applies: per bundle question, the options that make it apply (none: any). */
export function WhenFields({
  member: m,
  path,
  update,
  questions,
}: MemberProps & { questions: readonly BundleQuestionDef[] }) {
  const { t } = useI18n();
  const setOptions = (questionId: string, options: string[]) => {
    const when = { ...m.when };
    if (options.length) when[questionId] = options;
    else delete when[questionId];
    const next: BundleMemberDef = { ...m, when };
    if (Object.keys(when).length === 0) delete next.when;
    update(next);
  };
  return (
    <fieldset className="ca-fieldset" id={idOf(`${path}.when`)}>
      <legend>{t('bdl.ed.when')}</legend>
      <p className="ca-muted">{questions.length ? t('bdl.ed.whenHint') : t('bdl.ed.noQuestions')}</p>
      <div className="ca-grid">
        {questions.map((q) => (
          <Field key={q.id} label={q.text || q.id} path={`${path}.when.${q.id}`}>
            <Select
              id={idOf(`${path}.when.${q.id}`)}
              mode="multiple"
              value={m.when?.[q.id] ?? []}
              onChange={(v: string[]) => setOptions(q.id, v)}
              options={q.options.map((o) => ({ value: o.id, label: o.label || o.id }))}
            />
          </Field>
        ))}
      </div>
    </fieldset>
  );
}

/** The members this one follows (any other member of the bundle). */
export function AfterField({
  member: m,
  path,
  update,
  members,
}: MemberProps & { members: readonly BundleMemberDef[] }) {
  const { t } = useI18n();
  const options = members.filter((x) => x !== m && x.id).map((x) => ({ value: x.id, label: x.id }));
  // A predecessor no longer in the list stays visible, so the editor can see and remove it.
  for (const id of m.after) if (!options.some((o) => o.value === id)) options.push({ value: id, label: id });
  return (
    <Field label={t('bdl.ed.after')} path={`${path}.after`} hint={t('bdl.ed.afterHint')}>
      <Select
        id={idOf(`${path}.after`)}
        mode="multiple"
        value={m.after}
        onChange={(after: string[]) => update({ ...m, after })}
        options={options}
      />
    </Field>
  );
}
