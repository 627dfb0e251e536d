/**
 * Frequency caps with attempts later than the checked instant (capVerdict in src/rules/shared.ts):
 * "at most N in any window of length W" holds for every window that contains the new call, also
 * those that end after it. Reservations made out of time order, or by two dialer workers whose
 * clocks differ, must not grant an N+1th call.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { memoryStorage, states, type AttemptRecord, type CallIntent, type Engine } from '../../src/index';
import type { StoredAttempt } from '../../src/core/types';
import { capVerdict, earliestPass } from '../../src/rules/shared';
import { PHONE, at, engineOf, only, tm } from '../issue3/helpers';
import { DAY, MIN, NYC, intent, makeEngine, rules, verdictOf } from './helpers';

const FL_RULE = 'state.FL.call-frequency';

describe('Fla. Stat. 501.616(6)(b): 3 calls per 24 h on the same subject, reservations out of time order', () => {
  it('Fla. Stat. 501.616(6)(b): reservations at 12:03, 12:02, 12:01 then 12:00: the 4th is denied, retry at the earliest pass', async () => {
    const e = engineOf(states);
    for (const time of ['12:03', '12:02', '12:01']) {
      const r = await e.reserve(tm(PHONE.FL, at('FL', '2026-06-16', time), { subject: 's' }));
      expect(r.reservation, `reserve ${time}`).toBeDefined();
    }
    const r = await e.reserve(tm(PHONE.FL, at('FL', '2026-06-16', '12:00'), { subject: 's' }));
    expect(r.reservation).toBeUndefined();
    const v = only(r.decision, FL_RULE);
    expect(v).toMatchObject({ outcome: 'deny', code: 'limit_reached', details: { count: 3, limit: 3, per: 'subject' } });
    expect(v.citation).toContain('501.616(6)(b)');
    // the earliest instant a re-check passes (a reservation lapses, or the 12:01 one leaves the 24 h)
    expect(v.retryAt).toBeDefined();
    const retry = v.retryAt!.getTime();
    expect(only(await e.check(tm(PHONE.FL, new Date(retry), { subject: 's' })), FL_RULE).outcome).toBe('allow');
    expect(only(await e.check(tm(PHONE.FL, new Date(retry - MIN), { subject: 's' })), FL_RULE).outcome).toBe('deny');
    // the day before: 12:02:30 is within 24 h of two of them (12:01, 12:02), 12:03:30 of all three
    expect(only(await e.check(tm(PHONE.FL, at('FL', '2026-06-15', '12:02:30'), { subject: 's' })), FL_RULE)).toMatchObject({ outcome: 'allow', details: { count: 2 } });
    expect(only(await e.check(tm(PHONE.FL, at('FL', '2026-06-15', '12:03:30'), { subject: 's' })), FL_RULE)).toMatchObject({ outcome: 'deny', details: { count: 3 } });
  });

  it('Fla. Stat. 501.616(6)(b): two dialer workers sharing one store, clocks 30 s apart, never get a 4th call granted', async () => {
    const storage = memoryStorage();
    let base = at('FL', '2026-06-16', '12:00').getTime();
    const ahead: Engine = engineOf(states, { storage, clock: () => new Date(base) });
    const behind: Engine = engineOf(states, { storage, clock: () => new Date(base - 30_000) });
    const call: CallIntent = { to: PHONE.FL, callType: 'live', purpose: 'telemarketing', subject: 's' };
    let granted = 0;
    const denials: string[] = [];
    for (let round = 0; round < 4; round++) {
      for (const worker of [ahead, behind]) {
        const r = await worker.reserve(call);
        if (r.reservation) granted++;
        else denials.push(`${r.decision.intent.at}:${only(r.decision, FL_RULE).code}`);
      }
      base += MIN;
    }
    expect(granted).toBe(3);
    expect(denials).toHaveLength(5);
    // the same with explicit intents 30 s apart, the later one first
    const e = engineOf(states);
    const T = at('FL', '2026-06-16', '12:00').getTime();
    const order = [T, T - 30_000, T + MIN, T + MIN - 30_000];
    const results = [];
    for (const t of order) results.push(Boolean((await e.reserve({ ...call, at: new Date(t) })).reservation));
    expect(results).toEqual([true, true, true, false]);
  });
});

describe('12 CFR 1006.14(b)(2)(i): 7 calls within 7 consecutive days, calls recorded after the checked instant', () => {
  const ONLY = rules('regf.call-frequency');
  const record = (day: number): AttemptRecord => ({
    phone: NYC, at: `2026-06-0${day}T10:00:00-04:00`, callType: 'live', channel: 'voice', purpose: 'debt-collection', subject: 'debt-1', outcome: 'no-answer',
  });
  const collect = (when: string) => intent({ callType: 'live', purpose: 'debt-collection', subject: 'debt-1', at: when });

  it('12 CFR 1006.14(b)(2)(i): 7 calls on days 2..8, a check on day 1 within 7 days of all of them is denied until the day-2 call is 7 days old', async () => {
    const e = makeEngine(ONLY);
    await e.attempts.record([2, 3, 4, 5, 6, 7, 8].map(record));
    const d = await e.check(collect('2026-06-01T15:00:00-04:00'));
    const v = verdictOf(d, 'regf.call-frequency');
    expect(v).toMatchObject({ outcome: 'deny', code: 'limit_reached', details: { count: 7, limit: 7, subject: 'debt-1' } });
    // every instant until 06-09 10:00 is within 7 days of all 7 calls (06-02 10:00 .. 06-08 10:00)
    expect(v.retryAt?.toISOString()).toBe('2026-06-09T14:00:00.000Z');
    expect(d.nextPermittedAt?.toISOString()).toBe('2026-06-09T14:00:00.000Z');
    expect((await e.check(collect('2026-06-09T10:00:00-04:00'))).allowed).toBe(true);
    expect((await e.check(collect('2026-06-09T09:59:00-04:00'))).allowed).toBe(false);
    // day 1 at 09:00 is more than 7 days before the day-8 call: its windows hold at most 6
    const early = verdictOf(await e.check(collect('2026-06-01T09:00:00-04:00')), 'regf.call-frequency');
    expect(early).toMatchObject({ outcome: 'allow', details: { count: 6 } });
  });

  it('12 CFR 1006.14(b)(2)(i): 6 calls on days 2..7 leave room for a 7th on day 1', async () => {
    const e = makeEngine(ONLY);
    await e.attempts.record([2, 3, 4, 5, 6, 7].map(record));
    expect(verdictOf(await e.check(collect('2026-06-01T15:00:00-04:00')), 'regf.call-frequency')).toMatchObject({ outcome: 'allow', details: { count: 6 } });
  });
});

describe('property: capVerdict against a brute-force oracle (47 CFR 64.1200(a)(3)(ii)-(v), 12 CFR 1006.14(b)(2), state caps)', () => {
  const T = Date.parse('2026-06-16T16:00:00Z');
  const ME = '+12127361234';
  const OTHER = '+13125550123';
  const filter = (a: StoredAttempt) => a.e164 === ME;

  type Gen = { offsetMin: number; matches: boolean; pendingTtlMin: number | null };
  const stored = (g: Gen, k: number): StoredAttempt => ({
    id: `a${k}`,
    e164: g.matches ? ME : OTHER,
    at: T + g.offsetMin * MIN,
    callType: 'live',
    channel: 'voice',
    purpose: 'telemarketing',
    seller: 'Firm',
    outcome: g.pendingTtlMin === null ? 'no-answer' : 'pending',
    conversation: false,
    ...(g.pendingTtlMin === null ? {} : { expiresAt: T + (g.offsetMin + g.pendingTtlMin) * MIN }),
  });
  /** The attempts a check at instant t sees: pending reservations expired by t left out (as the engine does). */
  const liveAt = (as: readonly StoredAttempt[], t: number) => as.filter((a) => !(a.outcome === 'pending' && a.expiresAt !== undefined && a.expiresAt <= t));

  /**
   * Every window (x - W, x] containing t, x on the minute grid (all times are): the largest matching
   * count; `backward` for the window ending at t, `laterMax` over the windows that hold a matching
   * attempt after t.
   */
  function oracle(as: readonly StoredAttempt[], t: number, windowMs: number): { max: number; backward: number; laterMax: number } {
    let backward = 0;
    let laterMax = 0;
    for (let x = t; x < t + windowMs; x += MIN) {
      let c = 0;
      let after = false;
      for (const a of as) {
        if (filter(a) && a.at > x - windowMs && a.at <= x) {
          c++;
          if (a.at > t) after = true;
        }
      }
      if (x === t) backward = c;
      else if (after && c > laterMax) laterMax = c;
    }
    return { max: Math.max(backward, laterMax), backward, laterMax };
  }
  /** Whether a call at r is denied, by the brute-force scan, with the attempts live at r. */
  const deniedAt = (as: readonly StoredAttempt[], r: number, windowMs: number, limit: number) => oracle(liveAt(as, r), r, windowMs).max >= limit;
  /** The earliest instant after t (minute grid: every time is on it) at which a call passes. */
  function earliestPass(as: readonly StoredAttempt[], t: number, windowMs: number, limit: number): number {
    let r = t + MIN;
    while (deniedAt(as, r, windowMs, limit)) r += MIN;
    return r;
  }
  /** The retryAt of the backward window alone (the logic before windows after t were counted). */
  function backwardRetry(as: readonly StoredAttempt[], t: number, windowMs: number, limit: number): number {
    const leaves = as
      .filter((a) => filter(a) && a.at > t - windowMs && a.at <= t)
      .map((a) => (a.outcome === 'pending' && a.expiresAt !== undefined ? Math.min(a.expiresAt, a.at + windowMs) : a.at + windowMs))
      .sort((x, y) => x - y);
    return leaves[leaves.length - limit]!;
  }

  const cases = (maxAfter: (w: number) => number) =>
    fc
      .record({ windowMin: fc.integer({ min: 2, max: 120 }), limit: fc.integer({ min: 1, max: 5 }), sorted: fc.boolean() })
      .chain(({ windowMin, limit, sorted }) =>
        fc.record({
          windowMin: fc.constant(windowMin),
          limit: fc.constant(limit),
          sorted: fc.constant(sorted),
          gens: fc.array(
            fc.record({
              offsetMin: fc.oneof(
                { weight: 3, arbitrary: fc.integer({ min: -windowMin, max: maxAfter(windowMin) }) },
                { weight: 1, arbitrary: fc.integer({ min: -2 * windowMin, max: Math.max(maxAfter(2 * windowMin), 0) }) },
              ),
              matches: fc.integer({ min: 0, max: 4 }).map((n) => n !== 0),
              pendingTtlMin: fc.option(fc.integer({ min: 1, max: 2 * windowMin }), { freq: 3 }),
            }),
            { maxLength: 12 },
          ),
        }),
      );

  const build = (gens: Gen[], sorted: boolean) => {
    const all = gens.map(stored);
    if (sorted) all.sort((a, b) => a.at - b.at);
    return all;
  };

  it('denies iff some window of length W containing t holds >= limit matching attempts; count is the largest; retryAt is the earliest pass when a window ending after t is full', () => {
    let later = 0;
    fc.assert(
      fc.property(cases((w) => w), ({ windowMin, limit, sorted, gens }) => {
        const W = windowMin * MIN;
        const as = liveAt(build(gens, sorted), T);
        const o = oracle(as, T, W);
        const v = capVerdict(as, T, W, limit, 'calls', 'w', filter);
        expect(v.outcome).toBe(o.max >= limit ? 'deny' : 'allow');
        expect(v.details).toMatchObject({ count: o.max, limit, what: 'calls', window: 'w' });
        if (o.laterMax >= limit) {
          // a window ending after t is full: retryAt is the earliest instant a re-check passes
          later++;
          const r = v.retryAt as number;
          expect(r).toBe(earliestPass(as, T, W, limit));
          expect(capVerdict(liveAt(as, r), r, W, limit, 'calls', 'w', filter).outcome).toBe('allow');
          expect(capVerdict(liveAt(as, r - MIN), r - MIN, W, limit, 'calls', 'w', filter).outcome).toBe('deny');
        } else if (o.backward >= limit) {
          // only the window ending at t: the retryAt of that window, no later than the earliest pass
          expect(v.retryAt).toBe(backwardRetry(as, T, W, limit));
          expect(v.retryAt as number).toBeLessThanOrEqual(earliestPass(as, T, W, limit));
        } else expect(v.retryAt).toBeUndefined();
      }),
      { seed: 4242, numRuns: 500 },
    );
    expect(later).toBeGreaterThan(50); // the property saw enough full windows after t
  });

  it('with every attempt at or before t: a retryAt re-checked passes, one minute earlier does not', () => {
    let denied = 0;
    fc.assert(
      fc.property(cases(() => 0), ({ windowMin, limit, sorted, gens }) => {
        const W = windowMin * MIN;
        const as = liveAt(build(gens, sorted), T);
        const v = capVerdict(as, T, W, limit, 'calls', 'w', filter);
        if (v.outcome === 'allow') return;
        denied++;
        expect(v.retryAt).toBeTypeOf('number');
        const r = v.retryAt as number;
        expect(r).toBeGreaterThan(T);
        expect(capVerdict(liveAt(as, r), r, W, limit, 'calls', 'w', filter).outcome).toBe('allow');
        expect(capVerdict(liveAt(as, r - MIN), r - MIN, W, limit, 'calls', 'w', filter).outcome).toBe('deny');
      }),
      { seed: 4243, numRuns: 500 },
    );
    expect(denied).toBeGreaterThan(20); // the property saw enough denials to mean something
  });
});

describe('earliestPass (src/rules/shared.ts): O((N + C) log N), the same instants as the per-candidate rescan it replaced', () => {
  const T = Date.parse('2026-06-16T16:00:00Z');
  const ME = '+12127361234';
  const filter = (a: StoredAttempt) => a.e164 === ME;
  const attempt = (k: number, at: number, e164 = ME, pending?: { expiresAt?: number }, outcome: StoredAttempt['outcome'] = 'no-answer'): StoredAttempt => ({
    id: `a${k}`,
    e164,
    at,
    callType: 'live',
    channel: 'voice',
    purpose: 'telemarketing',
    seller: 'Firm',
    outcome: pending ? 'pending' : outcome,
    conversation: false,
    ...(pending?.expiresAt === undefined ? {} : { expiresAt: pending.expiresAt }),
  });
  const liveAt = (as: readonly StoredAttempt[], t: number) => as.filter((a) => !(a.outcome === 'pending' && a.expiresAt !== undefined && a.expiresAt <= t));

  /** The implementation before the rewrite, verbatim: every candidate rescans every item, O(N) each. */
  function oldEarliestPass(attempts: readonly StoredAttempt[], t: number, windowMs: number, limit: number, filter: (a: StoredAttempt) => boolean): number {
    const from = t - windowMs;
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
    const live: number[] = [];
    for (let kC = 0; kC < candidates.length; kC++) {
      const r = candidates[kC]!;
      if (kC > 0 && r === candidates[kC - 1]) continue;
      live.length = 0;
      for (let k = 0; k < items.length; k++) if (items[k]!.end > r) live.push(items[k]!.at);
      let denied = false;
      for (let k = 0; k + limit <= live.length && !denied; k++) {
        const lo = live[k]! < r ? live[k]! : r;
        const hi = live[k + limit - 1]! > r ? live[k + limit - 1]! : r;
        denied = hi - lo < windowMs;
      }
      if (!denied) return r;
    }
    return candidates[candidates.length - 1]!;
  }

  /** n matching attempts spread over the 30 days before T (all in the window), plus one reservation a day after T. */
  const history = (n: number, W: number): StoredAttempt[] => {
    const as: StoredAttempt[] = [];
    for (let k = 0; k < n; k++) as.push(attempt(k, T - W + 1 + Math.floor((k * (W - 1)) / n)));
    as.push(attempt(n, T + DAY, ME, { expiresAt: T + DAY + 10 * MIN }));
    return as;
  };

  it('47 CFR 64.1200(a)(3)(ii)-(v), 30 days, limit 3: 20,000 matching attempts and one later reservation are decided in O((N + C) log N) steps', () => {
    const W = 30 * DAY;
    const steps = (n: number) => {
      const stats = { ops: 0 };
      earliestPass(history(n, W), T, W, 3, filter, stats);
      return stats.ops;
    };
    const N = 20_000;
    const as = history(N, W);
    const stats = { ops: 0 };
    const r = earliestPass(as, T, W, 3, filter, stats);
    // candidates: N + 1 window ends and one expiry; the rescan took about N * C = 8e8 steps
    const C = N + 2;
    expect(stats.ops).toBeLessThan(8 * (N + C) * Math.ceil(Math.log2(N)));
    expect(steps(N) / steps(N / 10)).toBeLessThan(20); // quadratic growth would be about 100
    // through capVerdict (the rule's path), with a generous bound on the clock
    const t0 = performance.now();
    const v = capVerdict(as, T, W, 3, 'calls', 'w', filter);
    expect(performance.now() - t0).toBeLessThan(500);
    expect(v).toMatchObject({ outcome: 'deny', code: 'limit_reached', retryAt: r });
    // and it is the earliest pass: a re-check there is allowed, 1 ms earlier is denied
    expect(capVerdict(liveAt(as, r), r, W, 3, 'calls', 'w', filter).outcome).toBe('allow');
    expect(capVerdict(liveAt(as, r - 1), r - 1, W, 3, 'calls', 'w', filter).outcome).toBe('deny');
  });

  it('property: the same instant as the old rescan, with pending, expired and unexpiring reservations, ties, off-grid times and attempts of other numbers', () => {
    let beyondFirst = 0;
    const gen = fc
      .record({ W: fc.oneof(fc.integer({ min: 1, max: 120 }).map((m) => m * MIN), fc.integer({ min: 1, max: 2 * 3_600_000 })), limit: fc.integer({ min: 0, max: 6 }), sorted: fc.boolean() })
      .chain(({ W, limit, sorted }) =>
        fc.record({
          W: fc.constant(W),
          limit: fc.constant(limit),
          sorted: fc.constant(sorted),
          gens: fc.array(
            fc.record({
              at: fc.oneof(
                { weight: 3, arbitrary: fc.integer({ min: -Math.ceil((2 * W) / MIN), max: Math.ceil((2 * W) / MIN) }).map((m) => T + m * MIN) },
                { weight: 1, arbitrary: fc.integer({ min: -2 * W, max: 3 * W }).map((d) => T + d) },
              ),
              matches: fc.integer({ min: 0, max: 5 }).map((n) => n !== 0),
              // pending: expiring before t (already expired), at t, after t, or never (no expiresAt)
              pending: fc.option(
                fc.oneof(
                  fc.integer({ min: -W, max: 2 * W }).map((d) => ({ ttl: d as number | undefined })),
                  fc.integer({ min: -2, max: 2 }).map((m) => ({ ttl: m * MIN as number | undefined })),
                  fc.constant({ ttl: undefined as number | undefined }),
                ),
                { freq: 2 },
              ),
            }),
            { maxLength: 30 },
          ),
        }),
      );
    fc.assert(
      fc.property(gen, ({ W, limit, sorted, gens }) => {
        const as = gens.map((g, k) => attempt(k, g.at, g.matches ? ME : '+13125550123', g.pending ? { expiresAt: g.pending.ttl === undefined ? undefined : g.at + g.pending.ttl } : undefined));
        if (sorted) as.sort((a, b) => a.at - b.at);
        const want = oldEarliestPass(as, T, W, limit, filter);
        if (want !== oldEarliestPass(as, T, W, Infinity, filter)) beyondFirst++;
        expect(earliestPass(as, T, W, limit, filter)).toBe(want);
        // as the engine calls it: reservations expired by t left out
        const live = liveAt(as, T);
        expect(earliestPass(live, T, W, limit, filter)).toBe(oldEarliestPass(live, T, W, limit, filter));
      }),
      { seed: 4244, numRuns: 3000 },
    );
    expect(beyondFirst).toBeGreaterThan(300); // the property saw enough denied candidates
  });

  it('property: dense clusters, many attempts at one instant, limits up to 8', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 8 }),
        fc.integer({ min: 2, max: 10 }),
        fc.array(fc.record({ m: fc.integer({ min: -12, max: 24 }), ttl: fc.option(fc.integer({ min: -3, max: 20 }), { freq: 1 }) }), { maxLength: 60 }),
        (limit, windowMin, gens) => {
          const W = windowMin * MIN;
          const as = gens.map((g, k) => attempt(k, T + g.m * MIN, ME, g.ttl === null ? undefined : { expiresAt: T + (g.m + g.ttl) * MIN }));
          expect(earliestPass(as, T, W, limit, filter)).toBe(oldEarliestPass(as, T, W, limit, filter));
        },
      ),
      { seed: 4245, numRuns: 2000 },
    );
  });
});
