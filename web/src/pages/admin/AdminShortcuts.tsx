// Links from the admin console to the pages that already work: staff, roles, sign-on clients,
// the catalog's implementation lists and review queue, life-event bundles, e-seals.
import {
  AppstoreOutlined,
  AuditOutlined,
  BarChartOutlined,
  BookOutlined,
  CustomerServiceOutlined,
  DislikeOutlined,
  KeyOutlined,
  LineChartOutlined,
  SafetyOutlined,
  SafetyCertificateOutlined,
  TeamOutlined,
} from '@ant-design/icons';
import { Link } from 'react-router-dom';
import { useI18n } from '../../i18n/index.ts';

export function AdminShortcuts() {
  const { t } = useI18n();
  return (
    <ul className="admin-shortcuts">
      <li>
        <Link to="/admin/staff" className="admin-shortcut">
          <TeamOutlined aria-hidden />
          <span>
            <strong>{t('admin.staff')}</strong>
            <span className="admin-shortcut-lead">{t('admin.staffLead')}</span>
          </span>
        </Link>
      </li>
      <li>
        <Link to="/admin/roles" className="admin-shortcut">
          <SafetyCertificateOutlined aria-hidden />
          <span>
            <strong>{t('admin.roles')}</strong>
            <span className="admin-shortcut-lead">{t('admin.rolesLead')}</span>
          </span>
        </Link>
      </li>
      <li>
        <Link to="/admin/oidc-clients" className="admin-shortcut">
          <KeyOutlined aria-hidden />
          <span>
            <strong>{t('oidcAdmin.title')}</strong>
            <span className="admin-shortcut-lead">{t('oidcAdmin.shortcutLead')}</span>
          </span>
        </Link>
      </li>
      <li>
        <Link to="/admin/catalog" className="admin-shortcut">
          <BookOutlined aria-hidden />
          <span>
            <strong>{t('ca.title')}</strong>
            <span className="admin-shortcut-lead">{t('ca.shortcutLead')}</span>
          </span>
        </Link>
      </li>
      <li>
        <Link to="/admin/catalog/review" className="admin-shortcut">
          <AuditOutlined aria-hidden />
          <span>
            <strong>{t('ca.review')}</strong>
            <span className="admin-shortcut-lead">{t('ca.review.shortcutLead')}</span>
          </span>
        </Link>
      </li>
      <li>
        <Link to="/admin/bundles" className="admin-shortcut">
          <AppstoreOutlined aria-hidden />
          <span>
            <strong>{t('bdl.admin.title')}</strong>
            <span className="admin-shortcut-lead">{t('bdl.admin.lead')}</span>
          </span>
        </Link>
      </li>
      <li>
        <Link to="/admin/bundles/stats" className="admin-shortcut">
          <BarChartOutlined aria-hidden />
          <span>
            <strong>{t('bdl.stats.title')}</strong>
            <span className="admin-shortcut-lead">{t('bdl.stats.lead')}</span>
          </span>
        </Link>
      </li>
      <li>
        <Link to="/admin/rectifications" className="admin-shortcut">
          <DislikeOutlined aria-hidden />
          <span>
            <strong>{t('rect.title')}</strong>
            <span className="admin-shortcut-lead">{t('rect.shortcutLead')}</span>
          </span>
        </Link>
      </li>
      <li>
        <Link to="/admin/complaints" className="admin-shortcut">
          <CustomerServiceOutlined aria-hidden />
          <span>
            <strong>{t('cmp.admin.title')}</strong>
            <span className="admin-shortcut-lead">{t('cmp.admin.shortcut')}</span>
          </span>
        </Link>
      </li>
      <li>
        <Link to="/admin/stats" className="admin-shortcut">
          <LineChartOutlined aria-hidden />
          <span>
            <strong>{t('sta.title')}</strong>
            <span className="admin-shortcut-lead">{t('sta.shortcutLead')}</span>
          </span>
        </Link>
      </li>
      <li>
        <Link to="/admin/seals" className="admin-shortcut">
          <SafetyOutlined aria-hidden />
          <span>
            <strong>{t('seal.title')}</strong>
            <span className="admin-shortcut-lead">{t('seal.shortcutLead')}</span>
          </span>
        </Link>
      </li>
    </ul>
  );
}
