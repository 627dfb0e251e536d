/**
 * Abandonment-rate arithmetic: abandoned calls over live-answered calls in the campaign's current
 * 30-day period, periods counted successively from the campaign's first call (47 CFR 64.1200(a)(7)(i);
 * 16 CFR 310.4(b)(4)(i)).
 * @module
 */
import type { CampaignFacts } from '../../core/rule';

/** The 30-day measurement period. */
export const ABANDONMENT_PERIOD_MS = 30 * 86_400_000;

/** Abandonment figures of a campaign at an instant. @category Rules */
export interface AbandonmentStats {
  abandoned: number;
  /** Calls answered by a live person: connected to a representative, or abandoned. */
  answered: number;
  /** abandoned / answered, 0 when nothing was answered. */
  rate: number;
  periodStart?: number;
  periodEnd?: number;
}

/**
 * Computes the abandonment figures at an instant.
 * @param c - the campaign facts
 * @param t - the instant (epoch ms)
 * @category Rules
 */
export function abandonmentStats(c: CampaignFacts | undefined, t: number): AbandonmentStats {
  if (c === undefined || c.startedAt === undefined || t < c.startedAt) return { abandoned: 0, answered: 0, rate: 0 };
  const k = Math.floor((t - c.startedAt) / ABANDONMENT_PERIOD_MS);
  const periodStart = c.startedAt + k * ABANDONMENT_PERIOD_MS;
  const periodEnd = periodStart + ABANDONMENT_PERIOD_MS;
  const { times, abandonedBefore } = indexOf(c);
  // events in [periodStart, t]: binary searches over the sorted times, counts from prefix sums
  const lo = firstAtOrAfter(times, periodStart);
  const hi = firstAtOrAfter(times, t + 1);
  const answered = Math.max(0, hi - lo);
  const abandoned = answered === 0 ? 0 : abandonedBefore[hi]! - abandonedBefore[lo]!;
  return { abandoned, answered, rate: answered === 0 ? 0 : abandoned / answered, periodStart, periodEnd };
}

/** Sorted event times and a prefix count of abandoned calls, built once per campaign facts object. */
const indexes = new WeakMap<CampaignFacts, { times: Float64Array; abandonedBefore: Int32Array }>();

function indexOf(c: CampaignFacts): { times: Float64Array; abandonedBefore: Int32Array } {
  let ix = indexes.get(c);
  if (ix === undefined) {
    const events = [...c.events].sort((a, b) => a.at - b.at);
    const times = new Float64Array(events.length);
    const abandonedBefore = new Int32Array(events.length + 1);
    for (let i = 0; i < events.length; i++) {
      times[i] = events[i]!.at;
      abandonedBefore[i + 1] = abandonedBefore[i]! + (events[i]!.abandoned ? 1 : 0);
    }
    ix = { times, abandonedBefore };
    indexes.set(c, ix);
  }
  return ix;
}

function firstAtOrAfter(times: Float64Array, t: number): number {
  let lo = 0;
  let hi = times.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (times[mid]! < t) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
