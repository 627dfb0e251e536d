/**
 * Property: the calling-hours verdicts (47 CFR 64.1200(c)(1); 16 CFR 310.4(c); 12 CFR 1006.6(b)(1)(i))
 * equal an independent oracle built on the Temporal polyfill, for random instants 2024-2030 and every
 * zone set of the NANP tables (RULES.md §7: the window must be open in every candidate zone).
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { checkWindow, localTime } from '../../src/index';
import { intent, makeEngine, rules, verdictOf } from '../rules/helpers';
import { ALL_NANP_ZONES, T2024, T2031, Temporal, nextOpenInAll, nextOpening, openAt, usZoneSets, wall } from './oracle';

const SEED = 20_260_310;
const SETS = usZoneSets();
const engine = makeEngine(rules('tcpa.calling-hours', 'tsr.calling-hours', 'regf.inconvenient-time'));

/** A uniformly random instant, or one within a few minutes of local 08:00 / 21:00 in a zone of the set. */
const instantFor = (zones: readonly string[]) =>
  fc.oneof(
    fc.integer({ min: T2024, max: T2031 }),
    fc
      .record({
        day: fc.integer({ min: 0, max: 2556 }),
        zone: fc.constantFrom(...zones),
        edge: fc.constantFrom(8 * 60, 21 * 60),
        delta: fc.integer({ min: -3 * 60_000, max: 3 * 60_000 }),
      })
      .map(({ day, zone, edge, delta }) => {
        const date = Temporal.PlainDate.from('2024-01-01').add({ days: day });
        const at = date.toZonedDateTime({ timeZone: zone, plainTime: Temporal.PlainTime.from({ hour: edge / 60 }) }).epochMilliseconds;
        return at + delta;
      }),
  );

const setAndInstant = fc.integer({ min: 0, max: SETS.length - 1 }).chain((k) => instantFor(SETS[k]!.zones).map((t) => ({ sample: SETS[k]!, t })));

describe('property: engine calling-hours verdict == Temporal oracle', () => {
  it('collects every US zone set of the NANP tables', () => {
    const zones = new Set(SETS.flatMap((s) => [...s.zones]));
    for (const z of ['America/New_York', 'America/Chicago', 'America/Denver', 'America/Phoenix', 'America/Los_Angeles', 'America/Anchorage', 'America/Adak', 'Pacific/Honolulu', 'America/Puerto_Rico', 'America/St_Thomas', 'Pacific/Guam', 'Pacific/Saipan', 'Pacific/Pago_Pago', 'America/Boise', 'America/North_Dakota/Center', 'America/Juneau']) {
      expect(zones.has(z), z).toBe(true);
    }
  });

  it('47 CFR 64.1200(c)(1) / 16 CFR 310.4(c): a live telemarketing call is allowed iff 08:00 <= local < 21:00 in every candidate zone; nextPermittedAt is the oracle\'s next common opening', async () => {
    await fc.assert(
      fc.asyncProperty(setAndInstant, async ({ sample, t }) => {
        const d = await engine.check(intent({ to: sample.e164, callType: 'live', purpose: 'telemarketing', at: new Date(t) }));
        expect(d.intent.zones).toEqual(sample.zones);
        const open = sample.zones.every((z) => openAt(z, t));
        const label = `${sample.zones.join('+')} @ ${new Date(t).toISOString()}`;
        expect(verdictOf(d, 'tcpa.calling-hours').outcome, label).toBe(open ? 'allow' : 'deny');
        expect(verdictOf(d, 'tsr.calling-hours').outcome, label).toBe(open ? 'allow' : 'deny');
        expect(d.allowed, label).toBe(open);
        if (open) {
          expect(d.nextPermittedAt).toBeNull();
        } else {
          const next = nextOpenInAll(sample.zones, t);
          expect(d.nextPermittedAt?.toISOString(), label).toBe(new Date(Math.ceil(next / 60_000) * 60_000).toISOString());
        }
      }),
      { numRuns: 400, seed: SEED },
    );
  });

  it('12 CFR 1006.6(b)(1)(i): a debt collection text is allowed iff 08:00 <= local < 21:00 in every candidate zone', async () => {
    await fc.assert(
      fc.asyncProperty(setAndInstant, async ({ sample, t }) => {
        const d = await engine.check(intent({ to: sample.e164, callType: 'autodialed', channel: 'sms', purpose: 'debt-collection', at: new Date(t) }));
        const open = sample.zones.every((z) => openAt(z, t));
        expect(verdictOf(d, 'regf.inconvenient-time').outcome, `${sample.zones.join('+')} @ ${new Date(t).toISOString()}`).toBe(open ? 'allow' : 'deny');
      }),
      { numRuns: 200, seed: SEED + 1 },
    );
  });
});

describe('property: checkWindow / localTime == Temporal oracle for every NANP zone', () => {
  const WINDOW = { start: 8 * 60, end: 21 * 60 };
  const zoneAndInstant = fc.constantFrom(...ALL_NANP_ZONES).chain((zone) => instantFor([zone]).map((t) => ({ zone, t })));

  it('checkWindow(zone, t, 08:00-21:00).open and retryAt agree with the oracle', () => {
    fc.assert(
      fc.property(zoneAndInstant, ({ zone, t }) => {
        const r = checkWindow(zone, t, () => WINDOW);
        const open = openAt(zone, t);
        const label = `${zone} @ ${new Date(t).toISOString()}`;
        expect(r.open, label).toBe(open);
        if (!open) expect(r.retryAt, label).toBe(nextOpening(zone, t));
        else expect(r.retryAt).toBeUndefined();
      }),
      { numRuns: 500, seed: SEED + 2 },
    );
  });

  it('localTime(zone, t) reads the same wall clock as Temporal', () => {
    fc.assert(
      fc.property(zoneAndInstant, ({ zone, t }) => {
        const lt = localTime(zone, t);
        const z = wall(zone, t);
        const label = `${zone} @ ${new Date(t).toISOString()}`;
        expect(lt.date, label).toBe(z.toPlainDate().toString());
        expect(lt.minuteOfDay, label).toBe(z.hour * 60 + z.minute);
        expect(lt.time, label).toBe(z.toPlainTime().toString().slice(0, 5));
        expect(lt.weekday, label).toBe(z.dayOfWeek % 7);
        expect(lt.offsetMinutes, label).toBe(z.offsetNanoseconds / 60e9);
      }),
      { numRuns: 500, seed: SEED + 3 },
    );
  });
});
