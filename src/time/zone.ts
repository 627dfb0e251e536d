/**
 * Local time in an IANA zone without an `Intl` call per decision: UTC offsets are computed with
 * date-fns-tz once per zone and UTC day and cached; a day that contains an offset change is cached
 * per hour, and an hour that contains one (none do for US zones, whose changes fall on whole UTC
 * hours, but the code does not assume it) is resolved per minute instead.
 *
 * @module
 */
import { formatInTimeZone } from 'date-fns-tz';
import { civilFromDays, weekdayFromDays } from './civil';

const HOUR = 3_600_000;
const MINUTE = 60_000;
const DAY = 86_400_000;

let offsetCacheOn = true;

/**
 * Switches the offset cache off (every local time is then a date-fns-tz computation) or back on.
 * For the benchmark's naive baseline and for tests; not part of the public API.
 * @internal
 */
export function setOffsetCache(enabled: boolean): void {
  offsetCacheOn = enabled;
}

/** Per zone: UTC day index -> offset in minutes, or NaN for a day with a change inside. */
const dayCache = new Map<string, Map<number, number>>();
/** Per zone: UTC hour index -> offset in minutes, or NaN for an hour with a change inside (only for days with a change). */
const hourCache = new Map<string, Map<number, number>>();

/** The last answer of {@link zoneOffsetMinutes}: zone, the span [from, to) it holds for, and offset. */
let lastZone: string | undefined;
// [from, to, offset] of the last answer, in a typed array: a number stored in a module variable
// would be boxed (a heap allocation) on every update.
const lastSpan = new Float64Array(3);

function computeOffsetMinutes(zone: string, epochMs: number): number {
  const x = formatInTimeZone(epochMs, zone, 'xxx'); // e.g. "-05:00", "+10:00"
  const sign = x.charCodeAt(0) === 45 ? -1 : 1;
  return sign * (Number(x.slice(1, 3)) * 60 + Number(x.slice(4, 6)));
}

/** The offset over [start, start + span), or NaN when it differs at the two ends. */
function spanOffset(zone: string, start: number, span: number): number {
  const a = computeOffsetMinutes(zone, start);
  const b = computeOffsetMinutes(zone, start + span - 1);
  return a === b ? a : Number.NaN;
}

function cacheOf(caches: Map<string, Map<number, number>>, zone: string): Map<number, number> {
  let c = caches.get(zone);
  if (c === undefined) caches.set(zone, (c = new Map()));
  return c;
}

/**
 * The UTC offset of a zone at an instant, in minutes (e.g. -300 for EST).
 *
 * Offsets are cached per zone and UTC day: a day whose two ends have the same offset holds it
 * throughout (no zone changes its offset twice within a day and back); a day with a change is
 * cached per hour, and an hour with a change inside (none for US zones, whose changes fall on whole
 * UTC hours) is computed per minute.
 * @param zone - an IANA zone, e.g. `'America/New_York'`
 * @param epochMs - the instant
 * @returns the offset in minutes east of UTC
 * @category Time
 */
export function zoneOffsetMinutes(zone: string, epochMs: number): number {
  if (!offsetCacheOn) return computeOffsetMinutes(zone, epochMs);
  // The rules of one check read the same zone and day many times: the last answer first.
  if (zone === lastZone && epochMs >= lastSpan[0]! && epochMs < lastSpan[1]!) return lastSpan[2]!;
  const byDay = cacheOf(dayCache, zone);
  const d = Math.floor(epochMs / DAY);
  let off = byDay.get(d);
  if (off === undefined) byDay.set(d, (off = spanOffset(zone, d * DAY, DAY)));
  let from = d * DAY;
  let span = DAY;
  if (Number.isNaN(off)) {
    const byHour = cacheOf(hourCache, zone);
    const h = Math.floor(epochMs / HOUR);
    off = byHour.get(h);
    if (off === undefined) byHour.set(h, (off = spanOffset(zone, h * HOUR, HOUR)));
    if (Number.isNaN(off)) return computeOffsetMinutes(zone, Math.floor(epochMs / MINUTE) * MINUTE);
    from = h * HOUR;
    span = HOUR;
  }
  lastZone = zone;
  lastSpan[0] = from;
  lastSpan[1] = from + span;
  lastSpan[2] = off;
  return off;
}

/**
 * The wall-clock reading of an instant in a zone. The string forms are computed on first use.
 * @category Time
 */
export class LocalTime {
  /** Days since 1970-01-01 of the local date. */
  readonly days: number;
  /** Minutes since local midnight (0–1439). */
  readonly minuteOfDay: number;
  readonly offsetMinutes: number;
  constructor(days: number, minuteOfDay: number, offsetMinutes: number) {
    this.days = days;
    this.minuteOfDay = minuteOfDay;
    this.offsetMinutes = offsetMinutes;
  }
  /** 0 = Sunday … 6 = Saturday. */
  get weekday(): number {
    return weekdayFromDays(this.days);
  }
  get year(): number {
    return civilFromDays(this.days).year;
  }
  get month(): number {
    return civilFromDays(this.days).month;
  }
  get day(): number {
    return civilFromDays(this.days).day;
  }
  /** `'YYYY-MM-DD'`. */
  get date(): string {
    return dateString(this.days);
  }
  /** `'HH:MM'`. */
  get time(): string {
    return timeString(this.minuteOfDay);
  }
}

const pad2 = (n: number): string => (n < 10 ? `0${n}` : String(n));

/**
 * `'YYYY-MM-DD'` of a day number (days since 1970-01-01).
 * @category Time
 */
export function dateString(days: number): string {
  let d = dateStrings.get(days);
  if (d === undefined) {
    const { year, month, day } = civilFromDays(days);
    d = `${year}-${pad2(month)}-${pad2(day)}`;
    if (dateStrings.size > 100_000) dateStrings.clear();
    dateStrings.set(days, d);
  }
  return d;
}

const dateStrings = new Map<number, string>();
/** 'HH:MM' for every minute of the day. */
const TIMES: readonly string[] = Array.from({ length: 1440 }, (_, m) => `${pad2(Math.floor(m / 60))}:${pad2(m % 60)}`);

/**
 * `'HH:MM'` of a minute of the day.
 * @category Time
 */
export function timeString(minuteOfDay: number): string {
  return TIMES[minuteOfDay] ?? `${pad2(Math.floor(minuteOfDay / 60))}:${pad2(minuteOfDay % 60)}`;
}

/**
 * Reads the local wall clock of an instant in a zone.
 * @param zone - an IANA zone
 * @param epochMs - the instant
 * @returns the local date and time
 * @example
 * ```ts
 * localTime('America/Chicago', Date.parse('2026-03-10T14:00:00Z')).time; // '09:00'
 * ```
 * @category Time
 */
export function localTime(zone: string, epochMs: number): LocalTime {
  const offsetMinutes = zoneOffsetMinutes(zone, epochMs);
  const localMs = epochMs + offsetMinutes * MINUTE;
  const days = Math.floor(localMs / DAY);
  return new LocalTime(days, Math.floor((localMs - days * DAY) / MINUTE), offsetMinutes);
}

/**
 * Days since 1970-01-01 of the local date of an instant in a zone (no allocation).
 * @category Time
 */
export function localDays(zone: string, epochMs: number): number {
  return Math.floor((epochMs + zoneOffsetMinutes(zone, epochMs) * MINUTE) / DAY);
}

/**
 * The first instant at which the local wall clock in `zone` reads (`days`, `minuteOfDay`), or,
 * when that reading is skipped by a DST change, the first instant after the gap.
 * @param zone - an IANA zone
 * @param days - local date as days since 1970-01-01
 * @param minuteOfDay - minutes since local midnight
 * @returns epoch milliseconds
 * @category Time
 */
export function zonedToEpoch(zone: string, days: number, minuteOfDay: number): number {
  const wall = days * DAY + minuteOfDay * MINUTE;
  // Try both offsets around the wall time; keep the earliest instant that reads exactly `wall`.
  const o1 = zoneOffsetMinutes(zone, wall - 14 * HOUR);
  const o2 = zoneOffsetMinutes(zone, wall + 14 * HOUR);
  let best = Number.POSITIVE_INFINITY;
  // each distinct offset once (no array: this runs for every closed window)
  for (let k = 0; k < (o1 === o2 ? 1 : 2); k++) {
    const candidate = wall - (k === 0 ? o1 : o2) * MINUTE;
    if (candidate + zoneOffsetMinutes(zone, candidate) * MINUTE === wall && candidate < best) best = candidate;
  }
  if (best !== Number.POSITIVE_INFINITY) return best;
  // In a spring-forward gap: the wall time does not exist; the first instant after it is the change.
  const before = wall - Math.max(o1, o2) * MINUTE;
  const after = wall - Math.min(o1, o2) * MINUTE;
  let lo = Math.min(before, after);
  let hi = Math.max(before, after);
  const base = zoneOffsetMinutes(zone, lo);
  while (hi - lo > MINUTE) {
    const mid = Math.floor((lo + hi) / 2 / MINUTE) * MINUTE;
    if (zoneOffsetMinutes(zone, mid) === base) lo = mid;
    else hi = mid;
  }
  return hi;
}

/**
 * A daily calling window in local minutes: `[start, end)`; `null` means no calls that day.
 * @category Time
 */
export type DayWindow = { start: number; end: number } | null;

/** Formats a window as `'08:00–21:00'`. @category Time */
export function formatWindow(w: DayWindow): string {
  if (w === null) return 'none (no calls this day)';
  let f = windowStrings.get(w);
  if (f === undefined) windowStrings.set(w, (f = formatWindowUncached(w)));
  return f;
}

const windowStrings = new WeakMap<object, string>();

function formatWindowUncached(w: { start: number; end: number }): string {
  const f = (m: number): string => `${pad2(Math.floor(m / 60))}:${pad2(m % 60)}`;
  return `${f(w.start)}–${f(w.end)}`;
}

/** Parses `'HH:MM'` to minutes since midnight. @category Time */
export function hm(text: string): number {
  const m = /^(\d{2}):(\d{2})$/.exec(text);
  if (!m) throw new RangeError(`bad time ${text}`);
  return Number(m[1]) * 60 + Number(m[2]);
}

/** The result of checking a window in one zone. @category Time */
export interface WindowCheck {
  open: boolean;
  zone: string;
  local: LocalTime;
  window: DayWindow;
  /** When closed: the next instant the window opens, within `horizonDays`; undefined if none. */
  retryAt?: number;
}

/**
 * Checks whether an instant falls inside a daily window in a zone, and if not, when it next opens.
 * @param zone - an IANA zone
 * @param epochMs - the instant
 * @param windowOf - the window for a local date (days since epoch, weekday 0=Sunday)
 * @param horizonDays - how far ahead to look for an opening (default 15)
 * @category Time
 */
export function checkWindow(
  zone: string,
  epochMs: number,
  windowOf: (days: number, weekday: number) => DayWindow,
  horizonDays = 15,
): WindowCheck {
  const local = localTime(zone, epochMs);
  const window = windowOf(local.days, weekdayFromDays(local.days));
  if (window !== null && local.minuteOfDay >= window.start && local.minuteOfDay < window.end) {
    return { open: true, zone, local, window };
  }
  for (let i = 0; i <= horizonDays; i++) {
    const days = local.days + i;
    const w = i === 0 ? window : windowOf(days, weekdayFromDays(days));
    if (w === null || w.end <= w.start) continue;
    const opening = zonedToEpoch(zone, days, w.start);
    if (opening > epochMs) return { open: false, zone, local, window, retryAt: opening };
  }
  return { open: false, zone, local, window };
}
