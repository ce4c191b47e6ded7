// Authorization rows of case handling (issue #5) beyond applying (matrix/cases-apply.ts): one
// case, its actions, its clock and documents, the staff queue and the public document check.
// Unknown ids answer 404 to whoever passes the sign-in gate: a case number cannot be probed.
import { NO_SUCH, build, u, type Entry } from './expect.ts';

const unknownToAll = build((r) => (r === 'anonymous' ? 401 : 404));

export const CASES_ROUTES: Record<string, Entry> = {
  'GET /api/v1/cases/:id': { url: u(`/api/v1/cases/${NO_SUCH}`), expect: unknownToAll },
  'POST /api/v1/cases/:id/actions': {
    url: u(`/api/v1/cases/${NO_SUCH}/actions`),
    body: () => ({ action: 'accept' }),
    expect: unknownToAll,
  },
  'GET /api/v1/cases/:id/deadline': { url: u(`/api/v1/cases/${NO_SUCH}/deadline`), expect: unknownToAll },
  'GET /api/v1/cases/:id/documents/:documentId': {
    url: u(`/api/v1/cases/${NO_SUCH}/documents/${NO_SUCH}`),
    expect: unknownToAll,
  },
  // Staff with any case permission; the others hold none (403), the operator has no venue (agency view).
  'GET /api/v1/cases/queue': {
    url: u('/api/v1/cases/queue?view=agency&limit=1'),
    expect: build((r) =>
      r === 'anonymous' ? 401 : ['clerk-hexi', 'reviewer-scjg', 'operator'].includes(r) ? 'ok' : 403,
    ),
  },
  // Anyone may check a document's hash from its QR code; an unknown hash is simply not found.
  'GET /api/v1/documents/verify/:sm3': {
    url: u(`/api/v1/documents/verify/${'0'.repeat(64)}`),
    expect: build(() => 404),
  },
};
