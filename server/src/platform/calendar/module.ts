import type { TongbanModule } from '../module.ts';
import { calendarRoutes } from './routes.ts';
import { loadOfficialYears } from './service.ts';

export const calendarModule: TongbanModule = {
  name: 'calendar',
  baseData: loadOfficialYears,
  routes: (app) => calendarRoutes(app),
};
