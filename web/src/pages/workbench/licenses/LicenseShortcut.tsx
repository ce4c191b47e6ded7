// The workbench's ways into the e-licenses: the look-up, for staff holding license.lookup, and
// 授权给我的证照 (grants to the staff member's agency), for every staff member.
import { SafetyCertificateOutlined, SolutionOutlined } from '@ant-design/icons';
import { Link } from 'react-router-dom';
import type { Me } from '../../../api/identity.ts';
import { useI18n } from '../../../i18n/index.ts';

export function LicenseShortcut({ me }: { me: Me }) {
  const { t } = useI18n();
  const lookup = me.grants.some((g) => g.permission === 'license.lookup');
  if (!lookup && me.kind !== 'staff') return null;
  return (
    <nav aria-label={t('lic.shared.nav')}>
      <ul className="admin-shortcuts" data-testid="license-shortcut">
        {lookup && (
          <li>
            <Link to="/workbench/licenses" className="admin-shortcut">
              <SafetyCertificateOutlined aria-hidden />
              <span>
                <strong>{t('lic.lookup.title')}</strong>
                <span className="admin-shortcut-lead">{t('lic.lookup.shortcutLead')}</span>
              </span>
            </Link>
          </li>
        )}
        {me.kind === 'staff' && (
          <li>
            <Link to="/workbench/licenses/authorized" className="admin-shortcut">
              <SolutionOutlined aria-hidden />
              <span>
                <strong>{t('lic.shared.title')}</strong>
                <span className="admin-shortcut-lead">{t('lic.shared.shortcutLead')}</span>
              </span>
            </Link>
          </li>
        )}
      </ul>
    </nav>
  );
}
