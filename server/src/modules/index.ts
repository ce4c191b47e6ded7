// Every module the composition root wires, in dependency order (platform services first).
import { auditModule } from '../platform/audit/module.ts';
import { calendarModule } from '../platform/calendar/module.ts';
import type { TongbanModule } from '../platform/module.ts';
import { notifyModule } from '../platform/notify/module.ts';
import { outboxModule } from '../platform/outbox/module.ts';
import { settingsModule } from '../platform/settings/module.ts';
import { bundlesModule } from './bundles/module.ts';
import { casesModule } from './cases/module.ts';
import { catalogModule } from './catalog/module.ts';
import { complaintsModule } from './complaints/module.ts';
import { licensesModule } from './licenses/module.ts';
import { identityModule } from './identity/module.ts';
import { masterDataModule } from './masterdata/module.ts';
import { ratingsModule } from './ratings/module.ts';
import { statsModule } from './stats/module.ts';

export const MODULES: readonly TongbanModule[] = [
  outboxModule,
  notifyModule,
  auditModule,
  calendarModule,
  settingsModule,
  masterDataModule,
  identityModule,
  catalogModule,
  casesModule,
  licensesModule,
  bundlesModule,
  ratingsModule,
  complaintsModule,
  statsModule,
];
