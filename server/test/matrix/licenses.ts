// Authorization rows of the license library, verification, authorized use and staff look-up
// (issue #6). The holder's own space is for persons (themselves or the enterprise they act for):
// staff and the operator 403, unknown licenses 404. Verification and the show key are public.
import { PERSON_LICENSE_TYPES } from '../../src/modules/catalog/seed/persons/license-types.ts';
import { DEMO_PERSONS } from '../../src/modules/identity/demo-accounts.ts';
import { formatLicenseIdentifier } from '../../src/modules/licenses/license-identifier.ts';
import {
  NO_SUCH,
  PERSONS,
  build,
  holders,
  override,
  publicRoute,
  signedIn,
  u,
  type Entry,
} from './expect.ts';

const holderOnly = build((r) => (r === 'anonymous' ? 401 : PERSONS.includes(r) ? 404 : 403));
const lookupUnknown = override(holders('clerk-hexi', 'reviewer-scjg'), {
  'clerk-hexi': 404,
  'reviewer-scjg': 404,
  operator: 404,
});
const typeCode = PERSON_LICENSE_TYPES.residencePermit.code;
const neverIssued = formatLicenseIdentifier({
  typeCode,
  issuerCode: typeCode.slice(0, 18),
  serial: '202699999998',
  version: 1,
});
const zhangsanId = DEMO_PERSONS.find((p) => p.username === 'zhangsan')!.idNumber;
const grantBody = () => ({
  granteeType: 'agency',
  granteeId: 'hx-zwfwb',
  purpose: '矩阵测试',
  validFrom: '2099-01-01',
  validTo: '2099-01-02',
});

export const LICENSES_ROUTES: Record<string, Entry> = {
  'GET /api/v1/me/licenses': {
    url: u('/api/v1/me/licenses?limit=1'),
    expect: build((r) => (r === 'anonymous' ? 401 : PERSONS.includes(r) ? 'ok' : 403)),
  },
  'GET /api/v1/me/licenses/:id': { url: u(`/api/v1/me/licenses/${NO_SUCH}`), expect: holderOnly },
  'GET /api/v1/me/licenses/:id/file': { url: u(`/api/v1/me/licenses/${NO_SUCH}/file`), expect: holderOnly },
  'GET /api/v1/me/licenses/:id/signature': {
    url: u(`/api/v1/me/licenses/${NO_SUCH}/signature`),
    expect: holderOnly,
  },
  'GET /api/v1/me/licenses/:id/accesses': {
    url: u(`/api/v1/me/licenses/${NO_SUCH}/accesses`),
    expect: holderOnly,
  },
  'POST /api/v1/me/licenses/:id/show-tokens': {
    url: u(`/api/v1/me/licenses/${NO_SUCH}/show-tokens`),
    expect: holderOnly,
  },
  'GET /api/v1/me/licenses/:id/authorizations': {
    url: u(`/api/v1/me/licenses/${NO_SUCH}/authorizations`),
    expect: holderOnly,
  },
  'POST /api/v1/me/licenses/:id/authorizations': {
    url: u(`/api/v1/me/licenses/${NO_SUCH}/authorizations`),
    body: grantBody,
    expect: holderOnly,
  },
  'POST /api/v1/me/licenses/:id/authorizations/:authorizationId/revoke': {
    url: u(`/api/v1/me/licenses/${NO_SUCH}/authorizations/${NO_SUCH}/revoke`),
    expect: holderOnly,
  },
  // Grantees: whoever is signed in sees the grants to them (none: an empty list).
  'GET /api/v1/licenses/authorized': { url: u('/api/v1/licenses/authorized'), expect: signedIn() },
  'GET /api/v1/licenses/authorized/:authorizationId': {
    url: u(`/api/v1/licenses/authorized/${NO_SUCH}`),
    expect: build((r) => (r === 'anonymous' ? 401 : 404)),
  },
  // Anyone may verify; a well-formed identifier never issued answers 200 "unknown".
  'POST /api/v1/licenses/verify': {
    url: u('/api/v1/licenses/verify'),
    body: () => ({ identifier: neverIssued }),
    expect: publicRoute,
  },
  'GET /api/v1/licenses/show-key': { url: u('/api/v1/licenses/show-key'), expect: publicRoute },
  'GET /api/v1/licenses/types': { url: u('/api/v1/licenses/types'), expect: publicRoute },
  // license.lookup: window clerks and reviewers (and the operator).
  'GET /api/v1/licenses/lookup': {
    url: u(`/api/v1/licenses/lookup?holderIdType=111&holderId=${zhangsanId}&purpose=%E7%9F%A9%E9%98%B5`),
    expect: holders('clerk-hexi', 'reviewer-scjg'),
  },
  'GET /api/v1/licenses/lookup/:id': {
    url: u(`/api/v1/licenses/lookup/${NO_SUCH}?purpose=%E7%9F%A9%E9%98%B5`),
    expect: lookupUnknown,
  },
};
