// Authorization rows of applying (issue #5): pre-fill, create, drafts, my cases, the clerk's
// applicant look-up, site messages and materials; merged into the matrix's table. Writes are sent
// so that they fail after the gate (an implementation not in force, an unknown id, no file).
import { DEMO_ENTERPRISE } from '../../src/modules/identity/demo-accounts.ts';
import { NO_SUCH, build, holders, override, personsOnly, u, type Entry } from './expect.ts';

/** Signed in: 404 for an id nobody can see; anonymous 401. */
const unknownToAll = build((r) => (r === 'anonymous' ? 401 : 404));

export const CASES_APPLY_ROUTES: Record<string, Entry> = {
  // Applicants (a person, or an agent acting for an enterprise): staff and the operator are no subject.
  'GET /api/v1/cases/prefill': {
    url: u('/api/v1/cases/prefill?implementation=NO-SUCH-CODE'),
    expect: personsOnly,
  },
  'GET /api/v1/cases/mine': { url: u('/api/v1/cases/mine?limit=1'), expect: personsOnly },
  'GET /api/v1/me/messages': { url: u('/api/v1/me/messages?limit=1'), expect: personsOnly },
  'POST /api/v1/me/messages/:id/read': {
    url: u(`/api/v1/me/messages/${NO_SUCH}/read`),
    expect: override(personsOnly, { zhangsan: 404, lisi: 404, 'ent-admin': 404 }),
  },
  'GET /api/v1/materials': { url: u('/api/v1/materials?limit=1'), expect: personsOnly },
  // Without a body the upload fails with 415 after the gate; staff need a case to upload for.
  'POST /api/v1/materials': { url: u('/api/v1/materials?name=matrix'), expect: personsOnly },
  'GET /api/v1/materials/:id/file': { url: u(`/api/v1/materials/${NO_SUCH}/file`), expect: unknownToAll },
  // Creating: applicants online, window staff (case.accept, a venue) for walk-in applicants.
  'POST /api/v1/cases': {
    url: u('/api/v1/cases'),
    body: () => ({ implementationCode: 'NO-SUCH-CODE' }),
    expect: override(personsOnly, { 'clerk-hexi': 'ok' }),
  },
  'PUT /api/v1/cases/:id/draft': {
    url: u(`/api/v1/cases/${NO_SUCH}/draft`),
    body: () => ({}),
    expect: unknownToAll,
  },
  'DELETE /api/v1/cases/:id': { url: u(`/api/v1/cases/${NO_SUCH}`), expect: unknownToAll },
  // The clerk's look-up of a walk-in applicant (case.accept; audited).
  'GET /api/v1/cases/applicants': {
    url: u(`/api/v1/cases/applicants?uscc=${DEMO_ENTERPRISE.uscc}`),
    expect: holders('clerk-hexi'),
  },
};
