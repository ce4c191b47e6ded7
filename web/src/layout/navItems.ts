// The main navigation entries, shared by the desktop bar and the mobile drawer.
import type { MessageKey } from '../i18n/index.ts';

export interface NavItem {
  to: string;
  label: MessageKey;
  /** Match the path exactly (the portal home would otherwise match every page). */
  end?: boolean;
}

export const navItems: readonly NavItem[] = [
  { to: '/', label: 'nav.home', end: true },
  { to: '/search', label: 'nav.search' },
  { to: '/#venues', label: 'nav.venues' },
  { to: '/workbench', label: 'nav.workbench' },
  { to: '/admin', label: 'nav.admin' },
];
