/**
 * Audit of state.<ST>.call-frequency (RULES.md §4.1 caps, §8 item 3): the limit itself is allowed
 * and one more is denied, the window boundary (an attempt exactly one window old no longer counts),
 * pending reservations count, and what is keyed (subject, debt, number) follows the cited text.
 */
import { describe, expect, it } from 'vitest';
import { states, type AttemptRecord, type CallIntent } from '../../src/index';
import { DAY, HOUR, MIN, PHONE, at, engineOf, only, tm, verdicts, type St } from './helpers';

const att = (st: St, when: Date, over: Partial<AttemptRecord> = {}): AttemptRecord => ({
  phone: PHONE[st],
  at: when,
  callType: 'live',
  purpose: 'telemarketing',
  outcome: 'no-answer',
  ...over,
});
const ago = (t: Date, ms: number): Date => new Date(t.getTime() - ms);

describe('3 per 24 h on the same subject, from any number: Fla. Stat. 501.616(6)(b); 15 O.S. 775C; Md. Com. Law 14-4502(c)', () => {
  const cases: [St, string, string][] = [
    ['FL', 'Fla. Stat. 501.616(6)(b)', '501.616(6)(b)'],
    ['OK', '15 O.S. 775C', '775C'],
    ['MD', 'Md. Com. Law 14-4502(c)', '14-4502(c)'],
  ];
  for (const [st, cite, fragment] of cases) {
    const T = at(st, '2026-06-16', '15:00');
    it(`${cite}: with 2 calls in 24 h the 3rd is allowed; with 3 the 4th is denied, retry when the oldest is 24 h old`, async () => {
      const e = engineOf(states);
      await e.attempts.record([att(st, ago(T, 23 * HOUR), { subject: 's' }), att(st, ago(T, 2 * HOUR), { subject: 's', outcome: 'answered-live' })]);
      expect(only(await e.check(tm(PHONE[st], T, { subject: 's' })), `state.${st}.call-frequency`)).toMatchObject({ outcome: 'allow', details: { count: 2, limit: 3 } });
      await e.attempts.record(att(st, ago(T, 1 * HOUR), { subject: 's', outcome: 'voicemail' }));
      const v = only(await e.check(tm(PHONE[st], T, { subject: 's' })), `state.${st}.call-frequency`);
      expect(v).toMatchObject({ outcome: 'deny', code: 'limit_reached', details: { count: 3, limit: 3 } });
      expect(v.citation).toContain(fragment);
      expect(v.retryAt?.toISOString()).toBe(new Date(T.getTime() + 1 * HOUR).toISOString());
    });
    it(`${cite}: a call exactly 24 h before does not count (the window is the 24 h ending at the call)`, async () => {
      const e = engineOf(states);
      await e.attempts.record([att(st, ago(T, 24 * HOUR), { subject: 's' }), att(st, ago(T, 2 * HOUR), { subject: 's' }), att(st, ago(T, 1 * HOUR), { subject: 's' })]);
      expect(only(await e.check(tm(PHONE[st], T, { subject: 's' })), `state.${st}.call-frequency`).outcome).toBe('allow');
      await e.attempts.record(att(st, ago(T, 24 * HOUR - MIN), { subject: 's' }));
      expect(only(await e.check(tm(PHONE[st], T, { subject: 's' })), `state.${st}.call-frequency`).outcome).toBe('deny');
    });
    it(`${cite}: "from any number" — calls by any seller's line are counted per called person; another subject is counted apart`, async () => {
      const e = engineOf(states);
      await e.attempts.record([1, 2, 3].map((h) => att(st, ago(T, h * HOUR), { subject: 'a', callType: h === 2 ? 'autodialed' : 'live' })));
      expect(only(await e.check(tm(PHONE[st], T, { subject: 'a', callType: 'prerecorded' })), `state.${st}.call-frequency`).outcome).toBe('deny');
      expect(only(await e.check(tm(PHONE[st], T, { subject: 'b' })), `state.${st}.call-frequency`).outcome).toBe('allow');
    });
    it(`${cite}: "to a person on the same subject": calls about the subject to the person's other number count; other people's subject-less calls do not`, async () => {
      const e = engineOf(states);
      // the same person's second line, same area code (the subject, a matter of this person, ties them)
      const other = PHONE[st].replace('0123', '0456');
      await e.attempts.record([1, 2, 3].map((h) => att(st, ago(T, h * HOUR), { phone: other, subject: 's' })));
      const v = only(await e.check(tm(PHONE[st], T, { subject: 's' })), `state.${st}.call-frequency`);
      expect(v).toMatchObject({ outcome: 'deny', code: 'limit_reached', details: { count: 3, limit: 3, per: 'subject' } });
      // subject-less calls to another number are not known to be to this person: not counted
      const e2 = engineOf(states);
      await e2.attempts.record([1, 2, 3].map((h) => att(st, ago(T, h * HOUR), { phone: other })));
      expect(only(await e2.check(tm(PHONE[st], T, { subject: 's' })), `state.${st}.call-frequency`).outcome).toBe('allow');
      // subject-less calls to this number may be about the subject: counted (conservative)
      const e3 = engineOf(states);
      await e3.attempts.record([1, 2, 3].map((h) => att(st, ago(T, h * HOUR))));
      expect(only(await e3.check(tm(PHONE[st], T, { subject: 's' })), `state.${st}.call-frequency`).outcome).toBe('deny');
    });
    it(`${cite}: debt-collection calls are not solicitations: neither counted nor capped`, async () => {
      const e = engineOf(states);
      await e.attempts.record([1, 2, 3].map((h) => att(st, ago(T, h * HOUR), { subject: 's', purpose: 'debt-collection' })));
      expect(only(await e.check(tm(PHONE[st], T, { subject: 's' })), `state.${st}.call-frequency`).outcome).toBe('allow');
      expect(verdicts(await e.check(tm(PHONE[st], T, { subject: 's', purpose: 'debt-collection' })), `state.${st}.call-frequency`)).toHaveLength(0);
    });
  }

  it('pending reservations count (issue 3: "pending reservations included"): three reserved Florida calls block a fourth', async () => {
    const T = at('FL', '2026-06-16', '15:00');
    const e = engineOf(states);
    for (const m of [9, 6, 3]) {
      const r = await e.reserve(tm(PHONE.FL, ago(T, m * MIN), { subject: 's' }));
      expect(r.reservation, `reserve -${m} min`).toBeDefined();
    }
    const fourth = await e.reserve(tm(PHONE.FL, T, { subject: 's' }));
    expect(fourth.reservation).toBeUndefined();
    expect(only(fourth.decision, 'state.FL.call-frequency')).toMatchObject({ outcome: 'deny', details: { count: 3 } });
  });

  it('a completed reservation still counts (every outcome is counted: conservative); a lapsed one does not', async () => {
    const T = at('FL', '2026-06-16', '15:00');
    let now = T.getTime();
    const e = engineOf(states, { reservationTtlMs: 10 * MIN, clock: () => new Date(now) });
    const ids: string[] = [];
    for (const m of [30, 20, 5]) {
      now = ago(T, m * MIN).getTime(); // each reservation is made when its call is placed
      const r = await e.reserve(tm(PHONE.FL, ago(T, m * MIN), { subject: 's' }));
      ids.push(r.reservation!.id);
    }
    await e.complete(ids[0]!, { outcome: 'busy' });
    // The reservation made 20 min before T lapsed 10 min before T (never completed): it no longer counts.
    const v = only(await e.check(tm(PHONE.FL, T, { subject: 's' })), 'state.FL.call-frequency');
    expect(v).toMatchObject({ outcome: 'allow', details: { count: 2 } });
  });
});

describe('940 CMR 7.04(1)(f); 209 CMR 18.16(1)(d): Massachusetts debt collection ≤2 calls per 7 days per debt', () => {
  const T = at('MA', '2026-06-16', '12:00');
  const dc = (over: Partial<CallIntent> = {}): CallIntent => tm(PHONE.MA, T, { purpose: 'debt-collection', subject: 'debt-1', numberUse: 'personal', ...over });
  it('1 call in 7 days: the 2nd allowed; 2 calls: the 3rd denied until the first is 7 days old', async () => {
    const e = engineOf(states);
    await e.attempts.record(att('MA', ago(T, 6 * DAY), { purpose: 'debt-collection', subject: 'debt-1' }));
    expect(only(await e.check(dc()), 'state.MA.call-frequency')).toMatchObject({ outcome: 'allow', details: { count: 1, limit: 2 } });
    await e.attempts.record(att('MA', ago(T, 1 * DAY), { purpose: 'debt-collection', subject: 'debt-1', outcome: 'answered-live' }));
    const d = await e.check(dc());
    const v = only(d, 'state.MA.call-frequency');
    expect(v).toMatchObject({ outcome: 'deny', code: 'limit_reached' });
    expect(v.retryAt?.toISOString()).toBe(new Date(T.getTime() + 1 * DAY).toISOString());
  });
  it('a call exactly 7 days old no longer counts', async () => {
    const e = engineOf(states);
    await e.attempts.record([att('MA', ago(T, 7 * DAY), { purpose: 'debt-collection', subject: 'debt-1' }), att('MA', ago(T, 1 * DAY), { purpose: 'debt-collection', subject: 'debt-1' })]);
    expect(only(await e.check(dc()), 'state.MA.call-frequency').outcome).toBe('allow');
  });
  it('209 CMR 18.16(1)(d) (texts included): two texts about the debt block a call; a text is itself capped', async () => {
    const e = engineOf(states);
    await e.attempts.record([2, 1].map((d) => att('MA', ago(T, d * DAY), { purpose: 'debt-collection', subject: 'debt-1', channel: 'sms', callType: 'autodialed' })));
    expect(only(await e.check(dc()), 'state.MA.call-frequency').outcome).toBe('deny');
    expect(only(await e.check(dc({ channel: 'sms', callType: 'autodialed' })), 'state.MA.call-frequency').outcome).toBe('deny');
  });
  it('telemarketing calls to the number are not debt-collection communications and are not counted; telemarketing is not capped', async () => {
    const e = engineOf(states);
    await e.attempts.record([3, 2, 1].map((d) => att('MA', ago(T, d * DAY), { subject: 'debt-1' })));
    expect(only(await e.check(dc()), 'state.MA.call-frequency').outcome).toBe('allow');
    expect(verdicts(await e.check(tm(PHONE.MA, T)), 'state.MA.call-frequency')).toHaveLength(0);
  });
  it('a Massachusetts address makes a non-MA number subject to the cap (every candidate state)', async () => {
    const e = engineOf(states);
    await e.attempts.record([2, 1].map((d) => att('MA', ago(T, d * DAY), { purpose: 'debt-collection', subject: 'debt-1' })));
    const d = await e.check(tm(PHONE.NY, T, { purpose: 'debt-collection', subject: 'debt-1', numberUse: 'personal', address: { state: 'MA' } }));
    expect(only(d, 'state.MA.call-frequency').outcome).toBe('deny');
  });
});

describe('10 M.R.S. 1498(3): ≤1 completed ADAD solicitation per number per 8 hours', () => {
  const T = at('ME', '2026-06-16', '16:00');
  it('a voicemail 7 h 59 min ago blocks; one exactly 8 h ago does not; a busy call never counts', async () => {
    const e1 = engineOf(states);
    await e1.attempts.record(att('ME', ago(T, 8 * HOUR - MIN), { callType: 'prerecorded', outcome: 'voicemail' }));
    expect(only(await e1.check(tm(PHONE.ME, T, { callType: 'prerecorded' })), 'state.ME.call-frequency').outcome).toBe('deny');
    const e2 = engineOf(states);
    await e2.attempts.record(att('ME', ago(T, 8 * HOUR), { callType: 'prerecorded', outcome: 'voicemail' }));
    expect(only(await e2.check(tm(PHONE.ME, T, { callType: 'prerecorded' })), 'state.ME.call-frequency').outcome).toBe('allow');
    const e3 = engineOf(states);
    await e3.attempts.record(att('ME', ago(T, 1 * HOUR), { callType: 'prerecorded', outcome: 'busy' }));
    expect(only(await e3.check(tm(PHONE.ME, T, { callType: 'prerecorded' })), 'state.ME.call-frequency').outcome).toBe('allow');
  });
  it('live solicitations are outside the ADAD cap', async () => {
    const e = engineOf(states);
    await e.attempts.record(att('ME', ago(T, 1 * HOUR), { callType: 'prerecorded', outcome: 'answered-live' }));
    expect(verdicts(await e.check(tm(PHONE.ME, T)), 'state.ME.call-frequency')).toHaveLength(0);
  });
});

describe('RCW 19.16.120 (per WA DFI): collection agencies ≤3 communications per week', () => {
  it('2 in 7 days: the 3rd allowed; the limit counts every debt on the number', async () => {
    const T = at('WA', '2026-06-16', '12:00');
    const e = engineOf(states);
    await e.attempts.record([5, 2].map((d) => att('WA', ago(T, d * DAY), { purpose: 'debt-collection', subject: `debt-${d}` })));
    expect(only(await e.check(tm(PHONE.WA, T, { purpose: 'debt-collection', subject: 'debt-9', numberUse: 'personal' })), 'state.WA.call-frequency')).toMatchObject({ outcome: 'allow', details: { count: 2 } });
  });
});

describe('Oregon HB 3865: ≤3 solicitations per 24 h unless an EBR or a reply to an inquiry', () => {
  it('an inquiry 2 months ago exempts the 4th call (reply to the party\'s own inquiry); one 4 months ago does not', async () => {
    const T = at('OR', '2026-06-16', '12:00');
    for (const [months, outcome] of [[2, 'allow'], [4, 'deny']] as const) {
      const e = engineOf(states);
      await e.attempts.record([3, 2, 1].map((h) => att('OR', ago(T, h * HOUR))));
      await e.relationships.record({ phone: PHONE.OR, kind: 'inquiry', at: new Date(Date.UTC(2026, 5 - months, 16, 12)) });
      expect(only(await e.check(tm(PHONE.OR, T)), 'state.OR.call-frequency').outcome, `${months} months`).toBe(outcome);
    }
  });
});
