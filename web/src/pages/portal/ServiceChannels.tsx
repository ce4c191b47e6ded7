// The service channels of the portal: a link where the channel exists, else marked coming soon.
import { AppstoreOutlined, BankOutlined, IdcardOutlined, UserOutlined } from '@ant-design/icons';
import { Tag } from 'antd';
import type { ReactNode } from 'react';
import { Link } from 'react-router-dom';
import { SectionHeader } from '../../components/SectionHeader.tsx';
import { useI18n, type MessageKey } from '../../i18n/index.ts';

interface Channel {
  key: string;
  icon: ReactNode;
  title: MessageKey;
  description: MessageKey;
  /** Where the channel lives; none: not yet built. */
  to?: string;
}

const channels: Channel[] = [
  {
    key: 'person',
    icon: <UserOutlined />,
    title: 'channels.person',
    description: 'channels.personDesc',
    to: '/search?target=1',
  },
  {
    key: 'enterprise',
    icon: <BankOutlined />,
    title: 'channels.enterprise',
    description: 'channels.enterpriseDesc',
    to: '/search?target=2',
  },
  {
    key: 'bundle',
    icon: <AppstoreOutlined />,
    title: 'channels.bundle',
    description: 'channels.bundleDesc',
    to: '/bundles',
  },
  {
    key: 'license',
    icon: <IdcardOutlined />,
    title: 'channels.license',
    description: 'channels.licenseDesc',
    to: '/me/licenses',
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
              <h3 className="channel-title">
                {channel.to ? <Link to={channel.to}>{t(channel.title)}</Link> : t(channel.title)}
              </h3>
              <p className="channel-desc">{t(channel.description)}</p>
              {!channel.to && <Tag className="soon-tag">{t('channels.soon')}</Tag>}
            </div>
          </li>
        ))}
      </ul>
    </section>
  );
}
