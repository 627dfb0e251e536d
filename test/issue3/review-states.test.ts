/**
 * Findings of the independent review of the state rows (RULES.md §4.1, §4.3), each tested through
 * the public API on both sides: the call the finding showed allowed is now denied, and the call
 * the law still permits stays allowed.
 */
import { describe, expect, it } from 'vitest';
import { states } from '../../src/index';
import { PHONE, at, engineOf, only, tm, verdicts, type St } from './helpers';

describe('ADAD hours reach opt-out confirmations and emergency calls (no exemption recorded in RULES.md §4.1)', () => {
  const cases: { st: St; cite: string; before: string; open: string; late: string; close: string }[] = [
    { st: 'CA', cite: 'RULES.md §4.1 CA: Cal. Pub. Util. Code 2872(c) "no ADAD call received in CA between 21:00 and 09:00" [V]', before: '08:59', open: '09:00', late: '21:00', close: '20:59' },
    { st: 'NV', cite: 'RULES.md §4.1 NV: NRS 597.814 "ADAD calls 09:00–21:00" [V]', before: '08:59', open: '09:00', late: '21:00', close: '20:59' },
    { st: 'SC', cite: 'RULES.md §4.1 SC: S.C. Code 16-17-446 "ADAD calls 08:00–19:00" [V]', before: '07:59', open: '08:00', late: '19:00', close: '18:59' },
    { st: 'NE', cite: 'RULES.md §4.1 NE: Neb. Rev. Stat. 86-244 to -256 "ADAD messages other than solicitations 08:00–21:00" [V]', before: '07:59', open: '08:00', late: '21:00', close: '20:59' },
  ];
  const e = engineOf(states);
  for (const { st, cite, before, open, late, close } of cases) {
    for (const purpose of ['opt-out-confirmation', 'emergency'] as const) {
      it(`${cite}: a prerecorded ${purpose} call at ${before} and ${late} is denied; at ${open} and ${close} allowed`, async () => {
        const id = `state.${st}.calling-hours`;
        // a Tuesday: NE's Sunday/holiday prerecorded rule does not apply
        const check = async (time: string) => only(await e.check(tm(PHONE[st], at(st, '2026-06-16', time), { callType: 'prerecorded', purpose })), id);
        expect(await check(before)).toMatchObject({ outcome: 'deny', code: 'outside_calling_hours' });
        expect((await check(late)).outcome).toBe('deny');
        expect((await check(open)).outcome).toBe('allow');
        expect((await check(close)).outcome).toBe('allow');
        expect((await check(before)).retryAt?.toISOString()).toBe(at(st, '2026-06-16', open).toISOString());
      });
    }
    it(`${cite}: a live opt-out confirmation is not an ADAD call (no verdict)`, async () => {
      expect(verdicts(await e.check(tm(PHONE[st], at(st, '2026-06-16', before), { purpose: 'opt-out-confirmation' })), `state.${st}.calling-hours`)).toHaveLength(0);
    });
  }
  it('RULES.md §4.2 NE: Neb. Admin. Code tit. 291 ch. 11 "prerecorded messages on Sundays … 13:00–21:00" [S] names no purpose: a prerecorded opt-out confirmation at 12:00 on a Sunday is denied, at 13:00 allowed', async () => {
    const check = async (time: string) => only(await e.check(tm(PHONE.NE, at('NE', '2026-06-14', time), { callType: 'prerecorded', purpose: 'opt-out-confirmation' })), 'state.NE.calling-hours');
    expect((await check('12:00')).outcome).toBe('deny');
    expect((await check('13:00')).outcome).toBe('allow');
  });
});

describe('RULES.md §4.1 KY: live solicitations 10:00–21:00 (KRS 367.46955, unverified) reach an autodialed call that connects a live agent', () => {
  const e = engineOf(states);
  const check = async (callType: 'live' | 'autodialed' | 'prerecorded', time: string, channel: 'voice' | 'sms' = 'voice') =>
    verdicts(await e.check(tm(PHONE.KY, at('KY', '2026-06-16', time), { callType, channel })), 'state.KY.calling-hours');
  it('RULES.md §4.1 KY (KRS 367.46955, unverified): an autodialed voice solicitation at 09:30 is denied (retry 10:00), at 10:00 allowed', async () => {
    const [v] = await check('autodialed', '09:30');
    expect(v).toMatchObject({ outcome: 'deny', code: 'outside_calling_hours', confidence: 'unverified' });
    expect(v!.retryAt?.toISOString()).toBe(at('KY', '2026-06-16', '10:00').toISOString());
    expect((await check('autodialed', '10:00'))[0]!.outcome).toBe('allow');
    expect((await check('autodialed', '21:00'))[0]!.outcome).toBe('deny');
  });
  it('RULES.md §4.1 KY (KRS 367.46955, unverified): live calls as before (09:59 denied, 10:00 allowed)', async () => {
    expect((await check('live', '09:59'))[0]!.outcome).toBe('deny');
    expect((await check('live', '10:00'))[0]!.outcome).toBe('allow');
  });
  it('RULES.md §4.1 KY (KRS 367.461(2), ADAD 08:00–21:00 = federal): a prerecorded call at 09:30 and an autodialed text are outside the live-solicitation item', async () => {
    expect(await check('prerecorded', '09:30')).toHaveLength(0);
    expect(await check('autodialed', '09:30', 'sms')).toHaveLength(0);
  });
});
