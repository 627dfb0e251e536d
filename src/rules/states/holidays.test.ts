/**
 * state.<ST>.holiday and the Sunday bans, from RULES.md §4.1 / §4.2. A holiday denial's retryAt
 * is the next opening of the state's window on a day that is neither banned nor a holiday.
 */
import { describe, expect, it } from 'vitest';
import { createEngine } from '../../core/engine';
import type { CallIntent, Decision, Verdict } from '../../core/types';
import { states } from './index';
import { iso, only, verdicts } from './test-utils';

const engine = createEngine({ rules: states, seller: 'Firm', auditDecisions: false });
const check = (over: Partial<CallIntent> & { to: string; at: string }): Promise<Decision> =>
  engine.check({ callType: 'live', purpose: 'telemarketing', ...over });

const RI = '(401) 555-0123';
const PA = '(215) 555-0123';
const AL = '(205) 555-0123'; // America/Chicago
const UT = '(801) 555-0123'; // America/Denver
const LA = '(504) 555-0123'; // America/Chicago
const NE = '(402) 555-0123'; // America/Chicago

describe('R.I. Gen. Laws 5-61-2(2): no telephonic sales calls on state or federal holidays (25-1-1, 25-2-1)', () => {
  it('Victory Day (2nd Monday of August, 2026-08-10): denied, retry Tuesday 09:00', async () => {
    const d = await check({ to: RI, at: '2026-08-10T12:00:00-04:00' });
    const v = only(d, 'state.RI.holiday');
    expect(v).toMatchObject({ outcome: 'deny', code: 'holiday_ban' });
    expect(v.details?.['holiday']).toContain('Victory Day');
    expect(v.retryAt?.toISOString()).toBe(iso('2026-08-11T09:00:00-04:00'));
    expect(only(d, 'state.RI.calling-hours').outcome).toBe('allow'); // the hours themselves are fine
    expect(d.nextPermittedAt?.toISOString()).toBe(iso('2026-08-11T09:00:00-04:00'));
  });
  it('Saturday 17:30 before Victory Day: the next opening skips Sunday and the holiday Monday', async () => {
    const v = only(await check({ to: RI, at: '2026-08-08T17:30:00-04:00' }), 'state.RI.calling-hours');
    expect(v.retryAt?.toISOString()).toBe(iso('2026-08-11T09:00:00-04:00'));
  });
  it('Rhode Island Independence Day (May 4, 2026, a Monday): denied', async () => {
    expect(only(await check({ to: RI, at: '2026-05-04T12:00:00-04:00' }), 'state.RI.holiday').code).toBe('holiday_ban');
  });
  it('an ordinary Tuesday is not a holiday', async () => {
    expect(only(await check({ to: RI, at: '2026-08-11T12:00:00-04:00' }), 'state.RI.holiday')).toMatchObject({ outcome: 'allow', code: 'not_a_holiday' });
  });
});

describe('73 P.S. 2245(a)(10) (Act 73 of 2019, eff. 2019-12-03): no telephone solicitation calls on legal holidays', () => {
  it('Flag Day (Saturday 2025-06-14): denied; PA has no stricter hours, so retry at the start of Sunday', async () => {
    const v = only(await check({ to: PA, at: '2025-06-14T12:00:00-04:00' }), 'state.PA.holiday');
    expect(v).toMatchObject({ outcome: 'deny', code: 'holiday_ban' });
    expect(v.details?.['holiday']).toContain('Flag Day');
    expect(v.retryAt?.toISOString()).toBe(iso('2025-06-15T00:00:00-04:00'));
  });
  it('Flag Day observed (Friday 2025-06-13) is treated as the holiday too (conservative)', async () => {
    expect(only(await check({ to: PA, at: '2025-06-13T12:00:00-04:00' }), 'state.PA.holiday').outcome).toBe('deny');
  });
  it('Election Day (Tuesday 2026-11-03): denied; the day after is not a holiday', async () => {
    const v = only(await check({ to: PA, at: '2026-11-03T12:00:00-05:00' }), 'state.PA.holiday');
    expect(v.details?.['holiday']).toContain('Election Day');
    expect(v.outcome).toBe('deny');
    expect(only(await check({ to: PA, at: '2026-11-04T12:00:00-05:00' }), 'state.PA.holiday').outcome).toBe('allow');
  });
  it('before 2019-12-03 (Thanksgiving 2019-11-28) no ban; from it (Christmas 2019-12-25) banned', async () => {
    expect(verdicts(await check({ to: PA, at: '2019-11-28T12:00:00-05:00' }), 'state.PA.holiday')).toHaveLength(0);
    expect(only(await check({ to: PA, at: '2019-12-25T12:00:00-05:00' }), 'state.PA.holiday').outcome).toBe('deny');
  });
  it('debt-collection calls are not telephone solicitation calls: no verdict', async () => {
    expect(verdicts(await check({ to: PA, at: '2025-06-14T12:00:00-04:00', purpose: 'debt-collection' }), 'state.PA.holiday')).toHaveLength(0);
  });
});

describe('Ala. Admin. Code r. 770-X-5-.17(1)(b): no solicitation calls on Sundays or holidays (Ala. Code 1-3-8)', () => {
  it('Sunday: an autodialed solicitation is denied until Monday 08:00', async () => {
    const v = only(await check({ to: AL, at: '2026-06-14T12:00:00-05:00', callType: 'autodialed' }), 'state.AL.calling-hours');
    expect(v).toMatchObject({ outcome: 'deny', code: 'no_calls_on_day' });
    expect(v.retryAt?.toISOString()).toBe(iso('2026-06-15T08:00:00-05:00'));
  });
  it('Confederate Memorial Day (4th Monday of April, 2026-04-27): denied until Tuesday 08:00', async () => {
    const v = only(await check({ to: AL, at: '2026-04-27T12:00:00-05:00', callType: 'prerecorded' }), 'state.AL.holiday');
    expect(v).toMatchObject({ outcome: 'deny', code: 'holiday_ban' });
    expect(v.retryAt?.toISOString()).toBe(iso('2026-04-28T08:00:00-05:00'));
  });
});

describe('Utah Code 13-25a-103(3): no solicitation on Sundays or legal holidays without prior express consent', () => {
  it('Sunday: denied; Utah hours equal the federal window, so retry at the start of Monday', async () => {
    const v = only(await check({ to: UT, at: '2026-06-07T12:00:00-06:00' }), 'state.UT.calling-hours');
    expect(v).toMatchObject({ outcome: 'deny', code: 'no_calls_on_day' });
    expect(v.retryAt?.toISOString()).toBe(iso('2026-06-08T00:00:00-06:00'));
  });
  it('Sunday 2026-06-14: Monday is Juneteenth observed (63G-1-301, Monday of its week since 2025), so retry Tuesday', async () => {
    const v = only(await check({ to: UT, at: '2026-06-14T12:00:00-06:00' }), 'state.UT.calling-hours');
    expect(v.retryAt?.toISOString()).toBe(iso('2026-06-16T00:00:00-06:00'));
  });
  it('Pioneer Day (Friday 2026-07-24): denied until Saturday', async () => {
    const v = only(await check({ to: UT, at: '2026-07-24T12:00:00-06:00' }), 'state.UT.holiday');
    expect(v).toMatchObject({ outcome: 'deny', code: 'holiday_ban' });
    expect(v.details?.['holiday']).toContain('Pioneer Day');
    expect(v.retryAt?.toISOString()).toBe(iso('2026-07-25T00:00:00-06:00'));
  });
  it('with prior express consent on file, the Sunday and holiday bans do not apply', async () => {
    const e = createEngine({ rules: states, seller: 'Firm', auditDecisions: false });
    await e.consents.grant({ phone: UT, kind: 'prior-express', evidence: { method: 'verbal', capturedAt: '2026-01-05T10:00:00-07:00' } });
    const sunday = await e.check({ to: UT, callType: 'live', purpose: 'telemarketing', at: '2026-06-14T12:00:00-06:00' });
    expect(verdicts(sunday, 'state.UT.calling-hours')).toHaveLength(0);
    const pioneer = await e.check({ to: UT, callType: 'live', purpose: 'telemarketing', at: '2026-07-24T12:00:00-06:00' });
    expect(verdicts(pioneer, 'state.UT.holiday')).toHaveLength(0);
    expect(pioneer.allowed).toBe(true);
  });
});

describe('La. R.S. 45:811: 08:00–20:00 Monday–Saturday, no Sundays or state holidays (La. R.S. 1:55)', () => {
  it('Mardi Gras (2026-02-17): denied until Wednesday 08:00', async () => {
    const v = only(await check({ to: LA, at: '2026-02-17T12:00:00-06:00' }), 'state.LA.holiday');
    expect(v).toMatchObject({ outcome: 'deny', code: 'holiday_ban' });
    expect(v.details?.['holiday']).toContain('Mardi Gras');
    expect(v.retryAt?.toISOString()).toBe(iso('2026-02-18T08:00:00-06:00'));
  });
  it('the Sunday before: next opening skips Presidents\' Day (Mon 02-16) and Mardi Gras (Tue 02-17)', async () => {
    const d = await check({ to: LA, at: '2026-02-15T12:00:00-06:00' });
    const v = only(d, 'state.LA.calling-hours');
    expect(v).toMatchObject({ outcome: 'deny', code: 'no_calls_on_day' });
    expect(v.retryAt?.toISOString()).toBe(iso('2026-02-18T08:00:00-06:00'));
    expect(d.nextPermittedAt?.toISOString()).toBe(iso('2026-02-18T08:00:00-06:00'));
  });
  it('Saturday 20:00 is outside the window', async () => {
    const v = only(await check({ to: LA, at: '2026-02-21T20:00:00-06:00' }), 'state.LA.calling-hours');
    expect(v.outcome).toBe('deny');
    expect(v.retryAt?.toISOString()).toBe(iso('2026-02-23T08:00:00-06:00'));
  });
});

describe('Neb. Admin. Code tit. 291 ch. 11 (reported): prerecorded messages on legal holidays 13:00–21:00', () => {
  it('Arbor Day (Friday 2026-04-24) at 12:00: denied until 13:00; at 14:00 allowed', async () => {
    const at12 = await check({ to: NE, at: '2026-04-24T12:00:00-05:00', callType: 'prerecorded', purpose: 'informational' });
    const v = only(at12, 'state.NE.holiday');
    expect(v).toMatchObject({ outcome: 'deny', code: 'outside_calling_hours' });
    expect(v.retryAt?.toISOString()).toBe(iso('2026-04-24T13:00:00-05:00'));
    expect(only(at12, 'state.NE.calling-hours').outcome).toBe('allow');
    const at14 = await check({ to: NE, at: '2026-04-24T14:00:00-05:00', callType: 'prerecorded', purpose: 'informational' });
    expect(only(at14, 'state.NE.holiday')).toMatchObject({ outcome: 'allow', code: 'within_calling_hours' });
  });
  it('a live call on a holiday is outside the prerecorded rule', async () => {
    expect(verdicts(await check({ to: NE, at: '2026-04-24T12:00:00-05:00' }), 'state.NE.holiday')).toHaveLength(0);
  });
});

describe('shared verdicts', () => {
  it('R.I. Gen. Laws 5-61-2(2): the not-a-holiday allow of one state, zone set and date is one frozen verdict shared by the decisions', async () => {
    const [a, b] = await engine.checkMany([
      { to: RI, callType: 'live', purpose: 'telemarketing', at: '2026-08-11T12:00:00-04:00' },
      { to: '(401) 555-0199', callType: 'live', purpose: 'telemarketing', at: '2026-08-11T13:30:00-04:00' },
    ]);
    const va = only(a!, 'state.RI.holiday');
    expect(va).toMatchObject({ outcome: 'allow', code: 'not_a_holiday', details: { dates: ['2026-08-11'], state: 'Rhode Island' } });
    expect(only(b!, 'state.RI.holiday')).toBe(va);
    expect(Object.isFrozen(va)).toBe(true);
  });
});
