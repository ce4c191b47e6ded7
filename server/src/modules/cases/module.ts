// Case handling (issue #5): applying on any channel, acceptance, correction, refusal, 容缺,
// 告知承诺, review, special procedures, extension, decision, delivery — on the legal clock.
import { join } from 'node:path';
import { personalDataCrypto } from '../../platform/crypto/personal-data.ts';
import type { TongbanModule } from '../../platform/module.ts';
import { localFileStorage } from '../../platform/storage/local-file-storage.ts';
import { applyRoutes } from './apply.routes.ts';
import { caseRoutes } from './cases.routes.ts';
import { deadlineRoutes } from './deadline.routes.ts';
import { documentRoutes } from './documents.routes.ts';
import { setDocumentBaseUrl } from './documents.service.ts';
import { materialRoutes } from './materials.routes.ts';
import { CASE_NOTICE_EVENT, caseNoticeHandler } from './notify-applicant.ts';
import { queueRoutes } from './queue.routes.ts';
import { caseHandlers, caseJobs } from './sweeps.ts';

export const casesModule: TongbanModule = {
  name: 'cases',
  routes: async (app, ctx) => {
    const storage = localFileStorage(join(ctx.config.dataDir, 'files'));
    setDocumentBaseUrl(ctx.config.publicUrl);
    caseRoutes(app, storage);
    queueRoutes(app, storage);
    deadlineRoutes(app, storage);
    documentRoutes(app, storage);
    applyRoutes(app, storage, personalDataCrypto(ctx.config));
    await materialRoutes(app, storage);
  },
  jobs: (ctx) => caseJobs(ctx),
  handlers: (handlers, ctx) => {
    setDocumentBaseUrl(ctx.config.publicUrl); // sweeps and event handlers issue documents too
    handlers.on(
      CASE_NOTICE_EVENT,
      'cases.notice-sms',
      caseNoticeHandler(personalDataCrypto(ctx.config).cipher),
    );
    caseHandlers(handlers, ctx);
  },
};
