/**
 * Audit of state.<ST>.holiday (RULES.md §4.2; §4.1 AL, LA, PA, RI, UT, NE rows; §6 federal
 * holidays 2025–2027): every holiday a ban needs is denied on its actual and observed date, and the
 * next day that is not a holiday is not denied by the holiday rule. The named holidays of RULES.md
 * are listed here by hand; the sweep over every calendar entry checks that the rule binds each one.
 */
import { describe, expect, it } from 'vitest';
import { holidayCalendars, holidaysOn, states, type HolidayCalendarId } from '../../src/index';
import { PHONE, ZONE, at, dow, localDateOf, engineOf, nextDate, only, stateVerdicts, tm, verdicts, type St } from './helpers';

const engine = engineOf(states);

/** The call in scope of each state's holiday restriction. */
const SCOPE: Record<'AL' | 'LA' | 'PA' | 'RI' | 'UT' | 'NE', { callType: 'live' | 'autodialed' | 'prerecorded'; purpose: 'telemarketing' | 'informational' }> = {
  AL: { callType: 'autodialed', purpose: 'telemarketing' }, // 770-X-5-.17(1)(b) automated calls [V]
  LA: { callType: 'live', purpose: 'telemarketing' },
  PA: { callType: 'live', purpose: 'telemarketing' },
  RI: { callType: 'live', purpose: 'telemarketing' },
  UT: { callType: 'live', purpose: 'telemarketing' },
  NE: { callType: 'prerecorded', purpose: 'informational' },
};
type BanSt = keyof typeof SCOPE;

const holidayCheck = (st: BanSt, date: string, time = '12:00') =>
  engine.check(tm(PHONE[st], at(st, date, time), SCOPE[st]));

/** The first date after `date` that is not on the state's calendar. */
function nextNonHoliday(cal: HolidayCalendarId, date: string): string {
  let d = nextDate(date);
  while (holidaysOn(cal, d).length > 0) d = nextDate(d);
  return d;
}

async function expectBanned(st: BanSt, date: string, name?: string): Promise<void> {
  const v = only(await holidayCheck(st, date), `state.${st}.holiday`);
  // Nebraska limits prerecorded messages to 13:00–21:00 on holidays; 12:00 is outside it.
  expect(v, `${st} ${date}`).toMatchObject({ outcome: 'deny', code: st === 'NE' ? 'outside_calling_hours' : 'holiday_ban' });
  if (name !== undefined) expect(String(v.details?.['holiday']), `${st} ${date}`).toContain(name);
  expect(v.retryAt, `${st} ${date} retryAt`).toBeDefined();
  // The retry instant never lands on a banned holiday (NE: the same day's 13:00 opening is fine).
  if (st !== 'NE') expect(holidaysOn(st, localDateOf(ZONE[st], v.retryAt!)), `${st} ${date} retry`).toEqual([]);
}

async function expectNotHoliday(st: BanSt, date: string): Promise<void> {
  const v = only(await holidayCheck(st, date), `state.${st}.holiday`);
  expect(v, `${st} ${date}`).toMatchObject({ outcome: 'allow', code: 'not_a_holiday' });
}

// RULES.md §6: observed dates of the federal legal public holidays, 2025–2027 (5 U.S.C. 6103(a)).
const FEDERAL_OBSERVED = [
  '2025-01-01', '2025-01-20', '2025-02-17', '2025-05-26', '2025-06-19', '2025-07-04', '2025-09-01', '2025-10-13', '2025-11-11', '2025-11-27', '2025-12-25',
  '2026-01-01', '2026-01-19', '2026-02-16', '2026-05-25', '2026-06-19', '2026-07-03', '2026-09-07', '2026-10-12', '2026-11-11', '2026-11-26', '2026-12-25',
  '2027-01-01', '2027-01-18', '2027-02-15', '2027-05-31', '2027-06-18', '2027-07-05', '2027-09-06', '2027-10-11', '2027-11-11', '2027-11-25', '2027-12-24',
  '2027-12-31', // New Year's Day 2028 (Saturday) observed
];

describe('R.I. Gen. Laws 5-61-2(2): no telephonic sales calls on state or federal holidays', () => {
  it('RULES.md §6 × 5-61-2(2): every observed federal holiday 2025–2027 is a Rhode Island ban day', async () => {
    for (const d of FEDERAL_OBSERVED) await expectBanned('RI', d);
  });
  it('RULES.md §4.1 RI row: Rhode Island Independence Day (May 4) and Victory Day (2nd Monday of August), 2025–2027', async () => {
    await expectBanned('RI', '2025-05-05', 'Rhode Island Independence Day'); // Sun May 4 → Mon (25-1-1)
    await expectBanned('RI', '2026-05-04', 'Rhode Island Independence Day');
    await expectBanned('RI', '2027-05-04', 'Rhode Island Independence Day');
    await expectBanned('RI', '2025-08-11', 'Victory Day');
    await expectBanned('RI', '2026-08-10', 'Victory Day');
    await expectBanned('RI', '2027-08-09', 'Victory Day');
  });
  it('the next business day after Victory Day 2027 (Tue 08-10) is open: holiday rule allows, hours allow 09:00, the whole states pack allows', async () => {
    const d = await holidayCheck('RI', '2027-08-10', '09:00');
    expect(only(d, 'state.RI.holiday')).toMatchObject({ outcome: 'allow', code: 'not_a_holiday' });
    expect(only(d, 'state.RI.calling-hours').outcome).toBe('allow');
    expect(d.allowed).toBe(true);
  });
  it('Thanksgiving 2026 (Thu 11-26) is banned; Friday 11-27 is not a Rhode Island holiday', async () => {
    await expectBanned('RI', '2026-11-26', 'Thanksgiving');
    await expectNotHoliday('RI', '2026-11-27');
  });
});

describe('73 P.S. 2245(a)(10): the PA list of RULES.md §4.1, 2026', () => {
  // New Year's, MLK, Presidents', Good Friday, Memorial, Flag Day (Jun 14), Independence, Labor,
  // Columbus, Election Day, Veterans, Thanksgiving, Christmas.
  const PA_2026: [string, string][] = [
    ['2026-01-01', "New Year"],
    ['2026-01-19', 'King'],
    ['2026-02-16', 'Presidents'],
    ['2026-04-03', 'Good Friday'],
    ['2026-05-25', 'Memorial Day'],
    ['2026-06-14', 'Flag Day'],
    ['2026-07-04', 'Independence Day'],
    ['2026-09-07', 'Labor Day'],
    ['2026-10-12', 'Columbus Day'],
    ['2026-11-03', 'Election Day'],
    ['2026-11-11', 'Veterans'],
    ['2026-11-26', 'Thanksgiving'],
    ['2026-12-25', 'Christmas'],
  ];
  for (const [date, name] of PA_2026) {
    it(`73 P.S. 2245(a)(10): ${name} (${date}) denied; the next non-holiday day is not denied by the holiday rule`, async () => {
      await expectBanned('PA', date, name);
      await expectNotHoliday('PA', nextNonHoliday('PA', date));
    });
  }
  it('RULES.md §4.2 PA: Sundays are allowed (08:00–21:00): no Pennsylvania verdict on an ordinary Sunday', async () => {
    const d = await holidayCheck('PA', '2026-06-21');
    expect(only(d, 'state.PA.holiday')).toMatchObject({ outcome: 'allow', code: 'not_a_holiday' });
    expect(verdicts(d, 'state.PA.calling-hours')).toHaveLength(0);
  });
});

describe('named state holidays of RULES.md §4.1 / §4.2, 2025–2027', () => {
  it('Ala. Admin. Code r. 770-X-5-.17(1)(b): Mardi Gras, Confederate Memorial Day and Jefferson Davis\' birthday are ban days', async () => {
    for (const d of ['2025-03-04', '2026-02-17', '2027-02-09']) await expectBanned('AL', d, 'Mardi Gras');
    for (const d of ['2025-04-28', '2026-04-27', '2027-04-26']) await expectBanned('AL', d, 'Confederate Memorial Day');
    for (const d of ['2025-06-02', '2026-06-01', '2027-06-07']) await expectBanned('AL', d, 'Jefferson Davis');
  });
  it('AL: the day after Confederate Memorial Day 2026 (Tue 04-28) is open to an automated solicitation at 08:00', async () => {
    const d = await holidayCheck('AL', '2026-04-28', '08:00');
    expect(only(d, 'state.AL.holiday')).toMatchObject({ outcome: 'allow', code: 'not_a_holiday' });
    expect(d.allowed).toBe(true);
  });
  it('AL: live calls are banned on holidays too, marked unverified (RULES.md: live-call coverage unverified)', async () => {
    const d = await engine.check(tm(PHONE.AL, at('AL', '2026-12-25', '12:00')));
    const v = only(d, 'state.AL.holiday');
    expect(v).toMatchObject({ outcome: 'deny', code: 'holiday_ban', confidence: 'unverified' });
  });

  it('La. R.S. 45:811(3): Mardi Gras 2025–2027 is a ban day; Ash Wednesday after it is open at 08:00', async () => {
    for (const [tue, wed] of [['2025-03-04', '2025-03-05'], ['2026-02-17', '2026-02-18'], ['2027-02-09', '2027-02-10']] as const) {
      await expectBanned('LA', tue, 'Mardi Gras');
      const d = await holidayCheck('LA', wed, '08:00');
      expect(only(d, 'state.LA.holiday'), wed).toMatchObject({ outcome: 'allow', code: 'not_a_holiday' });
      expect(d.allowed, wed).toBe(true);
    }
  });
  it('LA: a holiday on a Saturday (Huey P. Long Day, Sat 2025-08-30) is banned although Saturdays are otherwise open', async () => {
    await expectBanned('LA', '2025-08-30', 'Huey P. Long');
    expect(only(await holidayCheck('LA', '2025-08-30'), 'state.LA.calling-hours').outcome).toBe('allow');
  });

  it('Utah Code 13-25a-103(3): Pioneer Day (Jul 24) 2025–2027 is banned; the next non-holiday day is not', async () => {
    for (const d of ['2025-07-24', '2026-07-24', '2027-07-24', '2027-07-23']) await expectBanned('UT', d, 'Pioneer Day');
    await expectNotHoliday('UT', '2025-07-25');
    await expectNotHoliday('UT', '2027-07-26');
  });

  it('Neb. Admin. Code tit. 291 ch. 11 (reported): on Christmas 2026 (Fri) a prerecorded message is held to 13:00–21:00; Saturday is no holiday', async () => {
    const noon = only(await holidayCheck('NE', '2026-12-25', '12:59'), 'state.NE.holiday');
    expect(noon).toMatchObject({ outcome: 'deny', code: 'outside_calling_hours' });
    expect(noon.retryAt?.toISOString()).toBe(at('NE', '2026-12-25', '13:00').toISOString());
    expect(only(await holidayCheck('NE', '2026-12-25', '13:00'), 'state.NE.holiday')).toMatchObject({ outcome: 'allow', code: 'within_calling_hours' });
    const late = only(await holidayCheck('NE', '2026-12-25', '21:00'), 'state.NE.holiday');
    expect(late.outcome).toBe('deny');
    await expectNotHoliday('NE', '2026-12-26');
  });
});

describe('every calendar entry 2025–2027 binds its state\'s holiday rule (sweep)', () => {
  for (const st of Object.keys(SCOPE) as BanSt[]) {
    it(`${st}: each holiday is denied on its actual and observed date; the next non-holiday day is not`, async () => {
      const cal = holidayCalendars[st];
      let n = 0;
      for (const year of [2025, 2026, 2027]) {
        for (const h of cal.holidays(year)) {
          await expectBanned(st, h.date, h.name);
          if (h.observed !== h.date) await expectBanned(st, h.observed, h.name);
          const last = h.observed > h.date ? h.observed : h.date;
          await expectNotHoliday(st, nextNonHoliday(st, last));
          n++;
        }
      }
      expect(n).toBeGreaterThanOrEqual(30);
    });
  }
});

describe('no holiday ban where RULES.md has none', () => {
  it('Mississippi (RULES.md §4.2: holiday ban repealed 2024): Christmas 2025 (Thu) gets no Mississippi verdict but the hours one', async () => {
    const d = await engine.check(tm(PHONE.MS, at('MS', '2025-12-25', '12:00')));
    expect(stateVerdicts(d).map((v) => `${v.rule}:${v.outcome}`)).toEqual(['state.MS.calling-hours:allow']);
  });
  it('Texas, Florida, Maryland: a federal holiday (Thanksgiving 2026) at noon is allowed by the state rules', async () => {
    for (const st of ['TX', 'FL', 'MD'] as St[]) {
      const d = await engine.check(tm(PHONE[st], at(st, '2026-11-26', '12:00')));
      expect(d.allowed, st).toBe(true);
      expect(stateVerdicts(d).some((v) => v.rule.endsWith('.holiday')), st).toBe(false);
    }
  });
  it('Sunday bans are not holiday bans: a Sunday is never reported as a holiday (RI Sunday 2026-06-21)', async () => {
    const d = await holidayCheck('RI', '2026-06-21');
    expect(only(d, 'state.RI.holiday')).toMatchObject({ outcome: 'allow', code: 'not_a_holiday' });
    expect(only(d, 'state.RI.calling-hours').code).toBe('no_calls_on_day');
    expect(dow('2026-06-21')).toBe(7);
  });
});
