// Authorization rows of the stats routes (issue #8), merged into the matrix's table. All need
// stats.read: office-admin (service office, city-wide) among the matrix's roles, and the operator.
import { holders, u, type Entry } from './expect.ts';

const readers = holders('office-admin');

export const STATS_ROUTES: Record<string, Entry> = {
  'GET /api/v1/stats/overview': {
    url: u('/api/v1/stats/overview?from=2026-01&to=2026-10&by=agency'),
    expect: readers,
  },
  'GET /api/v1/stats/overview/export': {
    url: u('/api/v1/stats/overview/export?from=2026-01&to=2026-10&by=month'),
    expect: readers,
  },
  'GET /api/v1/stats/bulletins/:month': {
    url: u('/api/v1/stats/bulletins/2026-10?format=xlsx'),
    expect: readers,
  },
};
