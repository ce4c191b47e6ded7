// The public verifier (/licenses/verify, no sign-in): checks a 亮证 code (?t=) or a license
// identifier from a PDF's QR (?id=), or one pasted in. The result — valid in green, or the reason
// in red — is announced (role=status) and shows only the masked fields a verifier needs.
import { Alert, Button, Form, Input } from 'antd';
import { useEffect, useRef } from 'react';
import { useSearchParams } from 'react-router-dom';
import { problemTitle } from '../../api/problem.ts';
import { formatDateTime } from '../../i18n/format.ts';
import { useI18n } from '../../i18n/index.ts';
import { usePageTitle } from '../../layout/usePageTitle.ts';
import { zhWhenForeign } from '../catalog/guide/format.ts';
import { useVerify } from './api.ts';
import { localName } from './labels.ts';
import { LicenseStatusTag, Validity } from './LicenseBits.tsx';
import type { VerifyBody, VerifyResponse } from './types.ts';
import './licenses.css';

/**
 * What the verifier pasted: a 亮证 code, a GB/T 36904 identifier (it starts with the OID arc
 * 1.2.156.), or a verifier-page address a scanner app read from a QR (its ?t= or ?id=).
 */
function bodyOf(input: string): VerifyBody {
  if (/^https?:\/\//i.test(input)) {
    try {
      const params = new URL(input).searchParams;
      const token = params.get('t');
      const identifier = params.get('id');
      if (token) return { token };
      if (identifier) return { identifier };
    } catch {
      // not a valid address: checked as a code below (the server says why it fails)
    }
  }
  return /^1\.2\.156\./.test(input) ? { identifier: input } : { token: input };
}

export function VerifyPage() {
  const { t, lang } = useI18n();
  usePageTitle(t('lic.verify.title'));
  const [params, setParams] = useSearchParams();
  const fromUrl = params.get('t') ?? params.get('id') ?? '';
  const verify = useVerify();
  const asked = useRef<string | null>(null);
  const [form] = Form.useForm<{ code: string }>();

  // Verify what the URL carries once per value (a scanned QR opens this page with it).
  useEffect(() => {
    if (!fromUrl || asked.current === fromUrl) return;
    asked.current = fromUrl;
    verify.mutate(params.get('t') ? { token: fromUrl } : { identifier: fromUrl });
  }, [fromUrl, params, verify]);

  const submit = ({ code }: { code: string }) => {
    const body = bodyOf(code.trim());
    const value = body.token ?? body.identifier ?? '';
    asked.current = value;
    setParams(body.token ? { t: value } : { id: value }, { replace: true });
    verify.mutate(body);
  };

  return (
    <div className="container page lic-page lic-verify-page">
      <h1 className="page-title">{t('lic.verify.title')}</h1>
      <p className="page-lead">{t('lic.verify.lead')}</p>
      <div role="status" aria-live="polite" aria-atomic="true" data-testid="verify-result">
        {verify.isPending && <p className="lic-muted">{t('lic.verify.checking')}</p>}
        {verify.isSuccess && <VerifyResult result={verify.data} />}
      </div>
      {verify.isError && (
        <Alert
          className="lic-alert"
          type="error"
          showIcon
          title={problemTitle(verify.error, lang) ?? t('state.errorNetwork')}
          role="alert"
        />
      )}
      <section className="lic-section" aria-labelledby="lic-verify-paste">
        <h2 id="lic-verify-paste" className="section-title">
          {t('lic.verify.pasteTitle')}
        </h2>
        <Form form={form} layout="vertical" onFinish={submit} name="license-verify">
          <Form.Item
            name="code"
            label={t('lic.verify.codeLabel')}
            extra={t('lic.verify.codeHint')}
            rules={[{ required: true, whitespace: true, message: t('lic.required') }]}
          >
            <Input.TextArea rows={3} maxLength={2000} spellCheck={false} className="lic-mono lic-break" />
          </Form.Item>
          {/* Disabled, not `loading`: antd's spinner would rename the button "loading 核验" while a
              check runs; the status region above already says it is checking. */}
          <Button
            type="primary"
            htmlType="submit"
            size="large"
            disabled={verify.isPending}
            aria-busy={verify.isPending}
          >
            {t('lic.verify.submit')}
          </Button>
        </Form>
      </section>
    </div>
  );
}

function VerifyResult({ result }: { result: VerifyResponse }) {
  const { t, lang } = useI18n();
  const zh = zhWhenForeign(lang);
  const license = result.license;
  return (
    <div className={result.valid ? 'lic-verdict lic-verdict-ok' : 'lic-verdict lic-verdict-bad'}>
      <p className="lic-verdict-head">
        <strong>
          {result.valid
            ? t('lic.verify.valid')
            : t('lic.verify.invalid', { reason: localName(result.message, lang) })}
        </strong>
      </p>
      {license && (
        <dl className="lic-facts lic-facts-wide">
          <div>
            <dt>{t('lic.type')}</dt>
            <dd>{localName(license.typeName, lang)}</dd>
          </div>
          <div>
            <dt>{t('lic.number')}</dt>
            <dd className="lic-mono">{license.licenseNumberMasked}</dd>
          </div>
          <div>
            <dt>{t('lic.holder')}</dt>
            <dd lang={zh}>{license.holderNameMasked}</dd>
          </div>
          <div>
            <dt>{t('lic.holderId')}</dt>
            <dd className="lic-mono">{license.holderIdMasked}</dd>
          </div>
          <div>
            <dt>{t('lic.issuer')}</dt>
            <dd lang={zh}>{license.issuerName}</dd>
          </div>
          <div>
            <dt>{t('lic.validity')}</dt>
            <dd>
              <Validity from={license.issueDate} to={license.validTo} />
            </dd>
          </div>
          <div>
            <dt>{t('lic.status')}</dt>
            <dd>
              <LicenseStatusTag status={license.status} />
            </dd>
          </div>
          <div>
            <dt>{t('lic.identifier')}</dt>
            <dd className="lic-mono lic-break">{license.identifier}</dd>
          </div>
        </dl>
      )}
      <p className="lic-muted lic-note">
        {t('lic.verify.checkedAt', { at: formatDateTime(result.checkedAt, lang) })}
        {result.tokenExpiresAt &&
          ` · ${t('lic.verify.tokenExpires', { at: formatDateTime(result.tokenExpiresAt, lang) })}`}
      </p>
    </div>
  );
}
