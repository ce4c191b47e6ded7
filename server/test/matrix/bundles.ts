// Authorization rows of the life-event bundles (issue #7), merged into the matrix's table. The
// guide is public; applying and tracking need a sign-in (unknown ids: 404); definitions are for
// catalog staff in their scope (as implementations: matrix/catalog.ts); statistics for stats.read.
// Writes are sent so that they fail after the gate (an empty body, an unknown id).
import {
  NO_SUCH,
  build,
  holders,
  override,
  personsOnly,
  publicRoute,
  signedIn,
  u,
  type Entry,
  type Role,
} from './expect.ts';

const EDITORS: Role[] = ['catalog-admin', 'reviewer-scjg'];
const CATALOG_STAFF: Role[] = [...EDITORS, 'office-admin'];
/** Past the gate, an unknown row answers 404 (the operator holds every permission). */
const missingFor = (...roles: Role[]) =>
  override(holders(...roles), Object.fromEntries([...roles, 'operator'].map((r) => [r, 404])));
const unknownToAll = build((r) => (r === 'anonymous' ? 401 : 404));
const NO_CODE = 'YJS120103999';

export const BUNDLES_ROUTES: Record<string, Entry> = {
  // The public guide: the list, one bundle (unknown: 404 to everyone), the plan (an empty body
  // fails validation after the gate).
  'GET /api/v1/bundles': { url: u('/api/v1/bundles?target=person'), expect: publicRoute },
  'GET /api/v1/bundles/:code': { url: u(`/api/v1/bundles/${NO_CODE}`), expect: build(() => 404) },
  'POST /api/v1/bundles/:code/plan': {
    url: u(`/api/v1/bundles/${NO_CODE}/plan`),
    body: () => ({}),
    expect: publicRoute,
  },
  // Applying and tracking: signed in; my bundle cases are for applicants (persons) only.
  'POST /api/v1/bundle-cases': { url: u('/api/v1/bundle-cases'), body: () => ({}), expect: signedIn() },
  'GET /api/v1/bundle-cases/mine': { url: u('/api/v1/bundle-cases/mine?limit=1'), expect: personsOnly },
  'GET /api/v1/bundle-cases/:id': { url: u(`/api/v1/bundle-cases/${NO_SUCH}`), expect: unknownToAll },
  // Definitions: catalog staff; creating and editing for editors (catalog.edit).
  'GET /api/v1/admin/bundles': { url: u('/api/v1/admin/bundles'), expect: holders(...CATALOG_STAFF) },
  'POST /api/v1/admin/bundles': {
    url: u('/api/v1/admin/bundles'),
    body: () => ({}),
    expect: holders(...EDITORS),
  },
  'GET /api/v1/admin/bundles/:code': {
    url: u(`/api/v1/admin/bundles/${NO_CODE}`),
    expect: missingFor(...CATALOG_STAFF),
  },
  'POST /api/v1/admin/bundles/:code/versions': {
    url: u(`/api/v1/admin/bundles/${NO_CODE}/versions`),
    expect: missingFor(...EDITORS),
  },
  'GET /api/v1/admin/bundle-versions/:id': {
    url: u(`/api/v1/admin/bundle-versions/${NO_SUCH}`),
    expect: missingFor(...CATALOG_STAFF),
  },
  'PUT /api/v1/admin/bundle-versions/:id': {
    url: u(`/api/v1/admin/bundle-versions/${NO_SUCH}`),
    body: () => ({}),
    expect: holders(...EDITORS),
  },
  'POST /api/v1/admin/bundle-versions/:id/actions': {
    url: u(`/api/v1/admin/bundle-versions/${NO_SUCH}/actions`),
    body: () => ({ action: 'submit' }),
    expect: missingFor(...CATALOG_STAFF),
  },
  // Statistics: stats.read (office-admin city-wide among the matrix's roles).
  'GET /api/v1/stats/bundles': { url: u('/api/v1/stats/bundles'), expect: holders('office-admin') },
};
