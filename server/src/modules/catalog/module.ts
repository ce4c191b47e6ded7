// The standardized service catalog (issue #4): basic items, implementations and their versions,
// data elements and forms, review and publication, service guides and search.
import { join } from 'node:path';
import type { TongbanModule } from '../../platform/module.ts';
import { localFileStorage } from '../../platform/storage/local-file-storage.ts';
import { dataElementRoutes } from './data-elements.routes.ts';
import { loadBaseDataElements } from './data-elements.service.ts';
import { loadCatalogDemo } from './demo-data.ts';
import { fileRoutes } from './files.routes.ts';
import { guideRoutes } from './guide.routes.ts';
import { implementationRoutes } from './implementations.routes.ts';
import { itemRoutes } from './items.routes.ts';
import { reportRoutes } from './reports.routes.ts';
import { searchRoutes } from './search/search.routes.ts';
import { loadSearchBaseData } from './search/seed-synonyms.ts';
import { synonymRoutes } from './search/synonyms.routes.ts';
import { transferRoutes } from './transfer/transfer.routes.ts';
import { versionRoutes } from './versions.routes.ts';

export const catalogModule: TongbanModule = {
  name: 'catalog',
  routes: async (app, ctx) => {
    guideRoutes(app);
    searchRoutes(app);
    synonymRoutes(app);
    dataElementRoutes(app);
    itemRoutes(app);
    implementationRoutes(app);
    versionRoutes(app);
    reportRoutes(app);
    await fileRoutes(app, localFileStorage(join(ctx.config.dataDir, 'files')));
    await transferRoutes(app);
  },
  baseData: async (db) => {
    await loadBaseDataElements(db);
    await loadSearchBaseData(db);
  },
  demoData: (db) => loadCatalogDemo(db),
};
