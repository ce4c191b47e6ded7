// The rest of 基本信息: the result, supervising and co-implementing agencies, phones and FAQs.
import { useI18n } from '../../../i18n/index.ts';
import { AgenciesPicker, AgencyPicker } from '../AgencyPicker.tsx';
import { withOptional } from '../content-types.ts';
import { CodeField, Field, idOf, TextField } from './fields.tsx';
import { ListEditor } from './ListEditor.tsx';
import type { TabProps } from './tab-props.ts';

export function BasicsMore({ content, patch }: TabProps) {
  const { t } = useI18n();
  const result = content.result;
  return (
    <>
      <h2 className="ca-list-title">{t('ca.f.result')}</h2>
      <div className="ca-grid">
        <CodeField
          label={t('ca.f.resultType')}
          path="result.type"
          table="resultType"
          value={result.type}
          onChange={(type) => patch({ result: { ...result, type } })}
        />
        <TextField
          label={t('ca.f.resultName')}
          path="result.name"
          value={result.name}
          maxLength={100}
          onChange={(name) => patch({ result: { ...result, name } })}
        />
        <TextField
          label={t('ca.f.licenseType')}
          path="result.licenseType"
          value={result.licenseType}
          maxLength={40}
          onChange={(v) => patch({ result: withOptional(result, 'licenseType', v) })}
        />
        <TextField
          label={t('ca.f.sampleFileId')}
          path="result.sampleFileId"
          value={result.sampleFileId}
          onChange={(v) => patch({ result: withOptional(result, 'sampleFileId', v) })}
        />
      </div>
      <div className="ca-grid">
        <TextField
          label={t('ca.f.consultationPhone')}
          path="consultationPhone"
          value={content.consultationPhone}
          maxLength={50}
          onChange={(consultationPhone) => patch({ consultationPhone })}
        />
        <TextField
          label={t('ca.f.supervisionPhone')}
          path="supervisionPhone"
          value={content.supervisionPhone}
          maxLength={50}
          onChange={(supervisionPhone) => patch({ supervisionPhone })}
        />
        <Field label={t('ca.f.supervisingAgency')} path="supervisingAgencyId">
          <AgencyPicker
            id={idOf('supervisingAgencyId')}
            allowClear
            value={content.supervisingAgencyId ?? undefined}
            onChange={(v) => patch({ supervisingAgencyId: v ?? null })}
          />
        </Field>
        <Field label={t('ca.f.coAgencies')} path="coImplementingAgencyIds">
          <AgenciesPicker
            id={idOf('coImplementingAgencyIds')}
            value={content.coImplementingAgencyIds}
            onChange={(coImplementingAgencyIds) => patch({ coImplementingAgencyIds })}
          />
        </Field>
      </div>
      <ListEditor
        title={t('ca.f.faqs')}
        name={t('ca.f.faq')}
        path="faqs"
        items={content.faqs}
        max={50}
        onChange={(faqs) => patch({ faqs })}
        create={() => ({ question: '', answer: '' })}
        render={(f, update, path) => (
          <>
            <TextField
              label={t('ca.f.question')}
              path={`${path}.question`}
              value={f.question}
              maxLength={300}
              onChange={(question) => update({ ...f, question })}
            />
            <TextField
              label={t('ca.f.answer')}
              path={`${path}.answer`}
              value={f.answer}
              rows={3}
              maxLength={2000}
              onChange={(answer) => update({ ...f, answer })}
            />
          </>
        )}
      />
    </>
  );
}
