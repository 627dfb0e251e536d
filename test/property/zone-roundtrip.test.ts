/**
 * Property: src/time/zone.ts arithmetic against Temporal, for every zone of the NANP tables,
 * including around DST transitions (RULES.md §7: zones with and without DST).
 * - localTime(zone, t).offsetMinutes equals Temporal's offset;
 * - zonedToEpoch(zone, localTime(zone, t).days, .minuteOfDay) round-trips to the minute (to the
 *   earlier reading in a repeated hour);
 * - zonedToEpoch of any wall time equals Temporal (earlier reading when repeated, the transition
 *   instant when skipped).
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { localTime, zoneOffsetMinutes, zonedToEpoch } from '../../src/index';
import { ALL_NANP_ZONES, T2024, T2031, transitions, wall, wallToEpoch } from './oracle';

const SEED = 1_969;
const MIN = 60_000;
const HOUR = 3_600_000;

/** Every offset change of every NANP zone, 2024-2030. */
const CHANGES: { zone: string; at: number }[] = ALL_NANP_ZONES.flatMap((zone) => transitions(zone, T2024, T2031).map((at) => ({ zone, at })));

const zoneInstant = fc.oneof(
  fc.record({ zone: fc.constantFrom(...ALL_NANP_ZONES), t: fc.integer({ min: T2024, max: T2031 }) }),
  fc
    .record({ k: fc.integer({ min: 0, max: CHANGES.length - 1 }), delta: fc.integer({ min: -3 * HOUR, max: 3 * HOUR }) })
    .map(({ k, delta }) => ({ zone: CHANGES[k]!.zone, t: CHANGES[k]!.at + delta })),
);

describe('property: zone arithmetic == Temporal', () => {
  it('finds DST transitions to test around (US zones change twice a year, AZ/HI/PR never)', () => {
    const ny = CHANGES.filter((c) => c.zone === 'America/New_York').map((c) => new Date(c.at).toISOString());
    expect(ny).toContain('2026-03-08T07:00:00.000Z');
    expect(ny).toContain('2026-11-01T06:00:00.000Z');
    expect(ny).toHaveLength(14);
    for (const z of ['America/Phoenix', 'Pacific/Honolulu', 'America/Puerto_Rico', 'Pacific/Guam']) expect(CHANGES.filter((c) => c.zone === z)).toEqual([]);
  });

  it('localTime(zone, t).offsetMinutes and zoneOffsetMinutes equal Temporal\'s offset', () => {
    fc.assert(
      fc.property(zoneInstant, ({ zone, t }) => {
        const expected = wall(zone, t).offsetNanoseconds / 60e9;
        expect(localTime(zone, t).offsetMinutes, `${zone} @ ${new Date(t).toISOString()}`).toBe(expected);
        expect(zoneOffsetMinutes(zone, t)).toBe(expected);
      }),
      { numRuns: 500, seed: SEED },
    );
  });

  it('zonedToEpoch(localTime(x)) round-trips to the minute (the earlier reading in a repeated hour)', () => {
    fc.assert(
      fc.property(zoneInstant, ({ zone, t }) => {
        const lt = localTime(zone, t);
        const back = zonedToEpoch(zone, lt.days, lt.minuteOfDay);
        const floor = Math.floor(t / MIN) * MIN;
        const label = `${zone} @ ${new Date(t).toISOString()} (${lt.date} ${lt.time})`;
        expect(back, label).toBe(wallToEpoch(zone, lt.days, lt.minuteOfDay));
        expect(back, label).toBeLessThanOrEqual(floor);
        const again = localTime(zone, back);
        expect([again.days, again.minuteOfDay], label).toEqual([lt.days, lt.minuteOfDay]);
        // only a repeated (fall-back) wall time maps to an earlier instant, by the size of the change
        if (back !== floor) expect(floor - back, label).toBe((zoneOffsetMinutes(zone, back) - lt.offsetMinutes) * MIN);
      }),
      { numRuns: 500, seed: SEED + 1 },
    );
  });

  it('zonedToEpoch(zone, days, minute) equals Temporal for any wall time, including skipped and repeated ones', () => {
    const wallTime = fc.oneof(
      fc.record({ zone: fc.constantFrom(...ALL_NANP_ZONES), days: fc.integer({ min: 19723, max: 22280 }), minute: fc.integer({ min: 0, max: 1439 }) }),
      fc.record({ k: fc.integer({ min: 0, max: CHANGES.length - 1 }), delta: fc.integer({ min: -180, max: 180 }) }).map(({ k, delta }) => {
        const { zone, at } = CHANGES[k]!;
        const lt = localTime(zone, at - MIN); // the wall clock just before the change
        const m = lt.days * 1440 + lt.minuteOfDay + 1 + delta;
        return { zone, days: Math.floor(m / 1440), minute: ((m % 1440) + 1440) % 1440 };
      }),
    );
    fc.assert(
      fc.property(wallTime, ({ zone, days, minute }) => {
        expect(zonedToEpoch(zone, days, minute), `${zone} day ${days} minute ${minute}`).toBe(wallToEpoch(zone, days, minute));
      }),
      { numRuns: 500, seed: SEED + 2 },
    );
  });

  it('the spring-forward gap: 02:30 on 2026-03-08 does not exist in New York and maps to the change (03:00 EDT)', () => {
    const days = Math.floor(Date.UTC(2026, 2, 8) / 86_400_000);
    expect(new Date(zonedToEpoch('America/New_York', days, 150)).toISOString()).toBe('2026-03-08T07:00:00.000Z');
    expect(new Date(zonedToEpoch('America/New_York', days, 8 * 60)).toISOString()).toBe('2026-03-08T12:00:00.000Z');
  });

  it('the fall-back overlap: 01:30 on 2026-11-01 in New York maps to the first (EDT) reading', () => {
    const days = Math.floor(Date.UTC(2026, 10, 1) / 86_400_000);
    expect(new Date(zonedToEpoch('America/New_York', days, 90)).toISOString()).toBe('2026-11-01T05:30:00.000Z');
    expect(new Date(zonedToEpoch('America/New_York', days, 8 * 60)).toISOString()).toBe('2026-11-01T13:00:00.000Z');
  });
});

describe('offset cache: days and hours with a change inside', () => {
  // Lord Howe Island moves by 30 minutes at 02:00 local, i.e. at a half UTC hour: the day, the hour
  // and the minute levels of the cache all take part. Checked minute by minute against Temporal.
  it.each(['Australia/Lord_Howe', 'America/New_York', 'America/St_Johns'])('%s: every 7th minute of the days around each 2026 change, and the minutes at it, equal Temporal', (zone) => {
    const changes = transitions(zone, Date.UTC(2026, 0, 1), Date.UTC(2027, 0, 1));
    expect(changes.length).toBe(2);
    for (const at of changes) {
      const instants = [at - MIN, at - 1, at, at + MIN];
      for (let t = at - 26 * HOUR; t < at + 26 * HOUR; t += 7 * MIN) instants.push(t);
      for (const t of instants) {
        expect(zoneOffsetMinutes(zone, t), `${zone} @ ${new Date(t).toISOString()}`).toBe(wall(zone, t).offsetNanoseconds / 60e9);
      }
    }
  });
});
