// The workbench's way into the e-license look-up, for staff holding license.lookup.
import { SafetyCertificateOutlined } from '@ant-design/icons';
import { Link } from 'react-router-dom';
import type { Me } from '../../../api/identity.ts';
import { useI18n } from '../../../i18n/index.ts';

export function LicenseShortcut({ me }: { me: Me }) {
  const { t } = useI18n();
  if (!me.grants.some((g) => g.permission === 'license.lookup')) return null;
  return (
    <nav aria-label={t('lic.lookup.title')}>
      <ul className="admin-shortcuts" data-testid="license-shortcut">
        <li>
          <Link to="/workbench/licenses" className="admin-shortcut">
            <SafetyCertificateOutlined aria-hidden />
            <span>
              <strong>{t('lic.lookup.title')}</strong>
              <span className="admin-shortcut-lead">{t('lic.lookup.shortcutLead')}</span>
            </span>
          </Link>
        </li>
      </ul>
    </nav>
  );
}
