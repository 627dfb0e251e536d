/**
 * state.<ST>.calling-hours, from RULES.md §4.1 / §1.14. Every dated change is tested on both
 * sides of its date; retryAt values are the next opening in every candidate zone.
 */
import { describe, expect, it } from 'vitest';
import { createEngine } from '../../core/engine';
import type { CallIntent, Decision, Verdict } from '../../core/types';
import { states } from './index';
import { iso, only, verdicts } from './test-utils';

const engine = createEngine({ rules: states, seller: 'Firm', auditDecisions: false });
const check = (over: Partial<CallIntent> & { to: string; at: string }): Promise<Decision> =>
  engine.check({ callType: 'live', purpose: 'telemarketing', ...over });

const FL = '(305) 555-0123'; // America/New_York
const OK = '(405) 555-0123'; // America/Chicago
const CT = '(203) 555-0123';
const MD = '(410) 555-0123';
const TX = '(214) 555-0123'; // America/Chicago
const OR = '(503) 555-0123'; // America/Los_Angeles
const RI = '(401) 555-0123';
const SD = '(605) 555-0123'; // America/Denver + America/North_Dakota/Center
const GA = '(404) 555-0123';
const KY = '(502) 555-0123';
const NE = '(402) 555-0123'; // America/Chicago
const ME = '(207) 555-0123';
const CA = '(213) 555-0123';
const AL = '(205) 555-0123'; // America/Chicago

describe('Fla. Stat. 501.616(6)(a) (SB 1120, eff. 2021-07-01): 08:00–20:00', () => {
  it('2021-06-30 20:30 local, before the change: no Florida hours rule (federal 08:00–21:00 governs)', async () => {
    const d = await check({ to: FL, at: '2021-06-30T20:30:00-04:00' });
    expect(verdicts(d, 'state.FL.calling-hours')).toHaveLength(0);
  });
  it('2021-07-01 20:30 local: denied, retry 08:00 the next morning', async () => {
    const v = only(await check({ to: FL, at: '2021-07-01T20:30:00-04:00' }), 'state.FL.calling-hours');
    expect(v).toMatchObject({ outcome: 'deny', code: 'outside_calling_hours', confidence: 'V' });
    expect(v.citation).toContain('501.616(6)(a)');
    expect(v.retryAt?.toISOString()).toBe(iso('2021-07-02T08:00:00-04:00'));
  });
  it('2021-07-01 19:59 local: allowed', async () => {
    expect(only(await check({ to: FL, at: '2021-07-01T19:59:00-04:00' }), 'state.FL.calling-hours').outcome).toBe('allow');
  });
  it('debt collection is outside 501.616(6) (559.72(17) equals the federal window): no verdict', async () => {
    const d = await check({ to: FL, at: '2026-03-10T20:30:00-04:00', purpose: 'debt-collection' });
    expect(verdicts(d, 'state.FL.calling-hours')).toHaveLength(0);
  });
});

describe('Oklahoma Telephone Solicitation Act, 15 O.S. 775C (eff. 2022-11-01): 08:00–20:00; ADAD 15 O.S. 755.1: 09:00–21:00', () => {
  it('2022-10-31 20:30 live: no OK hours rule yet', async () => {
    expect(verdicts(await check({ to: OK, at: '2022-10-31T20:30:00-05:00' }), 'state.OK.calling-hours')).toHaveLength(0);
  });
  it('2022-11-01 20:30 live: denied, retry 08:00 next day', async () => {
    const v = only(await check({ to: OK, at: '2022-11-01T20:30:00-05:00' }), 'state.OK.calling-hours');
    expect(v).toMatchObject({ outcome: 'deny', code: 'outside_calling_hours' });
    expect(v.retryAt?.toISOString()).toBe(iso('2022-11-02T08:00:00-05:00'));
  });
  it('prerecorded solicitation 2022-10-31 20:30: allowed by the ADAD window 09:00–21:00', async () => {
    const v = only(await check({ to: OK, at: '2022-10-31T20:30:00-05:00', callType: 'prerecorded' }), 'state.OK.calling-hours');
    expect(v.outcome).toBe('allow');
  });
  it('prerecorded solicitation from 2022-11-01: both windows apply (09:00–20:00)', async () => {
    const early = only(await check({ to: OK, at: '2022-11-01T08:30:00-05:00', callType: 'prerecorded' }), 'state.OK.calling-hours');
    expect(early.outcome).toBe('deny');
    expect(early.retryAt?.toISOString()).toBe(iso('2022-11-01T09:00:00-05:00'));
    const late = only(await check({ to: OK, at: '2022-11-01T20:30:00-05:00', callType: 'prerecorded' }), 'state.OK.calling-hours');
    expect(late.outcome).toBe('deny');
    expect(late.retryAt?.toISOString()).toBe(iso('2022-11-02T09:00:00-05:00'));
  });
});

describe('Conn. Gen. Stat. 42-288a as amended by PA 23-98 (eff. 2023-10-01): 09:00–20:00, texts covered', () => {
  it('2023-09-30 08:30: no CT hours rule yet', async () => {
    expect(verdicts(await check({ to: CT, at: '2023-09-30T08:30:00-04:00' }), 'state.CT.calling-hours')).toHaveLength(0);
  });
  it('2023-10-01 08:30: denied, retry 09:00 the same morning', async () => {
    const v = only(await check({ to: CT, at: '2023-10-01T08:30:00-04:00' }), 'state.CT.calling-hours');
    expect(v).toMatchObject({ outcome: 'deny', code: 'outside_calling_hours', confidence: 'S' });
    expect(v.retryAt?.toISOString()).toBe(iso('2023-10-01T09:00:00-04:00'));
  });
  it('2023-10-01 09:00: allowed; a text at 20:00 is denied', async () => {
    expect(only(await check({ to: CT, at: '2023-10-01T09:00:00-04:00' }), 'state.CT.calling-hours').outcome).toBe('allow');
    const text = only(await check({ to: CT, at: '2023-10-02T20:00:00-04:00', channel: 'sms' }), 'state.CT.calling-hours');
    expect(text.outcome).toBe('deny');
  });
});

describe('Md. Com. Law 14-4502(c) (Stop the Spam Calls Act, eff. 2024-01-01): 08:00–20:00', () => {
  it('2023-12-31 20:30: no MD hours rule yet', async () => {
    expect(verdicts(await check({ to: MD, at: '2023-12-31T20:30:00-05:00' }), 'state.MD.calling-hours')).toHaveLength(0);
  });
  it('2024-01-01 20:30: denied, retry 2024-01-02 08:00', async () => {
    const v = only(await check({ to: MD, at: '2024-01-01T20:30:00-05:00' }), 'state.MD.calling-hours');
    expect(v.outcome).toBe('deny');
    expect(v.retryAt?.toISOString()).toBe(iso('2024-01-02T08:00:00-05:00'));
  });
});

describe('Tex. Bus. & Com. Code 301.051: Mon–Sat 09:00–21:00, Sun 12:00–21:00; SB 140 texts from 2025-09-01', () => {
  it('a text on Sunday 2025-08-31 10:00, before SB 140: no TX hours rule for texts', async () => {
    expect(verdicts(await check({ to: TX, at: '2025-08-31T10:00:00-05:00', channel: 'sms' }), 'state.TX.calling-hours')).toHaveLength(0);
  });
  it('a voice call at the same instant was already covered: denied until 12:00', async () => {
    const v = only(await check({ to: TX, at: '2025-08-31T10:00:00-05:00' }), 'state.TX.calling-hours');
    expect(v.outcome).toBe('deny');
    expect(v.retryAt?.toISOString()).toBe(iso('2025-08-31T12:00:00-05:00'));
  });
  it('a text on Sunday 2025-09-07 10:00, after SB 140: denied until 12:00', async () => {
    const v = only(await check({ to: TX, at: '2025-09-07T10:00:00-05:00', channel: 'sms' }), 'state.TX.calling-hours');
    expect(v).toMatchObject({ outcome: 'deny', code: 'outside_calling_hours' });
    expect(v.citation).toContain('SB 140');
    expect(v.retryAt?.toISOString()).toBe(iso('2025-09-07T12:00:00-05:00'));
  });
  it('Sunday 11:59 denied, Sunday 12:00 allowed', async () => {
    const before = only(await check({ to: TX, at: '2026-03-15T11:59:00-05:00' }), 'state.TX.calling-hours');
    expect(before.outcome).toBe('deny');
    expect(before.retryAt?.toISOString()).toBe(iso('2026-03-15T12:00:00-05:00'));
    expect(only(await check({ to: TX, at: '2026-03-15T12:00:00-05:00' }), 'state.TX.calling-hours').outcome).toBe('allow');
  });
  it('Saturday 08:59 denied (09:00 start); Monday 21:00 denied until Tuesday 09:00', async () => {
    expect(only(await check({ to: TX, at: '2026-03-14T08:59:00-05:00' }), 'state.TX.calling-hours').outcome).toBe('deny');
    const v = only(await check({ to: TX, at: '2026-03-16T21:00:00-05:00' }), 'state.TX.calling-hours');
    expect(v.retryAt?.toISOString()).toBe(iso('2026-03-17T09:00:00-05:00'));
  });
});

describe('Oregon HB 3865 (eff. 2026-01-01): 08:00–20:00, texts included (was 08:00–21:00)', () => {
  it('2025-12-31 20:30: allowed under the old window (no OR rule before the change)', async () => {
    expect(verdicts(await check({ to: OR, at: '2025-12-31T20:30:00-08:00' }), 'state.OR.calling-hours')).toHaveLength(0);
    expect(verdicts(await check({ to: OR, at: '2025-12-31T20:30:00-08:00', channel: 'sms' }), 'state.OR.calling-hours')).toHaveLength(0);
  });
  it('2026-01-01 20:30: denied, retry 2026-01-02 08:00; texts too', async () => {
    const v = only(await check({ to: OR, at: '2026-01-01T20:30:00-08:00' }), 'state.OR.calling-hours');
    expect(v.outcome).toBe('deny');
    expect(v.retryAt?.toISOString()).toBe(iso('2026-01-02T08:00:00-08:00'));
    expect(only(await check({ to: OR, at: '2026-01-01T20:30:00-08:00', channel: 'sms' }), 'state.OR.calling-hours').outcome).toBe('deny');
  });
});

describe('R.I. Gen. Laws 5-61-2(2): Mon–Fri 09:00–18:00, Sat 10:00–17:00, no Sunday', () => {
  it('Saturday 16:59 allowed; Saturday 17:00 denied, retry Monday 09:00 (Sunday is banned)', async () => {
    expect(only(await check({ to: RI, at: '2026-06-13T16:59:00-04:00' }), 'state.RI.calling-hours').outcome).toBe('allow');
    const v = only(await check({ to: RI, at: '2026-06-13T17:00:00-04:00' }), 'state.RI.calling-hours');
    expect(v).toMatchObject({ outcome: 'deny', code: 'outside_calling_hours' });
    expect(v.retryAt?.toISOString()).toBe(iso('2026-06-15T09:00:00-04:00'));
  });
  it('Saturday 09:59 denied until 10:00', async () => {
    const v = only(await check({ to: RI, at: '2026-06-13T09:59:00-04:00' }), 'state.RI.calling-hours');
    expect(v.retryAt?.toISOString()).toBe(iso('2026-06-13T10:00:00-04:00'));
  });
  it('Sunday: no calls, retryAt and nextPermittedAt Monday 09:00', async () => {
    const d = await check({ to: RI, at: '2026-06-14T12:00:00-04:00' });
    const v = only(d, 'state.RI.calling-hours');
    expect(v).toMatchObject({ outcome: 'deny', code: 'no_calls_on_day' });
    expect(v.retryAt?.toISOString()).toBe(iso('2026-06-15T09:00:00-04:00'));
    expect(d.nextPermittedAt?.toISOString()).toBe(iso('2026-06-15T09:00:00-04:00'));
  });
  it('weekday 18:00 denied', async () => {
    expect(only(await check({ to: RI, at: '2026-06-16T18:00:00-04:00' }), 'state.RI.calling-hours').outcome).toBe('deny');
  });
});

describe('SDCL 37-30-28: ATDS solicitations weekdays only, 09:00–21:00', () => {
  it('an autodialed call on Saturday is denied; retry Monday 09:00 in the later of the two candidate zones', async () => {
    const d = await check({ to: SD, at: '2026-06-13T12:00:00-05:00', callType: 'autodialed' });
    expect(d.intent.zones).toEqual(['America/Denver', 'America/North_Dakota/Center']);
    const v = only(d, 'state.SD.calling-hours');
    expect(v).toMatchObject({ outcome: 'deny', code: 'no_calls_on_day' });
    expect(v.retryAt?.toISOString()).toBe(iso('2026-06-15T09:00:00-06:00'));
  });
  it('a live call on Saturday is outside the ATDS rule', async () => {
    expect(verdicts(await check({ to: SD, at: '2026-06-13T12:00:00-05:00' }), 'state.SD.calling-hours')).toHaveLength(0);
  });
  it('Monday 09:30 Central = 08:30 Mountain: denied in the Mountain zone until 09:00 MDT', async () => {
    const v = only(await check({ to: SD, at: '2026-06-15T09:30:00-05:00', callType: 'autodialed' }), 'state.SD.calling-hours');
    expect(v.details).toMatchObject({ zone: 'America/Denver' });
    expect(v.retryAt?.toISOString()).toBe(iso('2026-06-15T09:00:00-06:00'));
  });
});

describe('Candidate states and zones (RULES.md §7: every candidate state applies, in every candidate zone)', () => {
  it('a Florida area code with an address in Georgia: Florida hours apply (501.616(6)(a))', async () => {
    const d = await check({ to: FL, at: '2026-03-10T20:30:00-04:00', address: { state: 'GA' } });
    expect(d.intent.states).toEqual(['FL', 'GA']);
    expect(only(d, 'state.FL.calling-hours').outcome).toBe('deny');
  });
  it('a Georgia number with a Florida address (Florida spans Eastern and Central): 07:30 CDT is denied until 08:00 CDT', async () => {
    const d = await check({ to: GA, at: '2026-03-10T07:30:00-05:00', address: { state: 'FL' } });
    expect(d.intent.zones).toEqual(['America/Chicago', 'America/New_York']);
    const v = only(d, 'state.FL.calling-hours');
    expect(v.details).toMatchObject({ zone: 'America/Chicago' });
    expect(v.retryAt?.toISOString()).toBe(iso('2026-03-10T08:00:00-05:00'));
  });
  it('same intent at 19:30 EDT (18:30 CDT) allowed; at 20:30 EDT denied, next permitted 08:00 CDT (the later opening)', async () => {
    expect(only(await check({ to: GA, at: '2026-03-10T19:30:00-04:00', address: { state: 'FL' } }), 'state.FL.calling-hours').outcome).toBe('allow');
    const d = await check({ to: GA, at: '2026-03-10T20:30:00-04:00', address: { state: 'FL' } });
    const v = only(d, 'state.FL.calling-hours');
    expect(v.details).toMatchObject({ zone: 'America/New_York' });
    // retryAt is a lower bound (the closed zone's opening); the engine's re-check lands on the opening in both zones.
    expect(v.retryAt?.toISOString()).toBe(iso('2026-03-11T08:00:00-04:00'));
    expect(d.nextPermittedAt?.toISOString()).toBe(iso('2026-03-11T08:00:00-05:00'));
  });
});

describe('Device and other provisions', () => {
  it('KRS 367.46955 (reported, unverified): live solicitation at 09:30 denied, marked unverified; prerecorded calls follow 08:00–21:00', async () => {
    const v = only(await check({ to: KY, at: '2026-06-16T09:30:00-04:00' }), 'state.KY.calling-hours');
    expect(v).toMatchObject({ outcome: 'deny', confidence: 'unverified' });
    expect(v.retryAt?.toISOString()).toBe(iso('2026-06-16T10:00:00-04:00'));
    expect(verdicts(await check({ to: KY, at: '2026-06-16T09:30:00-04:00', callType: 'prerecorded' }), 'state.KY.calling-hours')).toHaveLength(0);
  });
  it('Neb. Admin. Code tit. 291 ch. 11 (reported): prerecorded messages on Sunday 13:00–21:00', async () => {
    const v = only(await check({ to: NE, at: '2026-06-14T12:30:00-05:00', callType: 'prerecorded', purpose: 'informational' }), 'state.NE.calling-hours');
    expect(v.outcome).toBe('deny');
    expect(v.retryAt?.toISOString()).toBe(iso('2026-06-14T13:00:00-05:00'));
    expect(only(await check({ to: NE, at: '2026-06-14T13:00:00-05:00', callType: 'prerecorded', purpose: 'informational' }), 'state.NE.calling-hours').outcome).toBe('allow');
  });
  it('Neb. Rev. Stat. 86-244 to 86-256: ADAD messages other than solicitations 08:00–21:00 (07:30 Monday denied)', async () => {
    const v = only(await check({ to: NE, at: '2026-06-15T07:30:00-05:00', callType: 'prerecorded', purpose: 'debt-collection' }), 'state.NE.calling-hours');
    expect(v.outcome).toBe('deny');
    expect(v.retryAt?.toISOString()).toBe(iso('2026-06-15T08:00:00-05:00'));
  });
  it('10 M.R.S. 1498(3): ADAD solicitations weekdays 09:00–17:00 only', async () => {
    expect(only(await check({ to: ME, at: '2026-06-16T16:59:00-04:00', callType: 'prerecorded' }), 'state.ME.calling-hours').outcome).toBe('allow');
    const fri = only(await check({ to: ME, at: '2026-06-19T17:00:00-04:00', callType: 'prerecorded' }), 'state.ME.calling-hours');
    expect(fri.retryAt?.toISOString()).toBe(iso('2026-06-22T09:00:00-04:00'));
    const sat = only(await check({ to: ME, at: '2026-06-20T12:00:00-04:00', callType: 'prerecorded' }), 'state.ME.calling-hours');
    expect(sat).toMatchObject({ outcome: 'deny', code: 'no_calls_on_day' });
    expect(verdicts(await check({ to: ME, at: '2026-06-20T12:00:00-04:00' }), 'state.ME.calling-hours')).toHaveLength(0);
  });
  it('Cal. Pub. Util. Code 2872(c): ADAD calls 09:00–21:00 whatever the purpose (emergencies included: no exemption recorded); live calls untouched', async () => {
    const v = only(await check({ to: CA, at: '2026-06-16T08:30:00-07:00', callType: 'prerecorded', purpose: 'debt-collection' }), 'state.CA.calling-hours');
    expect(v.retryAt?.toISOString()).toBe(iso('2026-06-16T09:00:00-07:00'));
    expect(verdicts(await check({ to: CA, at: '2026-06-16T08:30:00-07:00' }), 'state.CA.calling-hours')).toHaveLength(0);
    expect(only(await check({ to: CA, at: '2026-06-16T08:30:00-07:00', callType: 'prerecorded', purpose: 'emergency' }), 'state.CA.calling-hours').outcome).toBe('deny');
  });
  it('Ala. Admin. Code r. 770-X-5-.17(1)(b): the applied provision carries its own mark (automated V, live unverified)', async () => {
    const auto = only(await check({ to: AL, at: '2026-06-16T20:30:00-05:00', callType: 'autodialed' }), 'state.AL.calling-hours');
    expect(auto.outcome).toBe('deny');
    expect((auto.details?.['provisions'] as { confidence: string }[]).map((p) => p.confidence)).toEqual(['V']);
    expect(auto.confidence).toBe('unverified'); // the rule's weakest provision
    const live = only(await check({ to: AL, at: '2026-06-16T20:30:00-05:00' }), 'state.AL.calling-hours');
    expect((live.details?.['provisions'] as { confidence: string }[]).map((p) => p.confidence)).toEqual(['unverified']);
  });
});
