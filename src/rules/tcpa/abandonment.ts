/**
 * tcpa.abandonment: no more than 3% of live-answered telemarketing calls abandoned per campaign per
 * 30-day period; over it, further autodialed telemarketing calls in that campaign are denied until
 * the next period. 47 CFR 64.1200(a)(7); 16 CFR 310.4(b)(4)(i). RULES.md §1.9.
 * @module
 */
import { defineRule, type Rule } from '../../core/rule';
import { abandonmentStats } from './abandonment-stats';

/** The 3% ceiling of 64.1200(a)(7)(i). */
export const ABANDONMENT_LIMIT = 0.03;

/** @category Rules */
export const abandonmentRule: Rule = defineRule({
  id: 'tcpa.abandonment',
  title: 'Abandoned calls at most 3% of live-answered calls per campaign per 30 days',
  pack: 'tcpa',
  jurisdiction: 'US',
  citation: '47 CFR 64.1200(a)(7)(i); 16 CFR 310.4(b)(4)(i)',
  effective: { from: '2003-10-01' },
  confidence: 'S',
  needs: ['campaign'],
  appliesTo: (i) => i.purpose === 'telemarketing' && i.callType === 'autodialed' && i.channel === 'voice' && i.campaignId !== undefined,
  evaluate(intent, facts) {
    const s = abandonmentStats(facts.campaign, intent.at);
    const details = { campaignId: intent.campaignId, abandoned: s.abandoned, answered: s.answered, ratePercent: Math.round(s.rate * 10000) / 100 };
    if (s.rate > ABANDONMENT_LIMIT) {
      return { outcome: 'deny', code: 'abandonment_rate_exceeded', details, ...(s.periodEnd !== undefined ? { retryAt: s.periodEnd } : {}) };
    }
    return { outcome: 'allow', code: 'abandonment_rate_ok', details };
  },
});
