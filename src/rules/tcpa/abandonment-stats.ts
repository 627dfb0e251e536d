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
  let abandoned = 0;
  let answered = 0;
  for (const e of c.events) {
    if (e.at < periodStart || e.at > t) continue;
    answered++;
    if (e.abandoned) abandoned++;
  }
  return { abandoned, answered, rate: answered === 0 ? 0 : abandoned / answered, periodStart, periodEnd };
}
