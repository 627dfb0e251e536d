/**
 * An independent time oracle on the Temporal polyfill, and the zone inventory of the NANP tables,
 * for the property tests. Not a test file.
 */
import { Temporal } from '@js-temporal/polyfill';
import { lookupNanp } from '../../src/index';
import { ZONES } from '../../src/phone/nanp-data';

export { Temporal };

/** Every IANA zone referenced by the generated NANP tables (US and non-US). */
export const ALL_NANP_ZONES: readonly string[] = ZONES;

/** One dialable US number per distinct candidate-zone set of the NANP tables. */
export interface ZoneSetSample {
  zones: readonly string[];
  npa: number;
  nxx: number;
  e164: string;
}

let cached: ZoneSetSample[] | undefined;

/** Runs lookupNanp over every NPA and NXX (200-999, N11 excluded) and keeps one number per US zone set. */
export function usZoneSets(): ZoneSetSample[] {
  if (cached) return cached;
  const byKey = new Map<string, ZoneSetSample>();
  for (let npa = 200; npa < 1000; npa++) {
    if (npa % 100 === 11) continue;
    for (let nxx = 200; nxx < 1000; nxx++) {
      if (nxx % 100 === 11) continue;
      const loc = lookupNanp(npa, nxx);
      if (loc === undefined || loc.region !== 'US') continue;
      if (npa === 900 || npa === 976 || [800, 833, 844, 855, 866, 877, 888].includes(npa)) continue;
      const key = loc.zones.join(',');
      if (!byKey.has(key)) byKey.set(key, { zones: loc.zones, npa, nxx, e164: `+1${npa}${nxx}4321` });
    }
  }
  cached = [...byKey.values()];
  return cached;
}

/** Every US NPA of the tables (for random intents). */
export function usNpas(): number[] {
  const out: number[] = [];
  for (let npa = 200; npa < 1000; npa++) {
    const loc = lookupNanp(npa, 555);
    if (loc?.region === 'US' && npa !== 900 && npa !== 976 && ![800, 833, 844, 855, 866, 877, 888].includes(npa)) out.push(npa);
  }
  return out;
}

/** The wall clock of an instant in a zone, per Temporal. */
export function wall(zone: string, ms: number): Temporal.ZonedDateTime {
  return Temporal.Instant.fromEpochMilliseconds(ms).toZonedDateTimeISO(zone);
}

/** Minutes since local midnight, per Temporal. */
export function minuteOfDay(zone: string, ms: number): number {
  const z = wall(zone, ms);
  return z.hour * 60 + z.minute;
}

/** Whether 08:00 <= local time < 21:00 in the zone (RULES.md §0 item 1). */
export function openAt(zone: string, ms: number): boolean {
  const m = minuteOfDay(zone, ms);
  return m >= 8 * 60 && m < 21 * 60;
}

/** The next instant > ms at which local 08:00 starts in the zone, when the zone is closed at ms. */
export function nextOpening(zone: string, ms: number): number {
  const z = wall(zone, ms);
  const date = z.hour < 8 ? z.toPlainDate() : z.toPlainDate().add({ days: 1 });
  return date.toZonedDateTime({ timeZone: zone, plainTime: Temporal.PlainTime.from('08:00') }).epochMilliseconds;
}

/** Earliest instant >= ms at which 08:00-21:00 is open in every zone (the conservative rule, RULES.md §7). */
export function nextOpenInAll(zones: readonly string[], ms: number): number {
  let t = ms;
  for (let i = 0; i < 50; i++) {
    let next = t;
    for (const z of zones) if (!openAt(z, t)) next = Math.max(next, nextOpening(z, t));
    if (next === t) return t;
    t = next;
  }
  throw new Error('oracle did not converge');
}

/** The instant of a local wall time per Temporal: the earlier of two readings, or the transition when skipped. */
export function wallToEpoch(zone: string, days: number, minute: number): number {
  const date = Temporal.PlainDate.from('1970-01-01').add({ days });
  const pdt = date.toPlainDateTime(Temporal.PlainTime.from({ hour: Math.floor(minute / 60), minute: minute % 60 }));
  try {
    return pdt.toZonedDateTime(zone, { disambiguation: 'reject' }).epochMilliseconds;
  } catch {
    // the wall time is in a gap (or ambiguous): for an ambiguous one take the earlier reading
  }
  const earlier = pdt.toZonedDateTime(zone, { disambiguation: 'earlier' });
  const back = earlier.toPlainDateTime();
  if (Temporal.PlainDateTime.compare(back, pdt) === 0) return earlier.epochMilliseconds; // ambiguous (fall back)
  const transition = earlier.getTimeZoneTransition('next');
  if (transition === null) throw new Error('no transition after a skipped wall time');
  return transition.epochMilliseconds;
}

/** Every offset transition of the zone between two instants (epoch ms). */
export function transitions(zone: string, fromMs: number, toMs: number): number[] {
  const out: number[] = [];
  let z: Temporal.ZonedDateTime | null = wall(zone, fromMs);
  for (;;) {
    z = z.getTimeZoneTransition('next');
    if (z === null || z.epochMilliseconds > toMs) break;
    out.push(z.epochMilliseconds);
  }
  return out;
}

export const T2024 = Date.UTC(2024, 0, 1);
export const T2031 = Date.UTC(2031, 0, 1) - 1;
