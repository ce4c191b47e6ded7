// Case handling (issue #5): applying on any channel, acceptance, correction, refusal, 容缺,
// 告知承诺, review, special procedures, extension, decision, delivery — on the legal clock.
import { join } from 'node:path';
import type { TongbanModule } from '../../platform/module.ts';
import { localFileStorage } from '../../platform/storage/local-file-storage.ts';
import { caseRoutes } from './cases.routes.ts';

export const casesModule: TongbanModule = {
  name: 'cases',
  routes: (app, ctx) => {
    const storage = localFileStorage(join(ctx.config.dataDir, 'files'));
    caseRoutes(app, storage);
  },
};
