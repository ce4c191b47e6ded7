// The permission catalog (one registry, like the problem codes). Roles are data that map to these
// names; routes declare the one they need; services filter rows by the grant's scope.

export const PERMISSIONS = {
  'catalog.edit': { zh: '编辑事项目录与实施清单', en: 'Edit the catalog and implementations' },
  'catalog.review': { zh: '审核事项', en: 'Review catalog changes' },
  'catalog.publish': { zh: '发布事项', en: 'Publish catalog versions' },
  'case.accept': { zh: '受理办件', en: 'Accept cases' },
  'case.review': { zh: '审查办件', en: 'Review cases' },
  'case.decide': { zh: '审批决定', en: 'Decide cases' },
  'case.extend': { zh: '延长办理期限', en: 'Extend case deadlines' },
  'case.supervise': { zh: '督办本部门办件', en: 'Supervise the agency’s cases' },
  'license.lookup': { zh: '查验电子证照', en: 'Look up e-licenses' },
  'seal.manage': { zh: '管理电子印章', en: 'Manage e-seals' },
  'rating.handle': { zh: '处理差评整改', en: 'Handle negative ratings' },
  'rating.supervise': {
    zh: '审核差评申诉、督办差评整改',
    en: 'Decide rating appeals and supervise rectification',
  },
  'complaint.handle': { zh: '办理诉求', en: 'Handle complaints' },
  'complaint.dispatch': { zh: '分派诉求', en: 'Dispatch complaints' },
  'stats.read': { zh: '查看统计', en: 'Read statistics' },
  'users.admin': { zh: '管理工作人员与角色', en: 'Administer staff accounts and roles' },
  'audit.read': { zh: '查阅审计日志', en: 'Read the audit log' },
  'personal-data.read': {
    zh: '查看未脱敏个人信息（须说明用途）',
    en: 'Read unmasked personal data (purpose required)',
  },
  'calendar.edit': { zh: '维护工作日历', en: 'Maintain the working-day calendar' },
  'settings.edit': { zh: '维护分级配置', en: 'Maintain settings' },
} as const;

export type Permission = keyof typeof PERMISSIONS;

export const isPermission = (name: string): name is Permission => Object.hasOwn(PERMISSIONS, name);

/**
 * Staff holding any of these must sign in with a second factor (TOTP); there is no bypass.
 * Administration, publication and the platform-wide rules are what an attacker would want.
 */
export const SECOND_FACTOR_PERMISSIONS: readonly Permission[] = [
  'users.admin',
  'catalog.publish',
  'audit.read',
  'personal-data.read',
  'calendar.edit',
  'settings.edit',
  'seal.manage',
];
