/**
 * Audit of regf.call-frequency (12 CFR 1006.14(b)(2)–(3), RULES.md §3) across DST changes and at
 * its boundaries, and of tcpa.abandonment (47 CFR 64.1200(a)(7)(i); 16 CFR 310.4(b)(4)(i); RULES.md
 * §1.9) at the 3% line and the 30-day period boundary.
 */
import { describe, expect, it } from 'vitest';
import { defaultRules, regF, tcpa, type AttemptRecord, type CallIntent } from '../../src/index';
import { DAY, MIN, engineOf, local, only, verdicts } from './helpers';

const NYC = '+12127361234'; // America/New_York
const PHX = '+16025550123'; // America/Phoenix (no DST)

const conversation = (phone: string, when: Date | string, subject = 'debt-1'): AttemptRecord => ({
  phone,
  at: when,
  callType: 'live',
  purpose: 'debt-collection',
  subject,
  outcome: 'answered-live',
  conversation: true,
});
const collect = (to: string, when: Date | string, over: Partial<CallIntent> = {}): CallIntent => ({
  to,
  at: when,
  callType: 'live',
  purpose: 'debt-collection',
  subject: 'debt-1',
  ...over,
});
const NY = 'America/New_York';

describe('12 CFR 1006.14(b)(2)(ii): no call within 7 days after a conversation; the conversation date is day 1 (local), across DST', () => {
  it('spring forward: conversation Sat 2026-03-07 (EST) → day 7 is Fri 03-13 (EDT); day 8 starts 03-14 00:00 EDT = 04:00Z (a 23-hour Sunday inside)', async () => {
    const e = engineOf(regF);
    await e.attempts.record(conversation(NYC, local(NY, '2026-03-07', '10:00')));
    const d7 = await e.check(collect(NYC, local(NY, '2026-03-13', '23:59')));
    const v = only(d7, 'regf.call-frequency');
    expect(v).toMatchObject({ outcome: 'deny', code: 'post_conversation_wait', details: { conversationDate: '2026-03-07' } });
    expect(v.retryAt?.toISOString()).toBe('2026-03-14T04:00:00.000Z');
    // 7 × 24 h after local midnight of day 1 would be 05:00Z: the rule must not use fixed 24-hour days.
    expect(only(await e.check(collect(NYC, '2026-03-14T04:00:00Z')), 'regf.call-frequency').outcome).toBe('allow');
    expect(only(await e.check(collect(NYC, '2026-03-14T03:59:00Z')), 'regf.call-frequency').outcome).toBe('deny');
  });

  it('fall back: conversation Wed 2026-10-28 (EDT) → day 8 starts 2026-11-04 00:00 EST = 05:00Z (a 25-hour Sunday inside)', async () => {
    const e = engineOf(regF);
    await e.attempts.record(conversation(NYC, local(NY, '2026-10-28', '10:00')));
    const v = only(await e.check(collect(NYC, '2026-11-04T04:30:00Z')), 'regf.call-frequency'); // 23:30 EST on day 7
    expect(v).toMatchObject({ outcome: 'deny', code: 'post_conversation_wait' });
    expect(v.retryAt?.toISOString()).toBe('2026-11-04T05:00:00.000Z');
    expect(only(await e.check(collect(NYC, '2026-11-04T05:00:00Z')), 'regf.call-frequency').outcome).toBe('allow');
  });

  it('a conversation during the repeated hour (01:30 EST, the second one, on 2026-11-01) makes 11-01 day 1: day 8 = 11-08 00:00 EST', async () => {
    const e = engineOf(regF);
    await e.attempts.record(conversation(NYC, '2026-11-01T06:30:00Z'));
    const v = only(await e.check(collect(NYC, '2026-11-07T12:00:00-05:00')), 'regf.call-frequency');
    expect(v).toMatchObject({ outcome: 'deny', details: { conversationDate: '2026-11-01' } });
    expect(v.retryAt?.toISOString()).toBe('2026-11-08T05:00:00.000Z');
  });

  it('Arizona (no DST, RULES.md §7): a conversation on 2026-03-07 frees the debt at 2026-03-14 00:00 MST = 07:00Z', async () => {
    const e = engineOf(regF);
    await e.attempts.record(conversation(PHX, '2026-03-07T10:00:00-07:00'));
    expect(only(await e.check(collect(PHX, '2026-03-14T06:59:00Z')), 'regf.call-frequency').outcome).toBe('deny');
    expect(only(await e.check(collect(PHX, '2026-03-14T07:00:00Z')), 'regf.call-frequency').outcome).toBe('allow');
  });

  it('with the hours rule (1006.6(b)(1)(i)) the next permitted call after a spring-forward wait is day 8 at 08:00 EDT', async () => {
    const e = engineOf(regF);
    await e.attempts.record(conversation(NYC, local(NY, '2026-03-07', '10:00')));
    const d = await e.check(collect(NYC, local(NY, '2026-03-10', '12:00')));
    expect(d.allowed).toBe(false);
    expect(d.nextPermittedAt?.toISOString()).toBe(local(NY, '2026-03-14', '08:00').toISOString());
  });

  it('the conversation blocks calls about that debt to any of the person\'s numbers (per debt, RULES.md §3)', async () => {
    const e = engineOf(regF);
    await e.attempts.record(conversation(NYC, local(NY, '2026-06-01', '10:00')));
    expect(only(await e.check(collect('+13125550123', '2026-06-03T12:00:00-05:00')), 'regf.call-frequency').outcome).toBe('deny');
  });

  it('a text about the debt during the wait gets no regf.call-frequency verdict (texts are not calls, CFPB comment 14(a)-1)', async () => {
    const e = engineOf(regF);
    await e.attempts.record(conversation(NYC, local(NY, '2026-06-01', '10:00')));
    expect(verdicts(await e.check(collect(NYC, local(NY, '2026-06-03', '12:00'), { channel: 'sms', callType: 'autodialed' })), 'regf.call-frequency')).toHaveLength(0);
  });
});

describe('12 CFR 1006.14(b)(2)(i), (b)(3)(ii): 7 calls in 7 days; busy and failed calls excluded; texts not calls', () => {
  const calls = (n: number, over: Partial<AttemptRecord> = {}): AttemptRecord[] =>
    Array.from({ length: n }, (_, k) => ({ phone: NYC, at: local(NY, `2026-06-0${k + 1}`, '10:00'), callType: 'live', purpose: 'debt-collection', subject: 'debt-1', outcome: 'no-answer', ...over }) as AttemptRecord);
  it('7 busy signals and 7 texts in the 7 days: the next call is allowed (count 0)', async () => {
    const e = engineOf(regF);
    await e.attempts.record([...calls(7, { outcome: 'busy' }), ...calls(7, { channel: 'sms', callType: 'autodialed' })]);
    expect(only(await e.check(collect(NYC, local(NY, '2026-06-07', '15:00'))), 'regf.call-frequency')).toMatchObject({ outcome: 'allow', details: { count: 0 } });
  });
  it('6 calls + 1 failed: the 7th call is allowed, and after it (7 counted) an 8th is denied', async () => {
    const e = engineOf(regF);
    await e.attempts.record([...calls(6), { ...calls(1, { outcome: 'failed' })[0]!, at: local(NY, '2026-06-07', '09:00') }]);
    expect(only(await e.check(collect(NYC, local(NY, '2026-06-07', '15:00'))), 'regf.call-frequency').outcome).toBe('allow');
    await e.attempts.record({ ...calls(1)[0]!, at: local(NY, '2026-06-07', '15:00') });
    expect(only(await e.check(collect(NYC, local(NY, '2026-06-07', '16:00'))), 'regf.call-frequency').outcome).toBe('deny');
  });
});

// ---------------------------------------------------------------------------------------------

const CAMPAIGN = 'intake-q3';
const START = Date.parse('2026-07-01T14:00:00Z');

/** `answered` live-answered telemarketing calls over the first 5 days, `abandoned` of them abandoned (the last ones). */
function history(answered: number, abandoned: number, from = START): AttemptRecord[] {
  return Array.from({ length: answered }, (_, k) => ({
    phone: k % 2 ? NYC : '+13125550123',
    at: new Date(from + k * Math.floor((5 * DAY) / answered)),
    callType: 'autodialed' as const,
    purpose: 'telemarketing' as const,
    campaignId: CAMPAIGN,
    outcome: k >= answered - abandoned ? ('abandoned' as const) : ('answered-live' as const),
  }));
}
const dial = (when: Date | number, over: Partial<CallIntent> = {}): CallIntent => ({
  to: NYC,
  at: new Date(when),
  callType: 'autodialed',
  purpose: 'telemarketing',
  lineType: 'landline',
  campaignId: CAMPAIGN,
  ...over,
});
const ABANDON = [...tcpa.filter((r) => r.id === 'tcpa.abandonment')];

describe('tcpa.abandonment — 47 CFR 64.1200(a)(7)(i): no more than 3% of live-answered calls per campaign per 30-day period', () => {
  const T = START + 10 * DAY;
  for (const [answered, abandoned, outcome] of [
    [100, 3, 'allow'],
    [100, 4, 'deny'],
    [10000, 300, 'allow'],
    [10000, 301, 'deny'],
    [33, 1, 'deny'], // 3.03%
    [34, 1, 'allow'], // 2.94%
  ] as const) {
    it(`${abandoned} abandoned of ${answered} answered (${((abandoned / answered) * 100).toFixed(2)}%): ${outcome}`, async () => {
      const e = engineOf(ABANDON);
      await e.attempts.record(history(answered, abandoned));
      const v = only(await e.check(dial(T)), 'tcpa.abandonment');
      expect(v.outcome).toBe(outcome);
      const r = await e.campaigns.abandonmentRate(CAMPAIGN, new Date(T));
      expect(r).toMatchObject({ abandoned, answered });
      expect(r.rate).toBeCloseTo(abandoned / answered, 12);
    });
  }

  it('the denial lasts to the end of the 30-day period (retryAt = periodEnd); one minute before it is still denied, at it the new period is clean', async () => {
    const e = engineOf(ABANDON);
    await e.attempts.record(history(100, 4));
    const end = START + 30 * DAY;
    const v = only(await e.check(dial(T)), 'tcpa.abandonment');
    expect(v.retryAt?.getTime()).toBe(end);
    expect(only(await e.check(dial(end - MIN)), 'tcpa.abandonment').outcome).toBe('deny');
    expect(only(await e.check(dial(end)), 'tcpa.abandonment').outcome).toBe('allow');
    const r = await e.campaigns.abandonmentRate(CAMPAIGN, new Date(end));
    expect(r).toMatchObject({ abandoned: 0, answered: 0, rate: 0 });
    expect(r.periodStart?.getTime()).toBe(end);
    expect(r.periodEnd?.getTime()).toBe(end + 30 * DAY);
  });

  it('successive periods: an over-limit second period is denied until the third starts, whatever the first was', async () => {
    const e = engineOf(ABANDON);
    await e.attempts.record(history(100, 0));
    await e.attempts.record(history(50, 2, START + 31 * DAY)); // 4% in period 2
    const d = await e.check(dial(START + 50 * DAY));
    const v = only(d, 'tcpa.abandonment');
    expect(v).toMatchObject({ outcome: 'deny', details: { abandoned: 2, answered: 50 } });
    expect(v.retryAt?.getTime()).toBe(START + 60 * DAY);
    expect(d.nextPermittedAt?.getTime()).toBe(START + 60 * DAY);
    // nextPermittedAt looks 14 days ahead (src/core/evaluate.ts NEXT_PERMITTED_HORIZON_MS): from day 40 it is null.
    expect((await e.check(dial(START + 40 * DAY))).nextPermittedAt).toBeNull();
  });

  it('a check at a past instant counts only the calls placed up to it (3 of 100 answered by then = 3%; the 4th abandonment comes later)', async () => {
    const e = engineOf(ABANDON);
    const h = history(101, 0);
    for (const k of [10, 20, 30, 100]) h[k] = { ...h[k]!, outcome: 'abandoned' };
    await e.attempts.record(h);
    const mid = (h[99]!.at as Date).getTime() + 1;
    expect(only(await e.check(dial(mid)), 'tcpa.abandonment')).toMatchObject({ outcome: 'allow', details: { abandoned: 3, answered: 100 } });
    expect(only(await e.check(dial(T)), 'tcpa.abandonment')).toMatchObject({ outcome: 'deny', details: { abandoned: 4, answered: 101 } });
  });

  it('the over-limit campaign blocks further autodialed telemarketing to any number in it, under defaultRules too', async () => {
    const e = engineOf(defaultRules);
    await e.attempts.record(history(100, 4));
    const d = await e.check(dial(START + 10 * DAY, { to: '+12127360000' }));
    expect(d.denials.map((v) => v.rule)).toContain('tcpa.abandonment');
  });

  it('abandoned calls of other purposes (informational robocalls) are not telemarketing: not counted', async () => {
    const e = engineOf(ABANDON);
    await e.attempts.record(history(100, 3));
    await e.attempts.record(history(10, 10, START + DAY).map((a) => ({ ...a, purpose: 'informational' as const })));
    expect(only(await e.check(dial(T)), 'tcpa.abandonment')).toMatchObject({ outcome: 'allow', details: { abandoned: 3, answered: 100 } });
  });
});
