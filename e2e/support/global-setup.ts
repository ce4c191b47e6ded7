// Vitest global setup: one server for all journeys. E2E_BASE_URL points the suite at a server
// that is already running (e.g. a staging deployment) instead.
import type { TestProject } from 'vitest/node';
import { startServer } from './server.ts';

declare module 'vitest' {
  export interface ProvidedContext {
    baseUrl: string;
    /** The started server's log file; empty when the journeys run against E2E_BASE_URL. */
    serverLog: string;
  }
}

export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const external = process.env.E2E_BASE_URL;
  if (external) {
    project.provide('baseUrl', external.replace(/\/$/, ''));
    project.provide('serverLog', '');
    return async () => {};
  }
  const server = await startServer();
  project.provide('baseUrl', server.baseUrl);
  project.provide('serverLog', server.logFile);
  return server.stop;
}
