// The parts of a bundle's one notice (一次告知) that the guide and the wizard's review share: the
// members in order (agency, promised limit, "after …", "depends on your answers") and the one
// material set (an e-license marked 可免提交, and "you hold it" when the applicant does).
import { Tag } from 'antd';
import { codeLabel, MATERIAL_REQUIREMENTS } from '../../i18n/catalog-codes.ts';
import { useI18n } from '../../i18n/index.ts';
import { zhWhenForeign } from '../catalog/guide/format.ts';
import type { Answers, BundleQuestion, MergedMaterial, PlanMember } from './types.ts';

export function MemberList({
  members,
  headingLevel = 3,
}: {
  members: readonly PlanMember[];
  headingLevel?: 3 | 4;
}) {
  const { t, lang } = useI18n();
  const Heading = headingLevel === 3 ? 'h3' : 'h4';
  const zh = zhWhenForeign(lang);
  const nameOf = new Map(members.map((m) => [m.memberId, m.itemName]));
  const sep = lang === 'zh-CN' ? '、' : ', ';
  return (
    <ol className="bdl-members" data-testid="bundle-members">
      {members.map((m) => (
        <li key={m.memberId} className="bdl-member" data-testid="bundle-member">
          <Heading className="bdl-member-name" lang={zh}>
            {m.itemName}
          </Heading>
          <dl className="bdl-member-facts">
            <div>
              <dt>{t('bdl.guide.agency')}</dt>
              <dd lang={zh}>{m.agencyName}</dd>
            </div>
            <div>
              <dt>{t('bdl.guide.limit')}</dt>
              <dd lang={zh}>{m.promisedLimit}</dd>
            </div>
          </dl>
          <div className="bdl-member-tags">
            {m.after.length > 0 && (
              <Tag className="ctag ctag-warn">
                {t('bdl.guide.after', {
                  names: m.after.map((id) => nameOf.get(id) ?? id).join(sep),
                })}
              </Tag>
            )}
            {m.conditional && <Tag className="ctag">{t('bdl.guide.conditional')}</Tag>}
          </div>
          {m.note && (
            <p className="case-muted" lang={zh}>
              {m.note}
            </p>
          )}
        </li>
      ))}
    </ol>
  );
}

export function MaterialList({
  materials,
  members,
}: {
  materials: readonly MergedMaterial[];
  members: readonly PlanMember[];
}) {
  const { t, lang } = useI18n();
  const zh = zhWhenForeign(lang);
  const nameOf = new Map(members.map((m) => [m.memberId, m.itemName]));
  const sep = lang === 'zh-CN' ? '、' : ', ';
  return (
    <ol className="bdl-materials" data-testid="bundle-materials">
      {materials.map((m) => {
        const users = [...new Set(m.members.map((u) => nameOf.get(u.memberId) ?? u.memberId))];
        return (
          <li key={m.key} data-testid="bundle-material" data-key={m.key}>
            <span className="bdl-material-name" lang={zh}>
              {m.name}
            </span>{' '}
            <MaterialTags material={m} />
            {users.length > 1 && (
              <span className="case-muted bdl-material-users">
                {t('bdl.guide.forMembers', { names: users.join(sep) })}
              </span>
            )}
          </li>
        );
      })}
    </ol>
  );
}

/**
 * How a merged material is handed in: shared data is fetched; an e-license is 可免提交 for a
 * holder (signed in: whether they hold it); anything else by its requirement.
 */
function MaterialTags({ material: m }: { material: MergedMaterial }) {
  const { t, lang } = useI18n();
  if (m.source === 'shared-data') return <Tag className="ctag ctag-ok">{t('bdl.guide.exempt')}</Tag>;
  const requirement = (
    <Tag className={m.requirement === 'required' ? 'ctag ctag-required' : 'ctag'}>
      {codeLabel(MATERIAL_REQUIREMENTS, m.requirement, lang)}
    </Tag>
  );
  if (m.source !== 'e-license') return requirement;
  if (m.held === true)
    return (
      <>
        <Tag className="ctag ctag-ok">{t('bdl.guide.exempt')}</Tag>
        <span className="bdl-held">{t('bdl.guide.held')}</span>
      </>
    );
  if (m.held === false)
    return (
      <>
        {requirement}
        <span className="bdl-material-users">{t('bdl.guide.notHeld')}</span>
      </>
    );
  return <Tag className="ctag ctag-ok">{t('bdl.guide.licenseExempt')}</Tag>;
}

/** The questions shown for these answers (a question may depend on an earlier answer). */
export function visibleQuestions(questions: readonly BundleQuestion[], answers: Answers): BundleQuestion[] {
  return questions.filter(
    (q) =>
      !q.when ||
      Object.entries(q.when).every(([question, options]) => options.includes(answers[question] ?? '')),
  );
}
