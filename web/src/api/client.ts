// The typed HTTP client. `paths` comes from the server's OpenAPI (`npm run gen:api`), so a changed
// route or response shape on the server becomes a type error here.
import createClient from 'openapi-fetch';
import type { paths } from './schema.gen.ts';

export const api = createClient<paths>({ baseUrl: '' });
