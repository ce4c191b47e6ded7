// Authorization rows of the ratings routes (issue #8), merged into the matrix's table. Rating is
// for persons and anonymous visitors: staff and the operator get 403 RATING_STAFF_FORBIDDEN before
// validation. A link's content is public (a junk token: 400, past the gate); the window code needs
// case.accept; a case's ratings are its applicant's (unknown case: 404).
import { NO_SUCH, PERSONS, STAFF, build, holders, personsOnly, u, type Entry } from './expect.ts';

/** Persons and anonymous visitors pass the gate; staff and the operator never rate. */
const raters = build((r) => (STAFF.includes(r) || r === 'operator' ? 403 : 'ok'));
/** Signed-in persons pass the gate (an empty body then fails validation). */
const signedInRaters = build((r) => (r === 'anonymous' ? 401 : PERSONS.includes(r) ? 'ok' : 403));
const unknownToAll = build((r) => (r === 'anonymous' ? 401 : 404));

export const RATINGS_ROUTES: Record<string, Entry> = {
  'GET /api/v1/rating-invitations/:token': { url: u('/api/v1/rating-invitations/TBR1.x.y'), expect: raters },
  'POST /api/v1/ratings': { url: u('/api/v1/ratings'), body: () => ({}), expect: raters },
  'POST /api/v1/window-rating-invitations': {
    url: u('/api/v1/window-rating-invitations'),
    body: () => ({}),
    expect: holders('clerk-hexi'),
  },
  'POST /api/v1/cases/:id/ratings': {
    url: u(`/api/v1/cases/${NO_SUCH}/ratings`),
    body: () => ({}),
    expect: signedInRaters,
  },
  'GET /api/v1/cases/:id/ratings': { url: u(`/api/v1/cases/${NO_SUCH}/ratings`), expect: unknownToAll },
  'POST /api/v1/ratings/:id/follow-up': {
    url: u(`/api/v1/ratings/${NO_SUCH}/follow-up`),
    body: () => ({}),
    expect: signedInRaters,
  },
  'GET /api/v1/me/ratings': { url: u('/api/v1/me/ratings?limit=1'), expect: personsOnly },
};
