import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { Temporal } from '@js-temporal/polyfill';
import type { Holiday, HolidayCalendarId } from './holidays';
import {
  businessDaysAfter,
  federalHolidays,
  HOLIDAY_MAX_YEAR,
  HOLIDAY_MIN_YEAR,
  holidayCalendars,
  holidaysOn,
  isBusinessDay,
  isFederalHoliday,
} from './holidays';
import { parseCivil, weekday } from './civil';

const names = (hs: Holiday[]): string[] => hs.map((h) => h.name);
const find = (hs: Holiday[], name: string): Holiday | undefined => hs.find((h) => h.name === name);

// ------------------------------------------------------------------------------------------------
// 5 U.S.C. 6103(a): the table of RULES.md §6, actual date → observed day (Sat → Fri, Sun → Mon).

const FEDERAL_TABLE: Record<number, [string, string, string][]> = {
  2025: [
    ["New Year's Day", '2025-01-01', '2025-01-01'],
    ['Birthday of Martin Luther King, Jr.', '2025-01-20', '2025-01-20'],
    ["Washington's Birthday", '2025-02-17', '2025-02-17'],
    ['Memorial Day', '2025-05-26', '2025-05-26'],
    ['Juneteenth National Independence Day', '2025-06-19', '2025-06-19'],
    ['Independence Day', '2025-07-04', '2025-07-04'],
    ['Labor Day', '2025-09-01', '2025-09-01'],
    ['Columbus Day', '2025-10-13', '2025-10-13'],
    ['Veterans Day', '2025-11-11', '2025-11-11'],
    ['Thanksgiving Day', '2025-11-27', '2025-11-27'],
    ['Christmas Day', '2025-12-25', '2025-12-25'],
  ],
  2026: [
    ["New Year's Day", '2026-01-01', '2026-01-01'],
    ['Birthday of Martin Luther King, Jr.', '2026-01-19', '2026-01-19'],
    ["Washington's Birthday", '2026-02-16', '2026-02-16'],
    ['Memorial Day', '2026-05-25', '2026-05-25'],
    ['Juneteenth National Independence Day', '2026-06-19', '2026-06-19'],
    ['Independence Day', '2026-07-04', '2026-07-03'], // Sat → Fri Jul 3
    ['Labor Day', '2026-09-07', '2026-09-07'],
    ['Columbus Day', '2026-10-12', '2026-10-12'],
    ['Veterans Day', '2026-11-11', '2026-11-11'],
    ['Thanksgiving Day', '2026-11-26', '2026-11-26'],
    ['Christmas Day', '2026-12-25', '2026-12-25'],
  ],
  2027: [
    ["New Year's Day", '2027-01-01', '2027-01-01'],
    ['Birthday of Martin Luther King, Jr.', '2027-01-18', '2027-01-18'],
    ["Washington's Birthday", '2027-02-15', '2027-02-15'],
    ['Memorial Day', '2027-05-31', '2027-05-31'],
    ['Juneteenth National Independence Day', '2027-06-19', '2027-06-18'], // Sat → Fri Jun 18
    ['Independence Day', '2027-07-04', '2027-07-05'], // Sun → Mon Jul 5
    ['Labor Day', '2027-09-06', '2027-09-06'],
    ['Columbus Day', '2027-10-11', '2027-10-11'],
    ['Veterans Day', '2027-11-11', '2027-11-11'],
    ['Thanksgiving Day', '2027-11-25', '2027-11-25'],
    ['Christmas Day', '2027-12-25', '2027-12-24'], // Sat → Fri Dec 24
  ],
};

describe('federalHolidays — 5 U.S.C. 6103(a), RULES.md §6 table', () => {
  for (const year of [2025, 2026, 2027]) {
    it(`${year}: every legal public holiday with its actual and observed date`, () => {
      const expected = (FEDERAL_TABLE[year] ?? []).map(([name, date, observed]) => ({ name, date, observed }));
      expect(federalHolidays(year)).toEqual(expected);
    });
  }

  it("New Year's Day 2028 (Saturday) is observed Friday 2027-12-31", () => {
    expect(federalHolidays(2028)[0]).toEqual({ name: "New Year's Day", date: '2028-01-01', observed: '2027-12-31' });
    expect(isFederalHoliday('2027-12-31')).toBe(true);
    expect(holidaysOn('US', '2027-12-31')).toEqual([
      { name: "New Year's Day", date: '2028-01-01', observed: '2027-12-31' },
    ]);
    expect(isFederalHoliday('2027-12-30')).toBe(false);
  });

  it('Juneteenth (Pub. L. 117-17, enacted 2021-06-17) is absent in 2020 and present from 2021 (observed Fri 2021-06-18)', () => {
    expect(names(federalHolidays(2020))).not.toContain('Juneteenth National Independence Day');
    expect(federalHolidays(2020)).toHaveLength(10);
    expect(find(federalHolidays(2021), 'Juneteenth National Independence Day')).toEqual({
      name: 'Juneteenth National Independence Day',
      date: '2021-06-19',
      observed: '2021-06-18',
    });
    expect(isFederalHoliday('2020-06-19')).toBe(false);
    expect(isFederalHoliday('2021-06-18')).toBe(true);
  });

  it('isFederalHoliday is true on both the actual (weekend) date and the observed weekday', () => {
    expect(isFederalHoliday('2026-07-04')).toBe(true);
    expect(isFederalHoliday('2026-07-03')).toBe(true);
    expect(isFederalHoliday({ year: 2027, month: 7, day: 5 })).toBe(true);
    expect(isFederalHoliday({ year: 2027, month: 7, day: 4 })).toBe(true);
    expect(isFederalHoliday('2026-07-06')).toBe(false);
    expect(isFederalHoliday('2025-11-28')).toBe(false); // day after Thanksgiving is not federal
  });

  it('returns fresh copies: mutating a result does not corrupt the cache', () => {
    const a = federalHolidays(2026);
    (a[0] as Holiday).observed = '1999-01-01';
    a.pop();
    expect(federalHolidays(2026)).toHaveLength(11);
    expect(federalHolidays(2026)[0]?.observed).toBe('2026-01-01');
    const b = holidaysOn('US', '2026-07-03');
    (b[0] as Holiday).name = 'x';
    expect(holidaysOn('US', '2026-07-03')[0]?.name).toBe('Independence Day');
  });

  it('rejects malformed dates, unknown calendars and unsupported years with RangeError', () => {
    expect(() => isFederalHoliday('2026-02-30')).toThrow(RangeError);
    expect(() => isFederalHoliday('2026-7-4')).toThrow(RangeError);
    expect(() => isFederalHoliday({ year: 2026, month: 13, day: 1 })).toThrow(RangeError);
    expect(() => holidaysOn('XX' as HolidayCalendarId, '2026-01-01')).toThrow(RangeError);
    expect(() => federalHolidays(HOLIDAY_MIN_YEAR - 1)).toThrow(RangeError);
    expect(() => federalHolidays(2026.5)).toThrow(RangeError);
    expect(() => federalHolidays(HOLIDAY_MAX_YEAR + 1)).toThrow(RangeError);
    expect(federalHolidays(HOLIDAY_MIN_YEAR)).toHaveLength(10);
    expect(isFederalHoliday(`${HOLIDAY_MAX_YEAR}-12-31`)).toBe(false);
  });
});

// ------------------------------------------------------------------------------------------------
// State calendars (RULES.md §4.1 / §4.2)

const on = (cal: HolidayCalendarId, day: string): string[] => names(holidaysOn(cal, day));

describe('state holiday calendars', () => {
  it('every calendar carries a citation and a confidence, and lists sorted, well-formed holidays 2025-2027', () => {
    for (const id of ['US', 'AL', 'LA', 'PA', 'RI', 'UT', 'NE'] as const) {
      const cal = holidayCalendars[id];
      expect(cal.id).toBe(id);
      expect(cal.citation.length).toBeGreaterThan(10);
      expect(['V', 'S', 'unverified']).toContain(cal.confidence);
      for (const year of [2025, 2026, 2027]) {
        const hs = cal.holidays(year);
        expect(hs.length).toBeGreaterThanOrEqual(10);
        const dates = hs.map((h) => h.date);
        expect([...dates].sort()).toEqual(dates);
        for (const h of hs) {
          const d = parseCivil(h.date);
          const o = parseCivil(h.observed);
          expect(d.year).toBe(year);
          const gap = (Date.UTC(o.year, o.month - 1, o.day) - Date.UTC(d.year, d.month - 1, d.day)) / 86_400_000;
          expect(Math.abs(gap)).toBeLessThanOrEqual(6);
          // Every lookup finds the holiday on both its days.
          expect(holidaysOn(id, h.date)).toContainEqual(h);
          expect(holidaysOn(id, h.observed)).toContainEqual(h);
        }
      }
    }
  });

  it('AL (Ala. Code 1-3-8; Ala. Admin. Code r. 770-X-5-.17): Mardi Gras 2026-02-17, Confederate Memorial Day, Jefferson Davis\' birthday', () => {
    expect(on('AL', '2026-02-17')).toEqual(['Mardi Gras Day (Baldwin and Mobile counties only; applied statewide)']);
    expect(on('AL', '2025-03-04')).toHaveLength(1); // Mardi Gras 2025
    expect(on('AL', '2027-02-09')).toHaveLength(1); // Mardi Gras 2027
    expect(on('AL', '2025-04-28')).toEqual(['Confederate Memorial Day']);
    expect(on('AL', '2026-04-27')).toEqual(['Confederate Memorial Day']);
    expect(on('AL', '2027-04-26')).toEqual(['Confederate Memorial Day']);
    expect(on('AL', '2025-06-02')).toEqual(["Jefferson Davis' Birthday"]);
    expect(on('AL', '2026-06-01')).toEqual(["Jefferson Davis' Birthday"]);
    expect(on('AL', '2027-06-07')).toEqual(["Jefferson Davis' Birthday"]);
    expect(on('AL', '2026-01-19')).toEqual(["Robert E. Lee's / Martin Luther King, Jr.'s Birthday"]);
    // 1-3-8(a): Saturday holiday → preceding day.
    expect(on('AL', '2026-07-03')).toEqual(['Independence Day']);
    // Federal Juneteenth included conservatively (rule says "holidays").
    expect(on('AL', '2027-06-18')).toHaveLength(1);
    expect(on('AL', '2026-04-03')).toEqual([]); // no Good Friday in AL
  });

  it('LA (La. R.S. 45:811; La. R.S. 1:55(A)(1)): Mardi Gras 2026-02-17, Good Friday, Huey P. Long Day, All Saints\' Day', () => {
    expect(on('LA', '2026-02-17')).toEqual(['Mardi Gras']);
    expect(on('LA', '2025-03-04')).toEqual(['Mardi Gras']);
    expect(on('LA', '2027-02-09')).toEqual(['Mardi Gras']);
    expect(on('LA', '2026-04-03')).toEqual(['Good Friday']);
    expect(on('LA', '2025-04-18')).toEqual(['Good Friday']);
    expect(on('LA', '2027-01-08')).toEqual(['Battle of New Orleans']);
    expect(on('LA', '2025-08-30')).toEqual(['Huey P. Long Day']);
    expect(on('LA', '2026-08-31')).toEqual(['Huey P. Long Day']); // Sun Aug 30 → Mon (conservative)
    expect(on('LA', '2025-11-01')).toEqual(["All Saints' Day"]);
    expect(on('LA', '2026-06-19')).toEqual([]); // Juneteenth is not in 1:55(A)(1)
    expect(holidayCalendars.LA.notes).toMatch(/LPSC/);
    expect(holidayCalendars.LA.notes).toMatch(/governor/i);
  });

  it('PA (73 P.S. 2245(a)(10), Act 73 of 2019): Flag Day June 14 and Election Day 2026-11-03', () => {
    expect(on('PA', '2025-06-14')).toEqual(['Flag Day']);
    expect(on('PA', '2026-06-14')).toEqual(['Flag Day']);
    expect(on('PA', '2026-06-15')).toEqual(['Flag Day']); // Sunday → Monday, conservative
    expect(on('PA', '2027-06-14')).toEqual(['Flag Day']);
    expect(on('PA', '2025-11-04')).toEqual(['Election Day']);
    expect(on('PA', '2026-11-03')).toEqual(['Election Day']);
    expect(on('PA', '2027-11-02')).toEqual(['Election Day']);
    expect(on('PA', '2027-03-26')).toEqual(['Good Friday']);
    expect(holidayCalendars.PA.holidays(2026)).toHaveLength(13);
    expect(holidayCalendars.PA.notes).toMatch(/14/);
    expect(on('PA', '2026-06-19')).toEqual([]); // Juneteenth not in the Act 73 list
  });

  it('RI (R.I. Gen. Laws 5-61-2 "state or federal holidays"; 25-1-1): Victory Day 2026-08-10, May 4, Election Day in even years', () => {
    expect(on('RI', '2025-08-11')).toEqual(['Victory Day']);
    expect(on('RI', '2026-08-10')).toEqual(['Victory Day']);
    expect(on('RI', '2027-08-09')).toEqual(['Victory Day']);
    expect(on('RI', '2026-05-04')).toEqual(['Rhode Island Independence Day']);
    expect(on('RI', '2025-05-04')).toEqual(['Rhode Island Independence Day']);
    expect(on('RI', '2025-05-05')).toEqual(['Rhode Island Independence Day']); // Sunday → Monday
    expect(on('RI', '2027-05-03')).toEqual([]); // Tue May 4 2027: no shift
    expect(on('RI', '2026-11-03')).toEqual(['Election Day (general election years)']);
    expect(on('RI', '2027-11-02')).toEqual([]);
    // Federal holidays are RI holidays too (incl. Juneteenth) with the federal observed day…
    expect(on('RI', '2027-06-18')).toEqual(['Juneteenth National Independence Day']);
    // …and 25-1-1's Saturday → Monday celebration is added.
    expect(on('RI', '2026-07-03')).toEqual(['Independence Day']);
    expect(on('RI', '2026-07-06')).toEqual(['Independence Day (R.I. Gen. Laws 25-1-1 observance)']);
    expect(on('RI', '2027-12-27')).toEqual(['Christmas Day (R.I. Gen. Laws 25-1-1 observance)']);
  });

  it('RI May 4 on a Sunday moves to Monday (25-1-1 "falls on the first day of the week")', () => {
    // May 4, 2025 is a Sunday.
    expect(weekday(2025, 5, 4)).toBe(0);
    expect(find(holidayCalendars.RI.holidays(2025), 'Rhode Island Independence Day')).toEqual({
      name: 'Rhode Island Independence Day',
      date: '2025-05-04',
      observed: '2025-05-05',
    });
  });

  it('UT (Utah Code 13-25a-103; 63G-1-301): Pioneer Day July 24, Juneteenth Monday rule, Easter', () => {
    expect(on('UT', '2025-07-24')).toEqual(['Pioneer Day']);
    expect(on('UT', '2026-07-24')).toEqual(['Pioneer Day']);
    expect(on('UT', '2027-07-24')).toEqual(['Pioneer Day']); // Saturday (actual)
    expect(on('UT', '2027-07-23')).toEqual(['Pioneer Day']); // → preceding Friday
    expect(on('UT', '2026-06-15')).toEqual(['Juneteenth National Freedom Day']); // Fri Jun 19 → Mon Jun 15
    expect(on('UT', '2026-06-19')).toEqual(['Juneteenth National Freedom Day']);
    expect(on('UT', '2027-06-21')).toEqual(['Juneteenth National Freedom Day']); // Sat → following Monday
    expect(on('UT', '2025-06-16')).toEqual(['Juneteenth National Freedom Day']); // Thu Jun 19 2025 → Mon Jun 16
    expect(on('UT', '2026-04-05')).toEqual(['Easter Sunday']);
    expect(on('UT', '2026-04-03')).toEqual([]); // Good Friday only from 2027 (amendment eff. 2026-05-06)
    expect(on('UT', '2027-03-26')).toEqual(['Good Friday']);
    expect(on('UT', '2026-02-17')).toEqual([]); // no Mardi Gras in UT
  });

  it('NE (Neb. Rev. Stat. 25-2221, for the Sunday/holiday prerecorded-message rule): Arbor Day, day after Thanksgiving', () => {
    expect(on('NE', '2025-04-25')).toEqual(['Arbor Day']);
    expect(on('NE', '2026-04-24')).toEqual(['Arbor Day']);
    expect(on('NE', '2027-04-30')).toEqual(['Arbor Day']);
    expect(on('NE', '2026-11-27')).toEqual(['Day after Thanksgiving']);
    expect(on('NE', '2026-10-12')).toEqual(["Indigenous Peoples' Day and Columbus Day"]);
    expect(on('NE', '2027-12-24')).toEqual(['Christmas Day']);
  });

  it('holidaysOn is cheap enough for the hot path (cached per calendar-year)', () => {
    const start = performance.now();
    let hits = 0;
    for (let i = 0; i < 20_000; i++) {
      if (holidaysOn('LA', i % 2 === 0 ? '2026-02-17' : '2026-02-18').length > 0) hits++;
    }
    expect(hits).toBe(10_000);
    expect(performance.now() - start).toBeLessThan(2_000);
  });
});

// ------------------------------------------------------------------------------------------------
// 47 CFR 64.1200(a)(10), (d)(3): "a reasonable time not to exceed 10 business days".

const iso = (d: Date): string => d.toISOString();

describe('businessDaysAfter — 47 CFR 64.1200(a)(10),(d)(3) 10-business-day deadline', () => {
  it('receipt on the Friday before Thanksgiving week (2025-11-21): Thanksgiving skipped, the day after counts', () => {
    const at = new Date('2025-11-21T15:00:00Z');
    expect(iso(businessDaysAfter(at, 4))).toBe('2025-11-29T04:59:59.999Z'); // end of Fri 2025-11-28 EST
    expect(iso(businessDaysAfter(at, 10))).toBe('2025-12-09T04:59:59.999Z'); // end of Mon 2025-12-08 EST
  });

  it('receipt during the Christmas–New Year span (2025): Dec 25 and Jan 1 skipped', () => {
    const at = new Date('2025-12-24T15:00:00Z'); // Wed Dec 24, 10:00 EST
    expect(iso(businessDaysAfter(at, 1))).toBe('2025-12-27T04:59:59.999Z'); // Fri Dec 26
    expect(iso(businessDaysAfter(at, 5))).toBe('2026-01-03T04:59:59.999Z'); // Fri Jan 2
    expect(iso(businessDaysAfter(at, 10))).toBe('2026-01-10T04:59:59.999Z'); // Fri Jan 9
  });

  it('receipt during the Christmas–New Year span (2027): observed Fri Dec 24 and Fri Dec 31 (New Year 2028) skipped', () => {
    const at = new Date('2027-12-23T20:00:00Z'); // Thu Dec 23
    expect(iso(businessDaysAfter(at, 1))).toBe('2027-12-28T04:59:59.999Z'); // Mon Dec 27
    expect(iso(businessDaysAfter(at, 4))).toBe('2027-12-31T04:59:59.999Z'); // Thu Dec 30
    expect(iso(businessDaysAfter(at, 5))).toBe('2028-01-04T04:59:59.999Z'); // Mon Jan 3, 2028
    expect(iso(businessDaysAfter(at, 10))).toBe('2028-01-11T04:59:59.999Z'); // Mon Jan 10, 2028
  });

  it('receipt late at night near midnight: day 0 is the local date in the zone, not the UTC date', () => {
    const at = new Date('2026-03-06T04:30:00Z'); // Thu 2026-03-05 23:30 EST; Fri in UTC
    expect(iso(businessDaysAfter(at, 0))).toBe('2026-03-06T04:59:59.999Z'); // end of Thu (local)
    expect(iso(businessDaysAfter(at, 1))).toBe('2026-03-07T04:59:59.999Z'); // end of Fri (local)
    expect(iso(businessDaysAfter(at, 1, { timeZone: 'UTC' }))).toBe('2026-03-09T23:59:59.999Z'); // Fri is day 0 in UTC
    const la = new Date('2026-03-06T07:59:59.999Z'); // Thu 23:59:59.999 PST
    expect(iso(businessDaysAfter(la, 1, { timeZone: 'America/Los_Angeles' }))).toBe('2026-03-07T07:59:59.999Z');
  });

  it('receipt on a Saturday: day 0 = Saturday, the first counted day is Monday (across the DST change)', () => {
    const at = new Date('2026-03-07T17:00:00Z'); // Sat 12:00 EST
    expect(iso(businessDaysAfter(at, 0))).toBe('2026-03-08T04:59:59.999Z'); // end of Sat (EST)
    expect(iso(businessDaysAfter(at, 1))).toBe('2026-03-10T03:59:59.999Z'); // end of Mon Mar 9 (EDT)
    expect(iso(businessDaysAfter(at, 10))).toBe('2026-03-21T03:59:59.999Z'); // Fri Mar 20
  });

  it('counts across Feb 29, 2028 (leap day is an ordinary business day)', () => {
    const at = new Date('2028-02-24T15:00:00Z'); // Thu
    expect(isBusinessDay('2028-02-29')).toBe(true);
    expect(iso(businessDaysAfter(at, 3))).toBe('2028-03-01T04:59:59.999Z'); // Tue Feb 29 ends
    expect(iso(businessDaysAfter(at, 10))).toBe('2028-03-10T04:59:59.999Z'); // Thu Mar 9
  });

  it('handles zones whose clocks jump at midnight (America/Santiago, 2026-09-06 starts at 01:00)', () => {
    const at = new Date('2026-09-05T15:00:00Z'); // Sat in Santiago
    expect(iso(businessDaysAfter(at, 0, { timeZone: 'America/Santiago' }))).toBe('2026-09-06T03:59:59.999Z');
  });

  it('validates its arguments: n must be a non-negative integer (RangeError naming n)', () => {
    const at = new Date('2026-01-05T12:00:00Z');
    for (const bad of [-1, 1.5, Number.NaN, Number.POSITIVE_INFINITY, '3' as unknown as number]) {
      expect(() => businessDaysAfter(at, bad)).toThrow(RangeError);
      expect(() => businessDaysAfter(at, bad)).toThrow(/\bn\b/);
    }
    expect(() => businessDaysAfter(new Date(Number.NaN), 1)).toThrow(RangeError);
    expect(() => businessDaysAfter(at, 1, { timeZone: 'Not/AZone' })).toThrow(RangeError);
    expect(() => businessDaysAfter(new Date('1980-01-02T12:00:00Z'), 1)).toThrow(RangeError);
  });
});

// ------------------------------------------------------------------------------------------------
// Independent oracle: Temporal (@js-temporal/polyfill) for local dates and day starts, and a
// separate Temporal-based implementation of the 5 U.S.C. 6103(a) holiday rules.

function oracleFederalDays(year: number): Set<string> {
  const out = new Set<string>();
  const PD = Temporal.PlainDate;
  const nthDow = (month: number, dow: number, n: number): Temporal.PlainDate => {
    let d = PD.from({ year, month, day: 1 });
    while (d.dayOfWeek !== dow) d = d.add({ days: 1 });
    return d.add({ weeks: n - 1 });
  };
  const lastDow = (month: number, dow: number): Temporal.PlainDate => {
    let d = PD.from({ year, month, day: 1 }).add({ months: 1 }).subtract({ days: 1 });
    while (d.dayOfWeek !== dow) d = d.subtract({ days: 1 });
    return d;
  };
  const fixedDay = (month: number, day: number): void => {
    const d = PD.from({ year, month, day });
    out.add(d.toString());
    if (d.dayOfWeek === 6) out.add(d.subtract({ days: 1 }).toString());
    if (d.dayOfWeek === 7) out.add(d.add({ days: 1 }).toString());
  };
  fixedDay(1, 1);
  out.add(nthDow(1, 1, 3).toString());
  out.add(nthDow(2, 1, 3).toString());
  out.add(lastDow(5, 1).toString());
  if (year >= 2021) fixedDay(6, 19);
  fixedDay(7, 4);
  out.add(nthDow(9, 1, 1).toString());
  out.add(nthDow(10, 1, 2).toString());
  fixedDay(11, 11);
  out.add(nthDow(11, 4, 4).toString());
  fixedDay(12, 25);
  return out;
}

const oracleCache = new Map<number, Set<string>>();
function oracleIsHoliday(d: Temporal.PlainDate): boolean {
  for (const y of [d.year, d.year + 1]) {
    let s = oracleCache.get(y);
    if (s === undefined) {
      s = oracleFederalDays(y);
      oracleCache.set(y, s);
    }
    if (s.has(d.toString())) return true;
  }
  return false;
}

function oracleDeadline(at: Date, n: number, timeZone: string): number {
  let d = Temporal.Instant.fromEpochMilliseconds(at.getTime()).toZonedDateTimeISO(timeZone).toPlainDate();
  let counted = 0;
  while (counted < n) {
    d = d.add({ days: 1 });
    if (d.dayOfWeek <= 5 && !oracleIsHoliday(d)) counted++;
  }
  return d.add({ days: 1 }).toZonedDateTime({ timeZone }).epochMilliseconds - 1;
}

const ZONES = [
  'America/New_York',
  'America/Chicago',
  'America/Denver',
  'America/Phoenix',
  'America/Los_Angeles',
  'America/Anchorage',
  'Pacific/Honolulu',
  'America/Puerto_Rico',
  'UTC',
  'America/Santiago', // DST starts at midnight
  'America/Havana', // DST starts at midnight
] as const;

const anyInstant = fc.date({
  min: new Date('2020-01-01T00:00:00Z'),
  max: new Date('2034-12-31T23:59:59Z'),
  noInvalidDate: true,
});
/** Instants within ±2 days of an observed federal holiday, where the counting is interesting. */
const nearHoliday = fc
  .tuple(fc.integer({ min: 2021, max: 2034 }), fc.integer({ min: 0, max: 10 }), fc.integer({ min: -2880, max: 2880 }))
  .map(([y, i, minutes]) => {
    const h = federalHolidays(y)[i] as Holiday;
    return new Date(Date.parse(`${h.observed}T12:00:00Z`) + minutes * 60_000);
  });
const instantArb = fc.oneof(anyInstant, nearHoliday);

describe('businessDaysAfter properties (fast-check, Temporal oracle) — 47 CFR 64.1200(a)(10); 5 U.S.C. 6103', () => {
  it('is strictly increasing in n: businessDaysAfter(x, n + 1) > businessDaysAfter(x, n)', () => {
    fc.assert(
      fc.property(instantArb, fc.integer({ min: 0, max: 30 }), fc.constantFrom(...ZONES), (x, n, timeZone) => {
        const a = businessDaysAfter(x, n, { timeZone }).getTime();
        const b = businessDaysAfter(x, n + 1, { timeZone }).getTime();
        expect(b).toBeGreaterThan(a);
        expect(a).toBeGreaterThan(x.getTime()); // never before receipt
      }),
      { numRuns: 300, seed: 641200 },
    );
  });

  it('the local date of the result (Temporal) is never a weekend or federal holiday, and the result is the last ms of that day', () => {
    fc.assert(
      fc.property(instantArb, fc.integer({ min: 1, max: 30 }), fc.constantFrom(...ZONES), (x, n, timeZone) => {
        const r = businessDaysAfter(x, n, { timeZone });
        const zdt = Temporal.Instant.fromEpochMilliseconds(r.getTime()).toZonedDateTimeISO(timeZone);
        const local = zdt.toPlainDate();
        expect(local.dayOfWeek).toBeLessThanOrEqual(5);
        expect(oracleIsHoliday(local)).toBe(false);
        expect(isFederalHoliday(local.toString())).toBe(false);
        const next = Temporal.Instant.fromEpochMilliseconds(r.getTime() + 1).toZonedDateTimeISO(timeZone);
        expect(Temporal.PlainDate.compare(next.toPlainDate(), local)).toBe(1);
        expect(next.epochMilliseconds).toBe(next.startOfDay().epochMilliseconds);
      }),
      { numRuns: 300, seed: 6103 },
    );
  });

  it('matches an independent Temporal implementation exactly', () => {
    fc.assert(
      fc.property(instantArb, fc.integer({ min: 0, max: 25 }), fc.constantFrom(...ZONES), (x, n, timeZone) => {
        expect(businessDaysAfter(x, n, { timeZone }).getTime()).toBe(oracleDeadline(x, n, timeZone));
      }),
      { numRuns: 300, seed: 20250411 },
    );
  });

  it('end of day 0 matches Temporal for every local day of 2026-2027 (incl. midnight DST jumps)', () => {
    for (const timeZone of ['America/New_York', 'America/Santiago', 'America/Havana'] as const) {
      let d = Temporal.PlainDate.from('2026-01-01');
      while (d.year < 2028) {
        const noon = new Date(d.toZonedDateTime({ timeZone, plainTime: '12:00' }).epochMilliseconds);
        expect(businessDaysAfter(noon, 0, { timeZone }).getTime()).toBe(oracleDeadline(noon, 0, timeZone));
        d = d.add({ days: 1 });
      }
    }
  });

  it('defaults to America/New_York', () => {
    fc.assert(
      fc.property(instantArb, fc.integer({ min: 0, max: 12 }), (x, n) => {
        expect(businessDaysAfter(x, n).getTime()).toBe(businessDaysAfter(x, n, { timeZone: 'America/New_York' }).getTime());
      }),
      { numRuns: 100, seed: 10 },
    );
  });
});

describe('dated holiday changes, both sides (issue 3: "both sides of each effective date and each holiday")', () => {
  it('UT Juneteenth National Freedom Day from 2022 (H.B. 238): absent in 2021, present in 2022 (Sun Jun 19 → Mon Jun 20)', () => {
    expect(names(holidayCalendars.UT.holidays(2021))).not.toContain('Juneteenth National Freedom Day');
    expect(on('UT', '2021-06-18')).toEqual([]);
    expect(on('UT', '2022-06-19')).toEqual(['Juneteenth National Freedom Day']);
    expect(on('UT', '2022-06-20')).toEqual(['Juneteenth National Freedom Day']);
  });
  it('UT Juneteenth observed on the Monday of its week from 2025 (2025 amendment): Thu 2025-06-19 → Mon 06-16; in 2024 a Wednesday is not moved', () => {
    expect(on('UT', '2025-06-16')).toEqual(['Juneteenth National Freedom Day']);
    expect(on('UT', '2024-06-19')).toEqual(['Juneteenth National Freedom Day']);
    expect(on('UT', '2024-06-17')).toEqual([]);
  });
  it('UT Easter Sunday from 2025 (S.B. 259): not in 2024 (2024-03-31), in 2025 (2025-04-20)', () => {
    expect(on('UT', '2024-03-31')).toEqual([]);
    expect(on('UT', '2025-04-20')).toEqual(['Easter Sunday']);
  });
  it('UT Good Friday from 2027 (amendment effective 2026-05-06): not on 2026-04-03, on 2027-03-26', () => {
    expect(on('UT', '2026-04-03')).toEqual([]);
    expect(on('UT', '2027-03-26')).toEqual(['Good Friday']);
  });
  it('AL and NE: the federal Juneteenth (Pub. L. 117-17) from 2021 only: not on 2020-06-19, on 2021-06-18 / 06-19', () => {
    expect(on('AL', '2020-06-19')).toEqual([]);
    expect(on('NE', '2020-06-19')).toEqual([]);
    expect(on('AL', '2021-06-18').length).toBeGreaterThan(0); // Sat Jun 19 2021 → Fri (1-3-8 / federal observed)
    expect(on('NE', '2021-06-18').length).toBeGreaterThan(0);
  });
});
