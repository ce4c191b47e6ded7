// One material of an application: fetched by the platform (shared data, or — 免证办 — an
// e-license the applicant consented to use; nothing to do), or chosen by the applicant — reuse a
// file they already handed in with one click, or upload a new one. Materials that may follow
// after acceptance (容缺) say so, and may stay empty.
import { CheckCircleFilled, PaperClipOutlined, UploadOutlined } from '@ant-design/icons';
import { Alert, Button, Tag } from 'antd';
import { useId, type ChangeEvent } from 'react';
import { problemTitle } from '../../api/problem.ts';
import { useI18n } from '../../i18n/index.ts';
import { zhWhenForeign } from '../catalog/guide/format.ts';
import { materialFileUrl, useUploadMaterial } from './api.ts';
import { formatBytes } from './CaseBits.tsx';
import { LicenseLinked } from './LicenseLink.tsx';
import type { MaterialObject } from './types.ts';

/** What the applicant chose for one material (an upload or a reused earlier file). */
export interface ChosenMaterial {
  id: string;
  name: string;
  sizeBytes: number | null;
  reused: boolean;
}

export interface PickableMaterial {
  id: string;
  name: string;
  source: string;
  required: boolean;
  deficiencyAllowed: boolean;
}

interface MaterialPickerProps {
  material: PickableMaterial;
  /** 免证办: the held e-license standing in for the material (only with the applicant's consent). */
  license?: { typeName: { zh: string; en: string }; licenseNumber: string } | undefined;
  candidates: readonly MaterialObject[];
  value: ChosenMaterial | undefined;
  onChange: (value: ChosenMaterial | undefined) => void;
  /** Shows "required, still missing" after a failed attempt to go on. */
  showMissing?: boolean;
  headingLevel?: 3 | 4;
}

const ACCEPT = '.pdf,.jpg,.jpeg,.png,.ofd,application/pdf,image/jpeg,image/png';

export function MaterialPicker(props: MaterialPickerProps) {
  const { material: m, candidates, value, onChange, showMissing, headingLevel = 3 } = props;
  const { t, lang } = useI18n();
  const zh = zhWhenForeign(lang);
  const upload = useUploadMaterial();
  const inputId = useId();
  const Heading = headingLevel === 3 ? 'h3' : 'h4';
  const { license } = props;
  // An e-license material without a linked license is handed in like any other.
  const fetched = m.source === 'shared-data' || Boolean(license);

  const onFile = (event: ChangeEvent<HTMLInputElement>) => {
    const file = event.target.files?.[0];
    event.target.value = '';
    if (!file) return;
    upload.mutate(
      { file, name: file.name },
      {
        onSuccess: (object) =>
          onChange({ id: object.id, name: object.name, sizeBytes: object.sizeBytes, reused: false }),
      },
    );
  };

  const missing = showMissing && !fetched && m.required && !value;
  return (
    <article
      className={missing ? 'pick pick-missing' : 'pick'}
      data-testid="material-pick"
      data-material={m.id}
      aria-label={m.name}
    >
      <Heading className="pick-name" lang={zh}>
        {m.name}
      </Heading>
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
      {license ? (
        <LicenseLinked license={license} />
      ) : fetched ? (
        <p className="case-muted">{t('cases.pick.fetched')}</p>
      ) : value ? (
        <div className="pick-chosen">
          <CheckCircleFilled aria-hidden className="pick-ok" />
          <span>
            {t(value.reused ? 'cases.pick.reused' : 'cases.pick.uploaded')}{' '}
            <a href={materialFileUrl(value.id)} target="_blank" rel="noreferrer">
              <PaperClipOutlined aria-hidden /> {value.name}
            </a>{' '}
            {value.sizeBytes !== null && (
              <span className="case-muted">{formatBytes(value.sizeBytes, lang)}</span>
            )}
          </span>
          <Button onClick={() => onChange(undefined)} className="pick-remove">
            {t('cases.pick.remove')}
            <span className="visually-hidden">：{m.name}</span>
          </Button>
        </div>
      ) : (
        <div className="pick-choices">
          {candidates.length > 0 && (
            <div className="pick-reuse">
              <p className="pick-label">{t('cases.pick.reuseLead')}</p>
              <ul className="pick-reuse-list">
                {candidates.slice(0, 3).map((c) => (
                  <li key={c.id}>
                    <Button
                      onClick={() =>
                        onChange({ id: c.id, name: c.name, sizeBytes: c.sizeBytes, reused: true })
                      }
                      aria-label={t('cases.pick.reuseOne', { file: c.name, material: m.name })}
                    >
                      {t('cases.pick.reuse')}：{c.name}
                    </Button>
                    <span className="case-muted">{c.createdAt.slice(0, 10)}</span>
                  </li>
                ))}
              </ul>
            </div>
          )}
          <div className="pick-upload-row">
            <label className="pick-upload" htmlFor={inputId}>
              <UploadOutlined aria-hidden />{' '}
              {upload.isPending ? t('cases.pick.uploading') : t('cases.pick.upload')}
              <span className="visually-hidden">：{m.name}</span>
            </label>
            <input
              id={inputId}
              type="file"
              accept={ACCEPT}
              className="visually-hidden pick-input"
              onChange={onFile}
              disabled={upload.isPending}
            />
            <span className="case-muted">{t('cases.pick.formats')}</span>
          </div>
          {m.deficiencyAllowed && <p className="pick-note">{t('cases.pick.deficiencyNote')}</p>}
          {missing && (
            <p className="pick-error" role="alert">
              {t('cases.pick.missing')}
            </p>
          )}
        </div>
      )}
      {upload.isError && (
        <Alert
          type="error"
          showIcon
          className="pick-alert"
          title={problemTitle(upload.error, lang) ?? t('cases.pick.uploadFailed')}
        />
      )}
    </article>
  );
}
