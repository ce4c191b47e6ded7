// Bugs the request fuzzer (reliability/fuzz-schemas.test.ts) found: answers that were a 500 or
// left the problem+json contract, each pinned here with the smallest request that showed it.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ADMIN, testPlatform, type TestPlatform } from './helpers.ts';

let p: TestPlatform;
beforeAll(async () => {
  p = await testPlatform();
});
afterAll(() => p.dispose());

const expectProblem = (
  res: { statusCode: number; headers: Record<string, unknown>; json(): unknown },
  code: string,
) => {
  expect(res.headers['content-type']).toMatch(/^application\/problem\+json/);
  expect(res.json()).toMatchObject({
    status: res.statusCode,
    code,
    titleZh: expect.any(String),
    titleEn: expect.any(String),
  });
};

describe('the router’s own refusals are problem+json', () => {
  it('answers a path parameter over 100 characters with 400 VALIDATION_FAILED (was 414 plain JSON)', async () => {
    const res = await p.app.inject({
      method: 'GET',
      url: `/api/v1/persons/${'x'.repeat(101)}`,
      headers: ADMIN,
    });
    expect(res.statusCode).toBe(400);
    expectProblem(res, 'VALIDATION_FAILED');
    expect((res.json() as { errors: { path: string }[] }).errors[0]!.path).toBe('/params');
  });

  it('answers a broken percent-escape in the path with 400 BAD_REQUEST (was plain JSON)', async () => {
    const res = await p.app.inject({ method: 'GET', url: '/api/v1/persons/%E0%A4%A', headers: ADMIN });
    expect(res.statusCode).toBe(400);
    expectProblem(res, 'BAD_REQUEST');
  });
});

describe('the OAuth token endpoint', () => {
  const token = (payload: string, contentType: string) =>
    p.app.inject({
      method: 'POST',
      url: '/api/v1/auth/token',
      headers: { 'content-type': contentType },
      payload,
      remoteAddress: '10.66.0.1',
    });

  it('answers a NUL character in a JSON field with 400 invalid_request (was 500)', async () => {
    const res = await token(JSON.stringify({ grant_type: '\u0000' }), 'application/json');
    expect(res.statusCode).toBe(400);
    expect(res.json()).toEqual({ error: 'invalid_request', error_description: 'the request is malformed' });
  });

  it('answers a NUL character in a form field with 400 invalid_request (was 500)', async () => {
    const res = await token(
      'grant_type=client_credentials&client_id=a%00b&client_secret=s',
      'application/x-www-form-urlencoded',
    );
    expect(res.statusCode).toBe(400);
    expect(res.json()).toMatchObject({ error: 'invalid_request' });
  });
});
