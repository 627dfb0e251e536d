/**
 * tcpa.exempt-call-limit — 47 CFR 64.1200(a)(3)(ii)-(v) as amended by FCC 20-186 (eff. 2023-07-20),
 * FCC 22-100 (consent lifts the caps). RULES.md §1.3.
 */
import { describe, expect, it } from 'vitest';
import type { AttemptRecord, CallIntent, Engine } from '../../src/index';
import { CHI, MIN, NYC, intent, makeEngine, ms, outcomeOf, pec, verdictOf } from './helpers';

const call = (at: string | Date, over: Partial<CallIntent> = {}) =>
  intent({ callType: 'prerecorded', purpose: 'informational', lineType: 'landline', at, ...over });

async function withHistory(times: string[], over: Partial<AttemptRecord> = {}, engine: Engine = makeEngine()) {
  await engine.attempts.record(
    times.map((at) => ({ phone: NYC, at, callType: 'prerecorded', channel: 'voice', purpose: 'informational', outcome: 'voicemail', ...over }) as AttemptRecord),
  );
  return engine;
}

describe('47 CFR 64.1200(a)(3)(ii)-(iv): exempt prerecorded calls to a residential line: at most 3 per consecutive 30 days', () => {
  const history = ['2026-06-01T10:00:00-04:00', '2026-06-05T10:00:00-04:00', '2026-06-09T10:00:00-04:00'];

  it('47 CFR 64.1200(a)(3)(iii): the 3rd exempt prerecorded call in 30 days is allowed', async () => {
    const engine = await withHistory(history.slice(0, 2));
    const d = await engine.check(call('2026-06-10T12:00:00-04:00'));
    expect(verdictOf(d, 'tcpa.exempt-call-limit')).toMatchObject({ outcome: 'allow', code: 'within_limit' });
    expect(verdictOf(d, 'tcpa.exempt-call-limit').details).toMatchObject({ count: 2, limit: 3 });
    expect(d.allowed).toBe(true);
  });

  it('47 CFR 64.1200(a)(3)(iii): the 4th exempt prerecorded call in 30 days to a landline is denied, retry when the first leaves the window', async () => {
    const engine = await withHistory(history);
    const d = await engine.check(call('2026-06-10T12:00:00-04:00'));
    const v = verdictOf(d, 'tcpa.exempt-call-limit');
    expect(v).toMatchObject({ outcome: 'deny', code: 'limit_reached' });
    expect(v.details).toMatchObject({ count: 3, limit: 3 });
    expect(v.retryAt?.toISOString()).toBe(new Date(ms(history[0]!) + 30 * 86_400_000).toISOString()); // 2026-07-01 10:00 EDT
    expect(d.allowed).toBe(false);
    // at the retry instant the first call has left the 30-day window
    expect((await engine.check(call(v.retryAt!))).allowed).toBe(true);
    expect((await engine.check(call(new Date(v.retryAt!.getTime() - MIN)))).allowed).toBe(false);
  });

  it('47 CFR 64.1200(a)(3)(iii): nextPermittedAt is the instant the oldest counted call leaves the 30 days', async () => {
    const engine = await withHistory(['2026-06-01T10:00:00-04:00', '2026-06-20T10:00:00-04:00', '2026-06-25T10:00:00-04:00']);
    const d = await engine.check(call('2026-06-28T12:00:00-04:00'));
    expect(d.allowed).toBe(false);
    expect(d.nextPermittedAt?.toISOString()).toBe('2026-07-01T14:00:00.000Z');
  });

  it('RULES.md §1.2 note: debt-collection robocalls to residential landlines are capped the same way', async () => {
    const engine = await withHistory(history, { purpose: 'debt-collection', subject: 'debt-1' });
    const d = await engine.check(call('2026-06-10T12:00:00-04:00', { purpose: 'debt-collection', subject: 'debt-1' }));
    expect(verdictOf(d, 'tcpa.exempt-call-limit')).toMatchObject({ outcome: 'deny', code: 'limit_reached' });
  });

  it('47 CFR 64.1200(a)(3)(ii) ("per residential line"): the cap is per line: calls to another number do not count', async () => {
    const engine = makeEngine();
    await engine.attempts.record(history.map((at) => ({ phone: CHI, at, callType: 'prerecorded', purpose: 'informational', outcome: 'voicemail' }) as AttemptRecord));
    expect(outcomeOf(await engine.check(call('2026-06-10T12:00:00-04:00')), 'tcpa.exempt-call-limit')).toBe('allow');
  });

  it('47 CFR 64.1200(a)(3): live calls are not prerecorded calls and do not count toward the cap', async () => {
    const engine = await withHistory(history, { callType: 'live' });
    expect(outcomeOf(await engine.check(call('2026-06-10T12:00:00-04:00')), 'tcpa.exempt-call-limit')).toBe('allow');
  });

  it('47 CFR 64.1200(a)(3)(ii) ("consecutive 30-day period"): calls older than 30 days do not count', async () => {
    const engine = await withHistory(['2026-05-01T10:00:00-04:00', '2026-05-05T10:00:00-04:00', '2026-06-09T10:00:00-04:00']);
    expect(outcomeOf(await engine.check(call('2026-06-10T12:00:00-04:00')), 'tcpa.exempt-call-limit')).toBe('allow');
  });

  it('FCC 22-100 (88 FR 3668): prior express consent (oral is enough) lifts the cap', async () => {
    const engine = await withHistory(history);
    await engine.consents.grant(pec(NYC, '2026-01-01T00:00:00Z'));
    const d = await engine.check(call('2026-06-10T12:00:00-04:00'));
    expect(verdictOf(d, 'tcpa.exempt-call-limit')).toMatchObject({ outcome: 'allow', code: 'consent_on_file' });
    expect(d.allowed).toBe(true);
  });

  it('FCC 22-100: a consent whose scope does not cover the call does not lift the cap', async () => {
    const engine = await withHistory(history);
    await engine.consents.grant(pec(NYC, '2026-01-01T00:00:00Z', { scope: { channels: ['sms'] } }));
    expect(outcomeOf(await engine.check(call('2026-06-10T12:00:00-04:00')), 'tcpa.exempt-call-limit')).toBe('deny');
  });

  it('RULES.md §1.3: the caps do not apply before their effective date 2023-07-20', async () => {
    const engine = await withHistory(['2023-07-10T10:00:00-04:00', '2023-07-12T10:00:00-04:00', '2023-07-15T10:00:00-04:00']);
    const before = await engine.check(call('2023-07-19T12:00:00-04:00'));
    expect(outcomeOf(before, 'tcpa.exempt-call-limit')).toBe('none');
    expect(before.allowed).toBe(true);
    const on = await engine.check(call('2023-07-20T12:00:00-04:00'));
    expect(outcomeOf(on, 'tcpa.exempt-call-limit')).toBe('deny');
  });

  it('47 CFR 64.1200(a)(1)(iii) vs (a)(3): the cap governs residential landlines only: a wireless call falls under tcpa.consent instead', async () => {
    const engine = await withHistory(history);
    const d = await engine.check(call('2026-06-10T12:00:00-04:00', { lineType: 'wireless' }));
    expect(outcomeOf(d, 'tcpa.exempt-call-limit')).toBe('none');
    expect(verdictOf(d, 'tcpa.consent').outcome).toBe('deny');
  });

  it('47 CFR 64.1200(a)(3)(ii): prerecorded telemarketing is not an exempt call (it needs PEWC, (a)(3)) and is not capped here', async () => {
    const engine = await withHistory(history);
    const d = await engine.check(call('2026-06-10T12:00:00-04:00', { purpose: 'telemarketing' }));
    expect(outcomeOf(d, 'tcpa.exempt-call-limit')).toBe('none');
  });
});

describe('HIPAA health-care messages: at most 1 a day and 3 a week (47 CFR 64.1200(a)(3)(v))', () => {
  const hc = (at: string) => call(at, { purpose: 'healthcare' });
  const hcHistory = (times: string[]) => withHistory(times, { purpose: 'healthcare' });

  it('47 CFR 64.1200(a)(3)(v): a second health-care message the same day is denied', async () => {
    const engine = await hcHistory(['2026-06-10T09:00:00-04:00']);
    const d = await engine.check(hc('2026-06-10T15:00:00-04:00'));
    const v = verdictOf(d, 'tcpa.exempt-call-limit');
    expect(v).toMatchObject({ outcome: 'deny', code: 'limit_reached', citation: '47 CFR 64.1200(a)(3)(v)' });
    expect(v.details).toMatchObject({ limit: 1 });
    expect(d.nextPermittedAt).not.toBeNull();
    expect(d.nextPermittedAt!.getTime()).toBeGreaterThan(ms('2026-06-10T15:00:00-04:00'));
    expect(d.nextPermittedAt!.getTime()).toBeLessThanOrEqual(ms('2026-06-11T09:00:00-04:00'));
  });

  it('47 CFR 64.1200(a)(3)(v): the next day (24 h later) a health-care message is allowed again', async () => {
    const engine = await hcHistory(['2026-06-10T09:00:00-04:00']);
    expect(outcomeOf(await engine.check(hc('2026-06-11T09:00:00-04:00')), 'tcpa.exempt-call-limit')).toBe('allow');
  });

  it('47 CFR 64.1200(a)(3)(v): a 4th health-care message within a week is denied even on a new day', async () => {
    const engine = await hcHistory(['2026-06-01T09:00:00-04:00', '2026-06-02T09:00:00-04:00', '2026-06-03T09:00:00-04:00']);
    const d = await engine.check(hc('2026-06-04T10:00:00-04:00'));
    const v = verdictOf(d, 'tcpa.exempt-call-limit');
    expect(v).toMatchObject({ outcome: 'deny', code: 'limit_reached', citation: '47 CFR 64.1200(a)(3)(v)' });
    expect(v.details).toMatchObject({ count: 3, limit: 3 });
    expect(v.retryAt?.toISOString()).toBe('2026-06-08T13:00:00.000Z'); // first + 7 days
    expect(outcomeOf(await engine.check(hc('2026-06-08T09:00:00-04:00')), 'tcpa.exempt-call-limit')).toBe('allow');
  });

  it('47 CFR 64.1200(a)(3)(v): health-care messages use their own caps, not the 3-in-30-days cap', async () => {
    const engine = await hcHistory(['2026-05-20T09:00:00-04:00', '2026-05-27T09:00:00-04:00', '2026-06-03T09:00:00-04:00']);
    expect(outcomeOf(await engine.check(hc('2026-06-10T09:00:00-04:00')), 'tcpa.exempt-call-limit')).toBe('allow');
  });

  it('FCC 22-100: consent lifts the health-care caps too', async () => {
    const engine = await hcHistory(['2026-06-10T09:00:00-04:00']);
    await engine.consents.grant(pec(NYC, '2026-01-01T00:00:00Z'));
    expect(verdictOf(await engine.check(hc('2026-06-10T15:00:00-04:00')), 'tcpa.exempt-call-limit')).toMatchObject({ outcome: 'allow', code: 'consent_on_file' });
  });
});
