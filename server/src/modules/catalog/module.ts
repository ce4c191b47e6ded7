// The standardized service catalog (issue #4): basic items, implementations and their versions,
// data elements and forms, review and publication, service guides and search.
import type { TongbanModule } from '../../platform/module.ts';
import { guideRoutes } from './guide.routes.ts';
import { searchRoutes } from './search/search.routes.ts';

export const catalogModule: TongbanModule = {
  name: 'catalog',
  routes: (app) => {
    guideRoutes(app);
    searchRoutes(app);
  },
};
