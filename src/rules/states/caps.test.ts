/**
 * state.<ST>.call-frequency, from RULES.md §4.1 and §8 item 3. Attempts come from the engine's
 * ledger (`engine.attempts.record`); a denial's retryAt is when the oldest counted attempt leaves
 * the window.
 */
import { describe, expect, it } from 'vitest';
import { createEngine } from '../../core/engine';
import type { AttemptRecord, CallIntent, Decision, Verdict } from '../../core/types';
import { states } from './index';
import { iso, only, verdicts } from './test-utils';

const HOUR = 3_600_000;
const DAY = 86_400_000;
const fresh = () => createEngine({ rules: states, seller: 'Firm', auditDecisions: false });
const before = (at: string, ms: number): string => new Date(Date.parse(at) - ms).toISOString();
const after = (at: string, ms: number): string => new Date(Date.parse(at) + ms).toISOString();
const tm = (to: string, at: string, over: Partial<CallIntent> = {}): CallIntent => ({ to, at, callType: 'live', purpose: 'telemarketing', ...over });
const attempt = (phone: string, at: string, over: Partial<AttemptRecord> = {}): AttemptRecord => ({
  phone,
  at,
  callType: 'live',
  purpose: 'telemarketing',
  outcome: 'no-answer',
  ...over,
});

const FL = '(305) 555-0123';
const OK = '(405) 555-0123';
const MD = '(410) 555-0123';
const MA = '(617) 555-0123';
const MA2 = '(508) 555-0199';
const OR = '(503) 555-0123';
const ME = '(207) 555-0123';
const WA = '(206) 555-0123';

describe('Fla. Stat. 501.616(6)(b): ≤3 commercial solicitation calls per 24 h to a person on the same subject, from any number', () => {
  const T = '2026-03-10T14:00:00-04:00';
  async function withThree() {
    const e = fresh();
    await e.attempts.record([
      attempt(FL, before(T, 20 * HOUR), { subject: 'solar' }),
      attempt(FL, before(T, 10 * HOUR), { subject: 'solar', outcome: 'answered-live' }),
      attempt(FL, before(T, 1 * HOUR), { subject: 'solar', channel: 'sms', callType: 'autodialed' }),
    ]);
    return e;
  }
  it('the 4th call is denied; retryAt = the first call + 24 h; nextPermittedAt the same', async () => {
    const e = await withThree();
    const d = await e.check(tm(FL, T, { subject: 'solar' }));
    const v = only(d, 'state.FL.call-frequency');
    expect(v).toMatchObject({ outcome: 'deny', code: 'limit_reached', details: { count: 3, limit: 3 } });
    expect(v.citation).toContain('501.616(6)(b)');
    expect(v.retryAt?.toISOString()).toBe(iso(after(before(T, 20 * HOUR), DAY)));
    expect(d.nextPermittedAt?.toISOString()).toBe(iso('2026-03-10T18:00:00-04:00'));
  });
  it('when the first call leaves the 24-hour window the call is allowed', async () => {
    const e = await withThree();
    const v = only(await e.check(tm(FL, '2026-03-10T18:00:00-04:00', { subject: 'solar' })), 'state.FL.call-frequency');
    expect(v).toMatchObject({ outcome: 'allow', code: 'within_limit', details: { count: 2 } });
  });
  it('another subject matter is counted apart', async () => {
    const e = await withThree();
    expect(only(await e.check(tm(FL, T, { subject: 'roofing' })), 'state.FL.call-frequency').outcome).toBe('allow');
  });
  it('an intent without a subject counts every solicitation to the number (conservative)', async () => {
    const e = await withThree();
    expect(only(await e.check(tm(FL, T)), 'state.FL.call-frequency').outcome).toBe('deny');
  });
  it('before 2021-07-01 there is no Florida cap', async () => {
    const e = fresh();
    const t0 = '2021-06-30T14:00:00-04:00';
    await e.attempts.record([1, 2, 3].map((h) => attempt(FL, before(t0, h * HOUR), { subject: 'solar' })));
    expect(verdicts(await e.check(tm(FL, t0, { subject: 'solar' })), 'state.FL.call-frequency')).toHaveLength(0);
    const t1 = '2021-07-01T14:00:00-04:00';
    await e.attempts.record([1, 2, 3].map((h) => attempt(FL, before(t1, h * HOUR), { subject: 'solar' })));
    expect(only(await e.check(tm(FL, t1, { subject: 'solar' })), 'state.FL.call-frequency').outcome).toBe('deny');
  });
});

describe('15 O.S. 775C (OTSA, eff. 2022-11-01) and Md. Com. Law 14-4502(c) (eff. 2024-01-01): ≤3 per 24 h on the same subject', () => {
  it('Oklahoma: 2022-10-31 no cap; 2022-11-01 the 4th call is denied', async () => {
    const e = fresh();
    const t0 = '2022-10-31T14:00:00-05:00';
    await e.attempts.record([1, 2, 3].map((h) => attempt(OK, before(t0, h * HOUR), { subject: 's' })));
    expect(verdicts(await e.check(tm(OK, t0, { subject: 's' })), 'state.OK.call-frequency')).toHaveLength(0);
    const t1 = '2022-11-01T10:00:00-05:00';
    const v = only(await e.check(tm(OK, t1, { subject: 's' })), 'state.OK.call-frequency');
    expect(v.outcome).toBe('deny'); // the three calls of 10-31 11:00–13:00 are within the 24 h before the call
    expect(v.retryAt?.toISOString()).toBe(iso(after(before(t0, 3 * HOUR), DAY)));
  });
  it('Maryland: calls and texts count together from 2024-01-01', async () => {
    const e = fresh();
    const t = '2024-01-02T12:00:00-05:00';
    await e.attempts.record([
      attempt(MD, before(t, 3 * HOUR), { subject: 's', channel: 'sms', callType: 'autodialed' }),
      attempt(MD, before(t, 2 * HOUR), { subject: 's', channel: 'sms', callType: 'autodialed' }),
      attempt(MD, before(t, 1 * HOUR), { subject: 's' }),
    ]);
    expect(only(await e.check(tm(MD, t, { subject: 's' })), 'state.MD.call-frequency').outcome).toBe('deny');
    expect(verdicts(await e.check(tm(MD, '2023-12-31T12:00:00-05:00', { subject: 's' })), 'state.MD.call-frequency')).toHaveLength(0);
  });
});

describe('940 CMR 7.04(1)(f); 209 CMR 18.16(1)(d): debt collection ≤2 calls per 7 days per debt to a residence or cell', () => {
  const T = '2026-06-10T12:00:00-04:00';
  const dc = (to: string, at: string, subject: string): CallIntent => ({ to, at, callType: 'live', purpose: 'debt-collection', subject, numberUse: 'personal' });
  it('two calls about debt-1 in 7 days: a third is denied until the first leaves the window', async () => {
    const e = fresh();
    await e.attempts.record([
      attempt(MA, before(T, 6 * DAY), { purpose: 'debt-collection', subject: 'debt-1' }),
      attempt(MA, before(T, 1 * DAY), { purpose: 'debt-collection', subject: 'debt-1', channel: 'sms' }),
    ]);
    const v = only(await e.check(dc(MA, T, 'debt-1')), 'state.MA.call-frequency');
    expect(v).toMatchObject({ outcome: 'deny', code: 'limit_reached', details: { count: 2, limit: 2 } });
    expect(v.retryAt?.toISOString()).toBe(iso(after(before(T, 6 * DAY), 7 * DAY)));
    expect(only(await e.check(dc(MA, T, 'debt-2')), 'state.MA.call-frequency').outcome).toBe('allow');
  });
  it('calls about the same debt to the debtor\'s other number count (per debt)', async () => {
    const e = fresh();
    await e.attempts.record([
      attempt(MA, before(T, 2 * DAY), { purpose: 'debt-collection', subject: 'debt-1' }),
      attempt(MA2, before(T, 1 * DAY), { purpose: 'debt-collection', subject: 'debt-1' }),
    ]);
    expect(only(await e.check(dc(MA, T, 'debt-1')), 'state.MA.call-frequency').outcome).toBe('deny');
  });
  it('a third call after 7 days is allowed', async () => {
    const e = fresh();
    await e.attempts.record([
      attempt(MA, before(T, 8 * DAY), { purpose: 'debt-collection', subject: 'debt-1' }),
      attempt(MA, before(T, 1 * DAY), { purpose: 'debt-collection', subject: 'debt-1' }),
    ]);
    expect(only(await e.check(dc(MA, T, 'debt-1')), 'state.MA.call-frequency').outcome).toBe('allow');
  });
});

describe('940 CMR 7.04(1)(f): ≤2 calls per 30 days per debt "other than at a debtor\'s residence, cellular telephone, or other telephone number provided by the debtor as his or her personal telephone number"', () => {
  const T = '2026-06-10T12:00:00-04:00';
  const WORK = '(617) 555-0777';
  const dc = (to: string, over: Partial<CallIntent> = {}): CallIntent => ({ to, at: T, callType: 'live', purpose: 'debt-collection', subject: 'debt-1', ...over });
  const past = (phone: string, days: number, over: Partial<AttemptRecord> = {}) =>
    attempt(phone, before(T, days * DAY), { purpose: 'debt-collection', subject: 'debt-1', ...over });

  it('two calls about the debt to a work number in 30 days: a third is denied until the first is 30 days old; a personal number is not held by them', async () => {
    const e = fresh();
    await e.attempts.record([past(WORK, 20, { numberUse: 'work' }), past(WORK, 10, { numberUse: 'work' })]);
    const v = only(await e.check(dc(WORK, { numberUse: 'work' })), 'state.MA.call-frequency');
    expect(v).toMatchObject({ outcome: 'deny', code: 'limit_reached', details: { count: 2, limit: 2, window: '30 days', numberUse: 'work', numberUses: ['work', 'other'] } });
    expect(v.reason).toContain('other than a personal number');
    expect(v.retryAt?.toISOString()).toBe(iso(after(before(T, 20 * DAY), 30 * DAY)));
    // the 7-day personal cap counts neither (they were to a work number)
    expect(only(await e.check(dc(MA, { numberUse: 'personal' })), 'state.MA.call-frequency')).toMatchObject({ outcome: 'allow', details: { count: 0, limit: 2, window: '7 days' } });
  });
  it('31 days later the first has left the window: a third call to the work number is allowed', async () => {
    const e = fresh();
    await e.attempts.record([past(WORK, 31, { numberUse: 'work' }), past(WORK, 10, { numberUse: 'other' })]);
    expect(only(await e.check(dc(WORK, { numberUse: 'work' })), 'state.MA.call-frequency')).toMatchObject({ outcome: 'allow', details: { count: 1 } });
  });
  it('an intent without numberUse is held to both caps (it may be a work number): two calls 8 and 1 days ago of unrecorded use deny it, a personal-number intent passes', async () => {
    const e = fresh();
    await e.attempts.record([past(MA, 8), past(MA, 1)]);
    const d = await e.check(dc(MA));
    const vs = verdicts(d, 'state.MA.call-frequency');
    expect(vs.map((v) => [v.outcome, v.details?.['window']])).toEqual([
      ['allow', '7 days'],
      ['deny', '30 days'],
    ]);
    expect(vs[1]!.details?.['numberUse']).toBe('not given');
    expect(d.allowed).toBe(false);
    expect(only(await e.check(dc(MA, { numberUse: 'personal' })), 'state.MA.call-frequency').outcome).toBe('allow');
  });
  it('calls recorded as to a personal number do not count toward the 30-day cap', async () => {
    const e = fresh();
    await e.attempts.record([past(MA, 8, { numberUse: 'personal' }), past(MA, 1, { numberUse: 'personal' })]);
    expect(verdicts(await e.check(dc(WORK, { numberUse: 'work' })), 'state.MA.call-frequency').map((v) => v.outcome)).toEqual(['allow']);
  });
  it('a reservation carries the intent\'s numberUse into the ledger: two reserved work calls hold a third', async () => {
    const e = fresh();
    const at = (h: number) => new Date(Date.parse(T) - h * HOUR);
    for (const h of [30, 20]) {
      const r = await e.reserve(dc(WORK, { numberUse: 'work', at: at(h) }));
      expect(r.decision.allowed).toBe(true);
      await e.complete(r.reservation!.id, { outcome: 'no-answer' });
    }
    expect((await e.reserve(dc(WORK, { numberUse: 'work' }))).decision.allowed).toBe(false);
    expect((await e.check(dc(MA, { numberUse: 'personal' }))).allowed).toBe(true);
  });
});

describe('Oregon HB 3865 (eff. 2026-01-01): ≤3 solicitations per 24 h to a party, unless an EBR or a reply to an inquiry', () => {
  const T = '2026-01-05T12:00:00-08:00';
  it('three solicitations (any subject) in 24 h: the fourth is denied', async () => {
    const e = fresh();
    await e.attempts.record([
      attempt(OR, before(T, 5 * HOUR), { subject: 'a' }),
      attempt(OR, before(T, 3 * HOUR), { subject: 'b' }),
      attempt(OR, before(T, 1 * HOUR), { channel: 'sms', callType: 'autodialed' }),
    ]);
    const v = only(await e.check(tm(OR, T, { subject: 'c' })), 'state.OR.call-frequency');
    expect(v.outcome).toBe('deny');
    expect(v.retryAt?.toISOString()).toBe(iso(after(before(T, 5 * HOUR), DAY)));
  });
  it('a transaction within the last 18 months exempts the call', async () => {
    const e = fresh();
    await e.attempts.record([1, 2, 3].map((h) => attempt(OR, before(T, h * HOUR))));
    await e.relationships.record({ phone: OR, kind: 'transaction', at: '2025-03-01T12:00:00-08:00' });
    expect(only(await e.check(tm(OR, T)), 'state.OR.call-frequency')).toMatchObject({ outcome: 'allow', code: 'not_applicable' });
  });
  it('before 2026-01-01 there is no Oregon cap', async () => {
    const e = fresh();
    const t = '2025-12-30T12:00:00-08:00';
    await e.attempts.record([1, 2, 3].map((h) => attempt(OR, before(t, h * HOUR))));
    expect(verdicts(await e.check(tm(OR, t)), 'state.OR.call-frequency')).toHaveLength(0);
  });
});

describe('10 M.R.S. 1498(3): ≤1 completed ADAD solicitation call per number per 8 hours', () => {
  const T = '2026-06-16T10:00:00-04:00';
  it('an unanswered call does not count', async () => {
    const e = fresh();
    await e.attempts.record(attempt(ME, before(T, 30 * 60_000), { callType: 'prerecorded', outcome: 'no-answer' }));
    expect(only(await e.check(tm(ME, T, { callType: 'prerecorded' })), 'state.ME.call-frequency').outcome).toBe('allow');
  });
  it('a completed call blocks 8 hours; as 17:30 is after the 17:00 close, the next permitted call is 09:00 the next weekday', async () => {
    const e = fresh();
    await e.attempts.record(attempt(ME, before(T, 30 * 60_000), { callType: 'prerecorded', outcome: 'answered-live' }));
    const d = await e.check(tm(ME, T, { callType: 'prerecorded' }));
    const v = only(d, 'state.ME.call-frequency');
    expect(v.outcome).toBe('deny');
    expect(v.retryAt?.toISOString()).toBe(iso('2026-06-16T17:30:00-04:00'));
    expect(d.nextPermittedAt?.toISOString()).toBe(iso('2026-06-17T09:00:00-04:00'));
  });
});

describe('RCW 19.16.120 (per WA DFI): collection agencies ≤3 communications per week', () => {
  it('three debt-collection communications in 7 days: the fourth is denied', async () => {
    const e = fresh();
    const T = '2026-06-16T12:00:00-07:00';
    await e.attempts.record([1, 3, 5].map((d) => attempt(WA, before(T, d * DAY), { purpose: 'debt-collection', subject: `debt-${d}` })));
    const v = only(await e.check({ to: WA, at: T, callType: 'live', purpose: 'debt-collection', subject: 'debt-9', numberUse: 'personal' }), 'state.WA.call-frequency');
    expect(v).toMatchObject({ outcome: 'deny', confidence: 'S' });
    expect(v.retryAt?.toISOString()).toBe(iso(after(before(T, 5 * DAY), 7 * DAY)));
  });
});

describe('RCW 19.16.250 (per WA DFI): collection agencies ≤1 communication per week at the debtor\'s place of employment', () => {
  const T = '2026-06-16T12:00:00-07:00';
  const verdictsOf2 = (d: Decision) => verdicts(d, 'state.WA.call-frequency');
  const WORK = '(206) 555-0777';
  const dc = (over: Partial<CallIntent> = {}): CallIntent => ({ to: WORK, at: T, callType: 'live', purpose: 'debt-collection', subject: 'debt-1', ...over });
  it('one call to the work number 3 days ago: a second is denied until it is 7 days old; a personal number is not limited by it', async () => {
    const e = fresh();
    await e.attempts.record(attempt(WORK, before(T, 3 * DAY), { purpose: 'debt-collection', subject: 'debt-1', numberUse: 'work' }));
    const vs = verdicts(await e.check(dc({ numberUse: 'work' })), 'state.WA.call-frequency');
    const work = vs.find((v) => v.details?.['limit'] === 1)!;
    expect(work).toMatchObject({ outcome: 'deny', code: 'limit_reached', confidence: 'S', details: { count: 1, numberUse: 'work' } });
    expect(work.retryAt?.toISOString()).toBe(iso(after(before(T, 3 * DAY), 7 * DAY)));
    expect(verdicts(await e.check(dc({ numberUse: 'personal' })), 'state.WA.call-frequency').map((v) => v.outcome)).toEqual(['allow']);
  });
  it('counted per debt too: a call about debt-1 to another work number 2 days ago holds a call to this one', async () => {
    const e = fresh();
    await e.attempts.record(attempt('(206) 555-0888', before(T, 2 * DAY), { purpose: 'debt-collection', subject: 'debt-1', numberUse: 'work' }));
    const vs = verdictsOf2(await e.check(dc({ numberUse: 'work' })));
    expect(vs.filter((v) => v.outcome === 'deny').map((v) => v.details?.['per'])).toEqual(['debt']);
    expect((await e.check(dc({ numberUse: 'work', subject: 'debt-2' }))).allowed).toBe(true);
  });
  it('without numberUse the workplace cap applies (conservative); after 7 days it passes', async () => {
    const e = fresh();
    await e.attempts.record(attempt(WORK, before(T, 3 * DAY), { purpose: 'debt-collection', subject: 'debt-1' }));
    expect((await e.check(dc())).allowed).toBe(false);
    expect(verdicts(await e.check(dc({ at: after(T, 4 * DAY + 60_000) })), 'state.WA.call-frequency').every((v) => v.outcome === 'allow')).toBe(true);
  });
});

describe('shared verdicts', () => {
  it('Fla. Stat. 501.616(6)(b): with no attempt on file and no subject, the count-0 allow is one frozen verdict; with a subject it names the subject', async () => {
    const engine = fresh();
    const at = '2026-03-10T12:00:00-04:00';
    const [a, b, c] = await engine.checkMany([tm(FL, at), tm('(305) 555-0199', at), tm(FL, at, { subject: 'roofing' })]);
    const va = only(a!, 'state.FL.call-frequency');
    expect(va).toMatchObject({ outcome: 'allow', code: 'within_limit', details: { count: 0, limit: 3, state: 'Florida' } });
    expect(only(b!, 'state.FL.call-frequency')).toBe(va);
    expect(Object.isFrozen(va)).toBe(true);
    const vc = only(c!, 'state.FL.call-frequency');
    expect(vc).toMatchObject({ outcome: 'allow', code: 'within_limit', details: { count: 0, subject: 'roofing' } });
    expect(vc).not.toBe(va);
  });
});
