/**
 * US federal legal public holidays, per-state holiday calendars for the states whose telemarketing
 * rules ban (or restrict) calls on holidays, and the business-day count used for the
 * 10-business-day opt-out / do-not-call deadline of 47 CFR 64.1200(a)(10) and (d)(3).
 *
 * Every calendar returns {@link Holiday} records with the statutory date (`date`) and the day off
 * (`observed`); the lookups treat **both** days as the holiday, which is the conservative reading
 * for a calling ban. Dates are computed from the statutory rules, never from a table, and only
 * for the years {@link HOLIDAY_MIN_YEAR}–{@link HOLIDAY_MAX_YEAR}.
 *
 * Governor-declared, emergency or other ad-hoc days are not in any calendar: hosts add those as
 * declared days in the engine.
 *
 * @module
 */
import { formatInTimeZone, fromZonedTime } from 'date-fns-tz';
import type { CivilDate } from './civil';
import {
  civilFromDays,
  daysFromCivil,
  easterSunday,
  formatCivil,
  isValidCivil,
  nthWeekdayOfMonth,
  weekdayFromDays,
} from './civil';

/**
 * One holiday occurrence.
 * @category Time
 */
export interface Holiday {
  /** Name of the holiday, as the statute calls it (with a short qualifier where useful). */
  name: string;
  /** `'YYYY-MM-DD'`: the statutory (actual) date. */
  date: string;
  /** `'YYYY-MM-DD'`: the day off, after any weekend shift; equal to `date` when nothing shifts. */
  observed: string;
}

/**
 * The calendars available: `'US'` (federal, 5 U.S.C. 6103) and the states with a holiday rule.
 * @category Time
 */
export type HolidayCalendarId = 'US' | 'AL' | 'LA' | 'PA' | 'RI' | 'UT' | 'NE';

/**
 * A holiday calendar with its legal source.
 * @category Time
 */
export interface HolidayCalendar {
  /** The calendar id. */
  id: HolidayCalendarId;
  /** The calling rule that uses the calendar and the statute that lists the holidays. */
  citation: string;
  /**
   * How the holiday list was checked: `'V'` primary text (or a verbatim copy of it) read,
   * `'S'` secondary sources only (or partly), `'unverified'` neither.
   */
  confidence: 'V' | 'S' | 'unverified';
  /** Caveats: weekend-shift decisions, omitted days, pending changes. */
  notes?: string;
  /**
   * The holidays whose statutory date falls in `year` (an observed day may fall in the
   * adjacent year, e.g. New Year's Day 2028 observed Fri 2027-12-31).
   * @param year - an integer year in {@link HOLIDAY_MIN_YEAR}–{@link HOLIDAY_MAX_YEAR}
   * @returns fresh records, sorted by date
   * @throws RangeError for a year outside the supported range
   */
  holidays(year: number): Holiday[];
}

/**
 * First year the calendars support (the first year Martin Luther King, Jr. Day was a federal
 * legal public holiday). Earlier years throw rather than return a wrong list.
 * @category Time
 */
export const HOLIDAY_MIN_YEAR = 1986;

/**
 * Last year the calendars support (dates are formatted with four-digit years).
 * @category Time
 */
export const HOLIDAY_MAX_YEAR = 9999;

// ---------------------------------------------------------------------------------------------
// Building blocks (day numbers = days since 1970-01-01)

type Shift = 'none' | 'federal' | 'sunday-to-monday' | 'weekend-to-monday';

const SUN = 0;
const MON = 1;
const FRI = 5;
const THU = 4;
const SAT = 6;

function observedDay(days: number, shift: Shift): number {
  if (shift === 'none') return days;
  const wd = weekdayFromDays(days);
  if (wd === SUN) return days + 1;
  if (wd === SAT) {
    if (shift === 'federal') return days - 1;
    if (shift === 'weekend-to-monday') return days + 2;
  }
  return days;
}

function holiday(name: string, days: number, observed: number = days): Holiday {
  return { name, date: formatCivil(civilFromDays(days)), observed: formatCivil(civilFromDays(observed)) };
}

function fixed(name: string, y: number, m: number, d: number, shift: Shift): Holiday {
  const days = daysFromCivil(y, m, d);
  return holiday(name, days, observedDay(days, shift));
}

function nth(name: string, y: number, m: number, wd: number, n: number): Holiday {
  const c = nthWeekdayOfMonth(y, m, wd, n);
  return holiday(name, daysFromCivil(c.year, c.month, c.day));
}

function easterDays(y: number): number {
  const e = easterSunday(y);
  return daysFromCivil(e.year, e.month, e.day);
}

/** Tuesday after the first Monday in November. */
function electionDay(name: string, y: number): Holiday {
  const c = nthWeekdayOfMonth(y, 11, MON, 1);
  return holiday(name, daysFromCivil(c.year, c.month, c.day) + 1);
}

function assertYear(year: number): void {
  if (!Number.isInteger(year) || year < HOLIDAY_MIN_YEAR || year > HOLIDAY_MAX_YEAR) {
    throw new RangeError(
      `[dialguard] holiday year must be an integer ${HOLIDAY_MIN_YEAR}-${HOLIDAY_MAX_YEAR}, got ${String(year)}`,
    );
  }
}

function byDate(a: Holiday, b: Holiday): number {
  return a.date < b.date ? -1 : a.date > b.date ? 1 : a.observed < b.observed ? -1 : a.observed > b.observed ? 1 : 0;
}

// ---------------------------------------------------------------------------------------------
// Calendars (each builder returns the holidays whose statutory date is in `y`)

/** 5 U.S.C. 6103(a); Saturday → preceding Friday, Sunday → following Monday. */
function buildFederal(y: number): Holiday[] {
  const out: Holiday[] = [fixed("New Year's Day", y, 1, 1, 'federal')];
  out.push(nth('Birthday of Martin Luther King, Jr.', y, 1, MON, 3));
  out.push(nth("Washington's Birthday", y, 2, MON, 3));
  out.push(nth('Memorial Day', y, 5, MON, -1));
  // Juneteenth National Independence Day Act, Pub. L. 117-17, enacted 2021-06-17.
  if (y >= 2021) out.push(fixed('Juneteenth National Independence Day', y, 6, 19, 'federal'));
  out.push(fixed('Independence Day', y, 7, 4, 'federal'));
  out.push(nth('Labor Day', y, 9, MON, 1));
  out.push(nth('Columbus Day', y, 10, MON, 2));
  out.push(fixed('Veterans Day', y, 11, 11, 'federal'));
  out.push(nth('Thanksgiving Day', y, 11, THU, 4));
  out.push(fixed('Christmas Day', y, 12, 25, 'federal'));
  return out;
}

/** Ala. Code 1-3-8: Sunday holiday → following day, Saturday holiday → preceding day. */
function buildAL(y: number): Holiday[] {
  const easter = easterDays(y);
  const out: Holiday[] = [
    fixed("New Year's Day", y, 1, 1, 'federal'),
    nth("Robert E. Lee's / Martin Luther King, Jr.'s Birthday", y, 1, MON, 3),
    holiday('Mardi Gras Day (Baldwin and Mobile counties only; applied statewide)', easter - 47),
    nth("George Washington's / Thomas Jefferson's Birthday", y, 2, MON, 3),
    nth('Confederate Memorial Day', y, 4, MON, 4),
    nth('National Memorial Day', y, 5, MON, -1),
    nth("Jefferson Davis' Birthday", y, 6, MON, 1),
  ];
  if (y >= 2021) {
    out.push(fixed('Juneteenth National Independence Day (federal, 5 U.S.C. 6103; conservative)', y, 6, 19, 'federal'));
  }
  out.push(
    fixed('Independence Day', y, 7, 4, 'federal'),
    nth('Labor Day', y, 9, MON, 1),
    nth('Columbus Day / Fraternal Day / American Indian Heritage Day', y, 10, MON, 2),
    fixed("Veterans' Day", y, 11, 11, 'federal'),
    nth('Thanksgiving Day', y, 11, THU, 4),
    fixed('Christmas Day', y, 12, 25, 'federal'),
  );
  return out;
}

/** La. R.S. 1:55(A)(1) legal holidays (Sundays excluded: the Sunday ban covers them). */
function buildLA(y: number): Holiday[] {
  const easter = easterDays(y);
  return [
    fixed("New Year's Day", y, 1, 1, 'federal'),
    fixed('Battle of New Orleans', y, 1, 8, 'federal'),
    nth("Dr. Martin Luther King, Jr.'s Birthday", y, 1, MON, 3),
    nth("Washington's Birthday and Presidents' Day", y, 2, MON, 3),
    holiday('Mardi Gras', easter - 47),
    holiday('Good Friday', easter - 2),
    nth('National Memorial Day', y, 5, MON, -1),
    fixed('Independence Day', y, 7, 4, 'federal'),
    fixed('Huey P. Long Day', y, 8, 30, 'federal'),
    nth('Labor Day', y, 9, MON, 1),
    nth('Christopher Columbus Day', y, 10, MON, 2),
    fixed("All Saints' Day", y, 11, 1, 'federal'),
    fixed("Veterans' Day", y, 11, 11, 'federal'),
    nth('Thanksgiving Day', y, 11, THU, 4),
    fixed('Christmas Day', y, 12, 25, 'federal'),
  ];
}

/** 73 P.S. 2245(a)(10) list (Act 73 of 2019). */
function buildPA(y: number): Holiday[] {
  const easter = easterDays(y);
  return [
    fixed("New Year's Day", y, 1, 1, 'federal'),
    nth('Dr. Martin Luther King, Jr. Day', y, 1, MON, 3),
    nth("Presidents' Day", y, 2, MON, 3),
    holiday('Good Friday', easter - 2),
    nth('Memorial Day', y, 5, MON, -1),
    fixed('Flag Day', y, 6, 14, 'federal'),
    fixed('Independence Day', y, 7, 4, 'federal'),
    nth('Labor Day', y, 9, MON, 1),
    nth('Columbus Day', y, 10, MON, 2),
    electionDay('Election Day', y),
    fixed("Veterans' Day", y, 11, 11, 'federal'),
    nth('Thanksgiving Day', y, 11, THU, 4),
    fixed('Christmas Day', y, 12, 25, 'federal'),
  ];
}

/** R.I. Gen. Laws 5-61-2: "state or federal holidays" = 5 U.S.C. 6103(a) ∪ R.I. Gen. Laws 25-1-1. */
function buildRI(y: number): Holiday[] {
  const out = buildFederal(y);
  // 25-1-1: these four, on a Saturday or Sunday, are celebrated the following Monday; every
  // listed day falling on a Sunday moves to the Monday. Add the RI observance where it differs
  // from the federal one (a Saturday: federal Friday, RI Monday).
  const riFixed: [string, number, number][] = [
    ["New Year's Day", 1, 1],
    ['Independence Day', 7, 4],
    ["Veterans' Day", 11, 11],
    ['Christmas Day', 12, 25],
  ];
  for (const [name, m, d] of riFixed) {
    const days = daysFromCivil(y, m, d);
    const ri = observedDay(days, 'weekend-to-monday');
    if (ri !== observedDay(days, 'federal')) out.push(holiday(`${name} (R.I. Gen. Laws 25-1-1 observance)`, days, ri));
  }
  out.push(fixed('Rhode Island Independence Day', y, 5, 4, 'sunday-to-monday'));
  out.push(nth('Victory Day', y, 8, MON, 2));
  // "the Tuesday next after the first Monday in November in each year in which a general
  // election of state officers is held" — RI general elections are held in even years.
  if (y % 2 === 0) out.push(electionDay('Election Day (general election years)', y));
  return out;
}

/** Utah Code 63G-1-301 as amended through 2026 (see the calendar notes for the versions). */
function buildUT(y: number): Holiday[] {
  const easter = easterDays(y);
  const out: Holiday[] = [
    fixed("New Year's Day", y, 1, 1, 'federal'),
    nth('Dr. Martin Luther King, Jr. Day', y, 1, MON, 3),
    nth("Washington and Lincoln Day (Presidents' Day)", y, 2, MON, 3),
  ];
  // Good Friday: added by the 2026 amendment (effective 2026-05-06), first occurrence 2027.
  if (y >= 2027) out.push(holiday('Good Friday', easter - 2));
  // Easter Sunday: S.B. 259 (2025); "not recognized on the preceding Friday or following Monday".
  if (y >= 2025) out.push(holiday('Easter Sunday', easter));
  out.push(nth('Memorial Day', y, 5, MON, -1));
  if (y >= 2022) {
    // Juneteenth National Freedom Day, June 19. H.B. 238 (2022): a Saturday or Sunday moves to the
    // following Monday. 2025 amendment (effective 2025-05-07): observed on the Monday of its week
    // (Tue–Fri → preceding Monday; Sat/Sun → following Monday).
    const days = daysFromCivil(y, 6, 19);
    const wd = weekdayFromDays(days);
    let obs = days;
    if (wd === SAT) obs = days + 2;
    else if (wd === SUN) obs = days + 1;
    else if (y >= 2025 && wd !== MON) obs = days - (wd - MON);
    out.push(holiday('Juneteenth National Freedom Day', days, obs));
  }
  out.push(
    fixed('Independence Day', y, 7, 4, 'federal'),
    fixed('Pioneer Day', y, 7, 24, 'federal'),
    nth('Labor Day', y, 9, MON, 1),
    nth('Columbus Day', y, 10, MON, 2),
    fixed('Veterans Day', y, 11, 11, 'federal'),
    nth('Thanksgiving Day', y, 11, THU, 4),
    fixed('Christmas', y, 12, 25, 'federal'),
  );
  return out;
}

/** Neb. Rev. Stat. 25-2221: Sunday → following Monday, Saturday → preceding Friday. */
function buildNE(y: number): Holiday[] {
  const thanksgiving = nthWeekdayOfMonth(y, 11, THU, 4);
  const tDays = daysFromCivil(thanksgiving.year, thanksgiving.month, thanksgiving.day);
  const out: Holiday[] = [
    fixed("New Year's Day", y, 1, 1, 'federal'),
    nth('Birthday of Martin Luther King, Jr.', y, 1, MON, 3),
    nth("President's Day", y, 2, MON, 3),
    nth('Arbor Day', y, 4, FRI, -1),
    nth('Memorial Day', y, 5, MON, -1),
  ];
  if (y >= 2021) out.push(fixed('Juneteenth National Independence Day', y, 6, 19, 'federal'));
  out.push(
    fixed('Independence Day', y, 7, 4, 'federal'),
    nth('Labor Day', y, 9, MON, 1),
    nth("Indigenous Peoples' Day and Columbus Day", y, 10, MON, 2),
    fixed('Veterans Day', y, 11, 11, 'federal'),
    holiday('Thanksgiving Day', tDays),
    holiday('Day after Thanksgiving', tDays + 1),
    fixed('Christmas Day', y, 12, 25, 'federal'),
  );
  return out;
}

const BUILDERS: Record<HolidayCalendarId, (y: number) => Holiday[]> = {
  US: buildFederal,
  AL: buildAL,
  LA: buildLA,
  PA: buildPA,
  RI: buildRI,
  UT: buildUT,
  NE: buildNE,
};

// ---------------------------------------------------------------------------------------------
// Caches

const MAX_CACHED_YEARS = 2048;

/** calendar|year -> frozen holidays whose statutory date is in that year. */
const yearCache = new Map<string, readonly Holiday[]>();
/** calendar|year -> day number -> holidays whose actual or observed date is that day. */
const dayIndexCache = new Map<string, Map<number, readonly Holiday[]>>();

function cachedYear(cal: HolidayCalendarId, year: number): readonly Holiday[] {
  const key = `${cal}|${year}`;
  let list = yearCache.get(key);
  if (list === undefined) {
    const built = BUILDERS[cal](year).sort(byDate);
    for (const h of built) Object.freeze(h);
    list = Object.freeze(built);
    if (yearCache.size >= MAX_CACHED_YEARS) yearCache.clear();
    yearCache.set(key, list);
  }
  return list;
}

function dayIndex(cal: HolidayCalendarId, year: number): Map<number, readonly Holiday[]> {
  const key = `${cal}|${year}`;
  let index = dayIndexCache.get(key);
  if (index === undefined) {
    const prefix = `${formatCivil({ year, month: 1, day: 1 }).slice(0, 4)}-`;
    const building = new Map<number, Holiday[]>();
    const add = (iso: string, h: Holiday): void => {
      const days = daysFromCivil(Number(iso.slice(0, 4)), Number(iso.slice(5, 7)), Number(iso.slice(8, 10)));
      const at = building.get(days);
      if (at === undefined) building.set(days, [h]);
      else if (!at.includes(h)) at.push(h);
    };
    // An observed day can cross a year boundary (Sat Jan 1 → Fri Dec 31), so scan the neighbours.
    for (let y = year - 1; y <= year + 1; y++) {
      if (y < HOLIDAY_MIN_YEAR || y > HOLIDAY_MAX_YEAR) continue;
      for (const h of cachedYear(cal, y)) {
        if (h.date.startsWith(prefix)) add(h.date, h);
        if (h.observed !== h.date && h.observed.startsWith(prefix)) add(h.observed, h);
      }
    }
    index = new Map();
    for (const [days, list] of building) index.set(days, Object.freeze(list));
    if (dayIndexCache.size >= MAX_CACHED_YEARS) dayIndexCache.clear();
    dayIndexCache.set(key, index);
  }
  return index;
}

const ISO_RE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** Normalizes a day argument to [year, dayNumber]; throws RangeError on a bad date or year. */
function toDay(day: string | CivilDate): [number, number] {
  let y: number;
  let m: number;
  let d: number;
  if (typeof day === 'string') {
    const match = ISO_RE.exec(day);
    if (match === null) throw new RangeError(`[dialguard] expected a date as 'YYYY-MM-DD', got ${JSON.stringify(day)}`);
    y = Number(match[1]);
    m = Number(match[2]);
    d = Number(match[3]);
  } else if (day !== null && typeof day === 'object') {
    ({ year: y, month: m, day: d } = day);
  } else {
    throw new RangeError(`[dialguard] expected a 'YYYY-MM-DD' string or a CivilDate, got ${String(day)}`);
  }
  if (!isValidCivil(y, m, d)) {
    throw new RangeError(`[dialguard] not a real date: ${JSON.stringify(day)}`);
  }
  assertYear(y);
  return [y, daysFromCivil(y, m, d)];
}

function assertCalendar(calendar: string): asserts calendar is HolidayCalendarId {
  if (!Object.prototype.hasOwnProperty.call(BUILDERS, calendar)) {
    throw new RangeError(
      `[dialguard] unknown holiday calendar ${JSON.stringify(calendar)}; expected one of ${Object.keys(BUILDERS).join(', ')}`,
    );
  }
}

function holidaysOnDay(cal: HolidayCalendarId, year: number, days: number): readonly Holiday[] | undefined {
  return dayIndex(cal, year).get(days);
}

// ---------------------------------------------------------------------------------------------
// Public API

/**
 * The US federal legal public holidays of a year (5 U.S.C. 6103(a)) with the day off for
 * Monday–Friday workers: a Saturday holiday is observed the preceding Friday, a Sunday holiday
 * the following Monday. Juneteenth National Independence Day is included from 2021 (enacted
 * 2021-06-17, first observed Fri 2021-06-18). Inauguration Day (6103(c), D.C. area only) is not
 * included.
 * @param year - an integer year in {@link HOLIDAY_MIN_YEAR}–{@link HOLIDAY_MAX_YEAR}
 * @returns the eleven (ten before 2021) holidays whose actual date is in `year`, sorted by date;
 * an observed day can fall in the previous year
 * @throws RangeError for a year outside the supported range
 * @example
 * federalHolidays(2027).find((h) => h.name === 'Independence Day');
 * // { name: 'Independence Day', date: '2027-07-04', observed: '2027-07-05' }
 * federalHolidays(2028)[0].observed; // '2027-12-31'
 * @category Time
 */
export function federalHolidays(year: number): Holiday[] {
  assertYear(year);
  return cachedYear('US', year).map((h) => ({ ...h }));
}

/**
 * Whether a day is a federal legal public holiday, on either its actual date or its observed
 * (shifted) weekday. Cached per year; safe on hot paths.
 * @param day - `'YYYY-MM-DD'` or a {@link CivilDate}
 * @returns `true` on e.g. `'2026-07-04'` (Saturday, actual) and `'2026-07-03'` (observed)
 * @throws RangeError for a malformed date or a year outside the supported range
 * @example
 * isFederalHoliday('2027-12-31'); // true (New Year's Day 2028 observed)
 * @category Time
 */
export function isFederalHoliday(day: string | CivilDate): boolean {
  const [y, days] = toDay(day);
  return holidaysOnDay('US', y, days) !== undefined;
}

/**
 * The holidays of a calendar whose actual or observed date is the given day. Calendar-years are
 * indexed once and cached, so this is cheap enough for per-call decisions.
 * @param calendar - a {@link HolidayCalendarId}
 * @param day - `'YYYY-MM-DD'` or a {@link CivilDate} (the called party's local date)
 * @returns the matching holidays (empty when the day is not a holiday); a fresh array
 * @throws RangeError for an unknown calendar, a malformed date or a year outside the range
 * @example
 * holidaysOn('PA', '2026-06-14'); // [{ name: 'Flag Day', date: '2026-06-14', observed: '2026-06-15' }]
 * holidaysOn('RI', '2026-08-10'); // [{ name: 'Victory Day', ... }]
 * @category Time
 */
export function holidaysOn(calendar: HolidayCalendarId, day: string | CivilDate): Holiday[] {
  assertCalendar(calendar);
  const [y, days] = toDay(day);
  const found = holidaysOnDay(calendar, y, days);
  return found === undefined ? [] : found.map((h) => ({ ...h }));
}

/**
 * Whether a day is a federal business day: Monday–Friday and neither the actual nor the
 * observed date of a federal legal public holiday (the day-counting rule used by
 * {@link businessDaysAfter}).
 * @param day - `'YYYY-MM-DD'` or a {@link CivilDate}
 * @returns `true` for a business day
 * @throws RangeError for a malformed date or a year outside the supported range
 * @category Time
 */
export function isBusinessDay(day: string | CivilDate): boolean {
  const [y, days] = toDay(day);
  return isBusinessDayNumber(y, days);
}

function isBusinessDayNumber(year: number, days: number): boolean {
  const wd = weekdayFromDays(days);
  if (wd === SUN || wd === SAT) return false;
  return holidaysOnDay('US', year, days) === undefined;
}

const validZones = new Set<string>();

function assertTimeZone(tz: string): void {
  if (validZones.has(tz)) return;
  if (typeof tz !== 'string' || tz.length === 0) {
    throw new RangeError(`[dialguard] timeZone must be an IANA zone name, got ${String(tz)}`);
  }
  try {
    new Intl.DateTimeFormat('en-US', { timeZone: tz });
  } catch {
    throw new RangeError(`[dialguard] unknown timeZone ${JSON.stringify(tz)}`);
  }
  validZones.add(tz);
}

function localIsoDate(epochMs: number, tz: string): string {
  return formatInTimeZone(epochMs, tz, 'yyyy-MM-dd');
}

const DAY_MS = 86_400_000;

/**
 * The first instant of a local date in a zone. Handles zones whose clocks jump at midnight (the
 * day then starts at the jump) or fall back across midnight (the earlier occurrence).
 */
function startOfLocalDay(iso: string, tz: string): number {
  const guess = fromZonedTime(`${iso}T00:00:00`, tz).getTime();
  const at = localIsoDate(guess, tz);
  if (at === iso && localIsoDate(guess - 1, tz) < iso) return guess;
  // Binary search for the first millisecond whose local date is >= iso.
  let lo: number;
  let hi: number;
  if (at < iso) {
    lo = guess;
    hi = guess + 2 * DAY_MS;
  } else {
    lo = guess - 2 * DAY_MS;
    hi = guess;
  }
  while (hi - lo > 1) {
    const mid = lo + Math.floor((hi - lo) / 2);
    if (localIsoDate(mid, tz) < iso) lo = mid;
    else hi = mid;
  }
  return hi;
}

/** Upper bound on `n` for {@link businessDaysAfter} (about 3,800 years of business days). */
const MAX_BUSINESS_DAYS = 1_000_000;

/**
 * The deadline `n` business days after an instant, for the "reasonable time not to exceed 10
 * business days" of 47 CFR 64.1200(a)(10) (consent revocation) and (d)(3) (company-specific
 * do-not-call requests).
 *
 * The local date of `instant` in `timeZone` is day 0 (even if it is a weekend or holiday); the
 * count moves forward one local day at a time, skipping Saturdays, Sundays and federal legal
 * holidays (5 U.S.C. 6103(a)) on both their actual and their observed dates. The result is the
 * last instant (ms precision) of the n-th counted day in `timeZone`, i.e. the first instant of
 * the next local day minus 1 ms. With `n = 0` it is the end of day 0.
 *
 * @param instant - when the request was received
 * @param n - number of business days, a non-negative integer (≤ 1,000,000)
 * @param options - `timeZone`: IANA zone whose local dates are counted (default
 * `'America/New_York'`)
 * @returns the end of the n-th business day
 * @throws RangeError if `n` is not a non-negative integer, `instant` is not a valid Date,
 * `timeZone` is unknown, or the count leaves the supported years
 * @example
 * // Received Friday 2025-11-21 (the Friday before Thanksgiving week), 10 business days:
 * businessDaysAfter(new Date('2025-11-21T15:00:00Z'), 10).toISOString();
 * // '2025-12-09T04:59:59.999Z' (end of Mon 2025-12-08, New York time)
 * @category Time
 */
export function businessDaysAfter(instant: Date, n: number, options?: { timeZone?: string }): Date {
  if (typeof n !== 'number' || !Number.isInteger(n) || n < 0) {
    throw new RangeError(`[dialguard] businessDaysAfter: n must be a non-negative integer, got ${String(n)}`);
  }
  if (n > MAX_BUSINESS_DAYS) {
    throw new RangeError(`[dialguard] businessDaysAfter: n must be at most ${MAX_BUSINESS_DAYS}, got ${n}`);
  }
  const ms = instant instanceof Date ? instant.getTime() : Number.NaN;
  if (!Number.isFinite(ms)) {
    throw new RangeError('[dialguard] businessDaysAfter: instant must be a valid Date');
  }
  const tz = options?.timeZone ?? 'America/New_York';
  assertTimeZone(tz);

  const [y0, day0] = toDay(localIsoDate(ms, tz));
  let days = day0;
  let year = y0;
  let counted = 0;
  while (counted < n) {
    days += 1;
    year = civilFromDays(days).year;
    if (year > HOLIDAY_MAX_YEAR) assertYear(year);
    if (isBusinessDayNumber(year, days)) counted += 1;
  }
  const next = civilFromDays(days + 1);
  if (next.year > HOLIDAY_MAX_YEAR) assertYear(next.year);
  return new Date(startOfLocalDay(formatCivil(next), tz) - 1);
}

// ---------------------------------------------------------------------------------------------
// Calendar registry

function calendar(
  id: HolidayCalendarId,
  citation: string,
  confidence: HolidayCalendar['confidence'],
  notes: string,
): HolidayCalendar {
  return Object.freeze({
    id,
    citation,
    confidence,
    notes,
    holidays(year: number): Holiday[] {
      assertYear(year);
      return cachedYear(id, year).map((h) => ({ ...h }));
    },
  });
}

/**
 * The holiday calendars by id, each with its citation, how it was checked and its caveats.
 *
 * - `US`: 5 U.S.C. 6103(a) (see {@link federalHolidays}).
 * - `AL`: Ala. Code 1-3-8 for the Sunday/holiday ban of Ala. Admin. Code r. 770-X-5-.17(1)(b).
 * - `LA`: La. R.S. 1:55(A)(1) for the Sunday/state-holiday ban of La. R.S. 45:811.
 * - `PA`: the 73 P.S. 2245(a)(10) list (Act 73 of 2019).
 * - `RI`: federal holidays plus R.I. Gen. Laws 25-1-1 for R.I. Gen. Laws 5-61-2.
 * - `UT`: Utah Code 63G-1-301 for Utah Code 13-25a-103.
 * - `NE`: Neb. Rev. Stat. 25-2221 for the prerecorded-message Sunday/holiday 13:00–21:00 rule.
 *
 * Marks follow RULES.md: only the federal calendar (§6) is [V]. The state lists rest on sources that
 * RULES.md §4.2 marks [S] (AL, LA) or does not list (RI, UT, NE statutes), so they carry `S`, and a
 * state holiday rule carries the weaker of its ban's mark and its calendar's.
 *
 * @example
 * holidayCalendars.UT.holidays(2026).find((h) => h.name === 'Pioneer Day');
 * // { name: 'Pioneer Day', date: '2026-07-24', observed: '2026-07-24' }
 * @category Time
 */
export const holidayCalendars: Readonly<Record<HolidayCalendarId, HolidayCalendar>> = Object.freeze({
  US: calendar(
    'US',
    '5 U.S.C. 6103(a) (legal public holidays); observed days: Saturday → preceding Friday (5 U.S.C. 6103(b)), Sunday → following Monday',
    'V',
    'Holiday list and observance rule as in RULES.md §6 [V]. Juneteenth from 2021. Inauguration Day (6103(c), D.C. area only) is not included. Both the actual and the observed date count as the holiday.',
  ),
  AL: calendar(
    'AL',
    'Ala. Admin. Code r. 770-X-5-.17(1)(b) (no solicitation calls on Sundays or holidays); Ala. Code 1-3-8 (state holidays)',
    'S',
    [
      'List and weekend rule from the text of Ala. Code 1-3-8(a) ("If any holiday falls on Sunday, the following day is the holiday. If any holiday falls on Saturday, the preceding day is the holiday.") and the Alabama Department of Archives list (4th Monday in April, 1st Monday in June, etc.); both the actual and the observed day are returned.',
      'Mardi Gras is a legal holiday only in Baldwin and Mobile counties; it is included statewide (conservative) — a host that knows the county may ignore it elsewhere.',
      'The PSC rule says "holidays", not "state holidays", so the federal Juneteenth holiday (5 U.S.C. 6103(a), from 2021) is included conservatively although 1-3-8 does not list it.',
      'Thanksgiving is "the day designated by the Governor for public thanksgiving"; the 4th Thursday of November is assumed.',
      'Governor-proclaimed closures (e.g. a day after Thanksgiving) are not statutory and are not included. Bills to amend 1-3-8 (e.g. 2025 HB 22 Juneteenth, HB 27 removing Jefferson Davis\' birthday, HB 155) were seen only as introduced and are not encoded.',
    ].join(' '),
  ),
  LA: calendar(
    'LA',
    'La. R.S. 45:811 (no ADAD or live solicitation calls on Sundays or state holidays); La. R.S. 1:55(A)(1) (days of public rest and legal holidays)',
    'S',
    [
      'List from the official text of La. R.S. 1:55(A)(1) (legis.la.gov); Robert E. Lee Day (Jan 19) and Confederate Memorial Day (Jun 3) are no longer in that list and are not included.',
      '1:55(A)(1) has no weekend shift; state offices and clerks observe some fixed-date holidays on the Friday/Monday, so the calendar returns both the actual date and a Saturday → Friday / Sunday → Monday observed day (conservative).',
      'The LPSC enforces its own holiday list for its do-not-call rules (not every statutory holiday — e.g. Presidents\' Day was noted as not enforced in 2018), and the governor may add days by proclamation (e.g. 2023-07-03, Juneteenth closures): hosts add those via engine emergencies / declared days.',
      'Not encoded (secondary sources only or local): general election day in even-numbered years for state employees (1:55(B)), a Juneteenth holiday on the third Saturday in June (2021 act), Inauguration Day in the city of Baton Rouge, parish-level Saturday holidays.',
    ].join(' '),
  ),
  PA: calendar(
    'PA',
    '73 P.S. 2245(a)(10) (Telemarketer Registration Act § 5(a)(10), added by Act 73 of 2019, eff. 2019-12-03): no telephone solicitation calls on legal holidays',
    'S',
    [
      'The 13 holidays named in RULES.md §4.1 (New Year\'s, MLK, Presidents\', Good Friday, Memorial, Flag Day Jun 14, Independence, Labor, Columbus, Election Day, Veterans, Thanksgiving, Christmas), matching dnc.com\'s summary of Act 73 [S]; the statute text of 2245(a)(10) was not read.',
      'DISCREPANCY: RULES.md §4.2 says "14 listed legal holidays" but enumerates 13, and the secondary sources list the same 13; the 14th (if any) was not identified and nothing was added.',
      'Election Day is taken as the Tuesday after the first Monday in November of every year (Pennsylvania holds municipal elections in odd years). Whether weekend holidays shift is not known, so fixed-date holidays return both the actual date and a Saturday → Friday / Sunday → Monday observed day (conservative).',
    ].join(' '),
  ),
  RI: calendar(
    'RI',
    'R.I. Gen. Laws 5-61-2(2) (no telephonic sales calls on "state or federal holidays"); R.I. Gen. Laws 25-1-1 (state holidays); 25-2-1 (Rhode Island Independence Day, May 4)',
    'S',
    [
      'Union of the federal holidays (5 U.S.C. 6103(a), with the federal Friday/Monday observed days) and the R.I. Gen. Laws 25-1-1 list, whose text was read in a code copy: New Year\'s, July 4, Veterans\' Day and Christmas falling on a Saturday or Sunday are celebrated the following Monday (added as an extra record where this differs from the federal observed day), any listed day falling on a Sunday moves to the Monday, May 4 (Rhode Island Independence Day), the second Monday of August (Victory Day), and Election Day in years with a general election of state officers (even years).',
      'Other days appointed by the governor, the General Assembly, the President or Congress are not included: hosts add them as declared days.',
    ].join(' '),
  ),
  UT: calendar(
    'UT',
    'Utah Code 13-25a-103(3) (no telephone solicitations on Sundays or legal holidays without prior express consent); Utah Code 63G-1-301 (legal holidays)',
    'S',
    [
      'Base list and weekend rule (Saturday → preceding Friday, Sunday → following Monday) from the enrolled texts on le.utah.gov (2021 S.B. 166, 2022 H.B. 238) [V].',
      'Juneteenth National Freedom Day (June 19) from 2022 (H.B. 238): a weekend day moves to the following Monday (per a bill summary [S]); from 2025 (amendment effective 2025-05-07, read in a text copy [S]) it is observed on the Monday of its week (Tue–Fri → preceding Monday, Sat/Sun → following Monday). Both the actual and the observed day are returned.',
      'Easter Sunday is a legal holiday from 2025 (S.B. 259, enrolled copy [S]) with no Friday/Monday shift.',
      'Good Friday appears in the version effective 2026-05-06 "subject to Subsection (6)", read only in a research copy [S]; subsection (6) was not read. It is included from 2027 (its first occurrence after the effective date) as the conservative choice.',
      'Not encoded: 2026 H.B. 104 (Election Day, effective 2027-01-01) — seen only as introduced; enactment not confirmed. Proclaimed days of fasting or thanksgiving and governor-declared holidays: hosts add them.',
    ].join(' '),
  ),
  NE: calendar(
    'NE',
    'Neb. Admin. Code tit. 291, ch. 11 (prerecorded messages on Sundays and legal holidays limited to 13:00–21:00) [S]; Neb. Rev. Stat. 25-2221 (holidays)',
    'S',
    [
      'List and weekend rule (Sunday → following Monday, Saturday → preceding Friday) from the official text of Neb. Rev. Stat. 25-2221 (the Uniform Commercial Code list in 62-301 names the same days); which statute the tit. 291 ch. 11 rule means by "legal holidays" was not read.',
      'Includes Arbor Day (last Friday in April) and the day after Thanksgiving. Juneteenth is included from 2021 (federal legal holiday; Nebraska grants state employees the federal paid holidays); the year it entered 25-2221 was not checked.',
      '25-2221 also makes the federal observance controlling where it differs (except Veterans Day); both the actual and the observed day are returned. Days declared by the Governor are not included: hosts add them.',
    ].join(' '),
  ),
});
