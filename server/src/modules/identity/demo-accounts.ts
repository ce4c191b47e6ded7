// The demo people, enterprise and staff (README lists them). All use the password Tongban@2026;
// staff who must use a second factor have the fixed TOTP secrets below. Never loaded in production.
import { gb11643CheckChar } from '../../platform/identifiers/gb11643.ts';
import { usccCheckChar } from '../../platform/identifiers/uscc.ts';

export const DEMO_PASSWORD = 'Tongban@2026';

const citizenId = (first17: string) => first17 + gb11643CheckChar(first17);

export interface DemoPerson {
  username: string;
  name: string;
  idNumber: string;
  phone: string;
}

export const DEMO_PERSONS: readonly DemoPerson[] = [
  { username: 'zhangsan', name: '张三', idNumber: citizenId('12010319850612301'), phone: '13800000001' },
  { username: 'lisi', name: '李四', idNumber: citizenId('12010419900304202'), phone: '13800000002' },
  { username: 'ent-admin', name: '王五', idNumber: citizenId('12010119780915101'), phone: '13800000003' },
];

/** People in the base registry without an account yet (for registration and L2 checks). */
export const DEMO_REGISTRY_ONLY: readonly Omit<DemoPerson, 'username' | 'phone'>[] = [
  { name: '赵六', idNumber: citizenId('12010519920101502') },
  { name: '孙七', idNumber: citizenId('12010719600820401') }, // a retired 塘沽 prefix, still valid
];

export const DEMO_ENTERPRISE = {
  uscc: (() => {
    const body = '91120103MA0TB2026';
    return body + usccCheckChar(body);
  })(),
  name: '天津通办示范科技有限公司',
  legalRep: 'ent-admin',
  regionCode: '120103',
  agent: 'lisi',
  agentExpires: '2027-12-31T16:00:00Z',
};

export interface DemoStaff {
  username: string;
  name: string;
  agencyId: string;
  venueId?: string;
  windowCode?: string;
  grants: { roleId: string; agencyId?: string; regionCode?: string; venueId?: string }[];
  /** Base32 TOTP secret, for staff whose permissions require a second factor. */
  totpSecret?: string;
}

export const DEMO_STAFF: readonly DemoStaff[] = [
  {
    username: 'clerk-hexi',
    name: '刘晓',
    agencyId: 'hx-zwfwb',
    venueId: 'zwfw-120103',
    windowCode: 'SL01',
    grants: [{ roleId: 'window-clerk', venueId: 'zwfw-120103' }],
  },
  {
    username: 'reviewer-scjg',
    name: '陈静',
    agencyId: 'tj-scjgw',
    // Also edits the commission's own implementations (and only those) in the catalog.
    grants: [
      { roleId: 'reviewer', agencyId: 'tj-scjgw' },
      { roleId: 'catalog-editor', agencyId: 'tj-scjgw' },
    ],
  },
  {
    username: 'reviewer-hxsp',
    name: '杨帆',
    agencyId: 'hx-xzspj',
    grants: [
      { roleId: 'reviewer', agencyId: 'hx-xzspj' },
      { roleId: 'approver', agencyId: 'hx-xzspj' },
    ],
  },
  {
    username: 'lead-hxsp',
    name: '何伟',
    agencyId: 'hx-xzspj',
    grants: [{ roleId: 'agency-lead', agencyId: 'hx-xzspj' }],
  },
  {
    // Handles the negative ratings and the complaints dispatched to the approval bureau.
    username: 'handler-hxsp',
    name: '孙悦',
    agencyId: 'hx-xzspj',
    grants: [{ roleId: 'complaint-handler', agencyId: 'hx-xzspj' }],
  },
  {
    // A 12345 hotline agent: enters and dispatches complaints city-wide.
    username: 'hotline',
    name: '钱程',
    agencyId: 'tj-zwfwb',
    grants: [{ roleId: 'hotline-agent' }],
  },
  {
    username: 'clerk-heping',
    name: '马丽',
    agencyId: 'hp-zwfwb',
    venueId: 'zwfw-120101',
    windowCode: 'KS01',
    grants: [{ roleId: 'window-clerk', venueId: 'zwfw-120101' }],
  },
  { username: 'catalog-admin', name: '周敏', agencyId: 'tj-zwfwb', grants: [{ roleId: 'catalog-editor' }] },
  {
    username: 'office-admin',
    name: '吴刚',
    agencyId: 'tj-zwfwb',
    grants: [{ roleId: 'service-office' }, { roleId: 'platform-admin' }, { roleId: 'seal-admin' }],
    totpSecret: 'JBSWY3DPEHPK3PXPTONGBANOFFICE2AD',
  },
  {
    username: 'auditor',
    name: '郑洁',
    agencyId: 'tj-zwfwb',
    grants: [{ roleId: 'auditor' }],
    totpSecret: 'JBSWY3DPEHPK3PXPTONGBANAUDITOR2A',
  },
];
