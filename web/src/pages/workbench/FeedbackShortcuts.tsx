// The workbench's ways into ratings, complaints and statistics (issue #8): each entry shows only to
// staff holding one of its permissions, so a clerk sees the window rating code, a handler the
// ledger and the complaints, an agency lead the dashboard.
import { DislikeOutlined, LineChartOutlined, MessageOutlined, QrcodeOutlined } from '@ant-design/icons';
import type { ComponentType } from 'react';
import { Link } from 'react-router-dom';
import type { Me } from '../../api/identity.ts';
import { useI18n, type MessageKey } from '../../i18n/index.ts';

interface Entry {
  to: string;
  icon: ComponentType<{ 'aria-hidden'?: boolean }>;
  title: MessageKey;
  lead: MessageKey;
  permissions: readonly string[];
  testId: string;
}

const ENTRIES: readonly Entry[] = [
  {
    to: '/workbench/window-rating',
    icon: QrcodeOutlined,
    title: 'rat.window.title',
    lead: 'rat.window.shortcutLead',
    permissions: ['case.accept'],
    testId: 'window-rating-shortcut',
  },
  {
    to: '/admin/rectifications',
    icon: DislikeOutlined,
    title: 'rect.title',
    lead: 'rect.shortcutLead',
    permissions: ['rating.handle', 'rating.supervise'],
    testId: 'rectification-shortcut',
  },
  {
    to: '/admin/complaints',
    icon: MessageOutlined,
    title: 'cmp.admin.title',
    lead: 'cmp.admin.shortcut',
    permissions: ['complaint.handle', 'complaint.dispatch'],
    testId: 'complaint-shortcut',
  },
  {
    to: '/admin/stats',
    icon: LineChartOutlined,
    title: 'sta.title',
    lead: 'sta.shortcutLead',
    permissions: ['stats.read'],
    testId: 'stats-shortcut',
  },
];

export function FeedbackShortcuts({ me }: { me: Me }) {
  const { t } = useI18n();
  const held = new Set(me.grants.map((g) => g.permission));
  const entries = ENTRIES.filter((e) => e.permissions.some((p) => held.has(p)));
  if (!entries.length) return null;
  return entries.map(({ to, icon: Icon, title, lead, testId }) => (
    <nav key={to} aria-label={t(title)}>
      <ul className="admin-shortcuts" data-testid={testId}>
        <li>
          <Link to={to} className="admin-shortcut">
            <Icon aria-hidden />
            <span>
              <strong>{t(title)}</strong>
              <span className="admin-shortcut-lead">{t(lead)}</span>
            </span>
          </Link>
        </li>
      </ul>
    </nav>
  ));
}
