/**
 * tcpa.abandonment — 47 CFR 64.1200(a)(7)(i); 16 CFR 310.4(b)(4)(i) (RULES.md §1.9): the allow
 * verdict is shared between checks of one campaign while its counts are unchanged, and follows the
 * counts as soon as they change (a shared verdict never reports stale figures).
 */
import { describe, expect, it } from 'vitest';
import type { AttemptRecord } from '../../src/index';
import { DAY, NYC, intent, makeEngine, ms, rules, verdictOf } from './helpers';

const START = ms('2026-06-01T14:00:00Z');
const CAMPAIGN = 'summer-intake';

function calls(n: number, outcome: AttemptRecord['outcome'], offsetMs = 0): AttemptRecord[] {
  return Array.from({ length: n }, (_, k) => ({
    phone: NYC,
    at: new Date(START + offsetMs + k * 60_000),
    callType: 'autodialed' as const,
    purpose: 'telemarketing' as const,
    campaignId: CAMPAIGN,
    outcome,
  }));
}

const dial = () => intent({ callType: 'autodialed', purpose: 'telemarketing', lineType: 'landline', campaignId: CAMPAIGN, at: '2026-06-10T12:00:00-04:00' });

describe('tcpa.abandonment shared allow verdicts', () => {
  it('47 CFR 64.1200(a)(7)(i): figures follow new attempts; over 3% the call is denied', async () => {
    const engine = makeEngine(rules('tcpa.abandonment'));
    await engine.attempts.record(calls(100, 'answered-live'));
    const [a, b] = await engine.checkMany([dial(), dial()]);
    expect(verdictOf(a!, 'tcpa.abandonment').details).toEqual({ campaignId: CAMPAIGN, abandoned: 0, answered: 100, ratePercent: 0 });
    expect(verdictOf(b!, 'tcpa.abandonment').details).toEqual({ campaignId: CAMPAIGN, abandoned: 0, answered: 100, ratePercent: 0 });

    await engine.attempts.record(calls(2, 'abandoned', DAY));
    const c = await engine.check(dial());
    expect(verdictOf(c, 'tcpa.abandonment')).toMatchObject({ outcome: 'allow', code: 'abandonment_rate_ok' });
    expect(verdictOf(c, 'tcpa.abandonment').details).toEqual({ campaignId: CAMPAIGN, abandoned: 2, answered: 102, ratePercent: 1.96 });

    await engine.attempts.record(calls(2, 'abandoned', 2 * DAY));
    const d = await engine.check(dial());
    expect(verdictOf(d, 'tcpa.abandonment')).toMatchObject({ outcome: 'deny', code: 'abandonment_rate_exceeded' });
    expect(verdictOf(d, 'tcpa.abandonment').details).toMatchObject({ abandoned: 4, answered: 104 });
    expect(d.allowed).toBe(false);
  });
});
