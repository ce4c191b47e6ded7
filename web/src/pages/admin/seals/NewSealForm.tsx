// Making an e-seal for the chosen agency (it bears the agency's full name): the seal type, the
// end of validity (at most five years), and the picture — generated (red round seal with the
// agency's name) or an uploaded PNG. The key pair is made on the server; the picture is only
// decoration.
import { Alert, Button, Form, Input, Radio, Select } from 'antd';
import { useRef, useState } from 'react';
import { problemTitle } from '../../../api/problem.ts';
import { codeLabel } from '../../../i18n/catalog-codes.ts';
import { useI18n } from '../../../i18n/index.ts';
import { fieldMessages } from '../../licenses/Authorizations.tsx';
import { SEAL_TYPES } from '../../licenses/labels.ts';
import { newIdempotencyKey } from '../../cases/api.ts';
import { useCreateSeal, type SealBody } from './api.ts';

interface Values {
  sealType: '1' | '2' | '3';
  validTo: string;
  picture: 'generated' | 'png';
}

const inYears = (years: number, days = 0) => {
  const d = new Date();
  d.setFullYear(d.getFullYear() + years);
  d.setDate(d.getDate() + days);
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
};

/** The file's bytes as base64 (without the data: prefix). */
function readBase64(file: File): Promise<string> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(String(reader.result).replace(/^data:[^,]*,/, ''));
    reader.onerror = () => reject(reader.error ?? new Error('read failed'));
    reader.readAsDataURL(file);
  });
}

export function NewSealForm({ agencyId }: { agencyId: string }) {
  const { t, lang } = useI18n();
  const [form] = Form.useForm<Values>();
  const picture = Form.useWatch('picture', form);
  const [file, setFile] = useState<File | null>(null);
  const [fileError, setFileError] = useState<string | null>(null);
  const create = useCreateSeal();
  // One key per seal being made: a retry after a lost answer returns the first seal, not a second.
  const key = useRef(newIdempotencyKey());

  const submit = async (values: Values) => {
    setFileError(null);
    const body: SealBody = {
      agencyId,
      sealType: Number(values.sealType) as SealBody['sealType'],
      // The end of the chosen day in Beijing time.
      validTo: new Date(`${values.validTo}T23:59:59+08:00`).toISOString(),
    };
    if (values.picture === 'png') {
      if (!file) return setFileError(t('seal.pngRequired'));
      if (file.type !== 'image/png') return setFileError(t('seal.pngOnly'));
      body.picturePng = await readBase64(file);
    }
    create.mutate(
      { body, idempotencyKey: key.current },
      {
        onSuccess: () => {
          key.current = newIdempotencyKey();
          form.resetFields();
        },
      },
    );
  };

  return (
    <section className="admin-panel" aria-labelledby="seal-new-title">
      <h2 id="seal-new-title" className="section-title">
        {t('seal.new')}
      </h2>
      <Form<Values>
        form={form}
        layout="vertical"
        name="seal-new"
        className="lic-form"
        initialValues={{ sealType: '2', validTo: inYears(3), picture: 'generated' }}
        onFinish={(v) => void submit(v)}
      >
        <Form.Item name="sealType" label={t('seal.type')}>
          <Select
            options={SEAL_TYPES.map((s) => ({ value: s.code, label: codeLabel(SEAL_TYPES, s.code, lang) }))}
          />
        </Form.Item>
        <Form.Item
          name="validTo"
          label={t('seal.validTo')}
          rules={[{ required: true, message: t('lic.required') }]}
        >
          <Input type="date" min={inYears(0, 1)} max={inYears(5, -1)} />
        </Form.Item>
        <Form.Item name="picture" label={t('seal.pictureSource')}>
          <Radio.Group
            options={[
              { value: 'generated', label: t('seal.generated') },
              { value: 'png', label: t('seal.upload') },
            ]}
          />
        </Form.Item>
        {picture === 'png' && (
          <div className="lic-field">
            <label htmlFor="seal-png" className="lic-label">
              {t('seal.pngFile')}
            </label>
            <input
              id="seal-png"
              type="file"
              accept="image/png"
              className="lic-file"
              onChange={(e) => setFile(e.target.files?.[0] ?? null)}
            />
            {fileError && (
              <p className="lic-error" role="alert">
                {fileError}
              </p>
            )}
          </div>
        )}
        <Button type="primary" htmlType="submit" loading={create.isPending}>
          {t('seal.create')}
        </Button>
      </Form>
      {create.isError && (
        <Alert
          className="lic-alert"
          type="error"
          showIcon
          title={problemTitle(create.error, lang) ?? t('state.errorNetwork')}
          description={fieldMessages(create.error, lang === 'zh-CN')}
        />
      )}
      {create.isSuccess && (
        <Alert
          className="lic-alert"
          type="success"
          showIcon
          role="status"
          title={t('seal.created', { name: create.data.name, esId: create.data.esId })}
        />
      )}
    </section>
  );
}
