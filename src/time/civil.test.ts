import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  addDays,
  civilFromDays,
  daysFromCivil,
  daysInMonth,
  easterSunday,
  formatCivil,
  isLeapYear,
  isValidCivil,
  nthWeekdayOfMonth,
  parseCivil,
  weekday,
  weekdayFromDays,
  Weekdays,
} from './civil';

const DAY_MS = 86_400_000;
const MIN_DAYS = daysFromCivil(100, 1, 1); // Date.UTC maps years 0-99 to 1900-1999: stay above.
const MAX_DAYS = daysFromCivil(9999, 12, 31);

describe('civil day numbers (Hinnant days_from_civil / civil_from_days)', () => {
  it('anchors: 1970-01-01 is day 0, 1969-12-31 is day -1, 2000-03-01, 2028-02-29', () => {
    expect(daysFromCivil(1970, 1, 1)).toBe(0);
    expect(civilFromDays(0)).toEqual({ year: 1970, month: 1, day: 1 });
    expect(civilFromDays(-1)).toEqual({ year: 1969, month: 12, day: 31 });
    expect(daysFromCivil(2000, 3, 1)).toBe(11017);
    expect(daysFromCivil(2028, 2, 29)).toBe(21243);
    expect(civilFromDays(21243)).toEqual({ year: 2028, month: 2, day: 29 });
    expect(civilFromDays(21244)).toEqual({ year: 2028, month: 3, day: 1 });
  });

  it('agrees with Date.UTC for every day in years 100-9999 (property, oracle = Date)', () => {
    fc.assert(
      fc.property(fc.integer({ min: MIN_DAYS, max: MAX_DAYS }), (days) => {
        const d = new Date(days * DAY_MS);
        const c = civilFromDays(days);
        expect(c).toEqual({ year: d.getUTCFullYear(), month: d.getUTCMonth() + 1, day: d.getUTCDate() });
        expect(daysFromCivil(c.year, c.month, c.day)).toBe(days);
        expect(weekdayFromDays(days)).toBe(d.getUTCDay());
        expect(weekday(c.year, c.month, c.day)).toBe(d.getUTCDay());
      }),
      { numRuns: 300, seed: 1970 },
    );
  });

  it('addDays crosses month, year and leap-day boundaries', () => {
    expect(addDays({ year: 2028, month: 2, day: 28 }, 1)).toEqual({ year: 2028, month: 2, day: 29 });
    expect(addDays({ year: 2027, month: 2, day: 28 }, 1)).toEqual({ year: 2027, month: 3, day: 1 });
    expect(addDays({ year: 2027, month: 12, day: 31 }, 1)).toEqual({ year: 2028, month: 1, day: 1 });
    expect(addDays({ year: 2028, month: 3, day: 1 }, -1)).toEqual({ year: 2028, month: 2, day: 29 });
  });
});

describe('weekday and leap years', () => {
  it('2028-02-29 is a Tuesday; 2026-07-04 a Saturday; 2027-07-04 a Sunday', () => {
    expect(weekday(2028, 2, 29)).toBe(Weekdays.TUESDAY);
    expect(weekday(2026, 7, 4)).toBe(Weekdays.SATURDAY);
    expect(weekday(2027, 7, 4)).toBe(Weekdays.SUNDAY);
    expect(weekday(1970, 1, 1)).toBe(Weekdays.THURSDAY);
  });

  it('Gregorian leap-year rule (century exception, 400-year exception)', () => {
    expect(isLeapYear(2028)).toBe(true);
    expect(isLeapYear(2024)).toBe(true);
    expect(isLeapYear(2027)).toBe(false);
    expect(isLeapYear(1900)).toBe(false);
    expect(isLeapYear(2100)).toBe(false);
    expect(isLeapYear(2000)).toBe(true);
    expect(daysInMonth(2028, 2)).toBe(29);
    expect(daysInMonth(2027, 2)).toBe(28);
    expect(daysInMonth(2026, 4)).toBe(30);
    expect(daysInMonth(2026, 12)).toBe(31);
    expect(() => daysInMonth(2026, 13)).toThrow(RangeError);
  });

  it('isValidCivil rejects impossible dates', () => {
    expect(isValidCivil(2028, 2, 29)).toBe(true);
    expect(isValidCivil(2027, 2, 29)).toBe(false);
    expect(isValidCivil(2026, 4, 31)).toBe(false);
    expect(isValidCivil(2026, 0, 1)).toBe(false);
    expect(isValidCivil(2026, 1, 1.5)).toBe(false);
    expect(isValidCivil(10000, 1, 1)).toBe(false);
  });
});

describe('nthWeekdayOfMonth', () => {
  it('finds the statutory Monday/Thursday holidays (5 U.S.C. 6103(a))', () => {
    expect(nthWeekdayOfMonth(2026, 1, Weekdays.MONDAY, 3)).toEqual({ year: 2026, month: 1, day: 19 }); // MLK
    expect(nthWeekdayOfMonth(2027, 5, Weekdays.MONDAY, -1)).toEqual({ year: 2027, month: 5, day: 31 }); // Memorial
    expect(nthWeekdayOfMonth(2025, 9, Weekdays.MONDAY, 1)).toEqual({ year: 2025, month: 9, day: 1 }); // Labor
    expect(nthWeekdayOfMonth(2026, 11, Weekdays.THURSDAY, 4)).toEqual({ year: 2026, month: 11, day: 26 }); // Thanksgiving
    expect(nthWeekdayOfMonth(2026, 4, Weekdays.FRIDAY, -1)).toEqual({ year: 2026, month: 4, day: 24 }); // NE Arbor Day
    expect(nthWeekdayOfMonth(2026, 8, Weekdays.MONDAY, 2)).toEqual({ year: 2026, month: 8, day: 10 }); // RI Victory Day
    expect(nthWeekdayOfMonth(2026, 3, Weekdays.MONDAY, 5)).toEqual({ year: 2026, month: 3, day: 30 });
  });

  it('throws RangeError for a missing 5th occurrence or bad arguments', () => {
    expect(() => nthWeekdayOfMonth(2026, 2, Weekdays.MONDAY, 5)).toThrow(RangeError);
    expect(() => nthWeekdayOfMonth(2026, 2, Weekdays.MONDAY, 0)).toThrow(RangeError);
    expect(() => nthWeekdayOfMonth(2026, 2, 7, 1)).toThrow(RangeError);
    expect(() => nthWeekdayOfMonth(2026, 13, 1, 1)).toThrow(RangeError);
  });

  it('the result always has the requested weekday and lies in the month (property)', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1900, max: 2200 }),
        fc.integer({ min: 1, max: 12 }),
        fc.integer({ min: 0, max: 6 }),
        fc.constantFrom(1, 2, 3, 4, -1),
        (y, m, wd, n) => {
          const c = nthWeekdayOfMonth(y, m, wd, n);
          expect(c.year).toBe(y);
          expect(c.month).toBe(m);
          expect(weekday(c.year, c.month, c.day)).toBe(wd);
          if (n > 0) expect(Math.ceil(c.day / 7)).toBe(n);
          else expect(c.day + 7).toBeGreaterThan(daysInMonth(y, m));
        },
      ),
      { numRuns: 300, seed: 6103 },
    );
  });
});

describe('easterSunday (Anonymous Gregorian algorithm)', () => {
  it.each([
    [2024, '2024-03-31'],
    [2025, '2025-04-20'],
    [2026, '2026-04-05'],
    [2027, '2027-03-28'],
    [2028, '2028-04-16'],
    [2000, '2000-04-23'],
    [2019, '2019-04-21'],
    [2038, '2038-04-25'], // latest possible date
    [2285, '2285-03-22'], // earliest possible date
  ])('Easter %i is %s', (y, iso) => {
    expect(formatCivil(easterSunday(y))).toBe(iso);
  });

  it('is always a Sunday between March 22 and April 25 (property)', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1583, max: 9999 }), (y) => {
        const e = easterSunday(y);
        expect(weekday(e.year, e.month, e.day)).toBe(Weekdays.SUNDAY);
        const md = e.month * 100 + e.day;
        expect(md).toBeGreaterThanOrEqual(322);
        expect(md).toBeLessThanOrEqual(425);
      }),
      { numRuns: 300, seed: 325 },
    );
  });
});

describe('formatCivil / parseCivil', () => {
  it('round-trips YYYY-MM-DD with zero padding', () => {
    expect(formatCivil({ year: 2027, month: 7, day: 5 })).toBe('2027-07-05');
    expect(formatCivil({ year: 987, month: 1, day: 2 })).toBe('0987-01-02');
    expect(parseCivil('2028-02-29')).toEqual({ year: 2028, month: 2, day: 29 });
    fc.assert(
      fc.property(fc.integer({ min: daysFromCivil(0, 1, 1), max: MAX_DAYS }), (days) => {
        const c = civilFromDays(days);
        expect(parseCivil(formatCivil(c))).toEqual(c);
      }),
      { numRuns: 300, seed: 8601 },
    );
  });

  it.each(['2027-02-29', '2026-13-01', '2026-04-31', '2026-1-01', '2026-01-01T00:00', ' 2026-01-01', '', 'abcd-ef-gh'])(
    'rejects %j with RangeError',
    (s) => {
      expect(() => parseCivil(s)).toThrow(RangeError);
    },
  );
});
