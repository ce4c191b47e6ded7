// The vocabulary of the authorization matrix (authorization-matrix.test.ts): callers, outcomes and
// table entries. Modules keep their rows in files beside this one.

export const ROLES = [
  'anonymous',
  'zhangsan',
  'lisi',
  'ent-admin',
  'clerk-hexi',
  'reviewer-scjg',
  'catalog-admin',
  'office-admin',
  'auditor',
  'operator',
] as const;
export type Role = (typeof ROLES)[number];
export type Outcome = 'ok' | 401 | 403 | 404;
export type Expect = Record<Role, Outcome>;

export const PERSONS: readonly Role[] = ['zhangsan', 'lisi', 'ent-admin'];
export const STAFF: readonly Role[] = [
  'clerk-hexi',
  'reviewer-scjg',
  'catalog-admin',
  'office-admin',
  'auditor',
];

export const build = (f: (r: Role) => Outcome): Expect =>
  Object.fromEntries(ROLES.map((r) => [r, f(r)])) as Expect;
export const override = (base: Expect, changes: Partial<Expect>): Expect => ({ ...base, ...changes });
/** Everyone, signed in or not. */
export const publicRoute = build(() => 'ok');
/** Anyone signed in (the operator token is no session: 401 where a session is needed). */
export const signedIn = (operatorGets: Outcome = 'ok') =>
  build((r) => (r === 'anonymous' ? 401 : r === 'operator' ? operatorGets : 'ok'));
/** Persons only: staff and the operator 403 (routes that need a session answer the operator 401). */
export const personsOnly = build((r) => (r === 'anonymous' ? 401 : PERSONS.includes(r) ? 'ok' : 403));
export const personsOnlyWithSession = override(personsOnly, { operator: 401 });
/** A permission that only the listed roles hold (the operator holds every permission). */
export const holders = (...roles: Role[]) =>
  build((r) => (r === 'anonymous' ? 401 : r === 'operator' || roles.includes(r) ? 'ok' : 403));

export interface Fixture {
  ids: Map<string, string>;
  enterpriseId: string;
  lisiAuthorizationId: string;
  reviewerGrantId: string;
}

export interface Entry {
  url: (f: Fixture) => string;
  body?: (f: Fixture) => unknown;
  expect: Expect;
  /** Changes state: 1 runs after every other entry (revokes, withdraws), 2 at the very end (signs out). */
  last?: 1 | 2;
}

export const u = (url: string) => () => url;
export const NO_SUCH = '00000000-0000-7000-8000-000000000000';
