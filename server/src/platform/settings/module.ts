import type { TongbanModule } from '../module.ts';
import { settingsRoutes } from './routes.ts';

export const settingsModule: TongbanModule = { name: 'settings', routes: (app) => settingsRoutes(app) };
