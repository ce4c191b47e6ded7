// Inline panel (no modal: CSP) to create an implementation: pick a basic item (searched on the
// server), the implementing agency and the region; the server opens version 1 as a draft.
import { Alert, Button, Form, Input, Select, Space } from 'antd';
import { useDeferredValue, useState } from 'react';
import { useBasicItems, useCreateImplementation } from '../../api/catalog-admin.ts';
import { problemTitle } from '../../api/problem.ts';
import { useI18n } from '../../i18n/index.ts';
import { AgencyPicker } from './AgencyPicker.tsx';

interface NewImplementationPanelProps {
  onCancel: () => void;
  onCreated: (code: string) => void;
}

interface Values {
  basicItemId: string;
  agencyId: string;
  regionCode: string;
}

export function NewImplementationPanel({ onCancel, onCreated }: NewImplementationPanelProps) {
  const { t, lang } = useI18n();
  const create = useCreateImplementation();
  const [search, setSearch] = useState('');
  const q = useDeferredValue(search.trim());
  const items = useBasicItems(q);
  const required = { required: true, message: t('ca.required') };
  return (
    <section id="new-implementation" className="admin-panel" aria-labelledby="new-implementation-title">
      <h2 id="new-implementation-title" className="panel-title">
        {t('ca.new')}
      </h2>
      {create.isError && (
        <Alert
          className="form-alert"
          type="error"
          showIcon
          title={problemTitle(create.error, lang) ?? t('state.errorNetwork')}
        />
      )}
      <Form<Values>
        layout="vertical"
        requiredMark={false}
        name="new-implementation"
        className="admin-form"
        onFinish={(v) =>
          create.mutate(
            { ...v, regionCode: v.regionCode.trim() },
            { onSuccess: (created) => onCreated(created.code) },
          )
        }
      >
        <Form.Item name="basicItemId" label={t('ca.new.item')} rules={[required]}>
          <Select
            showSearch={{ filterOption: false, onSearch: setSearch }}
            placeholder={t('ca.new.itemSearch')}
            loading={items.isFetching}
            options={(items.data ?? []).map((i) => ({ value: i.id, label: `${i.name}（${i.basicCode}）` }))}
          />
        </Form.Item>
        <Form.Item name="agencyId" label={t('ca.new.agency')} rules={[required]}>
          <AgencyPickerItem />
        </Form.Item>
        <Form.Item
          name="regionCode"
          label={t('ca.new.region')}
          extra={t('ca.new.regionHint')}
          rules={[{ required: true, pattern: /^\d{6}(\d{3}){0,2}$/, message: t('ca.new.regionInvalid') }]}
        >
          <Input inputMode="numeric" maxLength={12} />
        </Form.Item>
        <Space>
          <Button type="primary" htmlType="submit" loading={create.isPending}>
            {t('ca.new.create')}
          </Button>
          <Button onClick={onCancel}>{t('ca.cancel')}</Button>
        </Space>
      </Form>
    </section>
  );
}

/** AgencyPicker as an antd form control (Form.Item injects id, value and onChange). */
function AgencyPickerItem(props: {
  id?: string;
  value?: string;
  onChange?: (v: string | undefined) => void;
}) {
  return (
    <AgencyPicker id={props.id ?? 'agencyId'} value={props.value} onChange={(v) => props.onChange?.(v)} />
  );
}
