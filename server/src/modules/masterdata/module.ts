import type { TongbanModule } from '../../platform/module.ts';
import { loadMasterDataDemo } from './demo-data.ts';
import { masterDataRoutes } from './routes.ts';

export const masterDataModule: TongbanModule = {
  name: 'masterdata',
  demoData: loadMasterDataDemo,
  routes: (app) => masterDataRoutes(app),
};
