/**
 * tcpa.abandonment — 47 CFR 64.1200(a)(7)(i); 16 CFR 310.4(b)(4)(i): at most 3% of live-answered
 * telemarketing calls abandoned, per campaign, per 30-day period. RULES.md §1.9, §2.
 */
import { describe, expect, it } from 'vitest';
import type { AttemptRecord, CallIntent, Engine } from '../../src/index';
import { CHI, DAY, NYC, intent, makeEngine, ms, outcomeOf, pewc, rules, verdictOf } from './helpers';

const START = ms('2026-06-01T14:00:00Z');
const CAMPAIGN = 'spring-intake';

/** `answered` live-answered telemarketing calls of which `abandoned` were abandoned, over the first 9 days. */
function history(answered: number, abandoned: number, over: Partial<AttemptRecord> = {}): AttemptRecord[] {
  const out: AttemptRecord[] = [];
  for (let k = 0; k < answered; k++) {
    out.push({
      phone: k % 2 ? CHI : NYC,
      at: new Date(START + Math.floor((k * 9 * DAY) / answered)),
      callType: 'autodialed',
      purpose: 'telemarketing',
      campaignId: CAMPAIGN,
      // exactly `abandoned` of them, spread evenly
      outcome: Math.floor((k * abandoned) / answered) !== Math.floor(((k + 1) * abandoned) / answered) ? 'abandoned' : 'answered-live',
      ...over,
    });
  }
  return out;
}

async function campaignEngine(answered: number, abandoned: number, ruleIds = ['tcpa.abandonment']): Promise<Engine> {
  const engine = makeEngine(rules(...ruleIds));
  const h = history(answered, abandoned);
  expect(h.filter((r) => r.outcome === 'abandoned')).toHaveLength(abandoned);
  await engine.attempts.record(h);
  return engine;
}

const dial = (at: string | Date, over: Partial<CallIntent> = {}) =>
  intent({ callType: 'autodialed', purpose: 'telemarketing', lineType: 'landline', campaignId: CAMPAIGN, at, ...over });

describe('tcpa.abandonment', () => {
  it('47 CFR 64.1200(a)(7)(i): at 3.1% abandoned (31 of 1000) further autodialed telemarketing calls in the campaign are denied', async () => {
    const engine = await campaignEngine(1000, 31);
    const d = await engine.check(dial('2026-06-10T12:00:00-04:00'));
    const v = verdictOf(d, 'tcpa.abandonment');
    expect(v).toMatchObject({ outcome: 'deny', code: 'abandonment_rate_exceeded' });
    expect(v.details).toMatchObject({ campaignId: CAMPAIGN, abandoned: 31, answered: 1000, ratePercent: 3.1 });
    // retry when the next 30-day period starts
    expect(v.retryAt?.toISOString()).toBe(new Date(START + 30 * DAY).toISOString());
    expect(d.allowed).toBe(false);
  });

  it('47 CFR 64.1200(a)(7)(i): at exactly 3% (30 of 1000) the campaign may continue', async () => {
    const engine = await campaignEngine(1000, 30);
    const d = await engine.check(dial('2026-06-10T12:00:00-04:00'));
    expect(verdictOf(d, 'tcpa.abandonment')).toMatchObject({ outcome: 'allow', code: 'abandonment_rate_ok' });
    expect(verdictOf(d, 'tcpa.abandonment').details).toMatchObject({ ratePercent: 3 });
    expect(d.allowed).toBe(true);
  });

  it('engine.campaigns.abandonmentRate reports the current 30-day period', async () => {
    const engine = await campaignEngine(1000, 31);
    const r = await engine.campaigns.abandonmentRate(CAMPAIGN, '2026-06-10T12:00:00-04:00');
    expect(r.abandoned).toBe(31);
    expect(r.answered).toBe(1000);
    expect(r.rate).toBeCloseTo(0.031, 10);
    expect(r.periodStart?.getTime()).toBe(START);
    expect(r.periodEnd?.getTime()).toBe(START + 30 * DAY);
    const ok = await (await campaignEngine(1000, 30)).campaigns.abandonmentRate(CAMPAIGN, new Date('2026-06-10T16:00:00Z'));
    expect(ok.rate).toBeCloseTo(0.03, 10);
  });

  it('engine.campaigns.abandonmentRate of an unknown campaign is 0 with no period', async () => {
    const engine = makeEngine();
    const r = await engine.campaigns.abandonmentRate('nothing', '2026-06-10T12:00:00-04:00');
    expect(r).toEqual({ rate: 0, abandoned: 0, answered: 0, periodStart: null, periodEnd: null });
  });

  it('47 CFR 64.1200(a)(7)(i) (campaigns longer than 30 days are measured per successive 30-day period): the next period starts clean', async () => {
    const engine = await campaignEngine(1000, 31);
    const next = new Date(START + 30 * DAY + 60_000);
    expect(outcomeOf(await engine.check(dial(next)), 'tcpa.abandonment')).toBe('allow');
    const r = await engine.campaigns.abandonmentRate(CAMPAIGN, next);
    expect(r).toMatchObject({ abandoned: 0, answered: 0, rate: 0 });
    expect(r.periodStart?.getTime()).toBe(START + 30 * DAY);
  });

  it('47 CFR 64.1200(a)(7)(i) ("for a single calling campaign"): another campaign is not affected', async () => {
    const engine = await campaignEngine(1000, 31);
    expect(outcomeOf(await engine.check(dial('2026-06-10T12:00:00-04:00', { campaignId: 'other' })), 'tcpa.abandonment')).toBe('allow');
  });

  it('RULES.md §1.9: the rate counts telemarketing calls answered live; unanswered calls and voicemails are not in the denominator', async () => {
    const engine = makeEngine(rules('tcpa.abandonment'));
    await engine.attempts.record([
      ...history(100, 3),
      ...history(500, 0, { outcome: 'no-answer' }),
      ...history(500, 0, { outcome: 'voicemail' }),
    ]);
    const r = await engine.campaigns.abandonmentRate(CAMPAIGN, '2026-06-10T12:00:00-04:00');
    expect(r).toMatchObject({ abandoned: 3, answered: 100 });
    expect(outcomeOf(await engine.check(dial('2026-06-10T12:00:00-04:00')), 'tcpa.abandonment')).toBe('allow');
  });

  it('the rule governs autodialed telemarketing voice calls in a campaign; live and non-telemarketing calls get no verdict', async () => {
    const engine = await campaignEngine(1000, 31);
    expect(outcomeOf(await engine.check(dial('2026-06-10T12:00:00-04:00', { callType: 'live' })), 'tcpa.abandonment')).toBe('none');
    expect(outcomeOf(await engine.check(dial('2026-06-10T12:00:00-04:00', { purpose: 'informational' })), 'tcpa.abandonment')).toBe('none');
    // fail closed: the rate is per campaign, and a call naming none could belong to one over the limit
    const noCampaign = intent({ callType: 'autodialed', purpose: 'telemarketing', lineType: 'landline', at: '2026-06-10T12:00:00-04:00' });
    const v = verdictOf(await engine.check(noCampaign), 'tcpa.abandonment');
    expect(v).toMatchObject({ outcome: 'deny', code: 'campaign_required' });
    expect(v.retryAt).toBeUndefined();
    expect((await engine.check(noCampaign)).nextPermittedAt).toBeNull();
  });

  it('with the full federal packs the over-limit campaign is blocked even for a consented wireless number', async () => {
    const engine = makeEngine();
    await engine.attempts.record(history(1000, 31));
    await engine.consents.grant(pewc(NYC, '2026-01-01T00:00:00Z'));
    const d = await engine.check(dial('2026-06-10T12:00:00-04:00', { lineType: 'wireless' }));
    expect(d.allowed).toBe(false);
    expect(d.denials.map((v) => v.rule)).toEqual(['tcpa.abandonment']);
  });
});
