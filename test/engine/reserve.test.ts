/**
 * reserve / complete (DESIGN.md §2): reserve checks and atomically records a pending attempt, so
 * concurrent workers can never exceed a cap; a pending reservation counts toward every cap until it
 * completes or expires.
 */
import { describe, expect, it } from 'vitest';
import { StorageError, defineRule, memoryStorage, type CallIntent, type Storage } from '../../src/index';
import { CHI, MIN, NYC, intent, makeEngine, ms, outcomeOf, rules, verdictOf } from '../rules/helpers';

const FREQ = rules('regf.call-frequency');
const T = ms('2026-06-10T12:00:00-04:00');
const collect = (at: number, over: Partial<CallIntent> = {}) =>
  intent({ callType: 'live', purpose: 'debt-collection', subject: 'debt-7', at: new Date(at), ...over });

/** A firm rule: at most one attempt (pending included) per number. */
const onePerNumber = defineRule({
  id: 'firm.one-per-number',
  citation: 'Firm policy 7',
  effective: { from: '2000-01-01' },
  needs: ['attempts'],
  evaluate: (i, facts) => {
    const n = facts.attempts.filter((a) => a.e164 === i.e164 && a.at <= i.at).length;
    return n >= 1 ? { outcome: 'deny', code: 'limit_reached', details: { count: n, limit: 1, what: 'calls', window: 'ever' } } : { outcome: 'allow', code: 'within_limit', details: { count: n, limit: 1, what: 'calls', window: 'ever' } };
  },
});

describe('reserve atomicity', () => {
  it('12 CFR 1006.14(b)(2)(i): 10 concurrent reserves for one debt grant exactly 7', async () => {
    const engine = makeEngine(FREQ);
    const results = await Promise.all(Array.from({ length: 10 }, (_, k) => engine.reserve(collect(T + k * 1000, { to: k % 2 ? NYC : CHI }))));
    const granted = results.filter((r) => r.reservation !== undefined);
    expect(granted).toHaveLength(7);
    for (const r of results) expect(r.decision.allowed).toBe(r.reservation !== undefined);
    const denied = results.filter((r) => r.reservation === undefined);
    for (const r of denied) expect(verdictOf(r.decision, 'regf.call-frequency')).toMatchObject({ outcome: 'deny', code: 'limit_reached' });
  });

  it('a custom cap (1 per number): 10 concurrent reserves grant exactly 1', async () => {
    const engine = makeEngine([onePerNumber]);
    const results = await Promise.all(Array.from({ length: 10 }, () => engine.reserve(intent({ at: new Date(T) }))));
    expect(results.filter((r) => r.reservation !== undefined)).toHaveLength(1);
  });

  it('concurrent reserves of different numbers do not block each other', async () => {
    const engine = makeEngine([onePerNumber]);
    const results = await Promise.all([NYC, CHI, '+13055550123'].map((to) => engine.reserve(intent({ to, at: new Date(T) }))));
    expect(results.every((r) => r.reservation !== undefined)).toBe(true);
  });

  it('a storage without atomic reserve is refused with StorageError (no silent race)', async () => {
    const inner = memoryStorage();
    const storage: Storage = { ...inner, capabilities: { atomicReserve: false } };
    const engine = makeEngine(FREQ, { storage });
    await expect(engine.reserve(collect(T))).rejects.toBeInstanceOf(StorageError);
  });
});

describe('pending reservations', () => {
  it('DESIGN.md §2: pending reservations count toward the cap for check as well', async () => {
    const engine = makeEngine(FREQ);
    for (let k = 0; k < 7; k++) expect((await engine.reserve(collect(T + k * MIN))).reservation).toBeDefined();
    const d = await engine.check(collect(T + 8 * MIN));
    expect(verdictOf(d, 'regf.call-frequency')).toMatchObject({ outcome: 'deny', code: 'limit_reached' });
    expect(verdictOf(d, 'regf.call-frequency').details).toMatchObject({ count: 7 });
  });

  it('a reservation expires after reservationTtlMs and then no longer counts', async () => {
    const engine = makeEngine(FREQ, { reservationTtlMs: MIN, clock: () => new Date(T) });
    const made = await Promise.all(Array.from({ length: 7 }, () => engine.reserve(collect(T))));
    const r0 = made[0]!.reservation!;
    expect(r0.expiresAt.getTime()).toBe(T + MIN);
    expect(outcomeOf(await engine.check(collect(T + 30_000)), 'regf.call-frequency')).toBe('deny');
    expect(outcomeOf(await engine.check(collect(T + MIN)), 'regf.call-frequency')).toBe('allow');
    expect((await engine.reserve(collect(T + 2 * MIN))).reservation).toBeDefined();
  });

  it('12 CFR 1006.14(b)(3)(ii): completing reservations as busy / failed frees their place in the cap', async () => {
    const engine = makeEngine(FREQ);
    const made = await Promise.all(Array.from({ length: 7 }, (_, k) => engine.reserve(collect(T + k * 1000))));
    expect(made.every((r) => r.reservation)).toBe(true);
    expect(outcomeOf(await engine.check(collect(T + MIN)), 'regf.call-frequency')).toBe('deny');
    await engine.complete(made[0]!.reservation!.id, { outcome: 'busy' });
    await engine.complete(made[1]!.reservation!.id, { outcome: 'failed' });
    const d = await engine.check(collect(T + MIN));
    expect(verdictOf(d, 'regf.call-frequency')).toMatchObject({ outcome: 'allow' });
    expect(verdictOf(d, 'regf.call-frequency').details).toMatchObject({ count: 5 });
  });

  it('12 CFR 1006.14(b)(2)(ii): completing a reservation with a conversation blocks the debt through day 7', async () => {
    const engine = makeEngine(FREQ);
    const r = await engine.reserve(collect(T));
    await engine.complete(r.reservation!.id, { outcome: 'answered-live', conversation: true, durationSeconds: 240 });
    const d = await engine.check(collect(T + 60 * MIN));
    expect(verdictOf(d, 'regf.call-frequency')).toMatchObject({ outcome: 'deny', code: 'post_conversation_wait' });
    expect(verdictOf(d, 'regf.call-frequency').retryAt?.toISOString()).toBe('2026-06-17T04:00:00.000Z'); // day 8 = 06-17 00:00 EDT
  });

  it('a reservation made for an instant already past (a queued intent) runs its TTL from the engine clock, not from that instant', async () => {
    const engine = makeEngine(FREQ, { reservationTtlMs: MIN, clock: () => new Date(T + 15 * MIN) });
    const made = await Promise.all(Array.from({ length: 8 }, () => engine.reserve(collect(T))));
    // 12 CFR 1006.14(b)(2)(i): 7 in 7 days; the 8th is refused although the first seven were made for T, 15 minutes ago
    expect(made.filter((m) => m.reservation !== undefined)).toHaveLength(7);
    expect(made[0]!.reservation!.expiresAt.getTime()).toBe(T + 16 * MIN);
    expect(outcomeOf(await engine.check(collect(T + 15 * MIN)), 'regf.call-frequency')).toBe('deny');
  });

  it('a completed reservation no longer expires: a no-answer call keeps counting after the TTL', async () => {
    const engine = makeEngine(FREQ, { reservationTtlMs: MIN });
    const made = await Promise.all(Array.from({ length: 7 }, () => engine.reserve(collect(T))));
    for (const m of made) await engine.complete(m.reservation!.id, { outcome: 'no-answer' });
    expect(outcomeOf(await engine.check(collect(T + 10 * MIN)), 'regf.call-frequency')).toBe('deny');
  });

  it('a denied reserve records nothing', async () => {
    const engine = makeEngine(rules('regf.inconvenient-time', 'regf.call-frequency'));
    const night = ms('2026-06-10T22:00:00-04:00');
    for (let k = 0; k < 10; k++) {
      const r = await engine.reserve(collect(night + k * MIN));
      expect(r.decision.allowed).toBe(false);
      expect(r.reservation).toBeUndefined();
    }
    const next = await engine.check(collect(ms('2026-06-11T09:00:00-04:00')));
    expect(verdictOf(next, 'regf.call-frequency')).toMatchObject({ outcome: 'allow' });
    expect(verdictOf(next, 'regf.call-frequency').details).toMatchObject({ count: 0 });
  });
});

describe('pending reservations across one checkMany batch and in nextPermittedAt', () => {
  // 6 completed calls about the debt and 1 pending reservation at T (TTL 10 min): the cap of 7 is reached until it expires
  async function sixAndPending() {
    const engine = makeEngine(FREQ, { clock: () => new Date(T) });
    await engine.attempts.record(Array.from({ length: 6 }, (_, k) => ({ phone: NYC, at: new Date(T - (k + 1) * 3_600_000), callType: 'live' as const, purpose: 'debt-collection' as const, subject: 'debt-7', outcome: 'no-answer' as const })));
    const r = await engine.reserve(collect(T));
    expect(r.reservation).toBeDefined();
    return engine;
  }

  it('12 CFR 1006.14(b)(2)(i): a reservation still pending at a check counts for it, whatever later instants share its batch', async () => {
    const engine = await sixAndPending();
    const alone = await engine.check(collect(T + MIN));
    expect(outcomeOf(alone, 'regf.call-frequency')).toBe('deny');
    const [early, late] = await engine.checkMany([collect(T + MIN), collect(T + 20 * MIN)]);
    expect(outcomeOf(early!, 'regf.call-frequency')).toBe('deny');
    expect(outcomeOf(late!, 'regf.call-frequency')).toBe('allow'); // expired at T + 10 min
  });

  it('nextPermittedAt is the reservation\'s expiry when that frees the cap before the oldest call leaves the window', async () => {
    const engine = await sixAndPending();
    const d = await engine.check(collect(T + MIN));
    expect(verdictOf(d, 'regf.call-frequency').retryAt?.toISOString()).toBe(new Date(T + 10 * MIN).toISOString());
    expect(d.nextPermittedAt?.toISOString()).toBe(new Date(T + 10 * MIN).toISOString());
    expect((await engine.check(collect(T + 10 * MIN))).allowed).toBe(true);
    expect((await engine.check(collect(T + 10 * MIN - MIN))).allowed).toBe(false);
  });

  it('custom rules see the same: a reservation expired by a check is not in that check\'s facts.attempts', async () => {
    const engine = makeEngine([onePerNumber], { reservationTtlMs: 5 * MIN, clock: () => new Date(T) });
    expect((await engine.reserve(intent({ at: new Date(T) }))).reservation).toBeDefined();
    const [early, late] = await engine.checkMany([intent({ at: new Date(T + MIN) }), intent({ at: new Date(T + 6 * MIN) })]);
    expect(early!.allowed).toBe(false);
    expect(late!.allowed).toBe(true);
  });
});

describe('nextPermittedAt probes see the facts as of each probed instant', () => {
  /** A custom rule reading facts.attempts directly: no call within an hour of another (a pending one until it expires). */
  const hourApart = defineRule({
    id: 'firm.hour-apart',
    citation: 'Firm policy 8',
    effective: { from: '2000-01-01' },
    needs: ['attempts'],
    evaluate: (i, facts) => {
      const recent = facts.attempts.filter((a) => a.e164 === i.e164 && a.at <= i.at && a.at > i.at - 3_600_000);
      if (recent.length === 0) return { outcome: 'allow', code: 'within_limit', details: { count: 0, limit: 1, what: 'calls', window: 'hour' } };
      const leaves = recent.map((a) => (a.outcome === 'pending' && a.expiresAt !== undefined ? Math.min(a.expiresAt, a.at + 3_600_000) : a.at + 3_600_000));
      return { outcome: 'deny', code: 'limit_reached', details: { count: recent.length, limit: 1, what: 'calls', window: 'hour' }, retryAt: Math.max(...leaves) };
    },
  });

  it('a custom rule whose retryAt is a reservation\'s expiry gets that instant as nextPermittedAt (the probe no longer sees the expired reservation)', async () => {
    const engine = makeEngine([hourApart], { reservationTtlMs: 5 * MIN, clock: () => new Date(T) });
    expect((await engine.reserve(intent({ at: new Date(T) }))).reservation).toBeDefined();
    const d = await engine.check(intent({ at: new Date(T + MIN) }));
    expect(d.allowed).toBe(false);
    expect(d.nextPermittedAt?.toISOString()).toBe(new Date(T + 5 * MIN).toISOString());
    expect((await engine.check(intent({ at: new Date(T + 5 * MIN) }))).allowed).toBe(true);
  });
});
