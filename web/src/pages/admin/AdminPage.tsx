// Admin console (shell): where administrators will maintain the catalog and the directory.
import {
  ApartmentOutlined,
  BookOutlined,
  CalendarOutlined,
  SafetyCertificateOutlined,
  ShopOutlined,
  TeamOutlined,
} from '@ant-design/icons';
import type { ReactNode } from 'react';
import { RequireAuth } from '../../components/RequireAuth.tsx';
import { adminSections, useAreaTexts, type AdminSection } from '../../i18n/areas.ts';
import { AreaPage } from '../area/AreaPage.tsx';
import { AdminShortcuts } from './AdminShortcuts.tsx';

const icons: Record<AdminSection, ReactNode> = {
  catalog: <BookOutlined aria-hidden />,
  organisation: <ApartmentOutlined aria-hidden />,
  venues: <ShopOutlined aria-hidden />,
  accounts: <TeamOutlined aria-hidden />,
  calendar: <CalendarOutlined aria-hidden />,
  audit: <SafetyCertificateOutlined aria-hidden />,
};

export function AdminPage() {
  return (
    <RequireAuth kind="staff" loginPath="/workbench/login">
      <Admin />
    </RequireAuth>
  );
}

function Admin() {
  const texts = useAreaTexts().admin;
  return (
    <AreaPage
      basePath="/admin"
      title="admin.title"
      description="admin.description"
      notice="admin.notice"
      sections={adminSections.map((key) => ({ key, icon: icons[key], text: texts[key] }))}
    >
      <AdminShortcuts />
    </AreaPage>
  );
}
