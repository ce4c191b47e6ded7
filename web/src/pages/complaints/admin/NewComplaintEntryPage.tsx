// /admin/complaints/new — the 办不成事 window and the 12345 hotline enter a complaint for the
// caller (complaint.dispatch): channel, urgency, complexity and the contact data they type.
import { Alert, Button, Checkbox, Form, Input, Select } from 'antd';
import { useRef, useState } from 'react';
import { Link } from 'react-router-dom';
import { useDistricts } from '../../../api/queries.ts';
import { useI18n } from '../../../i18n/index.ts';
import { AdminFrame } from '../../admin/AdminFrame.tsx';
import { newIdempotencyKey } from '../../cases/api.ts';
import { ProblemAlert } from '../../cases/ProblemAlert.tsx';
import { useEnterComplaint, type AdminFileBody } from '../api.ts';
import { CATEGORIES, URGENCIES, categoryLabel, channelLabel, urgencyLabel } from '../labels.ts';
import '../complaints.css';

type Values = AdminFileBody;

export function NewComplaintEntryPage() {
  const { t } = useI18n();
  return (
    <AdminFrame
      title={t('cmp.entry.title')}
      lead={t('cmp.entry.lead')}
      trail={[{ to: '/admin/complaints', title: t('cmp.admin.title') }]}
    >
      <EntryForm />
    </AdminFrame>
  );
}

function EntryForm() {
  const { t } = useI18n();
  const [form] = Form.useForm<Values>();
  const districts = useDistricts();
  const enter = useEnterComplaint();
  const keyRef = useRef(newIdempotencyKey());
  const [done, setDone] = useState<{ id: string; number: string } | null>(null);
  const anonymous = Form.useWatch('anonymous', form);
  const required = [{ required: true, whitespace: true, message: t('cmp.required') }];
  const submit = (v: Values) => {
    const body: AdminFileBody = Object.fromEntries(
      Object.entries(v).filter(([, x]) => x !== undefined && x !== ''),
    ) as AdminFileBody;
    enter.mutate(
      { body, idempotencyKey: keyRef.current },
      {
        onSuccess: (r) => {
          keyRef.current = newIdempotencyKey();
          form.resetFields();
          setDone({ id: r.id, number: r.complaintNumber });
        },
      },
    );
  };
  return (
    <>
      {done && (
        <Alert
          type="success"
          showIcon
          className="cmp-hint"
          title={
            <>
              <span data-testid="complaint-number">{t('cmp.entry.done', { number: done.number })}</span>{' '}
              <Link to={`/admin/complaints/${done.id}`}>{t('cmp.entry.openIt')}</Link>
            </>
          }
        />
      )}
      <Form<Values>
        form={form}
        layout="vertical"
        name="complaint-entry"
        className="cmp-form"
        initialValues={{
          channel: 'hotline',
          category: 'cannot-handle',
          urgency: 'normal',
          regionCode: '120103',
        }}
        onFinish={submit}
      >
        <Form.Item name="channel" label={t('cmp.entry.channel')}>
          <Select
            options={(['hotline', 'window'] as const).map((c) => ({ value: c, label: channelLabel(t, c) }))}
          />
        </Form.Item>
        <Form.Item name="category" label={t('cmp.category')}>
          <Select options={CATEGORIES.map((c) => ({ value: c, label: categoryLabel(t, c) }))} />
        </Form.Item>
        <Form.Item name="urgency" label={t('cmp.urgency')}>
          <Select options={URGENCIES.map((c) => ({ value: c, label: urgencyLabel(t, c) }))} />
        </Form.Item>
        <Form.Item name="complex" valuePropName="checked">
          <Checkbox>{t('cmp.complex')}</Checkbox>
        </Form.Item>
        <Form.Item name="title" label={t('cmp.titleField')} rules={required}>
          <Input maxLength={100} />
        </Form.Item>
        <Form.Item name="content" label={t('cmp.content')} rules={required}>
          <Input.TextArea rows={4} maxLength={2000} showCount />
        </Form.Item>
        <Form.Item name="regionCode" label={t('cmp.region')} rules={required}>
          <Select options={(districts.data ?? []).map((r) => ({ value: r.code, label: r.name }))} />
        </Form.Item>
        <Form.Item name="anonymous" valuePropName="checked">
          <Checkbox>{t('cmp.anonymous')}</Checkbox>
        </Form.Item>
        {!anonymous && (
          <>
            <Form.Item name="contactName" label={t('cmp.contactName')}>
              <Input maxLength={50} />
            </Form.Item>
            <Form.Item
              name="contactPhone"
              label={t('cmp.contactPhone')}
              rules={[{ pattern: /^1[3-9]\d{9}$/, message: t('cmp.phoneInvalid') }]}
            >
              <Input inputMode="numeric" maxLength={11} />
            </Form.Item>
          </>
        )}
        {enter.error && <ProblemAlert error={enter.error} />}
        <Button type="primary" htmlType="submit" loading={enter.isPending}>
          {t('cmp.submit')}
        </Button>
      </Form>
    </>
  );
}
