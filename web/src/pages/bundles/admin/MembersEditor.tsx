// 成员事项 of a bundle, in order: each names an implementation by code, applies always or for
// some answers to the bundle's questions (`when`), may follow other members (`after`), and fixes
// the implementation's own situation answers. The order here is the guide's order.
import { useI18n } from '../../../i18n/index.ts';
import { TextField } from '../../catalog-admin/editor/fields.tsx';
import { freshId, ListEditor } from '../../catalog-admin/editor/ListEditor.tsx';
import type { BundleMemberDef } from '../types.ts';
import type { SectionProps } from './BasicsEditor.tsx';
import { AfterField, ImplementationSection, WhenFields } from './MemberFields.tsx';

export function MembersEditor({ content, patch }: SectionProps) {
  const { t } = useI18n();
  const members = content.members;
  return (
    <section className="admin-panel" data-testid="bundle-editor-members">
      <ListEditor<BundleMemberDef>
        title={t('bdl.ed.members')}
        name={t('bdl.ed.member')}
        path="members"
        items={members}
        max={20}
        onChange={(next) => patch({ members: next })}
        create={() => ({ id: freshId('m', members), implementationCode: '', after: [], answers: {} })}
        legend={(m, n) => t('bdl.ed.memberLegend', { n, id: m.id || '—' })}
        render={(m, update, path) => (
          <>
            <ImplementationSection
              member={m}
              path={path}
              update={update}
              idField={
                <TextField
                  label={t('bdl.ed.id')}
                  path={`${path}.id`}
                  hint={t('bdl.ed.idHint')}
                  value={m.id}
                  maxLength={40}
                  onChange={(id) => update({ ...m, id })}
                />
              }
            />
            <WhenFields member={m} path={path} update={update} questions={content.questions} />
            <AfterField member={m} path={path} update={update} members={members} />
            <TextField
              label={t('bdl.ed.note')}
              path={`${path}.note`}
              rows={2}
              value={m.note}
              maxLength={300}
              onChange={(note) => {
                const next: BundleMemberDef = { ...m, note };
                if (!note) delete next.note;
                update(next);
              }}
            />
          </>
        )}
      />
    </section>
  );
}
