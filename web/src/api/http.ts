// JSON calls for identity routes whose success bodies the OpenAPI description does not declare
// yet (or routes the server is still gaining): same CSRF handling and problem+json errors as the
// typed client. Response types live in identity.ts until the server publishes them.
import { withCsrf } from './csrf.ts';
import { ApiError, isProblem } from './problem.ts';

type Method = 'GET' | 'POST' | 'PUT' | 'DELETE';

export async function call<T>(
  method: Method,
  path: string,
  body?: unknown,
  signal?: AbortSignal,
): Promise<T> {
  const headers = new Headers({ Accept: 'application/json' });
  if (body !== undefined) headers.set('Content-Type', 'application/json');
  const request = withCsrf(
    new Request(path, {
      method,
      headers,
      body: body === undefined ? undefined : JSON.stringify(body),
      credentials: 'same-origin',
      signal,
    }),
  );
  const response = await fetch(request);
  if (response.status === 204) return undefined as T;
  const text = await response.text();
  const parsed = parseJson(text);
  if (!response.ok) throw new ApiError(response.status, isProblem(parsed) ? parsed : null);
  return parsed as T;
}

function parseJson(text: string): unknown {
  try {
    return text ? (JSON.parse(text) as unknown) : null;
  } catch {
    return null; // not JSON (a proxy's HTML error page): the status alone describes the failure
  }
}
