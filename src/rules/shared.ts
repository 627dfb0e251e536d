/**
 * Helpers shared by the built-in rules: consent matching, EBR windows, counting, windows in
 * every candidate zone.
 * @module
 */
import type { Facts, VerdictInput } from '../core/rule';
import type { ConsentRecord, NormalizedIntent, StoredAttempt } from '../core/types';
import { civilFromDays, daysFromCivil, daysInMonth, weekdayFromDays } from '../time/civil';
import { outlived } from './rnd';
import { checkWindow, dateString, formatWindow, hm, localDays, zoneOffsetMinutes, type DayWindow } from '../time/zone';

/**
 * The start of the TCPA rules whose RULES.md §1.14 row says only "1992": the Telephone Consumer
 * Protection Act, Pub. L. 102-243, was enacted 1991-12-20 (105 Stat. 2394, read [V]); its §3(c)
 * made section 227's requirements take effect one year after enactment (wording from memory,
 * unverified), so 1992-12-20. Only checks before that date are affected.
 */
export const TCPA_FROM = '1992-12-20';

export const MINUTE = 60_000;
export const HOUR = 3_600_000;
export const DAY = 86_400_000;

/** Adds calendar months in UTC, clamping the day (Aug 31 + 18 months = Feb 28/29), keeping the time of day. */
export function addMonthsUtc(ms: number, months: number): number {
  const day = Math.floor(ms / DAY);
  return addMonthsToDay(day, months) * DAY + (ms - day * DAY);
}

/**
 * A civil day (day number) plus or minus calendar months, the day of the month clamped to the
 * target month's length: 2026-02-28 - 18 months = 2024-08-28, 2024-08-31 + 18 months = 2026-02-28,
 * 2027-11-30 + 3 months = 2028-02-29.
 */
export function addMonthsToDay(day: number, months: number): number {
  const c = civilFromDays(day);
  const m0 = c.month - 1 + months;
  const year = c.year + Math.floor(m0 / 12);
  const month = (((m0 % 12) + 12) % 12) + 1;
  return daysFromCivil(year, month, Math.min(c.day, daysInMonth(year, month)));
}

/** Whether the line is treated as wireless (unknown and VoIP lines count as wireless: the stricter case). */
export function isWirelessClass(intent: NormalizedIntent): boolean {
  return intent.effectiveLineType !== 'landline';
}

/**
 * Consents of the intent's seller granted at or before the instant and not revoked since, without
 * those the Reassigned Numbers Database says the number has outlived (47 CFR 64.1200(m): a previous
 * holder's consent is not the called party's), unless `includeOutlived`.
 */
export function liveConsents(intent: NormalizedIntent, facts: Facts, includeOutlived = false): ConsentRecord[] {
  const t = intent.at;
  let lastRevocation = -Infinity;
  for (let kR = 0; kR < facts.revocations.length; kR++) {
    const r = facts.revocations[kR]!;
    const at = r.receivedAt.getTime();
    if (r.seller === intent.seller && at <= t && at > lastRevocation) lastRevocation = at;
  }
  const out: ConsentRecord[] = [];
  for (let kC = 0; kC < facts.consents.length; kC++) {
    const c = facts.consents[kC]!;
    const g = c.grantedAt.getTime();
    if (c.seller === intent.seller && g <= t && g > lastRevocation) out.push(c);
  }
  if (includeOutlived || facts.reassigned.length === 0 || out.length === 0) return out;
  return out.filter((c) => !outlived(c, facts.reassigned, t));
}

/** The latest revocation of the intent's seller at or before the instant. */
export function lastRevocation(intent: NormalizedIntent, facts: Facts) {
  let best: Facts['revocations'][number] | undefined;
  for (let kR = 0; kR < facts.revocations.length; kR++) {
    const r = facts.revocations[kR]!;
    const at = r.receivedAt.getTime();
    if (r.seller === intent.seller && at <= intent.at && (best === undefined || at > best.receivedAt.getTime())) best = r;
  }
  return best;
}

/** What part of the intent a consent's scope does not cover (empty = covered). */
export function scopeMismatch(c: ConsentRecord, intent: NormalizedIntent): string[] {
  const out: string[] = [];
  const s = c.scope;
  if (s.callTypes && !s.callTypes.includes(intent.callType)) out.push(`call type ${intent.callType}`);
  if (s.channels && !s.channels.includes(intent.channel)) out.push(`channel ${intent.channel}`);
  if (s.purposes && !s.purposes.includes(intent.purpose)) out.push(`purpose ${intent.purpose}`);
  return out;
}

/**
 * Every live consent that covers the intent (written ones only when `written`), outlived ones
 * included when `includeOutlived` (for the rule that explains why they no longer count).
 */
export function coveringConsents(intent: NormalizedIntent, facts: Facts, written: boolean, includeOutlived = false): ConsentRecord[] {
  return liveConsents(intent, facts, includeOutlived).filter((c) => scopeMismatch(c, intent).length === 0 && (!written || c.kind === 'prior-express-written'));
}

/** The UTC calendar date `'YYYY-MM-DD'` of an instant (epoch ms), for verdict details. */
export function utcDate(ms: number): string {
  return dateString(Math.floor(ms / DAY));
}

/** The day number (days since 1970-01-01) of a date `'YYYY-MM-DD'`, for comparing with local days. */
export function dayNumber(date: string): number {
  return Date.parse(`${date}T00:00:00Z`) / DAY;
}

/**
 * The earliest or latest local day number of the intent's instant over its candidate zones (the
 * UTC day when there is none).
 */
function localDayBound(intent: NormalizedIntent, latest: boolean): number {
  let day = Math.floor(intent.at / DAY);
  for (let k = 0; k < intent.zones.length; k++) {
    const d = localDays(intent.zones[k]!, intent.at);
    if (k === 0 || (latest ? d > day : d < day)) day = d;
  }
  return day;
}

/**
 * The earliest local day of the intent's instant over its candidate zones. A provision that
 * loosens the law (a new permission) is in force for an intent only when it is in force on this
 * day: on every candidate zone's local day.
 */
export function earliestLocalDay(intent: NormalizedIntent): number {
  return localDayBound(intent, false);
}

/**
 * The latest local day of the intent's instant over its candidate zones: a provision that binds is
 * in force for an intent when it is in force on any candidate zone's local day, as the engine
 * decides for rules.
 */
export function latestLocalDay(intent: NormalizedIntent): number {
  return localDayBound(intent, true);
}

/**
 * Whether a provision that binds (a new duty or limit) dated `day` (a day number) is in force for
 * the intent: on any candidate zone's local day ({@link latestLocalDay}), as the engine decides for
 * rules. Local days are computed only near the date: every zone lies between UTC-12 and UTC+14,
 * so 14 hours before the date's UTC midnight no zone has reached it and 14 hours after every zone has.
 */
export function bindingFrom(intent: NormalizedIntent, day: number): boolean {
  const start = day * DAY;
  if (intent.at >= start + 14 * HOUR) return true;
  if (intent.at < start - 14 * HOUR) return false;
  return latestLocalDay(intent) >= day;
}

/**
 * Whether a provision that loosens the law (a new permission) dated `day` is in force for the
 * intent: on every candidate zone's local day ({@link earliestLocalDay}).
 */
export function permissionFrom(intent: NormalizedIntent, day: number): boolean {
  const start = day * DAY;
  if (intent.at >= start + 14 * HOUR) return true;
  if (intent.at < start - 14 * HOUR) return false;
  return earliestLocalDay(intent) >= day;
}

/** A live consent that covers the intent, preferring written consent. */
export function coveringConsent(intent: NormalizedIntent, facts: Facts, written: boolean): ConsentRecord | undefined {
  if (facts.consents.length === 0) return undefined; // most numbers have none: no list to build
  let oral: ConsentRecord | undefined;
  for (const c of liveConsents(intent, facts)) {
    if (scopeMismatch(c, intent).length) continue;
    if (c.kind === 'prior-express-written') return c;
    oral ??= c;
  }
  return written ? undefined : oral;
}

/**
 * Attempts in (t - windowMs, t] matching a filter, sorted ascending. `facts.attempts` holds no
 * reservation expired by the check's instant (the engine leaves those out per check and per probe).
 */
export function attemptsInWindow(
  attempts: readonly StoredAttempt[],
  t: number,
  windowMs: number,
  filter: (a: StoredAttempt) => boolean,
): StoredAttempt[] {
  const out: StoredAttempt[] = [];
  const from = t - windowMs;
  for (const a of attempts) if (a.at > from && a.at <= t && filter(a)) out.push(a);
  return out;
}

/**
 * The most matching attempts in one window (e - windowMs, e] over the windows that end at a
 * matching attempt time e in (t, t + windowMs): the windows that contain t and end after it. Any
 * window of that length containing t holds no more than one of these or the window ending at t
 * (a window's count only rises where it takes in an attempt, at its end). Does not assume the
 * attempts sorted.
 */
function laterWindowMax(attempts: readonly StoredAttempt[], t: number, windowMs: number, filter: (a: StoredAttempt) => boolean): number {
  const from = t - windowMs;
  const to = t + windowMs;
  // the matching times that any such window can hold: (t - windowMs, t + windowMs)
  const times: number[] = [];
  for (let k = 0; k < attempts.length; k++) {
    const a = attempts[k]!;
    if (a.at > from && a.at < to && filter(a)) times.push(a.at);
  }
  times.sort((x, y) => x - y);
  let best = 0;
  let lo = 0; // first index inside (e - windowMs, e]
  for (let hi = 0; hi < times.length; hi++) {
    const e = times[hi]!;
    // several attempts at e: the window ending at e holds them all, counted at the last of them
    if (e <= t || (hi + 1 < times.length && times[hi + 1] === e)) continue;
    while (times[lo]! <= e - windowMs) lo++;
    if (hi + 1 - lo > best) best = hi + 1 - lo;
  }
  return best;
}

/**
 * The earliest instant r > t at which a call passes the cap (the check at r sees the attempts
 * live then: a pending reservation stops counting at its expiry), for a denial by a window that
 * ends after t. A call at r is denied iff some `limit` matching attempts live at r, with r, span
 * less than `windowMs` (then one window of that length holds them and r). A set S of them denies r
 * on the interval (max S - windowMs, min(min S + windowMs, expiry of S)), open at its end, so the
 * first instant after t outside every such interval, t being inside one, is one of those ends: an
 * attempt's `at + windowMs` or its expiry. The candidates are tried in order.
 *
 * Each candidate r costs O(log N), not a rescan of every attempt: with the matching times sorted,
 * r is denied iff (A) some attempt live at r at a in (r - windowMs, r] has `limit` live attempts in
 * [a, a + windowMs) (a run starting at or before r), or (B) `limit` live attempts lie in
 * (r, r + windowMs) (a run starting after r). Candidates rise and attempts only stop being live
 * (at their expiry), so (A) is a range maximum over a segment tree whose counts drop on a range at
 * each expiry, and (B) a range count over a Fenwick tree: O((N + C) log N) in all. `stats.ops`,
 * when given, receives the number of elementary steps taken (for tests of the bound).
 */
export function earliestPass(
  attempts: readonly StoredAttempt[],
  t: number,
  windowMs: number,
  limit: number,
  filter: (a: StoredAttempt) => boolean,
  stats?: { ops: number },
): number {
  const from = t - windowMs; // no window containing an instant at or after t holds an earlier attempt
  const items: { at: number; end: number }[] = [];
  const candidates: number[] = [];
  for (let k = 0; k < attempts.length; k++) {
    const a = attempts[k]!;
    if (a.at <= from || !filter(a)) continue;
    const end = a.outcome === 'pending' && a.expiresAt !== undefined ? a.expiresAt : Infinity;
    items.push({ at: a.at, end });
    if (a.at + windowMs > t) candidates.push(a.at + windowMs);
    if (end > t && end !== Infinity) candidates.push(end);
  }
  items.sort((x, y) => x.at - y.at);
  candidates.sort((x, y) => x - y);
  passOps = attempts.length + items.length + candidates.length;
  const r = Number.isInteger(limit) && limit >= 1 ? firstPassFast(items, candidates, windowMs, limit) : firstPassScan(items, candidates, windowMs, limit);
  if (stats) stats.ops = passOps;
  return r;
}

/** Elementary steps of the last {@link earliestPass} (reported through its `stats`). */
let passOps = 0;

/**
 * The first candidate not denied, by rescanning every item per candidate: O(N) a candidate. Kept
 * for a limit that is not a positive integer (not one of the caps), whose reading of "limit
 * attempts" is this loop's.
 */
function firstPassScan(items: readonly { at: number; end: number }[], candidates: readonly number[], windowMs: number, limit: number): number {
  const live: number[] = [];
  for (let kC = 0; kC < candidates.length; kC++) {
    const r = candidates[kC]!;
    if (kC > 0 && r === candidates[kC - 1]) continue;
    live.length = 0;
    for (let k = 0; k < items.length; k++) if (items[k]!.end > r) live.push(items[k]!.at);
    passOps += items.length;
    let denied = false;
    for (let k = 0; k + limit <= live.length && !denied; k++) {
      const lo = live[k]! < r ? live[k]! : r;
      const hi = live[k + limit - 1]! > r ? live[k + limit - 1]! : r;
      denied = hi - lo < windowMs;
    }
    if (!denied) return r;
  }
  // unreachable: at the last candidate every attempt has left or expired
  return candidates[candidates.length - 1]!;
}

/**
 * The first candidate not denied, for a positive integer limit, in O((N + C) log N). The
 * comparisons are the scan's own (`x - y < windowMs`), so rounding cannot tell them apart.
 */
function firstPassFast(items: readonly { at: number; end: number }[], candidates: readonly number[], windowMs: number, limit: number): number {
  const n = items.length;
  const at = new Float64Array(n);
  for (let k = 0; k < n; k++) at[k] = items[k]!.at;
  // f[j]: the attempts in [at[j], at[j] + windowMs), all live for now
  const f = new Float64Array(n);
  for (let j = 0, first = 0, hi = 0; j < n; j++) {
    if (at[j] !== at[first]) first = j;
    if (hi < first) hi = first;
    while (hi < n && at[hi]! - at[j]! < windowMs) hi++;
    f[j] = hi - first;
    passOps += 1;
  }
  const tree = new MaxAddTree(f);
  const fenwick = new Float64Array(n + 1); // live attempts by position, for (B)
  for (let k = 1; k <= n; k++) {
    fenwick[k]! += 1;
    const up = k + (k & -k);
    if (up <= n) fenwick[up]! += fenwick[k]!;
  }
  // attempts by expiry: each stops being live at the first candidate at or after its end
  // (an end that is not a number never leaves `end > r` false: first, as if -Infinity)
  const byEnd: number[] = new Array(n);
  const endKey = new Float64Array(n);
  for (let k = 0; k < n; k++) {
    byEnd[k] = k;
    const e = items[k]!.end;
    endKey[k] = e >= -Infinity ? e : -Infinity;
  }
  byEnd.sort((x, y) => endKey[x]! - endKey[y]! || x - y);
  let kE = 0;
  for (let kC = 0; kC < candidates.length; kC++) {
    const r = candidates[kC]!;
    if (kC > 0 && r === candidates[kC - 1]) continue;
    for (; kE < byEnd.length && !(items[byEnd[kE]!]!.end > r); kE++) {
      const p = byEnd[kE]!;
      const a = at[p]!;
      // the runs starting at or before it and holding it lose it; it starts none itself any more
      const lo = firstWhere(n, (j) => a - at[j]! < windowMs);
      const hi = firstWhere(n, (j) => at[j]! > a) - 1;
      if (lo <= hi) tree.add(lo, hi, -1);
      tree.add(p, p, -Infinity);
      for (let k = p + 1; k <= n; k += k & -k) {
        fenwick[k]! -= 1;
        passOps++;
      }
    }
    // (A): a live run starting at a in (r - windowMs, r]
    const aLo = firstWhere(n, (j) => r - at[j]! < windowMs);
    const bLo = firstWhere(n, (j) => at[j]! > r);
    let denied = aLo < bLo && tree.max(aLo, bLo - 1) >= limit;
    if (!denied) {
      // (B): a live run in (r, r + windowMs)
      const bHi = firstWhere(n, (j) => at[j]! > r && !(at[j]! - r < windowMs));
      let live = 0;
      for (let k = bHi; k > 0; k -= k & -k, passOps++) live += fenwick[k]!;
      for (let k = bLo; k > 0; k -= k & -k, passOps++) live -= fenwick[k]!;
      denied = live >= limit;
    }
    if (!denied) return r;
  }
  // unreachable: at the last candidate every attempt has left or expired
  return candidates[candidates.length - 1]!;
}

/** The least index in [0, n) where a predicate false then true over the indices holds (n if none). */
function firstWhere(n: number, holds: (k: number) => boolean): number {
  let lo = 0;
  let hi = n;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    passOps++;
    if (holds(mid)) hi = mid;
    else lo = mid + 1;
  }
  return lo;
}

/** A segment tree over numbers: add a value to a range, the maximum of a range; O(log n) each. */
class MaxAddTree {
  private readonly n: number;
  /** A node's maximum, its own pending add included (children's adds applied below it). */
  private readonly mx: Float64Array;
  private readonly pending: Float64Array;

  constructor(values: Float64Array) {
    this.n = values.length;
    this.mx = new Float64Array(4 * Math.max(this.n, 1));
    this.pending = new Float64Array(4 * Math.max(this.n, 1));
    if (this.n > 0) this.build(values, 1, 0, this.n - 1);
  }

  private build(values: Float64Array, node: number, lo: number, hi: number): void {
    passOps++;
    if (lo === hi) {
      this.mx[node] = values[lo]!;
      return;
    }
    const mid = (lo + hi) >>> 1;
    this.build(values, 2 * node, lo, mid);
    this.build(values, 2 * node + 1, mid + 1, hi);
    this.mx[node] = Math.max(this.mx[2 * node]!, this.mx[2 * node + 1]!);
  }

  add(l: number, r: number, v: number, node = 1, lo = 0, hi = this.n - 1): void {
    passOps++;
    if (r < lo || hi < l) return;
    if (l <= lo && hi <= r) {
      this.mx[node]! += v;
      this.pending[node]! += v;
      return;
    }
    const mid = (lo + hi) >>> 1;
    this.add(l, r, v, 2 * node, lo, mid);
    this.add(l, r, v, 2 * node + 1, mid + 1, hi);
    this.mx[node] = Math.max(this.mx[2 * node]!, this.mx[2 * node + 1]!) + this.pending[node]!;
  }

  max(l: number, r: number, node = 1, lo = 0, hi = this.n - 1): number {
    passOps++;
    if (r < lo || hi < l) return -Infinity;
    if (l <= lo && hi <= r) return this.mx[node]!;
    const mid = (lo + hi) >>> 1;
    return Math.max(this.max(l, r, 2 * node, lo, mid), this.max(l, r, 2 * node + 1, mid + 1, hi)) + this.pending[node]!;
  }
}

/**
 * A cap check: at most `limit` matching attempts in any window of `windowMs`, the new call at t
 * included, in every such window that contains t: the one ending at t and those ending after it
 * (attempts and pending reservations later than t, from another worker or a clock behind, count).
 * details.count is the largest count found. When only the window ending at t is over the cap,
 * retryAt is when enough of its oldest counted attempts leave the window (a lower bound of the
 * earliest pass when attempts after t may fill a later window: the engine re-checks there); when a
 * window ending after t is, moving the call later need not help, and retryAt is the earliest
 * instant a check passes ({@link earliestPass}).
 */
export function capVerdict(
  attempts: readonly StoredAttempt[],
  t: number,
  windowMs: number,
  limit: number,
  what: string,
  windowLabel: string,
  filter: (a: StoredAttempt) => boolean,
  extra: Record<string, unknown> = {},
): VerdictInput {
  // Fast path, no allocation: count the window ending at t, and note any matching attempt after t
  // that a window containing t could hold.
  const from = t - windowMs;
  const to = t + windowMs;
  let count = 0;
  let later = false;
  for (let k = 0; k < attempts.length; k++) {
    const a = attempts[k]!;
    const at = a.at;
    if (at > t) {
      if (!later && at < to && filter(a)) later = true;
    } else if (at > from && filter(a)) count++;
  }
  const laterMax = later ? laterWindowMax(attempts, t, windowMs, filter) : 0;
  if (count < limit && laterMax < limit) return { outcome: 'allow', code: 'within_limit', details: { count: count > laterMax ? count : laterMax, limit, what, window: windowLabel, ...extra } };
  if (laterMax >= limit) {
    // a window ending after t is full: a later call may fall in it too; retryAt is the earliest pass
    return {
      outcome: 'deny',
      code: 'limit_reached',
      details: { count: count > laterMax ? count : laterMax, limit, what, window: windowLabel, ...extra },
      retryAt: earliestPass(attempts, t, windowMs, limit, filter),
    };
  }
  // Only the window ending at t is full. An attempt stops counting when it leaves the window, or,
  // for a pending reservation, when it expires if that is sooner; the call passes once
  // count - limit + 1 of them have stopped.
  const counted = attemptsInWindow(attempts, t, windowMs, filter);
  const leaves: number[] = new Array(count);
  for (let k = 0; k < count; k++) {
    const a = counted[k]!;
    const out = a.at + windowMs;
    leaves[k] = a.outcome === 'pending' && a.expiresAt !== undefined && a.expiresAt < out ? a.expiresAt : out;
  }
  leaves.sort((x, y) => x - y);
  return {
    outcome: 'deny',
    code: 'limit_reached',
    details: { count, limit, what, window: windowLabel, ...extra },
    retryAt: leaves[count - limit]!,
  };
}

const DAY_NAMES = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'] as const;

const allowCache = new WeakMap<object, WeakMap<readonly string[], VerdictInput>>();

/** The shared, frozen allow verdict for a window and a zone set (both are shared objects). */
function allowInWindow(window: { start: number; end: number }, zones: readonly string[]): VerdictInput {
  let byZones = allowCache.get(window);
  if (byZones === undefined) allowCache.set(window, (byZones = new WeakMap()));
  let v = byZones.get(zones);
  if (v === undefined) {
    v = Object.freeze({ outcome: 'allow', code: 'within_calling_hours', details: Object.freeze({ window, zones }) } as const);
    byZones.set(zones, v);
  }
  return v;
}

/**
 * A frozen VerdictInput: the engine turns each one into a single shared Verdict.
 */
export function constant(v: VerdictInput): VerdictInput {
  if (v.details) Object.freeze(v.details);
  return Object.freeze(v);
}

/**
 * Memoizes frozen verdict inputs by a string key (for verdicts that vary over a few values), up
 * to `maxKeys` keys.
 */
export function constantBy(make: (key: string) => VerdictInput, maxKeys = Infinity): (key: string) => VerdictInput {
  const cache = new Map<string, VerdictInput>();
  return (key) => {
    let v = cache.get(key);
    if (v === undefined) {
      // past maxKeys distinct keys (keys from host data), new keys get a fresh, unshared verdict
      if (cache.size >= maxKeys) return make(key);
      cache.set(key, (v = constant(make(key))));
    }
    return v;
  };
}

/**
 * Memoizes frozen verdict inputs by five strings (enum values of the intent, say), in a tree of
 * maps: no key string or argument array is built per call.
 */
export function constantBy5(make: (a: string, b: string, c: string, d: string, e: string) => VerdictInput): (a: string, b: string, c: string, d: string, e: string) => VerdictInput {
  // root -> a -> b -> c -> d -> e -> verdict
  const root = new Map<string, Map<string, Map<string, Map<string, Map<string, VerdictInput>>>>>();
  return (a, b, c, d, e) => {
    let mb = root.get(a);
    if (mb === undefined) root.set(a, (mb = new Map()));
    let mc = mb.get(b);
    if (mc === undefined) mb.set(b, (mc = new Map()));
    let md = mc.get(c);
    if (md === undefined) mc.set(c, (md = new Map()));
    let me = md.get(d);
    if (me === undefined) md.set(d, (me = new Map()));
    let v = me.get(e);
    if (v === undefined) me.set(e, (v = constant(make(a, b, c, d, e))));
    return v;
  };
}

/** 08:00-21:00, the federal window: 47 CFR 64.1200(c)(1), 16 CFR 310.4(c), 12 CFR 1006.6(b)(1)(i). */
export const FEDERAL_HOURS: { readonly start: number; readonly end: number } = Object.freeze({ start: hm('08:00'), end: hm('21:00') });
const federalHoursOf = (): DayWindow => FEDERAL_HOURS;

// The last answer of federalHoursVerdict: TCPA and TSR ask the same question of the same intent in turn.
let lastFederalIntent: NormalizedIntent | undefined;
const lastFederalAt = new Float64Array([Number.NaN]); // typed: a module number would be boxed per update
let lastFederalZones: readonly string[] | undefined;
let lastFederalVerdict: VerdictInput | undefined;

/**
 * {@link windowInAllZones} for the federal 08:00-21:00 window. Two rules asking about the same
 * intent, instant and zones in turn get the same answer object (its fields are copied into each
 * rule's verdict).
 */
export function federalHoursVerdict(intent: NormalizedIntent): VerdictInput {
  if (intent === lastFederalIntent && intent.at === lastFederalAt[0] && intent.zones === lastFederalZones) return lastFederalVerdict!;
  const v = windowInAllZones(intent, federalHoursOf);
  lastFederalIntent = intent;
  lastFederalAt[0] = intent.at;
  lastFederalZones = intent.zones;
  lastFederalVerdict = v;
  return v;
}

/**
 * A daily window that must be open in every candidate zone. Denies with the first closed zone's
 * local time, and a retryAt no earlier than every closed zone's next opening.
 */
export function windowInAllZones(
  intent: NormalizedIntent,
  windowOf: (zone: string, days: number, weekday: number) => DayWindow,
  extra?: Record<string, unknown>,
): VerdictInput {
  const zones = intent.zones;
  if (zones.length === 0) return { outcome: 'deny', code: 'unknown_time_zone', details: { ...extra } };
  const at = intent.at;
  let window: DayWindow = null;
  let closed = false;
  // Fast path, no allocation: is the window open in every zone?
  for (let k = 0; k < zones.length; k++) {
    const zone = zones[k]!;
    const localMs = at + zoneOffsetMinutes(zone, at) * MINUTE;
    const days = Math.floor(localMs / DAY);
    const minute = Math.floor((localMs - days * DAY) / MINUTE);
    const w = windowOf(zone, days, weekdayFromDays(days));
    if (w === null || minute < w.start || minute >= w.end) {
      closed = true;
      break;
    }
    window ??= w;
  }
  if (!closed) {
    if (extra !== undefined) return { outcome: 'allow', code: 'within_calling_hours', details: { window, zones, ...extra } };
    return allowInWindow(window!, zones);
  }
  let firstClosed: ReturnType<typeof checkWindow> | undefined;
  let retryAt = -Infinity;
  let unknown = false;
  for (let kZone = 0; kZone < zones.length; kZone++) {
    const zone = zones[kZone]!;
    const r = checkWindow(zone, at, (d, w) => windowOf(zone, d, w));
    if (r.open) continue;
    firstClosed ??= r;
    if (r.retryAt === undefined) unknown = true;
    else retryAt = Math.max(retryAt, r.retryAt);
  }
  const fc = firstClosed!;
  const v: VerdictInput = {
    outcome: 'deny',
    code: fc.window === null ? 'no_calls_on_day' : 'outside_calling_hours',
    details: {
      localTime: `${fc.local.date} ${fc.local.time}`,
      zone: fc.zone,
      window: formatWindow(fc.window),
      dayKind: DAY_NAMES[weekdayFromDays(fc.local.days)],
      date: fc.local.date,
      zones,
      ...extra,
    },
  };
  if (!unknown) v.retryAt = retryAt;
  return v;
}
