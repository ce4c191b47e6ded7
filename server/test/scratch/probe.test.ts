import { afterAll, beforeAll, it } from 'vitest';
import { CronExpressionParser } from 'cron-parser';
import { ADMIN, testPlatform, type TestPlatform } from '../helpers.ts';

let p: TestPlatform;
beforeAll(async () => { p = await testPlatform(); });
afterAll(() => p.dispose());

it('probe', async () => {
  const cur = Buffer.from(JSON.stringify(['\u0000'])).toString('base64url');
  for (const url of [
    '/api/v1/calendar/working-days?from=9999-12-20&days=3650',
    '/api/v1/calendar/working-days?from=9999-12-31&days=1',
    '/api/v1/regions?q=%00',
    '/api/v1/venues/%00',
    `/api/v1/regions?cursor=${cur}`,
    '/api/v1/agencies?parentId=%00',
    '/api/v1/regions?q=%25',
    '/api/v1/regions?q=%E5%92%8C%E5%B9%B3',
    '/api/v1/regions?q=heping',
    '/api/v1/calendar/working-days/count?from=0001-01-01&to=9999-12-31',
    '/api/v1/calendar/days?year=2025',
  ]) {
    const r = await p.app.inject({ url });
    console.log(url, r.statusCode, r.body.slice(0, 300));
  }
  const put = await p.app.inject({ method: 'PUT', url: '/api/v1/calendar/days/2030-01-02', headers: { ...ADMIN, 'content-type': 'application/json' }, payload: JSON.stringify({ kind: 'rest', name: 'x\u0000', reason: 'because' }) });
  console.log('put nul', put.statusCode, put.body.slice(0, 200));
  for (const e of ['not a cron', '* * *', '61 * * * *', '* * * * * * * *', '@daily', '0 0 31 2 *', '']) {
    try { console.log(JSON.stringify(e), CronExpressionParser.parse(e, { tz: 'Asia/Shanghai' }).next().toDate()); } catch (err) { console.log(JSON.stringify(e), 'throws', (err as Error).message); }
  }
});
