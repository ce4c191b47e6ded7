// The case's materials, round by round: a scan opens or downloads; a material the clerk checked on
// paper has no electronic copy, and the row says so instead of offering a link; a material an
// e-license stands in for (免证办) names the license.
import { Tag } from 'antd';
import { DataTable } from '../../../components/DataTable.tsx';
import { codeLabel, MATERIAL_REQUIREMENTS } from '../../../i18n/catalog-codes.ts';
import { useI18n } from '../../../i18n/index.ts';
import { zhWhenForeign } from '../../catalog/guide/format.ts';
import { materialFileUrl, type CaseDetail, type CaseMaterial } from './api.ts';

export function MaterialsSection({ detail }: { detail: CaseDetail }) {
  const { t, lang } = useI18n();
  const zh = zhWhenForeign(lang);
  return (
    <section className="admin-panel" aria-labelledby="wc-materials-title">
      <h2 id="wc-materials-title" className="panel-title">
        {t('wc.materials.title')}
      </h2>
      <DataTable<CaseMaterial>
        label={t('a11y.table', { name: t('wc.materials.title') })}
        testId="case-materials"
        size="small"
        rows={detail.materials}
        rowKey={(m) => `${m.materialKey}|${m.round}`}
        empty={t('wc.materials.none')}
        columns={[
          {
            key: 'name',
            title: t('wc.new.col.material'),
            render: (m) => (
              <span>
                <span lang={zh}>{m.name}</span>
                {m.round > 1 && (
                  <span className="wc-muted"> · {t('wc.materials.round', { n: m.round })}</span>
                )}
                {m.license && (
                  <span className="wc-muted wc-license-linked" data-testid="license-linked">
                    {t('wc.license.linked', {
                      name: lang === 'zh-CN' ? m.license.typeName.zh : m.license.typeName.en,
                      number: m.license.licenseNumber,
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
            key: 'status',
            title: t('wc.col.status'),
            render: (m) => (
              <Tag
                className={
                  m.status === 'missing'
                    ? 'ctag ctag-warn'
                    : m.status === 'exempt'
                      ? 'ctag ctag-type'
                      : 'ctag ctag-ok'
                }
              >
                {t(`wc.materials.status.${m.status}`)}
              </Tag>
            ),
          },
          {
            key: 'file',
            title: t('wc.new.col.scan'),
            render: (m) =>
              m.materialId ? (
                <span className="wc-row">
                  <a href={materialFileUrl(m.materialId)} target="_blank" rel="noopener">
                    {t('wc.materials.view')}
                    <span className="visually-hidden">：{m.name}</span>
                  </a>
                  <a href={materialFileUrl(m.materialId)} download>
                    {t('wc.materials.download')}
                    <span className="visually-hidden">：{m.name}</span>
                  </a>
                </span>
              ) : m.provenance === 'paper' ? (
                <span className="wc-muted">{t('wc.materials.paper')}</span>
              ) : (
                '—'
              ),
          },
        ]}
      />
    </section>
  );
}
