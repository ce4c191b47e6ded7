// The legal clock on the real State Council calendar data (official-days.ts).
import { describe, expect, it } from 'vitest';
import { OFFICIAL_CALENDAR_YEARS, officialExceptionalDays } from '../../platform/calendar/official-days.ts';
import { createWorkingCalendar } from '../../platform/calendar/working-days.ts';
import { deemedAcceptanceDay, explainDeadline, urgencyOf, type ClockInput } from './deadline.ts';

const cal = createWorkingCalendar(officialExceptionalDays(), OFFICIAL_CALENDAR_YEARS);
const WD = (value: number) => ({ kind: 'period' as const, value, unit: 'working-days' as const });

// 食品经营许可: statutory 10 working days, promised 3, accepted on Friday 2025-09-26 before 国庆.
const food: ClockInput = {
  acceptedOn: '2025-09-26',
  statutoryLimit: WD(10),
  promisedLimit: WD(3),
  pauses: [],
  extensionDays: 0,
  today: '2025-09-26',
};

describe('explainDeadline across 国庆 2025 (10-01..10-08 off, Sun 09-28 and Sat 10-11 worked)', () => {
  it('without a pause: the acceptance day is not counted, the worked Sunday is', () => {
    const d = explainDeadline(cal, food);
    // 1 = Sun 09-28 (worked), 2 = 09-29, 3 = 09-30.
    expect(d.promisedDue).toBe('2025-09-30');
    // … 4 = 10-09, 5 = 10-10, 6 = Sat 10-11 (worked), 7..10 = 10-13..10-16.
    expect(d.statutoryDue).toBe('2025-10-16');
    expect(d.paused).toBe(false);
    expect(d.provisional).toBe(false);
    expect(d.crossedDays.map((x) => `${x.date}:${x.kind}`)).toEqual([
      '2025-09-28:work',
      '2025-10-01:rest',
      '2025-10-02:rest',
      '2025-10-03:rest',
      '2025-10-04:rest',
      '2025-10-05:rest',
      '2025-10-06:rest',
      '2025-10-07:rest',
      '2025-10-08:rest',
      '2025-10-11:work',
    ]);
  });

  it('an inspection from 09-29 to 10-09 excludes the working days after its start (09-30, 10-09)', () => {
    const d = explainDeadline(cal, {
      ...food,
      pauses: [{ kind: 'inspection', from: '2025-09-29', to: '2025-10-09' }],
      today: '2025-10-10',
    });
    expect(d.pauses).toEqual([
      { kind: 'inspection', from: '2025-09-29', to: '2025-10-09', workingDays: 2, calendarDays: 10 },
    ]);
    expect(d.promisedDue).toBe('2025-10-10'); // 3 + 2 working days
    expect(d.statutoryDue).toBe('2025-10-20'); // 10 + 2 working days
    expect(d.paused).toBe(false);
  });

  it('a running inspection counts up to today and marks the clock paused; ending it that day gives the same dates', () => {
    const running = explainDeadline(cal, {
      ...food,
      pauses: [{ kind: 'inspection', from: '2025-09-29', to: null }],
      today: '2025-10-09',
    });
    expect(running.paused).toBe(true);
    expect(running.pauses[0]).toMatchObject({ to: null, workingDays: 2 });
    const ended = explainDeadline(cal, {
      ...food,
      pauses: [{ kind: 'inspection', from: '2025-09-29', to: '2025-10-09' }],
      today: '2025-10-09',
    });
    expect([running.promisedDue, running.statutoryDue]).toEqual([ended.promisedDue, ended.statutoryDue]);
    // While the holiday runs nothing is counted: the due date stands still over 10-01..10-08.
    const during = explainDeadline(cal, {
      ...food,
      pauses: [{ kind: 'inspection', from: '2025-09-29', to: null }],
      today: '2025-10-08',
    });
    expect(during.pauses[0]!.workingDays).toBe(1); // only 09-30
    expect(during.promisedDue).toBe('2025-10-09');
  });

  it('a pause started and ended the same day excludes nothing', () => {
    const d = explainDeadline(cal, {
      ...food,
      pauses: [{ kind: 'testing', from: '2025-09-29', to: '2025-09-29' }],
    });
    expect(d.pauses[0]!.workingDays).toBe(0);
    expect(d.promisedDue).toBe('2025-09-30');
  });

  it('the one extension adds working days after the pauses', () => {
    const d = explainDeadline(cal, {
      ...food,
      pauses: [{ kind: 'inspection', from: '2025-09-29', to: '2025-10-09' }],
      extensionDays: 10,
      today: '2025-10-10',
    });
    expect(d.extensionDays).toBe(10);
    expect(d.statutoryDue).toBe(cal.addWorkingDays('2025-09-26', 22).due);
    expect(d.promisedDue).toBe(cal.addWorkingDays('2025-09-26', 15).due);
  });

  it('on-the-spot limits are due on the acceptance day', () => {
    const d = explainDeadline(cal, { ...food, promisedLimit: { kind: 'on-the-spot' } });
    expect(d.promisedDue).toBe('2025-09-26');
  });

  it('natural-day periods ending on a day off end on the next working day', () => {
    // 2025-09-26 + 7 calendar days = 10-03 (国庆) → 10-09.
    const d = explainDeadline(cal, {
      ...food,
      statutoryLimit: { kind: 'period', value: 7, unit: 'natural-days' },
    });
    expect(d.statutoryDue).toBe('2025-10-09');
  });
});

describe('deemedAcceptanceDay (行政许可法 §32)', () => {
  it('is five working days after receipt, skipping the holiday', () => {
    // 1 = 09-30, 2 = 10-09, 3 = 10-10, 4 = Sat 10-11 (worked), 5 = Mon 10-13.
    expect(deemedAcceptanceDay(cal, '2025-09-29', 5)).toBe('2025-10-13');
  });
});

describe('urgencyOf', () => {
  it('is red past the due date, yellow within the warning days, green before', () => {
    expect(urgencyOf(cal, '2025-10-16', '2025-10-17', 3)).toBe('red');
    expect(urgencyOf(cal, '2025-10-16', '2025-10-13', 3)).toBe('yellow');
    expect(urgencyOf(cal, '2025-10-16', '2025-09-26', 3)).toBe('green');
  });
});

const at = (acceptedOn: string, statutory: number, promised = statutory): ClockInput => ({
  acceptedOn,
  statutoryLimit: WD(statutory),
  promisedLimit: WD(promised),
  pauses: [],
  extensionDays: 0,
  today: acceptedOn,
});
const crossedOf = (d: { crossedDays: { date: string; kind: string }[] }) =>
  d.crossedDays.map((x) => `${x.date}:${x.kind}`);

describe('working-day limits across 春节 and 国庆 (official notices 2025 and 2026)', () => {
  it('春节 2025: accepted Fri 01-24, 5 working days → 02-07 (Sun 01-26 worked, 01-28..02-04 off)', () => {
    const d = explainDeadline(cal, at('2025-01-24', 5));
    expect(d.promisedDue).toBe('2025-02-07');
    expect(crossedOf(d)).toEqual([
      '2025-01-26:work',
      '2025-01-28:rest',
      '2025-01-29:rest',
      '2025-01-30:rest',
      '2025-01-31:rest',
      '2025-02-01:rest',
      '2025-02-02:rest',
      '2025-02-03:rest',
      '2025-02-04:rest',
    ]);
    expect(d.crossedDays[0]).toMatchObject({ name: '春节' });
  });

  it('春节 2026: accepted Thu 02-12, 3 working days → 02-24 (Sat 02-14 worked, 02-15..02-23 off)', () => {
    const d = explainDeadline(cal, at('2026-02-12', 3));
    expect(d.promisedDue).toBe('2026-02-24');
    expect(crossedOf(d)).toEqual([
      '2026-02-14:work',
      ...['15', '16', '17', '18', '19', '20', '21', '22', '23'].map((x) => `2026-02-${x}:rest`),
    ]);
    expect(d.provisional).toBe(false);
  });

  it('国庆 2026: accepted Tue 09-29, 3 working days → 10-09; the 4th is the worked Saturday 10-10', () => {
    expect(explainDeadline(cal, at('2026-09-29', 3)).promisedDue).toBe('2026-10-09');
    const d = explainDeadline(cal, at('2026-09-29', 4));
    expect(d.promisedDue).toBe('2026-10-10');
    expect(crossedOf(d).at(-1)).toBe('2026-10-10:work');
    expect(crossedOf(d)).not.toContain('2026-09-20:work'); // before acceptance: not crossed
  });

  it('the acceptance day is not counted, also when it is a day off', () => {
    expect(explainDeadline(cal, at('2026-03-02', 1)).promisedDue).toBe('2026-03-03'); // Mon → Tue
    expect(explainDeadline(cal, at('2026-03-06', 1)).promisedDue).toBe('2026-03-09'); // Fri → Mon
    expect(explainDeadline(cal, at('2026-03-07', 1)).promisedDue).toBe('2026-03-09'); // Sat → Mon
    expect(explainDeadline(cal, at('2026-10-03', 1)).promisedDue).toBe('2026-10-08'); // 国庆 → 10-08
  });

  it('statutory and promised limits are counted separately; crossedDays reach the later one', () => {
    const d = explainDeadline(cal, at('2026-09-29', 10, 2));
    expect(d.promisedDue).toBe('2026-10-08');
    // 1 = 09-30, 2 = 10-08, 3 = 10-09, 4 = Sat 10-10 (worked), 5..9 = 10-12..10-16, 10 = 10-19.
    expect(d.statutoryDue).toBe('2026-10-19');
    expect(crossedOf(d).at(-1)).toBe('2026-10-10:work');
  });
});

describe('natural-day and month limits', () => {
  it('a natural-day period ending on a working day ends that day', () => {
    const d = explainDeadline(cal, {
      ...at('2026-03-02', 1),
      statutoryLimit: { kind: 'period', value: 10, unit: 'natural-days' },
    });
    expect(d.statutoryDue).toBe('2026-03-12');
  });

  it('a month ending on 国庆 ends on the next working day', () => {
    const d = explainDeadline(cal, {
      ...at('2026-09-01', 1),
      statutoryLimit: { kind: 'period', value: 1, unit: 'months' },
    });
    expect(d.statutoryDue).toBe('2026-10-08');
  });

  it('a month from 01-31 ends on the last day of February, here the worked Saturday 2026-02-28', () => {
    const d = explainDeadline(cal, {
      ...at('2026-01-31', 1),
      statutoryLimit: { kind: 'period', value: 1, unit: 'months' },
    });
    expect(d.statutoryDue).toBe('2026-02-28');
  });

  it('a month ending on an ordinary Sunday moves to Monday; a pause adds calendar days', () => {
    const base = {
      ...at('2026-02-01', 1),
      statutoryLimit: { kind: 'period', value: 1, unit: 'months' } as const,
    };
    expect(explainDeadline(cal, base).statutoryDue).toBe('2026-03-02'); // 03-01 is a Sunday
    const paused = explainDeadline(cal, {
      ...base,
      pauses: [{ kind: 'hearing', from: '2026-02-10', to: '2026-02-13' }],
      today: '2026-02-20',
    });
    expect(paused.pauses[0]).toMatchObject({ calendarDays: 3, workingDays: 3 });
    expect(paused.statutoryDue).toBe('2026-03-04'); // 03-01 + 3 = 03-04 (Wed)
  });
});

describe('pauses and the extension', () => {
  it('a pause across 春节 2026 excludes only the working days after its start', () => {
    const d = explainDeadline(cal, {
      ...at('2026-02-10', 10, 5),
      pauses: [{ kind: 'testing', from: '2026-02-13', to: '2026-02-25' }],
      today: '2026-02-26',
    });
    // Working days d with 02-13 < d ≤ 02-25: Sat 02-14 (worked), 02-24, 02-25.
    expect(d.pauses[0]).toMatchObject({ workingDays: 3, calendarDays: 12 });
    expect(d.promisedDue).toBe(cal.addWorkingDays('2026-02-10', 8).due);
    expect(d.statutoryDue).toBe(cal.addWorkingDays('2026-02-10', 13).due);
  });

  it('a running pause moves the due date by one for each working day it runs', () => {
    const running = (today: string) =>
      explainDeadline(cal, {
        ...food,
        pauses: [{ kind: 'inspection', from: '2025-09-29', to: null }],
        today,
      });
    expect(running('2025-10-09').promisedDue).toBe('2025-10-10');
    expect(running('2025-10-10').promisedDue).toBe('2025-10-11'); // the worked Saturday
    expect(running('2025-10-11').promisedDue).toBe('2025-10-13');
  });

  it('the extension also applies to natural-day limits, in working days after the period', () => {
    const d = explainDeadline(cal, {
      ...food,
      statutoryLimit: { kind: 'period', value: 7, unit: 'natural-days' },
      extensionDays: 2,
    });
    expect(d.statutoryDue).toBe('2025-10-11'); // 10-09 + 2 working days: 10-10, Sat 10-11
  });
});

describe('provisional beyond the last loaded notice', () => {
  it('a due date in a year without a loaded notice is provisional', () => {
    const last = Math.max(...OFFICIAL_CALENDAR_YEARS);
    const d = explainDeadline(cal, at(`${last}-12-24`, 10, 3));
    expect(d.provisional).toBe(true);
    expect(d.statutoryDue > `${last}-12-31`).toBe(true);
    expect(explainDeadline(cal, at(`${last}-12-01`, 3)).provisional).toBe(false);
  });
});

describe('deemedAcceptanceDay across 春节 2026', () => {
  it('received Thu 02-12: five working days end on 02-26', () => {
    expect(deemedAcceptanceDay(cal, '2026-02-12', 5)).toBe('2026-02-26');
  });
});

describe('urgencyOf at the edges (warning 3 working days)', () => {
  it('due 2026-10-09 across 国庆', () => {
    expect(urgencyOf(cal, '2026-10-09', '2026-10-10', 3)).toBe('red'); // the day after
    expect(urgencyOf(cal, '2026-10-09', '2026-10-09', 3)).toBe('yellow'); // the due day itself
    expect(urgencyOf(cal, '2026-10-09', '2026-09-29', 3)).toBe('yellow'); // 3 working days left
    expect(urgencyOf(cal, '2026-10-09', '2026-09-28', 3)).toBe('green'); // 4 left
    expect(urgencyOf(cal, '2026-10-09', '2026-09-28', 4)).toBe('yellow');
  });
});
