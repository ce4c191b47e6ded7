// 基本信息: the four fields every implementation repeats from its basic item (四级四同), the
// classification, the legal bases, and (BasicsMore) the result, contacts and FAQs.
import { useI18n } from '../../../i18n/index.ts';
import type { LegalBasis } from '../content-types.ts';
import { withOptional } from '../content-types.ts';
import { BasicsMore } from './BasicsMore.tsx';
import { CodeField, CodesField, TextField, WordsField } from './fields.tsx';
import { ListEditor } from './ListEditor.tsx';
import type { TabProps } from './tab-props.ts';

export function BasicsTab({ content, patch }: TabProps) {
  const { t } = useI18n();
  return (
    <div className="ca-tab">
      <div className="ca-grid">
        <TextField
          label={t('ca.f.name')}
          path="name"
          value={content.name}
          maxLength={200}
          onChange={(name) => patch({ name })}
        />
        <TextField
          label={t('ca.f.basicCode')}
          path="basicCode"
          value={content.basicCode}
          maxLength={40}
          onChange={(basicCode) => patch({ basicCode })}
        />
        <CodeField
          label={t('ca.f.itemType')}
          path="itemType"
          table="itemType"
          value={content.itemType}
          onChange={(itemType) => patch({ itemType })}
        />
        <CodeField
          label={t('ca.f.exerciseLevel')}
          path="exerciseLevel"
          table="exerciseLevel"
          value={content.exerciseLevel}
          onChange={(exerciseLevel) => patch({ exerciseLevel })}
        />
        <CodeField
          label={t('ca.f.agencyNature')}
          path="agencyNature"
          table="agencyNature"
          value={content.agencyNature}
          onChange={(agencyNature) => patch({ agencyNature })}
        />
      </div>
      <CodesField
        label={t('ca.f.serviceTargets')}
        path="serviceTargets"
        table="serviceTarget"
        value={content.serviceTargets}
        onChange={(serviceTargets) => patch({ serviceTargets })}
      />
      <CodesField
        label={t('ca.f.themes')}
        path="themes"
        table="theme"
        value={content.themes}
        onChange={(themes) => patch({ themes })}
      />
      <CodesField
        label={t('ca.f.lists')}
        path="lists"
        table="list"
        value={content.lists}
        onChange={(lists) => patch({ lists })}
      />
      <WordsField
        label={t('ca.f.keywords')}
        path="keywords"
        hint={t('ca.f.keywordsHint')}
        value={content.keywords}
        onChange={(keywords) => patch({ keywords })}
      />
      <TextField
        label={t('ca.f.quantityLimit')}
        path="quantityLimit"
        value={content.quantityLimit}
        maxLength={500}
        onChange={(v) => patch(withOptional(content, 'quantityLimit', v))}
      />
      <ListEditor<LegalBasis>
        title={t('ca.f.legalBasis')}
        name={t('ca.f.legalBasis')}
        path="legalBasis"
        items={content.legalBasis}
        max={30}
        onChange={(legalBasis) => patch({ legalBasis })}
        create={() => ({ law: '', article: '', text: '' })}
        render={(b, update, path) => (
          <>
            <div className="ca-grid">
              <TextField
                label={t('ca.f.law')}
                path={`${path}.law`}
                value={b.law}
                maxLength={200}
                onChange={(law) => update({ ...b, law })}
              />
              <TextField
                label={t('ca.f.article')}
                path={`${path}.article`}
                value={b.article}
                maxLength={100}
                onChange={(article) => update({ ...b, article })}
              />
            </div>
            <TextField
              label={t('ca.f.text')}
              path={`${path}.text`}
              value={b.text}
              rows={3}
              maxLength={4000}
              onChange={(text) => update({ ...b, text })}
            />
          </>
        )}
      />
      <BasicsMore content={content} patch={patch} />
    </div>
  );
}
