// Authorization rows of the complaints routes (issue #8), merged into the matrix's table. Filing
// online is for persons and anonymous callers (staff and the operator use the admin entry); the
// complainant's views are for persons (an unknown id: 404); the admin side needs complaint.dispatch
// or complaint.handle (office-admin holds dispatch as the service office); metrics need stats.read
// or complaint.dispatch. Writes are sent so that they fail after the gate.
import { NO_SUCH, PERSONS, build, holders, override, u, type Entry } from './expect.ts';

const citizens = build((r) => (r === 'anonymous' || PERSONS.includes(r) ? 'ok' : 403));
const ownOnly = build((r) => (r === 'anonymous' ? 401 : PERSONS.includes(r) ? 404 : 403));
const dispatchers = holders('office-admin');
const missingForDispatchers = override(dispatchers, { 'office-admin': 404, operator: 404 });

export const COMPLAINTS_ROUTES: Record<string, Entry> = {
  'POST /api/v1/complaints': { url: u('/api/v1/complaints'), body: () => ({}), expect: citizens },
  'GET /api/v1/complaints/mine': {
    url: u('/api/v1/complaints/mine?limit=1'),
    expect: build((r) => (r === 'anonymous' ? 401 : PERSONS.includes(r) ? 'ok' : 403)),
  },
  'GET /api/v1/complaints/:id': { url: u(`/api/v1/complaints/${NO_SUCH}`), expect: ownOnly },
  'POST /api/v1/complaints/:id/confirmation': {
    url: u(`/api/v1/complaints/${NO_SUCH}/confirmation`),
    body: () => ({ solved: true }),
    expect: ownOnly,
  },
  'POST /api/v1/admin/complaints': {
    url: u('/api/v1/admin/complaints'),
    body: () => ({}),
    expect: dispatchers,
  },
  'GET /api/v1/admin/complaints': { url: u('/api/v1/admin/complaints?limit=1'), expect: dispatchers },
  'GET /api/v1/admin/complaints/:id': {
    url: u(`/api/v1/admin/complaints/${NO_SUCH}`),
    expect: missingForDispatchers,
  },
  'POST /api/v1/admin/complaints/:id/actions': {
    url: u(`/api/v1/admin/complaints/${NO_SUCH}/actions`),
    body: () => ({ action: 'sign', seq: 0 }),
    expect: missingForDispatchers,
  },
  'GET /api/v1/stats/complaints': { url: u('/api/v1/stats/complaints'), expect: dispatchers },
};
