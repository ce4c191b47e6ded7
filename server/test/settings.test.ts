import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sql } from 'drizzle-orm';
import { ADMIN, testPlatform, type TestPlatform } from './helpers.ts';

let p: TestPlatform;
beforeAll(async () => {
  p = await testPlatform();
});
afterAll(() => p.dispose());

const KEY = 'rating.rectification-working-days';
const put = (body: unknown, headers: Record<string, string> = ADMIN) =>
  p.app.inject({ method: 'POST', url: `/api/v1/settings/${KEY}/entries`, headers, payload: body as object });
const resolve = (query: string) =>
  p.app.inject({ url: `/api/v1/settings/${KEY}?${query}` }).then((r) => r.json());

describe('settings cascade platform → region → agency with effective dates', () => {
  it('answers the platform default when nothing is set', async () => {
    expect(await resolve('regionCode=120103')).toMatchObject({
      value: 15,
      scope: { type: 'default' },
      effectiveFrom: null,
    });
  });

  it('takes the nearest scope in force on the asked date', async () => {
    expect(
      (await put({ scope: { type: 'platform' }, value: 12, effectiveFrom: '2026-01-01' })).statusCode,
    ).toBe(201);
    expect(
      (await put({ scope: { type: 'region', id: '120000' }, value: 10, effectiveFrom: '2026-03-01' }))
        .statusCode,
    ).toBe(201);
    expect(
      (await put({ scope: { type: 'region', id: '120103' }, value: 7, effectiveFrom: '2026-06-01' }))
        .statusCode,
    ).toBe(201);
    expect(
      (await put({ scope: { type: 'agency', id: 'hx-xzspj' }, value: 5, effectiveFrom: '2026-09-01' }))
        .statusCode,
    ).toBe(201);

    expect(await resolve('date=2025-12-31')).toMatchObject({ value: 15, scope: { type: 'default' } });
    expect(await resolve('date=2026-02-01&regionCode=120103')).toMatchObject({
      value: 12,
      scope: { type: 'platform' },
    });
    // 120103 → 120100 → 120000: the city's entry applies to Hexi until Hexi has its own.
    expect(await resolve('date=2026-04-01&regionCode=120103')).toMatchObject({
      value: 10,
      scope: { type: 'region', id: '120000' },
    });
    expect(await resolve('date=2026-07-01&regionCode=120103002')).toMatchObject({
      value: 7,
      scope: { type: 'region', id: '120103' },
    });
    expect(await resolve('date=2026-07-01&regionCode=120104')).toMatchObject({ value: 10 });
    expect(await resolve('date=2026-09-01&regionCode=120103&agencyId=hx-xzspj')).toMatchObject({
      value: 5,
      scope: { type: 'agency' },
    });
    expect(await resolve('date=2026-08-31&regionCode=120103&agencyId=hx-xzspj')).toMatchObject({ value: 7 });
  });

  it('audits every entry and never overwrites one', async () => {
    const again = await put({ scope: { type: 'platform' }, value: 13, effectiveFrom: '2026-01-01' });
    expect(again.statusCode).toBe(409);
    const audited = await p.database.db.execute(
      sql`select count(*)::int as n from audit_log where action = 'setting.put'`,
    );
    expect((audited as unknown as { rows: { n: number }[] }).rows[0]!.n).toBe(4);
    const history = await p.app.inject({ url: `/api/v1/settings/${KEY}/entries`, headers: ADMIN });
    expect(history.json().items).toHaveLength(4);
  });

  it('rejects a value outside the setting’s schema, an unknown key and anonymous writes', async () => {
    const bad = await put({ scope: { type: 'platform' }, value: 99, effectiveFrom: '2027-01-01' });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().errors[0].path).toBe('/body/value');
    expect(
      (await put({ scope: { type: 'platform' }, value: '5', effectiveFrom: '2027-01-01' })).statusCode,
    ).toBe(400);
    const unknown = await p.app.inject({ url: '/api/v1/settings/no.such-key' });
    expect(unknown.json().code).toBe('SETTING_UNKNOWN');
    expect(
      (await put({ scope: { type: 'platform' }, value: 5, effectiveFrom: '2027-01-01' }, {})).statusCode,
    ).toBe(401);
    expect(
      (await put({ scope: { type: 'region', id: 'abc' }, value: 5, effectiveFrom: '2027-01-01' })).statusCode,
    ).toBe(400);
  });
});
