/**
 * tcpa.abandonment: no more than 3% of live-answered telemarketing calls abandoned per campaign per
 * 30-day period; over it, further autodialed telemarketing calls in that campaign are denied until
 * the next period. 47 CFR 64.1200(a)(7); 16 CFR 310.4(b)(4)(i). RULES.md §1.9.
 * @module
 */
import { defineRule, type Rule, type VerdictInput } from '../../core/rule';
import { constant } from '../shared';
import { abandonmentStats } from './abandonment-stats';

/** The 3% ceiling of 64.1200(a)(7)(i). */
export const ABANDONMENT_LIMIT = 0.03;

const CAMPAIGN_REQUIRED = constant({ outcome: 'deny', code: 'campaign_required' });

/**
 * An autodialed telemarketing voice call without a `campaignId` is denied (`campaign_required`): the
 * 3% limit is measured per campaign, and a call that names none could belong to a campaign over it.
 * @category Rules
 */
export const abandonmentRule: Rule = defineRule({
  id: 'tcpa.abandonment',
  title: 'Abandoned calls at most 3% of live-answered calls per campaign per 30 days',
  pack: 'tcpa',
  jurisdiction: 'US',
  citation: '47 CFR 64.1200(a)(7)(i); 16 CFR 310.4(b)(4)(i)',
  effective: { from: '2003-10-01' },
  confidence: 'S',
  needs: ['campaign'],
  appliesTo: (i) => i.purpose === 'telemarketing' && i.callType === 'autodialed' && i.channel === 'voice',
  evaluate(intent, facts) {
    // the rate is measured per campaign: without the campaign it cannot be read (fail closed)
    if (intent.campaignId === undefined) return CAMPAIGN_REQUIRED;
    const s = abandonmentStats(facts.campaign, intent.at);
    if (s.rate > ABANDONMENT_LIMIT) {
      const details = { campaignId: intent.campaignId, abandoned: s.abandoned, answered: s.answered, ratePercent: Math.round(s.rate * 10000) / 100 };
      return { outcome: 'deny', code: 'abandonment_rate_exceeded', details, ...(s.periodEnd !== undefined ? { retryAt: s.periodEnd } : {}) };
    }
    return rateOk(facts.campaign, intent.campaignId, s.abandoned, s.answered, s.rate);
  },
});

/**
 * The allow verdict, reused for the same campaign facts and counts (the calls of a batch to one
 * campaign at one instant share it, and so one Verdict): its details depend on nothing else. It is
 * frozen (shared) on its second use only: counts that change with every call's instant would
 * otherwise each leave a shared verdict behind.
 */
const lastOk = new WeakMap<object, VerdictInput>();
function rateOk(campaign: object | undefined, campaignId: string | undefined, abandoned: number, answered: number, rate: number): VerdictInput {
  const make = (): VerdictInput => ({ outcome: 'allow', code: 'abandonment_rate_ok', details: { campaignId, abandoned, answered, ratePercent: Math.round(rate * 10000) / 100 } });
  if (campaign === undefined) return make();
  const hit = lastOk.get(campaign);
  if (hit !== undefined) {
    const d = hit.details!;
    if (d['campaignId'] === campaignId && d['abandoned'] === abandoned && d['answered'] === answered) return Object.isFrozen(hit) ? hit : constant(hit);
  }
  const v = make();
  lastOk.set(campaign, v);
  return v;
}
