// The built-in roles as data. Administrators may add roles; these are seeded with the demo data
// and describe the jobs of a service centre and a department.
import type { Permission } from '../../platform/access/permissions.ts';

export interface RoleDefinition {
  id: string;
  nameZh: string;
  nameEn: string;
  permissions: Permission[];
}

export const BUILT_IN_ROLES: readonly RoleDefinition[] = [
  {
    id: 'window-clerk',
    nameZh: '综合窗口受理人员',
    nameEn: 'Comprehensive-window clerk',
    permissions: ['case.accept', 'license.lookup'],
  },
  { id: 'reviewer', nameZh: '审查人员', nameEn: 'Reviewer', permissions: ['case.review', 'license.lookup'] },
  { id: 'approver', nameZh: '审批人员', nameEn: 'Approver', permissions: ['case.decide', 'case.extend'] },
  {
    id: 'agency-lead',
    nameZh: '部门负责人',
    nameEn: 'Agency lead',
    permissions: ['case.supervise', 'case.extend', 'stats.read'],
  },
  { id: 'catalog-editor', nameZh: '事项编辑', nameEn: 'Catalog editor', permissions: ['catalog.edit'] },
  {
    id: 'service-office',
    nameZh: '政务服务办管理人员',
    nameEn: 'Service-office officer',
    permissions: [
      'catalog.review',
      'catalog.publish',
      'stats.read',
      'complaint.dispatch',
      'rating.supervise',
    ],
  },
  {
    id: 'complaint-handler',
    nameZh: '诉求与评价处理人员',
    nameEn: 'Complaint and rating handler',
    permissions: ['complaint.handle', 'rating.handle'],
  },
  {
    id: 'hotline-agent',
    nameZh: '12345热线与“办不成事”受理人员',
    nameEn: 'Hotline and unresolved-matters agent',
    permissions: ['complaint.dispatch'],
  },
  {
    id: 'platform-admin',
    nameZh: '平台管理员',
    nameEn: 'Platform administrator',
    permissions: ['users.admin', 'calendar.edit', 'settings.edit'],
  },
  {
    id: 'seal-admin',
    nameZh: '电子印章管理员',
    nameEn: 'E-seal administrator',
    permissions: ['seal.manage'],
  },
  { id: 'auditor', nameZh: '审计人员', nameEn: 'Auditor', permissions: ['audit.read'] },
  {
    id: 'personal-data-officer',
    nameZh: '个人信息查阅人员',
    nameEn: 'Personal-data officer',
    permissions: ['personal-data.read'],
  },
];
