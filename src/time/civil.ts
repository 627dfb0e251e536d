/**
 * A tiny proleptic-Gregorian civil-date toolkit. All arithmetic is done on plain integers (days
 * since 1970-01-01), never on `Date` objects, so it is time-zone free and cheap enough for hot
 * paths. Day-count conversions follow Howard Hinnant's `days_from_civil` / `civil_from_days`
 * algorithms (https://howardhinnant.github.io/date_algorithms.html); Easter follows the
 * "Anonymous Gregorian" (Meeus/Jones/Butcher) computus.
 *
 * @module
 */

/**
 * A calendar date without a time or a zone.
 * @category Time
 */
export interface CivilDate {
  /** Full year, e.g. `2026`. */
  year: number;
  /** Month, 1 = January … 12 = December. */
  month: number;
  /** Day of the month, 1–31. */
  day: number;
}

/**
 * Day of the week as returned by {@link weekday}: 0 = Sunday … 6 = Saturday.
 * @category Time
 */
export type Weekday = 0 | 1 | 2 | 3 | 4 | 5 | 6;

/** Named weekday constants (0 = Sunday … 6 = Saturday). @category Time */
export const Weekdays = Object.freeze({
  /** 0 */
  SUNDAY: 0,
  /** 1 */
  MONDAY: 1,
  /** 2 */
  TUESDAY: 2,
  /** 3 */
  WEDNESDAY: 3,
  /** 4 */
  THURSDAY: 4,
  /** 5 */
  FRIDAY: 5,
  /** 6 */
  SATURDAY: 6,
} as const);

/**
 * Whether a year is a Gregorian leap year (divisible by 4, except centuries not divisible by 400).
 * @param year - the full year
 * @returns `true` for leap years (e.g. 2000, 2028), `false` otherwise (e.g. 1900, 2027)
 * @category Time
 */
export function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

const MONTH_DAYS = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31] as const;

/**
 * The number of days in a month.
 * @param year - the full year
 * @param month - 1–12
 * @returns 28–31
 * @throws RangeError if `month` is not an integer in 1–12
 * @category Time
 */
export function daysInMonth(year: number, month: number): number {
  if (!Number.isInteger(month) || month < 1 || month > 12) {
    throw new RangeError(`[dialguard] month must be an integer 1-12, got ${String(month)}`);
  }
  return month === 2 && isLeapYear(year) ? 29 : (MONTH_DAYS[month - 1] as number);
}

/**
 * Whether `(year, month, day)` names a real date (integer fields, month 1–12, day within the
 * month). Years are limited to 0–9999 so that {@link formatCivil} output stays `YYYY-MM-DD`.
 * @param year - the full year
 * @param month - 1–12
 * @param day - 1–31
 * @returns `true` if the date exists
 * @category Time
 */
export function isValidCivil(year: number, month: number, day: number): boolean {
  return (
    Number.isInteger(year) &&
    Number.isInteger(month) &&
    Number.isInteger(day) &&
    year >= 0 &&
    year <= 9999 &&
    month >= 1 &&
    month <= 12 &&
    day >= 1 &&
    day <= daysInMonth(year, month)
  );
}

/**
 * Days since 1970-01-01 of a civil date (Hinnant's `days_from_civil`). The fields are not
 * validated (this is the hot-path primitive): check untrusted input with {@link isValidCivil}.
 * @param y - the full year
 * @param m - month 1–12
 * @param d - day 1–31
 * @returns the day number (negative before 1970)
 * @example
 * daysFromCivil(1970, 1, 1); // 0
 * daysFromCivil(2028, 2, 29); // 21243
 * @category Time
 */
export function daysFromCivil(y: number, m: number, d: number): number {
  const yy = m <= 2 ? y - 1 : y;
  const era = Math.floor(yy / 400);
  const yoe = yy - era * 400; // [0, 399]
  const mp = (m + 9) % 12; // March = 0
  const doy = Math.floor((153 * mp + 2) / 5) + d - 1; // [0, 365]
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy; // [0, 146096]
  return era * 146097 + doe - 719468;
}

/**
 * The civil date of a day number (Hinnant's `civil_from_days`); inverse of {@link daysFromCivil}.
 * @param days - days since 1970-01-01 (an integer)
 * @returns the civil date
 * @example
 * civilFromDays(0); // { year: 1970, month: 1, day: 1 }
 * @category Time
 */
export function civilFromDays(days: number): CivilDate {
  const z = days + 719468;
  const era = Math.floor(z / 146097);
  const doe = z - era * 146097; // [0, 146096]
  const yoe = Math.floor((doe - Math.floor(doe / 1460) + Math.floor(doe / 36524) - Math.floor(doe / 146096)) / 365); // [0, 399]
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100)); // [0, 365]
  const mp = Math.floor((5 * doy + 2) / 153); // [0, 11]
  const day = doy - Math.floor((153 * mp + 2) / 5) + 1; // [1, 31]
  const month = mp < 10 ? mp + 3 : mp - 9; // [1, 12]
  const year = yoe + era * 400 + (month <= 2 ? 1 : 0);
  return { year, month, day };
}

/**
 * Day of the week of a day number (1970-01-01 was a Thursday).
 * @param days - days since 1970-01-01
 * @returns 0 = Sunday … 6 = Saturday
 * @category Time
 */
export function weekdayFromDays(days: number): Weekday {
  return (((days + 4) % 7) + 7) % 7 as Weekday;
}

/**
 * Day of the week of a civil date.
 * @param y - the full year
 * @param m - month 1–12
 * @param d - day 1–31
 * @returns 0 = Sunday … 6 = Saturday
 * @example
 * weekday(2028, 2, 29); // 2 (Tuesday)
 * @category Time
 */
export function weekday(y: number, m: number, d: number): Weekday {
  return weekdayFromDays(daysFromCivil(y, m, d));
}

/**
 * The date `n` days after (or before, if negative) a civil date.
 * @param date - the start date
 * @param n - an integer number of days
 * @returns the shifted date
 * @category Time
 */
export function addDays(date: CivilDate, n: number): CivilDate {
  return civilFromDays(daysFromCivil(date.year, date.month, date.day) + n);
}

/**
 * The n-th given weekday of a month, e.g. the 4th Thursday of November (Thanksgiving) or, with
 * `n = -1`, the last Monday of May (Memorial Day).
 * @param y - the full year
 * @param m - month 1–12
 * @param wd - weekday, 0 = Sunday … 6 = Saturday
 * @param n - 1–5 for the first…fifth occurrence, or -1 for the last
 * @returns the date
 * @throws RangeError if an argument is out of range or the month has no such occurrence
 * (e.g. a 5th Monday in a month with four)
 * @example
 * nthWeekdayOfMonth(2026, 11, 4, 4); // { year: 2026, month: 11, day: 26 }  (Thanksgiving)
 * nthWeekdayOfMonth(2027, 5, 1, -1); // { year: 2027, month: 5, day: 31 }   (Memorial Day)
 * @category Time
 */
export function nthWeekdayOfMonth(y: number, m: number, wd: number, n: number): CivilDate {
  if (!Number.isInteger(wd) || wd < 0 || wd > 6) {
    throw new RangeError(`[dialguard] weekday must be an integer 0-6, got ${String(wd)}`);
  }
  if (!(n === -1 || (Number.isInteger(n) && n >= 1 && n <= 5))) {
    throw new RangeError(`[dialguard] n must be 1-5 or -1 (last), got ${String(n)}`);
  }
  const len = daysInMonth(y, m);
  if (n === -1) {
    const lastWd = weekday(y, m, len);
    return { year: y, month: m, day: len - ((lastWd - wd + 7) % 7) };
  }
  const firstWd = weekday(y, m, 1);
  const day = 1 + ((wd - firstWd + 7) % 7) + (n - 1) * 7;
  if (day > len) {
    throw new RangeError(`[dialguard] ${y}-${pad2(m)} has no occurrence ${n} of weekday ${wd}`);
  }
  return { year: y, month: m, day };
}

/**
 * Western (Gregorian) Easter Sunday, by the Anonymous Gregorian algorithm.
 * @param y - the full year (Gregorian calendar)
 * @returns the date of Easter Sunday
 * @example
 * easterSunday(2026); // { year: 2026, month: 4, day: 5 }
 * @category Time
 */
export function easterSunday(y: number): CivilDate {
  const a = y % 19;
  const b = Math.floor(y / 100);
  const c = y % 100;
  const d = Math.floor(b / 4);
  const e = b % 4;
  const f = Math.floor((b + 8) / 25);
  const g = Math.floor((b - f + 1) / 3);
  const h = (19 * a + b - d - g + 15) % 30;
  const i = Math.floor(c / 4);
  const k = c % 4;
  const l = (32 + 2 * e + 2 * i - h - k) % 7;
  const mm = Math.floor((a + 11 * h + 22 * l) / 451);
  const month = Math.floor((h + l - 7 * mm + 114) / 31);
  const day = ((h + l - 7 * mm + 114) % 31) + 1;
  return { year: y, month, day };
}

function pad2(n: number): string {
  return n < 10 ? `0${n}` : String(n);
}

/**
 * Formats a civil date as `'YYYY-MM-DD'` (year zero-padded to four digits).
 * @param date - the date
 * @returns e.g. `'2026-07-03'`
 * @category Time
 */
export function formatCivil(date: CivilDate): string {
  const y = date.year;
  const ys = y >= 1000 ? String(y) : String(y).padStart(4, '0');
  return `${ys}-${pad2(date.month)}-${pad2(date.day)}`;
}

const CIVIL_RE = /^(\d{4})-(\d{2})-(\d{2})$/;

/**
 * Parses a strict `'YYYY-MM-DD'` string.
 * @param s - e.g. `'2028-02-29'`
 * @returns the date
 * @throws RangeError if the string is not of that form or names no real date (e.g. `'2027-02-29'`)
 * @example
 * parseCivil('2028-02-29'); // { year: 2028, month: 2, day: 29 }
 * @category Time
 */
export function parseCivil(s: string): CivilDate {
  const m = typeof s === 'string' ? CIVIL_RE.exec(s) : null;
  if (m !== null) {
    const year = Number(m[1]);
    const month = Number(m[2]);
    const day = Number(m[3]);
    if (isValidCivil(year, month, day)) return { year, month, day };
  }
  throw new RangeError(`[dialguard] expected a real date as 'YYYY-MM-DD', got ${JSON.stringify(s)}`);
}
