// The HTTP contract every route shares: problem+json for every client mistake, security
// headers, request ids, and the operational endpoints.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ADMIN, testPlatform, type TestPlatform } from './helpers.ts';

let p: TestPlatform;
beforeAll(async () => {
  p = await testPlatform({ BODY_LIMIT_BYTES: '2048' });
});
afterAll(() => p.dispose());

const amend = (payload: string, headers: Record<string, string> = {}) =>
  p.app.inject({
    method: 'PUT',
    url: '/api/v1/calendar/days/2030-01-02',
    headers: { 'content-type': 'application/json', ...ADMIN, ...headers },
    payload,
  });

describe('problem+json', () => {
  it('answers malformed JSON with 400 MALFORMED_JSON in both languages', async () => {
    const res = await amend('{"kind": "rest",');
    expect(res.statusCode).toBe(400);
    expect(res.headers['content-type']).toMatch(/^application\/problem\+json/);
    const body = res.json();
    expect(body).toMatchObject({
      status: 400,
      code: 'MALFORMED_JSON',
      titleZh: expect.any(String),
      titleEn: expect.any(String),
    });
    expect(body.title).toBe(body.titleZh);
    expect(JSON.stringify(body)).not.toMatch(/at .*\.ts:\d+/); // no stack trace
  });

  it('chooses the English title for Accept-Language: en', async () => {
    const res = await amend('nope', { 'accept-language': 'en-US,en;q=0.9' });
    expect(res.json().title).toBe(res.json().titleEn);
  });

  it('rejects wrong types and unknown fields with field-level errors', async () => {
    const res = await amend(JSON.stringify({ kind: 5, name: 'x', reason: 'because', extra: true }));
    expect(res.statusCode).toBe(400);
    const paths = res.json().errors.map((e: { path: string }) => e.path);
    expect(paths).toEqual(expect.arrayContaining(['/body/kind', '/body/extra']));
    expect(res.json().errors[0].messageZh).toBeTruthy();
  });

  it('does not coerce a numeric string in a JSON body', async () => {
    const res = await p.app.inject({
      method: 'PUT',
      url: '/api/v1/calendar/years/2031',
      headers: { 'content-type': 'application/json', ...ADMIN },
      payload: JSON.stringify({
        source: 'test notice',
        days: [{ date: '2031-10-06', kind: 'rest', name: 123 }],
      }),
    });
    expect(res.statusCode).toBe(400);
    expect(res.json().errors[0].path).toBe('/body/days/0/name');
  });

  it('answers an oversize body with 413 and a wrong content type with 415', async () => {
    const big = await amend(JSON.stringify({ kind: 'rest', name: 'x', reason: 'y'.repeat(5000) }));
    expect(big.statusCode).toBe(413);
    expect(big.json().code).toBe('BODY_TOO_LARGE');
    const xml = await amend('<a/>', { 'content-type': 'application/xml' });
    expect(xml.statusCode).toBe(415);
  });

  it('answers unknown API routes with 404 ROUTE_NOT_FOUND', async () => {
    const res = await p.app.inject({ method: 'GET', url: '/api/v1/nothing-here' });
    expect(res.statusCode).toBe(404);
    expect(res.json().code).toBe('ROUTE_NOT_FOUND');
  });

  it('requires a valid token for administrative routes: 401 without, 401 with a wrong one', async () => {
    const none = await p.app.inject({
      method: 'PUT',
      url: '/api/v1/calendar/days/2030-01-02',
      headers: { 'content-type': 'application/json' },
      payload: '{}',
    });
    expect(none.statusCode).toBe(401);
    const wrong = await amend('{}', { authorization: 'Bearer wrong-token' });
    expect(wrong.statusCode).toBe(401);
    expect(wrong.json().code).toBe('UNAUTHENTICATED');
  });

  it('survives hostile query strings without a 5xx', async () => {
    for (const q of [
      "from=2025-01-01'--&days=1",
      'from=2025-01-01&days=1e400',
      'from[]=1&days=2',
      'days=%00',
      'from=' + 'x'.repeat(5000),
    ]) {
      const res = await p.app.inject({ method: 'GET', url: `/api/v1/calendar/working-days?${q}` });
      expect(res.statusCode, q).toBe(400);
    }
  });
});

describe('operations', () => {
  it('serves health, readiness, metrics and the OpenAPI document', async () => {
    expect((await p.app.inject('/healthz')).json()).toEqual({ status: 'ok' });
    expect((await p.app.inject('/readyz')).json()).toMatchObject({ status: 'ready' });
    const metrics = await p.app.inject('/metrics');
    expect(metrics.body).toContain('tongban_process_cpu_seconds_total');
    const doc = (await p.app.inject('/openapi.json')).json();
    expect(doc.openapi).toBe('3.1.0');
    expect(doc.paths['/api/v1/calendar/working-days'].get.description).toMatch(/起算日.*start day/s);
  });

  it('echoes a sane X-Request-Id and replaces an unsafe one', async () => {
    const kept = await p.app.inject({ url: '/healthz', headers: { 'x-request-id': 'abc-12345678' } });
    expect(kept.headers['x-request-id']).toBe('abc-12345678');
    const replaced = await p.app.inject({
      url: '/healthz',
      headers: { 'x-request-id': 'bad id\nwith newline' },
    });
    expect(replaced.headers['x-request-id']).toMatch(/^[0-9a-f-]{36}$/);
  });

  it('sets security headers and a strict CSP on the web page', async () => {
    const page = await p.app.inject({ url: '/some/client/route', headers: { accept: 'text/html' } });
    expect(page.statusCode).toBe(200);
    const csp = String(page.headers['content-security-policy']);
    expect(csp).toContain("script-src 'self'");
    expect(csp).not.toContain('unsafe-inline');
    expect(csp).not.toContain('unsafe-eval');
    expect(page.headers['x-content-type-options']).toBe('nosniff');
  });
});
