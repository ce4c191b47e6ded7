// Grant a role to a staff member, optionally limited to an agency, a region subtree or a venue.
import { Alert, Button, Form, Input, Select } from 'antd';
import { problemTitle } from '../../api/problem.ts';
import { useGrantRole, useRoles, type NewGrant } from '../../api/staff.ts';
import { useI18n } from '../../i18n/index.ts';

export function GrantRolePanel({ staffId }: { staffId: string }) {
  const { t, lang } = useI18n();
  const roles = useRoles();
  const grant = useGrantRole(staffId);
  const [form] = Form.useForm<NewGrant>();
  const submit = (v: NewGrant) => {
    const scope = (value: string | undefined) => value?.trim() || undefined;
    grant.mutate(
      {
        roleId: v.roleId,
        agencyId: scope(v.agencyId),
        regionCode: scope(v.regionCode),
        venueId: scope(v.venueId),
      },
      { onSuccess: () => form.resetFields() },
    );
  };
  return (
    <section className="admin-panel" aria-labelledby="grant-title">
      <h2 id="grant-title" className="panel-title">
        {t('admin.grantRole')}
      </h2>
      {grant.isError && (
        <Alert
          className="form-alert"
          type="error"
          showIcon
          title={problemTitle(grant.error, lang) ?? t('state.errorNetwork')}
        />
      )}
      {grant.data && (
        <Alert
          className="form-alert"
          type="success"
          showIcon
          title={t('admin.granted')}
          description={
            grant.data.secondFactor && (
              <p>
                {t('admin.secondFactorSecret')}{' '}
                <code className="totp-secret">{grant.data.secondFactor.secret}</code>
              </p>
            )
          }
        />
      )}
      <Form<NewGrant>
        form={form}
        layout="vertical"
        requiredMark={false}
        name="grant-role"
        onFinish={submit}
        className="admin-form"
      >
        <Form.Item
          name="roleId"
          label={t('admin.role')}
          rules={[{ required: true, message: t('admin.required') }]}
        >
          <Select
            loading={roles.isPending}
            // A dozen roles: render them all, so none hides below a virtual list's fold.
            virtual={false}
            options={(roles.data ?? []).map((r) => ({
              value: r.id,
              label: lang === 'zh-CN' ? r.nameZh : r.nameEn,
            }))}
          />
        </Form.Item>
        <Form.Item name="agencyId" label={t('admin.agencyId')}>
          <Input />
        </Form.Item>
        <Form.Item name="regionCode" label={t('admin.regionCode')}>
          <Input inputMode="numeric" />
        </Form.Item>
        <Form.Item name="venueId" label={t('admin.venueId')}>
          <Input />
        </Form.Item>
        <Button type="primary" htmlType="submit" loading={grant.isPending}>
          {t('admin.grant')}
        </Button>
      </Form>
    </section>
  );
}
