// Inline panel (no modal: CSP) to create a staff account.
import { Alert, Button, Form, Input, Space } from 'antd';
import { useCreateStaff, type NewStaff } from '../../api/staff.ts';
import { problemTitle } from '../../api/problem.ts';
import { useI18n } from '../../i18n/index.ts';
import { isStrongPassword, staffUsernamePattern } from '../auth/validators.ts';

interface NewStaffPanelProps {
  onCancel: () => void;
  onCreated: (name: string) => void;
}

export function NewStaffPanel({ onCancel, onCreated }: NewStaffPanelProps) {
  const { t, lang } = useI18n();
  const create = useCreateStaff();
  const required = { required: true, whitespace: true, message: t('admin.required') };
  const submit = (v: NewStaff) => {
    const clean: NewStaff = {
      username: v.username.trim(),
      password: v.password,
      name: v.name.trim(),
      agencyId: v.agencyId.trim(),
      ...(v.venueId?.trim() && { venueId: v.venueId.trim() }),
      ...(v.windowCode?.trim() && { windowCode: v.windowCode.trim() }),
    };
    create.mutate(clean, { onSuccess: () => onCreated(clean.name) });
  };
  return (
    <section id="new-staff" className="admin-panel" aria-labelledby="new-staff-title">
      <h2 id="new-staff-title" className="panel-title">
        {t('admin.newStaff')}
      </h2>
      {create.isError && (
        <Alert
          className="form-alert"
          type="error"
          showIcon
          title={problemTitle(create.error, lang) ?? t('state.errorNetwork')}
        />
      )}
      <Form<NewStaff>
        layout="vertical"
        requiredMark={false}
        name="new-staff"
        onFinish={submit}
        className="admin-form"
      >
        <Form.Item name="name" label={t('staff.name')} rules={[required]}>
          <Input />
        </Form.Item>
        <Form.Item
          name="username"
          label={t('me.username')}
          rules={[{ required: true, pattern: staffUsernamePattern, message: t('admin.usernameInvalid') }]}
        >
          <Input autoComplete="off" />
        </Form.Item>
        <Form.Item
          name="password"
          label={t('admin.initialPassword')}
          rules={[
            {
              validator: (_, value: string | undefined) =>
                value && isStrongPassword(value, 10)
                  ? Promise.resolve()
                  : Promise.reject(new Error(t('admin.passwordInvalid'))),
            },
          ]}
        >
          <Input.Password autoComplete="new-password" />
        </Form.Item>
        <Form.Item name="agencyId" label={t('admin.agencyId')} rules={[required]}>
          <Input />
        </Form.Item>
        <Form.Item name="venueId" label={t('admin.venueId')}>
          <Input />
        </Form.Item>
        <Form.Item name="windowCode" label={t('admin.windowCode')}>
          <Input />
        </Form.Item>
        <Space>
          <Button type="primary" htmlType="submit" loading={create.isPending}>
            {t('admin.create')}
          </Button>
          <Button onClick={onCancel}>{t('admin.cancel')}</Button>
        </Space>
      </Form>
    </section>
  );
}
