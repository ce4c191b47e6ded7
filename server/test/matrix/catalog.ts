// Authorization rows of the catalog routes (issue #4), merged into the matrix's table.
import { NO_SUCH, build, holders, override, publicRoute, u, type Entry, type Role } from './expect.ts';

// Catalog staff: editors (catalog-admin city-wide, reviewer-scjg on tj-scjgw), the service office
// (office-admin: review and publish); the operator holds everything. Unknown rows answer 404 to
// whoever passes the gate.
const EDITORS: Role[] = ['catalog-admin', 'reviewer-scjg'];
const CATALOG_STAFF: Role[] = [...EDITORS, 'office-admin'];
const missingFor = (...roles: Role[]) =>
  override(holders(...roles), Object.fromEntries([...roles, 'operator'].map((r) => [r, 404])));
const NO_CODE = '911200000000000018999999';

export const CATALOG_ROUTES: Record<string, Entry> = {
  // Public reads of the published catalog (a malformed date answers 400 to everyone: no gate).
  'GET /api/v1/catalog/guides/:code': {
    url: u('/api/v1/catalog/guides/911200000000000018000001?on=not-a-date'),
    expect: publicRoute,
  },
  'POST /api/v1/catalog/guides/:code/situation': {
    url: u('/api/v1/catalog/guides/911200000000000018000001/situation'),
    body: () => ({}),
    expect: publicRoute,
  },
  'GET /api/v1/catalog/search': {
    url: u('/api/v1/catalog/search?q=%E9%A5%AD%E5%BA%97&limit=1'),
    expect: publicRoute,
  },
  // Search synonyms: catalog.publish (office-admin city-wide). The writes are sent so that they
  // fail validation (400) after the gate: the matrix must not change the installation's synonyms.
  'GET /api/v1/catalog/synonyms': {
    url: u('/api/v1/catalog/synonyms?limit=1'),
    expect: holders('office-admin'),
  },
  'PUT /api/v1/catalog/synonyms/:term': {
    url: u('/api/v1/catalog/synonyms/%E9%A5%AD%E5%BA%97'),
    body: () => ({ canonical: '' }),
    expect: holders('office-admin'),
  },
  'DELETE /api/v1/catalog/synonyms/:term': {
    url: u('/api/v1/catalog/synonyms/%EF%BC%81'),
    expect: holders('office-admin'),
  },
  // Data elements: public list; changes for catalog.publish (bodies fail validation after the gate).
  'GET /api/v1/catalog/data-elements': {
    url: u('/api/v1/catalog/data-elements?limit=1'),
    expect: publicRoute,
  },
  'PUT /api/v1/catalog/data-elements/:key': {
    url: u('/api/v1/catalog/data-elements/matrix.test'),
    body: () => ({}),
    expect: holders('office-admin'),
  },
  'DELETE /api/v1/catalog/data-elements/:key': {
    url: u('/api/v1/catalog/data-elements/matrix.noSuch'),
    expect: missingFor('office-admin'),
  },
  // Basic catalog: public reads; adjustments requested by editors, decided by the city office.
  'GET /api/v1/catalog/items': { url: u('/api/v1/catalog/items?limit=1'), expect: publicRoute },
  'GET /api/v1/catalog/items/:id': { url: u(`/api/v1/catalog/items/${NO_SUCH}`), expect: build(() => 404) },
  'POST /api/v1/catalog/item-adjustments': {
    url: u('/api/v1/catalog/item-adjustments'),
    body: () => ({}),
    expect: holders(...EDITORS),
  },
  'GET /api/v1/catalog/item-adjustments': {
    url: u('/api/v1/catalog/item-adjustments?limit=1'),
    expect: holders(...CATALOG_STAFF),
  },
  'POST /api/v1/catalog/item-adjustments/:id/decision': {
    url: u(`/api/v1/catalog/item-adjustments/${NO_SUCH}/decision`),
    body: () => ({}),
    expect: holders('office-admin'),
  },
  // Implementations and versions: catalog staff within their scope.
  'GET /api/v1/catalog/implementations': {
    url: u('/api/v1/catalog/implementations?limit=1'),
    expect: holders(...CATALOG_STAFF),
  },
  'POST /api/v1/catalog/implementations': {
    url: u('/api/v1/catalog/implementations'),
    body: () => ({}),
    expect: holders(...EDITORS),
  },
  'GET /api/v1/catalog/implementations/:code': {
    url: u(`/api/v1/catalog/implementations/${NO_CODE}`),
    expect: missingFor(...CATALOG_STAFF),
  },
  'POST /api/v1/catalog/implementations/:code/versions': {
    url: u(`/api/v1/catalog/implementations/${NO_CODE}/versions`),
    expect: missingFor(...EDITORS),
  },
  'GET /api/v1/catalog/versions/:id': {
    url: u(`/api/v1/catalog/versions/${NO_SUCH}`),
    expect: missingFor(...CATALOG_STAFF),
  },
  'PUT /api/v1/catalog/versions/:id/content': {
    url: u(`/api/v1/catalog/versions/${NO_SUCH}/content`),
    body: () => ({}),
    expect: holders(...EDITORS),
  },
  'GET /api/v1/catalog/versions/:id/check': {
    url: u(`/api/v1/catalog/versions/${NO_SUCH}/check`),
    expect: missingFor(...CATALOG_STAFF),
  },
  'GET /api/v1/catalog/versions/:id/diff': {
    url: u(`/api/v1/catalog/versions/${NO_SUCH}/diff`),
    expect: missingFor(...CATALOG_STAFF),
  },
  'POST /api/v1/catalog/versions/:id/actions': {
    url: u(`/api/v1/catalog/versions/${NO_SUCH}/actions`),
    body: () => ({ action: 'submit' }),
    expect: missingFor(...CATALOG_STAFF),
  },
  'GET /api/v1/catalog/reports/consistency': {
    url: u('/api/v1/catalog/reports/consistency'),
    expect: holders('office-admin'),
  },
  // Catalog files: editors upload (an empty body fails after the gate); anyone downloads.
  'POST /api/v1/catalog/files': { url: u('/api/v1/catalog/files'), expect: holders(...EDITORS) },
  'GET /api/v1/catalog/files/:id': { url: u(`/api/v1/catalog/files/${NO_SUCH}`), expect: build(() => 404) },
  // Import: editors (implementations) and the office (basic items); no body fails (415) after the
  // gate. Export: public.
  'POST /api/v1/catalog/import': {
    url: u('/api/v1/catalog/import?dryRun=true'),
    expect: holders(...CATALOG_STAFF),
  },
  'POST /api/v1/catalog/import/annotated': {
    url: u('/api/v1/catalog/import/annotated'),
    expect: holders(...CATALOG_STAFF),
  },
  'GET /api/v1/catalog/export.xlsx': {
    url: u('/api/v1/catalog/export.xlsx?on=not-a-date'),
    expect: publicRoute,
  },
  'GET /api/v1/catalog/export.json': {
    url: u('/api/v1/catalog/export.json?on=not-a-date'),
    expect: publicRoute,
  },
};
