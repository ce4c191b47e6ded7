// One material: whether it must be submitted (or is fetched by the system), its source,
// originals and copies, format, acceptance standard, and the blank form and sample to download.
import { DownloadOutlined } from '@ant-design/icons';
import { Tag } from 'antd';
import { codeLabel, MATERIAL_FORMATS, MATERIAL_SOURCES } from '../../../i18n/catalog-codes.ts';
import { useI18n } from '../../../i18n/index.ts';
import type { Narrowed } from '../queries.ts';
import { zhWhenForeign } from './format.ts';
import { Row } from './GuideSection.tsx';

type NarrowedMaterial = Narrowed['materials'][number];

const fileUrl = (id: string) => `/api/v1/catalog/files/${encodeURIComponent(id)}`;

export function MaterialItem({ material: m, index }: { material: NarrowedMaterial; index: number }) {
  const { t, lang } = useI18n();
  const zh = zhWhenForeign(lang);
  // E-licences and shared government data are fetched by the platform: the applicant brings nothing.
  const fetched = m.source !== 'applicant';
  return (
    <article className="material" data-testid="material">
      <h3 className="material-name">
        <span className="material-index">{index + 1}.</span> <span lang={zh}>{m.name}</span>
      </h3>
      <div className="material-tags">
        {fetched ? (
          <Tag className="ctag ctag-ok">{t('materials.autoFetched')}</Tag>
        ) : (
          <Tag className={m.required ? 'ctag ctag-required' : 'ctag'}>
            {t(m.required ? 'materials.required' : 'materials.optional')}
          </Tag>
        )}
        {m.deficiencyAllowed && <Tag className="ctag ctag-warn">{t('materials.deficiency')}</Tag>}
      </div>
      <dl className="guide-dl material-dl">
        <Row term={t('materials.source')}>{codeLabel(MATERIAL_SOURCES, m.source, lang)}</Row>
        <Row term={t('materials.issuer')}>{m.issuer && <span lang={zh}>{m.issuer}</span>}</Row>
        {!fetched && (
          <>
            <Row term={t('materials.quantity')}>
              {t('materials.copies', { originals: m.originals, copies: m.copies })}
            </Row>
            <Row term={t('materials.format')}>{codeLabel(MATERIAL_FORMATS, m.format, lang)}</Row>
            <Row term={t('materials.standard')}>
              <span lang={zh}>{m.acceptanceStandard}</span>
            </Row>
          </>
        )}
        <Row term={t('materials.whereToObtain')}>
          {m.whereToObtain && <span lang={zh}>{m.whereToObtain}</span>}
        </Row>
        <Row term={t('materials.notes')}>{m.notes && <span lang={zh}>{m.notes}</span>}</Row>
      </dl>
      {(m.blankFormFileId || m.sampleFileId) && (
        <p className="material-files">
          {m.blankFormFileId && (
            <a href={fileUrl(m.blankFormFileId)} download>
              <DownloadOutlined aria-hidden /> {t('materials.blankForm')}
              <span className="visually-hidden">：{m.name}</span>
            </a>
          )}
          {m.sampleFileId && (
            <a href={fileUrl(m.sampleFileId)} download>
              <DownloadOutlined aria-hidden /> {t('materials.sample')}
              <span className="visually-hidden">：{m.name}</span>
            </a>
          )}
        </p>
      )}
    </article>
  );
}
