// Step 3 of window acceptance: the checklist is exactly the implementation's materials for the
// chosen situation (no row can be added). Each row is received, missing (容缺 only where the
// implementation allows it) or exempt (shared data, or an e-license the applicant agreed to let the
// platform use — 免证办; an e-license material without that is handed in like any other). A scan
// of a received material is optional: without one, the clerk has checked the paper original, and
// the case records it as checked on paper.
import { Radio, Tag } from 'antd';
import { DataTable } from '../../../components/DataTable.tsx';
import { codeLabel, MATERIAL_REQUIREMENTS } from '../../../i18n/catalog-codes.ts';
import { useI18n } from '../../../i18n/index.ts';
import { zhWhenForeign } from '../../catalog/guide/format.ts';
import type { Narrowed } from '../../catalog/queries.ts';
import type { MaterialLicense } from './api.ts';
import { licenseName } from './WindowLicenses.tsx';

export type Check = 'received' | 'missing' | 'exempt';
export type NarrowedMaterial = Narrowed['materials'][number];

/**
 * What a row starts as. An optional material starts as not provided: received without a scan
 * records it as checked on paper, which the clerk must say, not a default.
 */
export function defaultCheck(m: NarrowedMaterial, linked: Readonly<Record<string, MaterialLicense>>): Check {
  if (fetched(m, linked)) return 'exempt';
  return m.required ? 'received' : 'missing';
}

/** Fetched by the platform: shared data, or an e-license material with a linked license. */
const fetched = (m: NarrowedMaterial, linked: Readonly<Record<string, MaterialLicense>>) =>
  m.source === 'shared-data' || (m.source === 'e-license' && Boolean(linked[m.id]));

/** The row's check; "exempt" no longer holds once the consent that made it so is withdrawn. */
export function checkOf(
  checks: Readonly<Record<string, Check>>,
  m: NarrowedMaterial,
  linked: Readonly<Record<string, MaterialLicense>>,
): Check {
  const c = checks[m.id];
  return c && (c !== 'exempt' || fetched(m, linked)) ? c : defaultCheck(m, linked);
}

interface ChecklistProps {
  materials: NarrowedMaterial[];
  /** 免证办: the licenses standing in for materials (with the applicant's consent). */
  linked: Readonly<Record<string, MaterialLicense>>;
  checks: Record<string, Check>;
  onCheck: (id: string, check: Check) => void;
  onFile: (id: string, file: File | null) => void;
}

export function MaterialChecklist({ materials, linked, checks, onCheck, onFile }: ChecklistProps) {
  const { t, lang } = useI18n();
  const zh = zhWhenForeign(lang);
  return (
    <DataTable<NarrowedMaterial>
      label={t('a11y.table', { name: t('wc.new.step.materials') })}
      testId="material-checklist"
      rows={materials}
      rowKey={(m) => m.id}
      columns={[
        {
          key: 'name',
          title: t('wc.new.col.material'),
          render: (m) => (
            <span>
              <span lang={zh}>{m.name}</span>{' '}
              {m.deficiencyAllowed && <Tag className="ctag ctag-warn">{t('wc.new.deficiencyAllowed')}</Tag>}
              {m.source !== 'applicant' && (
                <Tag className="ctag ctag-type">{t(`wc.new.source.${m.source}`)}</Tag>
              )}
              {linked[m.id] && (
                <span className="wc-muted wc-license-linked" data-testid="license-linked">
                  {t('wc.license.linked', {
                    name: licenseName(linked[m.id]!, lang),
                    number: linked[m.id]!.licenseNumber,
                  })}
                </span>
              )}
            </span>
          ),
        },
        {
          key: 'requirement',
          title: t('wc.new.col.requirement'),
          render: (m) => codeLabel(MATERIAL_REQUIREMENTS, m.requirement, lang),
        },
        {
          key: 'check',
          title: t('wc.new.col.check'),
          render: (m) => {
            const check = checkOf(checks, m, linked);
            return (
              <Radio.Group
                className="wc-check-group"
                aria-label={`${t('wc.new.col.check')}：${m.name}`}
                name={`check-${m.id}`}
                optionType="button"
                size="small"
                value={check}
                onChange={(e) => onCheck(m.id, e.target.value as Check)}
                options={[
                  { value: 'received', label: t('wc.new.received') },
                  {
                    value: 'missing',
                    // 容缺 is about required materials; an optional one is simply not provided.
                    label: t(m.required && m.deficiencyAllowed ? 'wc.new.missing' : 'wc.new.missingPlain'),
                  },
                  ...(fetched(m, linked) ? [{ value: 'exempt', label: t('wc.new.exempt') }] : []),
                ]}
              />
            );
          },
        },
        {
          key: 'scan',
          title: t('wc.new.col.scan'),
          render: (m) =>
            checkOf(checks, m, linked) === 'received' ? (
              <input
                type="file"
                className="wc-file"
                accept=".pdf,.jpg,.jpeg,.png,.ofd,application/pdf,image/jpeg,image/png"
                aria-label={t('wc.new.scanLabel', { name: m.name })}
                onChange={(e) => onFile(m.id, e.target.files?.[0] ?? null)}
              />
            ) : (
              '—'
            ),
        },
      ]}
    />
  );
}
