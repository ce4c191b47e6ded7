// The authorization matrix: every registered route × every demo role (plus the operator token)
// → allowed, 401, 403 or 404. The table is explicit and reviewed by hand; a test walks the routes
// the app actually registers and fails when one is missing from the table (or the table names a
// route that no longer exists). "ok" means the caller got past authorization: any answer but
// 401/403/404 (writes send bodies that fail validation or business rules where they would change
// state, so the matrix stays repeatable). Cross-scope reads answer 404.
import { and, eq } from 'drizzle-orm';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_ENTERPRISE } from '../src/modules/identity/demo-accounts.ts';
import { account, agentAuthorization, enterprise, staffRole } from '../src/modules/identity/schema.ts';
import { usccCheckChar } from '../src/platform/identifiers/uscc.ts';
import { testPlatform, type TestPlatform } from './helpers.ts';
import { anonymous, operator, signIn, type Caller } from './identity-callers.ts';
import { BUNDLES_ROUTES } from './matrix/bundles.ts';
import { CATALOG_ROUTES } from './matrix/catalog.ts';
import { COMPLAINTS_ROUTES } from './matrix/complaints.ts';
import { CASES_ROUTES } from './matrix/cases.ts';
import { CASES_APPLY_ROUTES } from './matrix/cases-apply.ts';
import { LICENSES_ROUTES } from './matrix/licenses.ts';
import { LICENSES_SEALS_ROUTES } from './matrix/licenses-seals.ts';
import { RATINGS_ROUTES } from './matrix/ratings.ts';
import { RECTIFICATIONS_ROUTES } from './matrix/rectifications.ts';
import { STATS_ROUTES } from './matrix/stats.ts';
import {
  NO_SUCH,
  PERSONS,
  STAFF,
  build,
  ROLES,
  holders,
  override,
  personsOnly,
  personsOnlyWithSession,
  publicRoute,
  signedIn,
  u,
  type Entry,
  type Fixture,
  type Outcome,
  type Role,
} from './matrix/expect.ts';

const FUTURE = new Date(Date.now() + 365 * 86_400_000).toISOString();
const UNKNOWN_USCC = '91120103MA0TB0000' + usccCheckChar('91120103MA0TB0000');

const TABLE: Record<string, Entry> = {
  ...CATALOG_ROUTES,
  ...CASES_APPLY_ROUTES,
  ...CASES_ROUTES,
  ...LICENSES_ROUTES,
  ...LICENSES_SEALS_ROUTES,
  ...BUNDLES_ROUTES,
  ...RATINGS_ROUTES,
  ...RECTIFICATIONS_ROUTES,
  ...COMPLAINTS_ROUTES,
  ...STATS_ROUTES,
  // Platform
  'GET /healthz': { url: u('/healthz'), expect: publicRoute },
  'GET /readyz': { url: u('/readyz'), expect: publicRoute },
  'GET /metrics': { url: u('/metrics'), expect: publicRoute },
  'GET /openapi.json': { url: u('/openapi.json'), expect: publicRoute },
  'GET /docs': { url: u('/docs'), expect: publicRoute },
  'GET /docs/json': { url: u('/docs/json'), expect: publicRoute },
  'GET /docs/yaml': { url: u('/docs/yaml'), expect: publicRoute },
  'GET /docs/static/index.html': { url: u('/docs/static/index.html'), expect: publicRoute },
  'GET /docs/static/swagger-initializer.js': {
    url: u('/docs/static/swagger-initializer.js'),
    expect: publicRoute,
  },
  'GET /docs*': { url: u('/docs/static/swagger-ui.css'), expect: publicRoute },
  // Calendar and settings: public reads, writes for calendar.edit / settings.edit (office-admin)
  'GET /api/v1/calendar/working-days': {
    url: u('/api/v1/calendar/working-days?from=2026-01-05&days=3'),
    expect: publicRoute,
  },
  'GET /api/v1/calendar/working-days/count': {
    url: u('/api/v1/calendar/working-days/count?from=2026-01-05&to=2026-01-09'),
    expect: publicRoute,
  },
  'GET /api/v1/calendar/days': {
    url: u('/api/v1/calendar/days?from=2026-01-01&to=2026-01-31'),
    expect: publicRoute,
  },
  'PUT /api/v1/calendar/years/:year': {
    url: u('/api/v1/calendar/years/2031'),
    body: () => ({}),
    expect: holders('office-admin'),
  },
  'PUT /api/v1/calendar/days/:date': {
    url: u('/api/v1/calendar/days/2031-01-01'),
    body: () => ({}),
    expect: holders('office-admin'),
  },
  'GET /api/v1/settings': { url: u('/api/v1/settings'), expect: publicRoute },
  'GET /api/v1/settings/:key': { url: u('/api/v1/settings/case.reminder-days'), expect: publicRoute },
  'GET /api/v1/settings/:key/entries': {
    url: u('/api/v1/settings/case.reminder-days/entries'),
    expect: holders('office-admin'),
  },
  'POST /api/v1/settings/:key/entries': {
    url: u('/api/v1/settings/case.reminder-days/entries'),
    body: () => ({}),
    expect: holders('office-admin'),
  },
  // Master data: public
  'GET /api/v1/regions': { url: u('/api/v1/regions?limit=1'), expect: publicRoute },
  'GET /api/v1/agencies': { url: u('/api/v1/agencies?limit=1'), expect: publicRoute },
  'GET /api/v1/venues': { url: u('/api/v1/venues?limit=1'), expect: publicRoute },
  'GET /api/v1/venues/:id': { url: u('/api/v1/venues/zwfw-120103'), expect: publicRoute },
  // Authentication
  'POST /api/v1/auth/login': { url: u('/api/v1/auth/login'), body: () => ({}), expect: publicRoute },
  'POST /api/v1/auth/logout': { url: u('/api/v1/auth/logout'), expect: publicRoute, last: 2 },
  'GET /api/v1/auth/me': { url: u('/api/v1/auth/me'), expect: signedIn(401) },
  'GET /api/v1/auth/sessions': { url: u('/api/v1/auth/sessions'), expect: signedIn(401) },
  // Someone else's (or no) session: 404 to everyone signed in.
  'DELETE /api/v1/auth/sessions/:id': {
    url: u(`/api/v1/auth/sessions/${'0'.repeat(64)}`),
    expect: override(signedIn(401), Object.fromEntries([...PERSONS, ...STAFF].map((r) => [r, 404]))),
  },
  'PUT /api/v1/auth/acting-for': {
    url: u('/api/v1/auth/acting-for'),
    body: () => ({ enterpriseId: null }),
    expect: personsOnlyWithSession,
  },
  'POST /api/v1/auth/verification-codes': {
    url: u('/api/v1/auth/verification-codes'),
    body: () => ({}),
    expect: publicRoute,
  },
  'POST /api/v1/auth/register': { url: u('/api/v1/auth/register'), body: () => ({}), expect: publicRoute },
  'POST /api/v1/me/real-name-verification': {
    url: u('/api/v1/me/real-name-verification'),
    body: () => ({}),
    expect: personsOnlyWithSession,
  },
  'POST /api/v1/auth/totp': { url: u('/api/v1/auth/totp'), body: () => ({}), expect: signedIn(401) },
  'POST /api/v1/auth/totp/confirm': {
    url: u('/api/v1/auth/totp/confirm'),
    body: () => ({ code: '000000' }),
    expect: signedIn(401),
  },
  // Personal data
  'GET /api/v1/me/profile': { url: u('/api/v1/me/profile'), expect: personsOnly },
  'GET /api/v1/me/data-access': { url: u('/api/v1/me/data-access'), expect: personsOnly },
  'GET /api/v1/persons': { url: u('/api/v1/persons'), expect: holders() },
  'GET /api/v1/persons/:id': {
    url: (f) => `/api/v1/persons/${f.ids.get('zhangsan')}?purpose=matrix%20check`,
    expect: holders(),
  },
  // Enterprises: only the legal representative (ent-admin) manages the demo enterprise's agents
  'POST /api/v1/enterprises': {
    url: u('/api/v1/enterprises'),
    body: () => ({ uscc: UNKNOWN_USCC }),
    expect: personsOnly,
  },
  'GET /api/v1/enterprises/:id/agents': {
    url: (f) => `/api/v1/enterprises/${f.enterpriseId}/agents`,
    expect: override(personsOnly, { zhangsan: 404, lisi: 404 }),
  },
  'POST /api/v1/enterprises/:id/agents': {
    url: (f) => `/api/v1/enterprises/${f.enterpriseId}/agents`,
    body: () => ({ username: 'ent-admin', scope: 'all', expiresAt: FUTURE }),
    expect: override(personsOnly, { zhangsan: 404, lisi: 404 }),
  },
  'DELETE /api/v1/enterprises/:id/agents/:authorizationId': {
    url: (f) => `/api/v1/enterprises/${f.enterpriseId}/agents/${f.lisiAuthorizationId}`,
    expect: override(personsOnly, { zhangsan: 404, lisi: 404 }),
    last: 1,
  },
  'GET /api/v1/me/authorizations': { url: u('/api/v1/me/authorizations'), expect: personsOnly },
  // Staff and roles: users.admin (office-admin, city-wide)
  'GET /api/v1/staff': { url: u('/api/v1/staff'), expect: holders('office-admin') },
  'POST /api/v1/staff': { url: u('/api/v1/staff'), body: () => ({}), expect: holders('office-admin') },
  'GET /api/v1/staff/:id': {
    url: (f) => `/api/v1/staff/${f.ids.get('reviewer-scjg')}`,
    expect: holders('office-admin'),
  },
  'POST /api/v1/staff/:id/roles': {
    url: (f) => `/api/v1/staff/${f.ids.get('reviewer-scjg')}/roles`,
    body: () => ({}),
    expect: holders('office-admin'),
  },
  'DELETE /api/v1/staff/:id/roles/:grantId': {
    url: (f) => `/api/v1/staff/${f.ids.get('reviewer-scjg')}/roles/${f.reviewerGrantId}`,
    // office-admin withdraws the grant; the operator, asking next, finds it gone.
    expect: override(holders('office-admin'), { operator: 404 }),
    last: 1,
  },
  'PUT /api/v1/staff/:id/disabled': {
    url: (f) => `/api/v1/staff/${f.ids.get('reviewer-scjg')}/disabled`,
    body: () => ({}),
    expect: holders('office-admin'),
  },
  'GET /api/v1/roles': { url: u('/api/v1/roles'), expect: holders('office-admin') },
  'POST /api/v1/roles': { url: u('/api/v1/roles'), body: () => ({}), expect: holders('office-admin') },
  'GET /api/v1/permissions': { url: u('/api/v1/permissions'), expect: holders('office-admin') },
  // OpenID Provider: the sign-in page's interaction API (no such interaction: 404; completing needs
  // a session) and client registration for city-wide users.admin (office-admin).
  'GET /api/v1/oidc/interactions/:uid': {
    url: u('/api/v1/oidc/interactions/NoSuchInteraction000'),
    expect: build(() => 404),
  },
  'POST /api/v1/oidc/interactions/:uid/complete': {
    url: u('/api/v1/oidc/interactions/NoSuchInteraction000/complete'),
    expect: override(signedIn(401), Object.fromEntries([...PERSONS, ...STAFF].map((r) => [r, 404]))),
  },
  'POST /api/v1/oidc/interactions/:uid/abort': {
    url: u('/api/v1/oidc/interactions/NoSuchInteraction000/abort'),
    expect: build(() => 404),
  },
  'GET /api/v1/oidc-clients': { url: u('/api/v1/oidc-clients'), expect: holders('office-admin') },
  'POST /api/v1/oidc-clients': {
    url: u('/api/v1/oidc-clients'),
    body: () => ({}),
    expect: holders('office-admin'),
  },
  'DELETE /api/v1/oidc-clients/:id': {
    url: u('/api/v1/oidc-clients/tb-NoSuchClient000'),
    expect: override(holders('office-admin'), { 'office-admin': 404, operator: 404 }),
  },
  // API clients: users.admin (office-admin); an unknown client answers 404 to its administrators.
  // The token endpoint is public (client credentials are its authentication); {} is invalid_request.
  'POST /api/v1/auth/token': { url: u('/api/v1/auth/token'), body: () => ({}), expect: publicRoute },
  'GET /api/v1/api-clients': { url: u('/api/v1/api-clients'), expect: holders('office-admin') },
  'POST /api/v1/api-clients': {
    url: u('/api/v1/api-clients'),
    body: () => ({}),
    expect: holders('office-admin'),
  },
  'GET /api/v1/api-clients/:id': {
    url: u(`/api/v1/api-clients/tbc_${'0'.repeat(24)}`),
    expect: override(holders('office-admin'), { 'office-admin': 404, operator: 404 }),
  },
  'DELETE /api/v1/api-clients/:id': {
    url: u(`/api/v1/api-clients/tbc_${'0'.repeat(24)}`),
    expect: override(holders('office-admin'), { 'office-admin': 404, operator: 404 }),
  },
  'POST /api/v1/api-clients/:id/secret': {
    url: u(`/api/v1/api-clients/tbc_${'0'.repeat(24)}/secret`),
    expect: override(holders('office-admin'), { 'office-admin': 404, operator: 404 }),
  },
};

/** The OpenID Provider's protocol endpoints (/oidc, /oidc/*) belong to oidc-provider, which
 * authenticates clients and tokens itself; they are left out of the matrix on purpose and covered
 * by identity-oidc.test.ts. */
const PROVIDER_ROUTE = /^[A-Z]+ \/oidc(\/?\*)?$/;

/** Every route the app registered, as "METHOD /path" (HEAD left out: Fastify adds it to GETs). */
export function registeredRoutes(app: FastifyInstance): string[] {
  const routes: string[] = [];
  const stack: string[] = [];
  for (const line of app.printRoutes({ commonPrefix: false }).split('\n')) {
    const m = /^((?:│ {3}| {4})*)[├└]── (.*?)(?: \(([A-Z, ]+)\))?$/.exec(line);
    if (!m) continue;
    stack.length = m[1]!.length / 4;
    stack.push(m[2]!);
    for (const method of m[3]?.split(', ') ?? [])
      if (method !== 'HEAD') routes.push(`${method} ${stack.join('')}`);
  }
  return routes;
}

let p: TestPlatform;
const callers = new Map<Role, Caller>();
const fixture: Fixture = { ids: new Map(), enterpriseId: '', lisiAuthorizationId: '', reviewerGrantId: '' };

beforeAll(async () => {
  p = await testPlatform();
  const db = p.database.db;
  for (const row of await db.select({ id: account.id, username: account.username }).from(account))
    fixture.ids.set(row.username, row.id);
  const [ent] = await db
    .select({ id: enterprise.id })
    .from(enterprise)
    .where(eq(enterprise.uscc, DEMO_ENTERPRISE.uscc));
  fixture.enterpriseId = ent!.id;
  const [auth] = await db
    .select({ id: agentAuthorization.id })
    .from(agentAuthorization)
    .where(
      and(
        eq(agentAuthorization.enterpriseId, ent!.id),
        eq(agentAuthorization.personId, fixture.ids.get('lisi')!),
      ),
    );
  fixture.lisiAuthorizationId = auth!.id;
  const [grant] = await db
    .select({ id: staffRole.id })
    .from(staffRole)
    .where(eq(staffRole.staffId, fixture.ids.get('reviewer-scjg')!));
  fixture.reviewerGrantId = grant!.id;
  for (const role of ROLES) {
    callers.set(
      role,
      role === 'anonymous'
        ? anonymous(p.app)
        : role === 'operator'
          ? operator(p.app)
          : await signIn(p.app, role),
    );
  }
});
afterAll(() => p.dispose());

describe('the table', () => {
  it('lists every registered route, and only those', async () => {
    await p.app.ready();
    const registered = registeredRoutes(p.app);
    expect(registered.length).toBeGreaterThan(40);
    expect(
      registered.filter((r) => !(r in TABLE) && !PROVIDER_ROUTE.test(r)),
      'routes missing from the matrix',
    ).toEqual([]);
    expect(
      Object.keys(TABLE).filter((r) => !registered.includes(r)),
      'stale entries',
    ).toEqual([]);
  });
});

describe('cross-scope reads answer 404', () => {
  it('an agency-scoped administrator asking for staff of another agency', async () => {
    const op = operator(p.app);
    const created = await op.request('POST', '/api/v1/staff', {
      username: 'matrix-admin',
      name: '范围管理员',
      agencyId: 'tj-scjgw',
      password: 'Matrix-Admin-2026',
    });
    expect(created.statusCode, created.body).toBe(201);
    const grant = await op.request('POST', `/api/v1/staff/${created.json().id}/roles`, {
      roleId: 'platform-admin',
      agencyId: 'tj-scjgw',
    });
    const admin = await signIn(p.app, 'matrix-admin', {
      password: 'Matrix-Admin-2026',
      totpSecret: grant.json().secondFactor.secret,
    });
    const clerk = fixture.ids.get('clerk-hexi')!;
    expect((await admin.request('GET', `/api/v1/staff/${clerk}`)).statusCode).toBe(404);
    expect(
      (await admin.request('PUT', `/api/v1/staff/${clerk}/disabled`, { disabled: true })).statusCode,
    ).toBe(404);
    expect((await admin.request('GET', `/api/v1/staff/${NO_SUCH}`)).statusCode).toBe(404);
    expect((await admin.request('GET', `/api/v1/staff/${fixture.ids.get('reviewer-scjg')}`)).statusCode).toBe(
      200,
    );
  });

  it("a person asking for another person's enterprise agents", async () => {
    for (const role of ['zhangsan', 'lisi'] as const) {
      const res = await callers
        .get(role)!
        .request('GET', `/api/v1/enterprises/${fixture.enterpriseId}/agents`);
      expect(res.statusCode, role).toBe(404);
      expect(res.json().code).toBe('NOT_FOUND');
    }
    expect(
      (await callers.get('ent-admin')!.request('GET', `/api/v1/enterprises/${NO_SUCH}/agents`)).statusCode,
    ).toBe(404);
  });
});

describe('every route × every role', () => {
  const order = Object.entries(TABLE).sort(([, a], [, b]) => (a.last ?? 0) - (b.last ?? 0));
  for (const [route, entry] of order) {
    it(route, async () => {
      const method = route.split(' ')[0] as 'GET' | 'POST' | 'PUT' | 'DELETE';
      const got: Partial<Record<Role, Outcome | number>> = {};
      for (const role of ROLES) {
        const res = await callers.get(role)!.request(method, entry.url(fixture), entry.body?.(fixture));
        expect(res.statusCode, `${role} ${route}: ${res.body.slice(0, 300)}`).toBeLessThan(500);
        const denied = [401, 403, 404].includes(res.statusCode);
        got[role] = denied ? (res.statusCode as Outcome) : 'ok';
      }
      expect(got).toEqual(entry.expect);
    });
  }
});
