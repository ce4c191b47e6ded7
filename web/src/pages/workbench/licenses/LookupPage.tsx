// Staff look-up of a holder's e-licenses (/workbench/licenses): ID type, ID number and a stated
// purpose (required, audited, shown to the holder in 用证记录) → the masked list → one license.
// The ID number stays out of the URL; only the purpose travels on to the detail page.
import { Alert, Button, Form, Input, Radio } from 'antd';
import { useState } from 'react';
import { Link } from 'react-router-dom';
import { problemTitle } from '../../../api/problem.ts';
import { DataTable } from '../../../components/DataTable.tsx';
import { Loading } from '../../../components/Loading.tsx';
import { useI18n } from '../../../i18n/index.ts';
import { usePageTitle } from '../../../layout/usePageTitle.ts';
import { useLicenseLookup, type LookupQuery } from '../../licenses/api.ts';
import { localName } from '../../licenses/labels.ts';
import { LicenseStatusTag, Validity } from '../../licenses/LicenseBits.tsx';
import type { LicenseSummary } from '../../licenses/types.ts';
import { LicensesFrame } from './LicensesFrame.tsx';

export function LicenseLookupPage() {
  return (
    <LicensesFrame>
      <Lookup />
    </LicensesFrame>
  );
}

function Lookup() {
  const { t, lang } = useI18n();
  usePageTitle(`${t('lic.lookup.title')} · ${t('workbench.title')}`);
  const [query, setQuery] = useState<LookupQuery | null>(null);
  const result = useLicenseLookup(query);
  const required = [{ required: true, whitespace: true, message: t('lic.required') }];

  return (
    <>
      <h1 className="page-title">{t('lic.lookup.title')}</h1>
      <p className="page-lead">{t('lic.lookup.lead')}</p>
      <p>
        <Link to="/workbench/licenses/authorized">{t('lic.shared.link')}</Link>
      </p>
      <Form<LookupQuery>
        layout="vertical"
        name="license-lookup"
        className="lic-form"
        initialValues={{ holderIdType: '111' }}
        onFinish={(v) =>
          setQuery({
            holderIdType: v.holderIdType,
            holderId: v.holderId.trim().toUpperCase(),
            purpose: v.purpose.trim(),
          })
        }
      >
        <Form.Item name="holderIdType" label={t('lic.lookup.idType')}>
          <Radio.Group
            options={[
              { value: '111', label: t('lic.lookup.citizenId') },
              { value: '001', label: t('lic.lookup.uscc') },
            ]}
          />
        </Form.Item>
        <Form.Item name="holderId" label={t('lic.lookup.idNumber')} rules={required}>
          <Input autoComplete="off" maxLength={18} className="lic-mono" />
        </Form.Item>
        <Form.Item
          name="purpose"
          label={t('lic.lookup.purpose')}
          extra={t('lic.lookup.purposeHint')}
          rules={[...required, { min: 2, message: t('lic.purposeShort') }]}
        >
          <Input autoComplete="off" maxLength={200} />
        </Form.Item>
        <Button type="primary" htmlType="submit" size="large" loading={result.isFetching}>
          {t('lic.lookup.submit')}
        </Button>
      </Form>
      {result.isError && (
        <Alert
          className="lic-alert"
          type="error"
          showIcon
          role="alert"
          title={problemTitle(result.error, lang) ?? t('state.errorNetwork')}
        />
      )}
      {query && result.isPending && <Loading rows={4} />}
      {query && result.isSuccess && (
        <section className="lic-section" aria-labelledby="lic-lookup-results">
          <h2 id="lic-lookup-results" className="section-title">
            {t('lic.lookup.results', { count: result.data.length })}
          </h2>
          <DataTable<LicenseSummary>
            label={t('a11y.table', { name: t('lic.lookup.title') })}
            testId="license-lookup"
            rows={result.data}
            rowKey={(l) => l.id}
            empty={t('lic.lookup.empty')}
            columns={[
              {
                key: 'type',
                title: t('lic.type'),
                render: (l) => (
                  <Link to={`/workbench/licenses/${l.id}?purpose=${encodeURIComponent(query.purpose)}`}>
                    {localName(l.typeName, lang)}
                  </Link>
                ),
              },
              {
                key: 'number',
                title: t('lic.number'),
                render: (l) => <span className="lic-mono">{l.licenseNumber}</span>,
              },
              {
                key: 'holder',
                title: t('lic.holder'),
                render: (l) => (
                  <>
                    {l.holderName} <span className="lic-muted lic-mono">{l.holderIdMasked}</span>
                  </>
                ),
              },
              { key: 'issuer', title: t('lic.issuer'), render: (l) => l.issuerName },
              {
                key: 'validity',
                title: t('lic.validity'),
                render: (l) => <Validity from={l.issueDate} to={l.validTo} />,
              },
              {
                key: 'status',
                title: t('lic.status'),
                render: (l) => <LicenseStatusTag status={l.status} />,
              },
            ]}
          />
        </section>
      )}
    </>
  );
}
