// The typed HTTP client. `paths` comes from the server's OpenAPI (`npm run gen:api`), so a changed
// route or response shape on the server becomes a type error here. A middleware echoes the CSRF
// token on every write, so no call site can forget it.
import createClient from 'openapi-fetch';
import { withCsrf } from './csrf.ts';
import type { paths } from './schema.gen.ts';

export const api = createClient<paths>({ baseUrl: '' });
api.use({ onRequest: ({ request }) => withCsrf(request) });
