// Staff workbench (shell): where counter and back-office staff will handle cases.
import {
  AuditOutlined,
  CarryOutOutlined,
  FileDoneOutlined,
  InboxOutlined,
  LikeOutlined,
} from '@ant-design/icons';
import type { ReactNode } from 'react';
import { useMe } from '../../api/auth.ts';
import { RequireAuth } from '../../components/RequireAuth.tsx';
import { useAreaTexts, workbenchSections, type WorkbenchSection } from '../../i18n/areas.ts';
import { AreaPage } from '../area/AreaPage.tsx';
import { GuideLookupLink } from '../catalog/GuideLookupLink.tsx';
import { CaseShortcuts } from './cases/CaseShortcuts.tsx';
import { FeedbackShortcuts } from './FeedbackShortcuts.tsx';
import { LicenseShortcut } from './licenses/LicenseShortcut.tsx';
import { StaffCard } from './StaffCard.tsx';

const icons: Record<WorkbenchSection, ReactNode> = {
  queue: <InboxOutlined aria-hidden />,
  accept: <FileDoneOutlined aria-hidden />,
  review: <AuditOutlined aria-hidden />,
  deliver: <CarryOutOutlined aria-hidden />,
  ratings: <LikeOutlined aria-hidden />,
};

export function WorkbenchPage() {
  return (
    <RequireAuth kind="staff" loginPath="/workbench/login">
      <Workbench />
    </RequireAuth>
  );
}

function Workbench() {
  const texts = useAreaTexts().workbench;
  const me = useMe().data;
  return (
    <AreaPage
      basePath="/workbench"
      title="workbench.title"
      description="workbench.description"
      notice="workbench.notice"
      sections={workbenchSections.map((key) => ({ key, icon: icons[key], text: texts[key] }))}
    >
      {me && <CaseShortcuts me={me} />}
      {me && <LicenseShortcut me={me} />}
      {me && <FeedbackShortcuts me={me} />}
      {me && <StaffCard me={me} />}
      <GuideLookupLink />
    </AreaPage>
  );
}
