// /complaints/new — 办不成事 reported online, phone-friendly: kind, title, what happened, district,
// optionally one of my cases (signed in), anonymous or with contact data. One Idempotency-Key per
// report, so a retry after a lost answer never files twice; success shows the number.
import { Alert, Breadcrumb, Button, Checkbox, Form, Input, Result, Select } from 'antd';
import { useRef, useState } from 'react';
import { Link } from 'react-router-dom';
import { useMe } from '../../api/auth.ts';
import { useDistricts } from '../../api/queries.ts';
import { useI18n } from '../../i18n/index.ts';
import { usePageTitle } from '../../layout/usePageTitle.ts';
import { newIdempotencyKey } from '../cases/api.ts';
import { ProblemAlert } from '../cases/ProblemAlert.tsx';
import { useFileComplaint, useLinkableCases, type FileBody } from './api.ts';
import { CATEGORIES, categoryLabel } from './labels.ts';
import './complaints.css';

interface Values {
  category: FileBody['category'];
  title: string;
  content: string;
  regionCode: string;
  caseId?: string;
  anonymous?: boolean;
  contactName?: string;
  contactPhone?: string;
}

const PHONE = /^1[3-9]\d{9}$/;

export function NewComplaintPage() {
  const { t } = useI18n();
  usePageTitle(t('cmp.new.title'));
  const me = useMe();
  const person = me.data?.kind === 'person';
  const [done, setDone] = useState<{ number: string } | null>(null);
  return (
    <div className="container page cmp-page">
      <Breadcrumb
        className="breadcrumb"
        items={[{ title: <Link to="/">{t('nav.home')}</Link> }, { title: t('cmp.new.title') }]}
      />
      <h1 className="page-title">{t('cmp.new.title')}</h1>
      {done ? (
        <Result
          status="success"
          title={t('cmp.done.title')}
          subTitle={
            <>
              <span className="cmp-number" data-testid="complaint-number">
                {t('cmp.done.number', { number: done.number })}
              </span>
              <br />
              {t('cmp.done.keep')}
            </>
          }
          extra={[
            person && (
              <Link key="track" to="/me/complaints" className="case-link-button">
                {t('cmp.done.track')}
              </Link>
            ),
            <Button key="again" size="large" onClick={() => setDone(null)}>
              {t('cmp.done.another')}
            </Button>,
          ]}
        />
      ) : (
        <>
          <p className="page-lead">{t('cmp.new.lead')}</p>
          {!me.isPending && !me.data && (
            <Alert
              type="info"
              showIcon
              className="cmp-hint"
              title={
                <>
                  {t('cmp.signInHint')}{' '}
                  <Link to={`/login?next=${encodeURIComponent('/complaints/new')}`}>{t('cmp.signIn')}</Link>
                </>
              }
            />
          )}
          <ComplaintForm person={person} onDone={(number) => setDone({ number })} />
        </>
      )}
    </div>
  );
}

function ComplaintForm({ person, onDone }: { person: boolean; onDone: (number: string) => void }) {
  const { t } = useI18n();
  const [form] = Form.useForm<Values>();
  const anonymous = Form.useWatch('anonymous', form);
  const districts = useDistricts();
  const cases = useLinkableCases(person);
  const file = useFileComplaint();
  const keyRef = useRef(newIdempotencyKey());
  const myCases = person ? (cases.data ?? []) : [];

  const submit = (v: Values) => {
    const body: FileBody = {
      category: v.category,
      title: v.title,
      content: v.content,
      regionCode: v.regionCode,
      ...(v.caseId && { caseId: v.caseId }),
      ...(v.anonymous
        ? { anonymous: true }
        : {
            ...(v.contactName && { contactName: v.contactName }),
            ...(v.contactPhone && { contactPhone: v.contactPhone }),
          }),
    };
    file.mutate(
      { body, idempotencyKey: keyRef.current },
      {
        onSuccess: (r) => {
          keyRef.current = newIdempotencyKey();
          form.resetFields();
          onDone(r.complaintNumber);
        },
      },
    );
  };

  const required = [{ required: true, whitespace: true, message: t('cmp.required') }];
  return (
    <Form<Values>
      form={form}
      layout="vertical"
      name="complaint-new"
      className="cmp-form"
      size="large"
      initialValues={{ category: 'cannot-handle', regionCode: '120103' }}
      onFinish={submit}
    >
      <Form.Item name="category" label={t('cmp.category')} rules={required}>
        <Select options={CATEGORIES.map((c) => ({ value: c, label: categoryLabel(t, c) }))} />
      </Form.Item>
      <Form.Item name="title" label={t('cmp.titleField')} rules={required}>
        <Input maxLength={100} autoComplete="off" />
      </Form.Item>
      <Form.Item name="content" label={t('cmp.content')} extra={t('cmp.contentHelp')} rules={required}>
        <Input.TextArea rows={5} maxLength={2000} showCount />
      </Form.Item>
      <Form.Item name="regionCode" label={t('cmp.region')} rules={required}>
        <Select
          loading={districts.isPending}
          options={(districts.data ?? []).map((r) => ({ value: r.code, label: r.name }))}
        />
      </Form.Item>
      {person && myCases.length > 0 && (
        <Form.Item name="caseId" label={t('cmp.case')}>
          <Select
            allowClear
            placeholder={t('cmp.caseNone')}
            options={myCases.map((c) => ({ value: c.id, label: `${c.caseNumber ?? ''} ${c.itemName}` }))}
          />
        </Form.Item>
      )}
      <Form.Item name="anonymous" valuePropName="checked">
        <Checkbox>{t('cmp.anonymous')}</Checkbox>
      </Form.Item>
      {!anonymous && (
        <>
          <Form.Item name="contactName" label={t('cmp.contactName')}>
            <Input maxLength={50} autoComplete="name" />
          </Form.Item>
          <Form.Item
            name="contactPhone"
            label={t('cmp.contactPhone')}
            rules={[{ pattern: PHONE, message: t('cmp.phoneInvalid') }]}
          >
            <Input inputMode="numeric" maxLength={11} autoComplete="tel" />
          </Form.Item>
        </>
      )}
      {file.error && <ProblemAlert error={file.error} />}
      <Button type="primary" htmlType="submit" size="large" block loading={file.isPending}>
        {t('cmp.submit')}
      </Button>
    </Form>
  );
}
