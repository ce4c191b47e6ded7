// Authorization rows of the rectifications routes (issue #8), merged into the matrix's table.
// The ledger is for rating.handle, rating.supervise and stats.read holders (office-admin among
// the matrix's roles); acting needs rating.handle or rating.supervise; unknown ids answer 404
// past the gate. The rater's own view and answer: signed in, and only for the rater (else 404).
import { NO_SUCH, build, holders, override, u, type Entry } from './expect.ts';

const missingForOffice = override(holders('office-admin'), { 'office-admin': 404, operator: 404 });
const raterOnly = build((r) => (r === 'anonymous' ? 401 : 404));

export const RECTIFICATIONS_ROUTES: Record<string, Entry> = {
  'GET /api/v1/rectifications': { url: u('/api/v1/rectifications?limit=1'), expect: holders('office-admin') },
  'GET /api/v1/rectifications/export': {
    url: u('/api/v1/rectifications/export?status=verifying'),
    expect: holders('office-admin'),
  },
  'GET /api/v1/rectifications/:id': { url: u(`/api/v1/rectifications/${NO_SUCH}`), expect: missingForOffice },
  'POST /api/v1/rectifications/:id/actions': {
    url: u(`/api/v1/rectifications/${NO_SUCH}/actions`),
    body: () => ({ action: 'verify' }),
    expect: missingForOffice,
  },
  'GET /api/v1/me/rectifications/:id': { url: u(`/api/v1/me/rectifications/${NO_SUCH}`), expect: raterOnly },
  'POST /api/v1/me/rectifications/:id/revisit': {
    url: u(`/api/v1/me/rectifications/${NO_SUCH}/revisit`),
    body: () => ({ satisfied: true }),
    expect: raterOnly,
  },
};
