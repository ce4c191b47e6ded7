// Authorization rows of agencies' e-seals (issue #6): seal.manage (office-admin, city-wide; it
// needs a second factor) lists, makes and revokes seals and reads their uses; unknown seals answer
// 404 past the permission gate. The picture and the seal maker's certificate are public.
import { NO_SUCH, build, holders, publicRoute, u, type Entry } from './expect.ts';

const SEAL_ADMINS = ['office-admin', 'operator'];
const unknownToSealAdmins = build((r) => (r === 'anonymous' ? 401 : SEAL_ADMINS.includes(r) ? 404 : 403));

export const LICENSES_SEALS_ROUTES: Record<string, Entry> = {
  'GET /api/v1/seals': { url: u('/api/v1/seals?limit=1'), expect: holders('office-admin') },
  // An empty body fails validation past the gate: nothing is made.
  'POST /api/v1/seals': { url: u('/api/v1/seals'), body: () => ({}), expect: holders('office-admin') },
  'POST /api/v1/seals/:id/revoke': {
    url: u(`/api/v1/seals/${NO_SUCH}/revoke`),
    body: () => ({}),
    expect: holders('office-admin'),
  },
  'GET /api/v1/seals/:id/uses': { url: u(`/api/v1/seals/${NO_SUCH}/uses`), expect: unknownToSealAdmins },
  // Public: seal pictures appear on public documents; an unknown seal is simply not found.
  'GET /api/v1/seals/:id/picture': { url: u(`/api/v1/seals/${NO_SUCH}/picture`), expect: build(() => 404) },
  'GET /api/v1/licenses/seal-maker-certificate': {
    url: u('/api/v1/licenses/seal-maker-certificate'),
    expect: publicRoute,
  },
};
