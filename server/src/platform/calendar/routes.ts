// HTTP for the working-day calendar: public computations and the year's exceptional days;
// administrators amend a date or import a year's notice.
import type { FastifyInstance } from 'fastify';
import { Type } from 'typebox';
import { auditActorOf } from '../http/auth.ts';
import { AppError } from '../errors/app-error.ts';
import { BusinessDate, StrictObject, problemResponses } from '../http/schemas.ts';
import { isBusinessDate } from '../time/business-date.ts';
import { amendDay, findYear, importYear } from './service.ts';
import { loadWorkingCalendar } from './store.ts';
import { MAX_WORKING_DAYS } from './working-days.ts';

const Kind = Type.Union([Type.Literal('rest'), Type.Literal('work')], {
  description: 'rest 放假 · work 调休上班',
});
const Day = Type.Object({ date: BusinessDate, kind: Kind, name: Type.String(), source: Type.String() });
const YearResult = Type.Object({
  year: Type.Integer(),
  loaded: Type.Boolean({ description: '该年度国务院通知已载入 · The year’s notice is loaded' }),
  source: Type.Union([Type.String(), Type.Null()]),
  days: Type.Array(Day),
});
const YearParam = Type.Integer({ minimum: 1900, maximum: 2200 });
const admin = { security: [{ bearer: [] }] };

function assertDate(value: string, field: string): void {
  if (!isBusinessDate(value)) {
    throw new AppError('CALENDAR_DATE_INVALID', {
      errors: [
        {
          path: `/query/${field}`,
          message: 'not a real date (YYYY-MM-DD)',
          messageZh: '不是有效日期（YYYY-MM-DD）',
        },
      ],
    });
  }
}

export function calendarRoutes(app: FastifyInstance): void {
  app.get<{ Querystring: { from: string; days: number } }>(
    '/api/v1/calendar/working-days',
    {
      schema: {
        tags: ['calendar'],
        summary: '计算办理期限 · Add working days',
        description:
          '自 from 起第 days 个工作日（起算日不计入，行政许可法第八十二条）。涉及未载入通知的年份时 provisional 为 true。\n\n' +
          'The days-th working day after `from` (the start day is not counted). `provisional` is true when a year without a loaded notice is involved.',
        querystring: Type.Object({
          from: Type.String({ maxLength: 10, description: '起算日 · Start date, YYYY-MM-DD' }),
          days: Type.Integer({
            minimum: 0,
            maximum: MAX_WORKING_DAYS,
            description: '工作日数 · Working days',
          }),
        }),
        response: {
          200: Type.Object({
            from: BusinessDate,
            days: Type.Integer(),
            due: BusinessDate,
            provisional: Type.Boolean(),
          }),
          ...problemResponses(400),
        },
      },
    },
    async (request) => {
      const { from, days } = request.query;
      assertDate(from, 'from');
      const calendar = await loadWorkingCalendar(app.db);
      let result;
      try {
        result = calendar.addWorkingDays(from, days);
      } catch (e) {
        // Valid input whose due date would fall after 9999-12-31: the client's range, not a 500.
        if (e instanceof RangeError) throw new AppError('CALENDAR_DAYS_OUT_OF_RANGE', { detail: e.message });
        throw e;
      }
      return { from, days, due: result.due, provisional: result.provisional };
    },
  );

  app.get<{ Querystring: { from: string; to: string } }>(
    '/api/v1/calendar/working-days/count',
    {
      schema: {
        tags: ['calendar'],
        summary: '统计工作日 · Count working days',
        description:
          '(from, to] 区间内的工作日数。Working days d with from < d ≤ to (negative when to < from).',
        querystring: Type.Object({
          from: Type.String({ maxLength: 10 }),
          to: Type.String({ maxLength: 10 }),
        }),
        response: {
          200: Type.Object({
            from: BusinessDate,
            to: BusinessDate,
            days: Type.Integer(),
            provisional: Type.Boolean(),
          }),
          ...problemResponses(400),
        },
      },
    },
    async (request) => {
      const { from, to } = request.query;
      assertDate(from, 'from');
      assertDate(to, 'to');
      const result = (await loadWorkingCalendar(app.db)).workingDaysBetween(from, to);
      if (Math.abs(result.days) > MAX_WORKING_DAYS) throw new AppError('CALENDAR_DAYS_OUT_OF_RANGE');
      return { from, to, days: result.days, provisional: result.provisional };
    },
  );

  app.get<{ Querystring: { year: number } }>(
    '/api/v1/calendar/days',
    {
      schema: {
        tags: ['calendar'],
        summary: '年度特殊日期 · Exceptional dates of a year',
        description:
          '该年放假（rest）与调休上班（work）的日期及来源。The year’s days off (rest) and weekend working days (work), with their source.',
        querystring: Type.Object({ year: YearParam }),
        response: { 200: YearResult, ...problemResponses(400) },
      },
    },
    async (request) => findYear(app.db, request.query.year),
  );

  app.put<{
    Params: { year: number };
    Body: { source: string; days: { date: string; kind: 'rest' | 'work'; name: string }[] };
  }>(
    '/api/v1/calendar/years/:year',
    {
      config: { permission: 'calendar.edit' },
      schema: {
        tags: ['calendar'],
        ...admin,
        summary: '导入年度通知 · Import a year’s notice',
        description:
          '以国务院办公厅通知替换该年度全部特殊日期，并标记已载入。Replaces all exceptional days of the year’s notice and marks the year loaded.',
        params: Type.Object({ year: YearParam }),
        body: StrictObject({
          source: Type.String({
            minLength: 2,
            maxLength: 200,
            description: '通知文号 · The notice, e.g. 国办发明电〔2025〕7号',
          }),
          days: Type.Array(
            StrictObject({
              date: Type.String({ maxLength: 10 }),
              kind: Kind,
              name: Type.String({ minLength: 1, maxLength: 50 }),
            }),
            { maxItems: 120 },
          ),
        }),
        response: { 200: YearResult, ...problemResponses(400, 401, 403, 409) },
      },
    },
    async (request) =>
      importYear(
        { db: app.db, actor: auditActorOf(request) },
        { year: request.params.year, ...request.body },
      ),
  );

  app.put<{ Params: { date: string }; Body: { kind: 'rest' | 'work' | null; name: string; reason: string } }>(
    '/api/v1/calendar/days/:date',
    {
      config: { permission: 'calendar.edit' },
      schema: {
        tags: ['calendar'],
        ...admin,
        summary: '修订单日 · Amend one date',
        description:
          '把某日设为放假或调休上班；kind 为 null 时恢复为普通日。Sets a date as a rest or work day; kind null makes it an ordinary day again.',
        params: Type.Object({ date: Type.String({ maxLength: 10 }) }),
        body: StrictObject({
          kind: Type.Union([Kind, Type.Null()]),
          name: Type.String({ minLength: 1, maxLength: 50 }),
          reason: Type.String({
            minLength: 2,
            maxLength: 200,
            description: '修订依据 · Why (e.g. the notice)',
          }),
        }),
        response: {
          200: Type.Object({ day: Type.Union([Day, Type.Null()]) }),
          ...problemResponses(400, 401, 403, 404),
        },
      },
    },
    async (request) => {
      assertDate(request.params.date, 'date');
      return {
        day: await amendDay(
          { db: app.db, actor: auditActorOf(request) },
          { date: request.params.date, ...request.body },
        ),
      };
    },
  );
}
