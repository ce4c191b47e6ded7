// The service channels the portal will offer; each is marked as coming soon until it exists.
import { AppstoreOutlined, BankOutlined, IdcardOutlined, UserOutlined } from '@ant-design/icons';
import { Tag } from 'antd';
import type { ReactNode } from 'react';
import { SectionHeader } from '../../components/SectionHeader.tsx';
import { useI18n, type MessageKey } from '../../i18n/index.ts';

interface Channel {
  key: string;
  icon: ReactNode;
  title: MessageKey;
  description: MessageKey;
}

const channels: Channel[] = [
  { key: 'person', icon: <UserOutlined />, title: 'channels.person', description: 'channels.personDesc' },
  {
    key: 'enterprise',
    icon: <BankOutlined />,
    title: 'channels.enterprise',
    description: 'channels.enterpriseDesc',
  },
  { key: 'bundle', icon: <AppstoreOutlined />, title: 'channels.bundle', description: 'channels.bundleDesc' },
  {
    key: 'license',
    icon: <IdcardOutlined />,
    title: 'channels.license',
    description: 'channels.licenseDesc',
  },
];

export function ServiceChannels() {
  const { t } = useI18n();
  return (
    <section className="container section" aria-labelledby="channels-title">
      <SectionHeader id="channels-title" title={t('channels.title')} />
      <ul className="channel-grid">
        {channels.map((channel) => (
          <li key={channel.key} className={`channel channel-${channel.key}`}>
            <span className="channel-icon" aria-hidden="true">
              {channel.icon}
            </span>
            <div>
              <h3 className="channel-title">{t(channel.title)}</h3>
              <p className="channel-desc">{t(channel.description)}</p>
              <Tag className="soon-tag">{t('channels.soon')}</Tag>
            </div>
          </li>
        ))}
      </ul>
    </section>
  );
}
