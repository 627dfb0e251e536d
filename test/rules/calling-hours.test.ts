/**
 * Calling hours: tcpa.calling-hours (47 CFR 64.1200(c)(1)), tsr.calling-hours (16 CFR 310.4(c)),
 * regf.inconvenient-time (12 CFR 1006.6(b)(1)(i)); time zones of RULES.md §7.
 */
import { describe, expect, it } from 'vitest';
import type { CallIntent, Decision } from '../../src/index';
import { CHI, HNL, NYC, PHX, SJU, intent, makeEngine, ms, outcomeOf, rules, verdictOf } from './helpers';

const HOURS = rules('tcpa.calling-hours', 'tsr.calling-hours', 'regf.inconvenient-time');
const engine = makeEngine(HOURS);

const tm = (to: string, at: string, over: Partial<CallIntent> = {}) => engine.check(intent({ to, at, callType: 'live', purpose: 'telemarketing', ...over }));
const dc = (to: string, at: string, over: Partial<CallIntent> = {}) =>
  engine.check(intent({ to, at, callType: 'live', purpose: 'debt-collection', subject: 'debt-1', ...over }));

function expectHours(d: Decision, allowed: boolean, ruleIds = ['tcpa.calling-hours', 'tsr.calling-hours']) {
  for (const id of ruleIds) expect(outcomeOf(d, id), `${id} at ${d.intent.instant.toISOString()}`).toBe(allowed ? 'allow' : 'deny');
  expect(d.allowed).toBe(allowed);
}

describe('tcpa.calling-hours / tsr.calling-hours: 08:00-21:00 at the called party (RULES.md §1.5, §2)', () => {
  it('47 CFR 64.1200(c)(1), 16 CFR 310.4(c): a live telemarketing call at 08:00 local is allowed', async () => {
    const d = await tm(NYC, '2026-06-10T08:00:00-04:00');
    expectHours(d, true);
    expect(verdictOf(d, 'tcpa.calling-hours')).toMatchObject({ code: 'within_calling_hours', citation: '47 CFR 64.1200(c)(1)' });
    expect(verdictOf(d, 'tsr.calling-hours').citation).toBe('16 CFR 310.4(c)');
  });

  it('47 CFR 64.1200(c)(1), 16 CFR 310.4(c): a live telemarketing call at 07:59 local is denied, retry at 08:00', async () => {
    const d = await tm(NYC, '2026-06-10T07:59:00-04:00');
    expectHours(d, false);
    const v = verdictOf(d, 'tcpa.calling-hours');
    expect(v).toMatchObject({ outcome: 'deny', code: 'outside_calling_hours' });
    expect(v.details).toMatchObject({ localTime: '2026-06-10 07:59', zone: 'America/New_York', window: '08:00–21:00' });
    expect(v.retryAt?.toISOString()).toBe('2026-06-10T12:00:00.000Z');
    expect(d.nextPermittedAt?.toISOString()).toBe('2026-06-10T12:00:00.000Z');
  });

  it('47 CFR 64.1200(c)(1): 07:59:59.999 is still before 08:00', async () => {
    const d = await tm(NYC, '2026-06-10T07:59:59.999-04:00');
    expectHours(d, false);
    expect(d.nextPermittedAt?.toISOString()).toBe('2026-06-10T12:00:00.000Z');
  });

  it('47 CFR 64.1200(c)(1), 16 CFR 310.4(c): a live telemarketing call at 20:59 local is allowed', async () => {
    expectHours(await tm(NYC, '2026-06-10T20:59:00-04:00'), true);
    expectHours(await tm(NYC, '2026-06-10T20:59:59.999-04:00'), true);
  });

  it('47 CFR 64.1200(c)(1), 16 CFR 310.4(c): a live telemarketing call at 21:00 local is denied, retry at 08:00 the next day', async () => {
    const d = await tm(NYC, '2026-06-10T21:00:00-04:00');
    expectHours(d, false);
    expect(verdictOf(d, 'tcpa.calling-hours').details).toMatchObject({ localTime: '2026-06-10 21:00' });
    expect(d.nextPermittedAt?.toISOString()).toBe('2026-06-11T12:00:00.000Z');
  });

  it('47 CFR 64.1200(c)(1): the window applies to every technology and to texts (telephone solicitations)', async () => {
    for (const callType of ['autodialed', 'prerecorded', 'live'] as const) {
      for (const channel of ['voice', 'sms'] as const) {
        expect(outcomeOf(await tm(NYC, '2026-06-10T21:30:00-04:00', { callType, channel }), 'tcpa.calling-hours')).toBe('deny');
      }
    }
  });

  it('RULES.md §1.5: the (c)(1) window governs solicitations only; an informational call at 22:00 gets no hours verdict', async () => {
    for (const purpose of ['informational', 'healthcare', 'emergency'] as const) {
      const d = await tm(NYC, '2026-06-10T22:00:00-04:00', { purpose });
      expect(outcomeOf(d, 'tcpa.calling-hours')).toBe('none');
      expect(outcomeOf(d, 'tsr.calling-hours')).toBe('none');
      expect(d.allowed).toBe(true);
    }
  });

  it('RULES.md §2: the TSR does not reach debt collection calls (only Reg F hours apply)', async () => {
    const d = await dc(NYC, '2026-06-10T07:00:00-04:00');
    expect(outcomeOf(d, 'tsr.calling-hours')).toBe('none');
    expect(outcomeOf(d, 'tcpa.calling-hours')).toBe('none');
    expect(outcomeOf(d, 'regf.inconvenient-time')).toBe('deny');
  });

  it('47 CFR 64.1200(c)(1): at local midnight the call is denied and next permitted at 08:00 that day', async () => {
    const d = await tm(NYC, '2026-06-10T00:00:00-04:00');
    expectHours(d, false);
    expect(verdictOf(d, 'tcpa.calling-hours').details).toMatchObject({ localTime: '2026-06-10 00:00' });
    expect(d.nextPermittedAt?.toISOString()).toBe('2026-06-10T12:00:00.000Z');
  });

  it('47 CFR 64.1200(c)(1): at 23:59 local the call is next permitted at 08:00 the following day', async () => {
    const d = await tm(NYC, '2026-06-10T23:59:00-04:00');
    expect(d.nextPermittedAt?.toISOString()).toBe('2026-06-11T12:00:00.000Z');
  });

  it('47 CFR 64.1200(c)(1): without `at` the engine clock gives the instant (07:59 EDT denied, 08:00 allowed)', async () => {
    let now = new Date('2026-06-10T11:59:00Z');
    const clocked = makeEngine(HOURS, { clock: () => now });
    const { at: _at, ...noAt } = intent({ callType: 'live', purpose: 'telemarketing' });
    expectHours(await clocked.check(noAt), false);
    now = new Date('2026-06-10T12:00:00Z');
    const d = await clocked.check(noAt);
    expectHours(d, true);
    expect(d.intent.instant.toISOString()).toBe('2026-06-10T12:00:00.000Z');
  });

  it('47 CFR 64.1200(c)(1): on a year boundary (2026-12-31 21:00 EST) the call is next permitted 2027-01-01 08:00 EST', async () => {
    const d = await tm(NYC, '2026-12-31T21:00:00-05:00');
    expect(d.nextPermittedAt?.toISOString()).toBe('2027-01-01T13:00:00.000Z');
  });
});

describe('regf.inconvenient-time: 08:00-21:00 at the consumer\'s location, all media (RULES.md §3)', () => {
  for (const channel of ['voice', 'sms'] as const) {
    it(`12 CFR 1006.6(b)(1)(i): a debt collection ${channel} at 07:59 local is denied and at 08:00 allowed`, async () => {
      const early = await dc(NYC, '2026-06-10T07:59:00-04:00', { channel });
      expect(verdictOf(early, 'regf.inconvenient-time')).toMatchObject({ outcome: 'deny', code: 'outside_calling_hours' });
      expect(early.nextPermittedAt?.toISOString()).toBe('2026-06-10T12:00:00.000Z');
      const ok = await dc(NYC, '2026-06-10T08:00:00-04:00', { channel });
      expect(verdictOf(ok, 'regf.inconvenient-time')).toMatchObject({ outcome: 'allow' });
    });
    it(`12 CFR 1006.6(b)(1)(i): a debt collection ${channel} at 20:59 local is allowed and at 21:00 denied`, async () => {
      expect(outcomeOf(await dc(NYC, '2026-06-10T20:59:00-04:00', { channel }), 'regf.inconvenient-time')).toBe('allow');
      expect(outcomeOf(await dc(NYC, '2026-06-10T21:00:00-04:00', { channel }), 'regf.inconvenient-time')).toBe('deny');
    });
  }

  it('12 CFR 1006.6(b)(1)(i): the rule applies to autodialed and prerecorded collection calls too', async () => {
    for (const callType of ['autodialed', 'prerecorded'] as const) {
      expect(outcomeOf(await dc(NYC, '2026-06-10T21:15:00-04:00', { callType }), 'regf.inconvenient-time')).toBe('deny');
    }
  });

  it('RULES.md §3 (Reg F effective 2021-11-30): on 2021-11-30 a collection call at 21:00 local is denied', async () => {
    const d = await dc(NYC, '2021-11-30T21:00:00-05:00');
    expect(outcomeOf(d, 'regf.inconvenient-time')).toBe('deny');
  });

  it('regf.inconvenient-time does not govern telemarketing or informational calls', async () => {
    expect(outcomeOf(await tm(NYC, '2026-06-10T07:00:00-04:00'), 'regf.inconvenient-time')).toBe('none');
    expect(outcomeOf(await tm(NYC, '2026-06-10T07:00:00-04:00', { purpose: 'informational' }), 'regf.inconvenient-time')).toBe('none');
  });
});

describe('RULES.md §7: split area codes and conflicting locations', () => {
  it('RULES.md §7 (850): an 850 Central NXX (850-432) is closed at 08:30 ET while an Eastern 850 NXX (850-222) is open', async () => {
    const at = '2026-06-10T08:30:00-04:00'; // 07:30 CDT
    const central = await tm('+18504321234', at);
    expect(central.intent.zones).toEqual(['America/Chicago']);
    expectHours(central, false);
    expect(verdictOf(central, 'tcpa.calling-hours').details).toMatchObject({ zone: 'America/Chicago', localTime: '2026-06-10 07:30' });
    expect(central.nextPermittedAt?.toISOString()).toBe('2026-06-10T13:00:00.000Z'); // 08:00 CDT
    const eastern = await tm('+18502221234', at);
    expect(eastern.intent.zones).toEqual(['America/New_York']);
    expectHours(eastern, true);
  });

  it('RULES.md §7 (208): an unlisted 208 NXX gets both Mountain and Pacific, so the window must be open in both', async () => {
    const to = '+12082001234';
    const d1 = await tm(to, '2026-06-10T14:30:00Z'); // 08:30 MDT, 07:30 PDT
    expect(d1.intent.zones).toEqual(['America/Boise', 'America/Los_Angeles']);
    expectHours(d1, false);
    expect(verdictOf(d1, 'tcpa.calling-hours').details).toMatchObject({ zone: 'America/Los_Angeles' });
    expect(d1.nextPermittedAt?.toISOString()).toBe('2026-06-10T15:00:00.000Z'); // 08:00 PDT
    expectHours(await tm(to, '2026-06-10T15:00:00Z'), true); // 09:00 MDT, 08:00 PDT
    expectHours(await tm(to, '2026-06-11T02:59:00Z'), true); // 20:59 MDT
    const late = await tm(to, '2026-06-11T03:00:00Z'); // 21:00 MDT, 20:00 PDT
    expectHours(late, false);
    expect(verdictOf(late, 'tcpa.calling-hours').details).toMatchObject({ zone: 'America/Boise' });
    expect(late.nextPermittedAt?.toISOString()).toBe('2026-06-11T15:00:00.000Z');
  });

  it('RULES.md §7 example: area code in Eastern, address in Central -> intersection 09:00-21:00 ET (= 08:00-20:00 CT)', async () => {
    const address = { state: 'IL' as const };
    const at = (t: string) => `2026-06-10T${t}:00-04:00`;
    const d0 = await tm(NYC, at('08:59'), { address });
    expect(d0.intent.zones).toEqual(['America/Chicago', 'America/New_York']);
    expect(d0.intent.zoneSources).toEqual(['area-code', 'address']);
    expectHours(d0, false);
    expect(d0.nextPermittedAt?.toISOString()).toBe(new Date(ms(at('09:00'))).toISOString());
    expectHours(await tm(NYC, at('09:00'), { address }), true);
    expectHours(await tm(NYC, at('20:59'), { address }), true);
    const d3 = await tm(NYC, at('21:00'), { address });
    expectHours(d3, false);
    expect(d3.nextPermittedAt?.toISOString()).toBe('2026-06-11T13:00:00.000Z'); // 09:00 EDT next day
  });

  it('RULES.md §3 (conflicting location info) / §7: Reg F also uses every candidate location; an address ZIP in Chicago narrows a 212 number to 09:00-21:00 ET', async () => {
    const address = { zip: '60601' };
    const early = await dc(NYC, '2026-06-10T08:30:00-04:00', { address });
    expect(early.intent.zones).toEqual(['America/Chicago', 'America/New_York']);
    expect(verdictOf(early, 'regf.inconvenient-time')).toMatchObject({ outcome: 'deny' });
    expect(verdictOf(early, 'regf.inconvenient-time').details).toMatchObject({ zone: 'America/Chicago', localTime: '2026-06-10 07:30' });
    expect(outcomeOf(await dc(NYC, '2026-06-10T09:00:00-04:00', { address }), 'regf.inconvenient-time')).toBe('allow');
  });

  it('RULES.md §7: the same address zone as the area code leaves the window unchanged', async () => {
    const d = await tm(NYC, '2026-06-10T08:00:00-04:00', { address: { state: 'NY' } });
    expect(d.intent.zones).toEqual(['America/New_York']);
    expectHours(d, true);
  });
});

describe('RULES.md §7: zones without DST, territories, DST change days, leap day', () => {
  it('RULES.md §7 (Arizona, no DST): a 602 number in July at 08:00 MST is allowed', async () => {
    const d = await tm(PHX, '2026-07-15T08:00:00-07:00');
    expect(d.intent.zones).toEqual(['America/Phoenix']);
    expectHours(d, true);
  });

  it('RULES.md §7 (Arizona, no DST): in July 07:30 MST is denied (it would read 08:30 if DST were applied)', async () => {
    const d = await tm(PHX, '2026-07-15T14:30:00Z');
    expectHours(d, false);
    expect(verdictOf(d, 'tcpa.calling-hours').details).toMatchObject({ localTime: '2026-07-15 07:30' });
    expect(d.nextPermittedAt?.toISOString()).toBe('2026-07-15T15:00:00.000Z');
  });

  it('RULES.md §7 (Arizona, no DST): in July 20:30 MST is allowed and 21:00 MST denied', async () => {
    expectHours(await tm(PHX, '2026-07-16T03:30:00Z'), true);
    expectHours(await tm(PHX, '2026-07-16T04:00:00Z'), false);
  });

  it('RULES.md §7 (Arizona, no DST): in January 08:00 MST is 15:00Z as well', async () => {
    expectHours(await tm(PHX, '2026-01-15T15:00:00Z'), true);
    expectHours(await tm(PHX, '2026-01-15T14:59:00Z'), false);
  });

  it('RULES.md §7 (Hawaii, UTC-10, no DST): 08:00 HST is 18:00Z in January and in July', async () => {
    for (const day of ['2026-01-15', '2026-07-15']) {
      const ok = await tm(HNL, `${day}T18:00:00Z`);
      expect(ok.intent.zones).toEqual(['Pacific/Honolulu']);
      expectHours(ok, true);
      const early = await tm(HNL, `${day}T17:30:00Z`);
      expectHours(early, false);
      expect(verdictOf(early, 'tcpa.calling-hours').details).toMatchObject({ localTime: `${day} 07:30` });
    }
  });

  it('RULES.md §7 (Puerto Rico, UTC-4, no DST): in January 08:00 AST (12:00Z) is allowed while New York is at 07:00 EST', async () => {
    const pr = await tm(SJU, '2026-01-15T12:00:00Z');
    expect(pr.intent.zones).toEqual(['America/Puerto_Rico']);
    expectHours(pr, true);
    expectHours(await tm(NYC, '2026-01-15T12:00:00Z'), false);
    expectHours(await tm(SJU, '2026-01-15T11:59:00Z'), false);
    expectHours(await tm(SJU, '2026-07-15T00:59:00Z'), true); // 20:59 AST
    expectHours(await tm(SJU, '2026-07-15T01:00:00Z'), false); // 21:00 AST
  });

  it('RULES.md §7 (Guam, UTC+10): 08:00 ChST is 22:00Z the previous UTC day', async () => {
    const d = await tm('+16715551234', '2026-06-09T22:00:00Z');
    expect(d.intent.zones).toEqual(['Pacific/Guam']);
    expectHours(d, true);
    const early = await tm('+16715551234', '2026-06-09T21:59:00Z');
    expectHours(early, false);
    expect(verdictOf(early, 'tcpa.calling-hours').details).toMatchObject({ localTime: '2026-06-10 07:59' });
  });

  describe('DST start, 2026-03-08 (02:00 EST -> 03:00 EDT)', () => {
    it('47 CFR 64.1200(c)(1): 08:00 EDT (12:00Z) is allowed and 07:59 EDT denied', async () => {
      expectHours(await tm(NYC, '2026-03-08T12:00:00Z'), true);
      const d = await tm(NYC, '2026-03-08T11:59:00Z');
      expectHours(d, false);
      expect(verdictOf(d, 'tcpa.calling-hours').details).toMatchObject({ localTime: '2026-03-08 07:59' });
    });
    it('47 CFR 64.1200(c)(1): at 01:30 EST (before the change) the call is next permitted at 08:00 EDT = 12:00Z', async () => {
      const d = await tm(NYC, '2026-03-08T06:30:00Z');
      expectHours(d, false);
      expect(d.nextPermittedAt?.toISOString()).toBe('2026-03-08T12:00:00.000Z');
    });
    it('47 CFR 64.1200(c)(1): 20:59 EDT allowed, 21:00 EDT (01:00Z) denied', async () => {
      expectHours(await tm(NYC, '2026-03-09T00:59:00Z'), true);
      expectHours(await tm(NYC, '2026-03-09T01:00:00Z'), false);
    });
    it('47 CFR 64.1200(c)(1): Chicago switches the same day: 08:00 CDT = 13:00Z', async () => {
      expectHours(await tm(CHI, '2026-03-08T13:00:00Z'), true);
      expectHours(await tm(CHI, '2026-03-08T12:59:00Z'), false);
    });
    it('47 CFR 64.1200(c)(1): called the evening before (21:30 EST Sat), the next window opens Sunday 08:00 EDT', async () => {
      const d = await tm(NYC, '2026-03-07T21:30:00-05:00');
      expect(d.nextPermittedAt?.toISOString()).toBe('2026-03-08T12:00:00.000Z');
    });
  });

  describe('DST end, 2026-11-01 (02:00 EDT -> 01:00 EST)', () => {
    it('47 CFR 64.1200(c)(1): 08:00 EST (13:00Z) is allowed and 07:59 EST denied', async () => {
      expectHours(await tm(NYC, '2026-11-01T13:00:00Z'), true);
      expectHours(await tm(NYC, '2026-11-01T12:59:00Z'), false);
    });
    it('47 CFR 64.1200(c)(1): 07:30 EST (12:30Z) is denied (it would read 08:30 with the summer offset)', async () => {
      const d = await tm(NYC, '2026-11-01T12:30:00Z');
      expectHours(d, false);
      expect(verdictOf(d, 'tcpa.calling-hours').details).toMatchObject({ localTime: '2026-11-01 07:30' });
      expect(d.nextPermittedAt?.toISOString()).toBe('2026-11-01T13:00:00.000Z');
    });
    it('47 CFR 64.1200(c)(1): during both 01:30s (EDT and EST) the call is next permitted at 08:00 EST = 13:00Z', async () => {
      for (const at of ['2026-11-01T05:30:00Z', '2026-11-01T06:30:00Z']) {
        const d = await tm(NYC, at);
        expect(verdictOf(d, 'tcpa.calling-hours').details).toMatchObject({ localTime: '2026-11-01 01:30' });
        expect(d.nextPermittedAt?.toISOString()).toBe('2026-11-01T13:00:00.000Z');
      }
    });
    it('47 CFR 64.1200(c)(1): 20:59 EST (01:59Z) allowed, 21:00 EST (02:00Z) denied', async () => {
      expectHours(await tm(NYC, '2026-11-02T01:59:00Z'), true);
      expectHours(await tm(NYC, '2026-11-02T02:00:00Z'), false);
    });
    it('47 CFR 64.1200(c)(1): called the evening before (21:30 EDT Sat), the next window opens Sunday 08:00 EST', async () => {
      const d = await tm(NYC, '2026-10-31T21:30:00-04:00');
      expect(d.nextPermittedAt?.toISOString()).toBe('2026-11-01T13:00:00.000Z');
    });
  });

  describe('leap day 2028-02-29', () => {
    it('47 CFR 64.1200(c)(1): 08:00 EST on 2028-02-29 is allowed, 07:59 denied', async () => {
      expectHours(await tm(NYC, '2028-02-29T08:00:00-05:00'), true);
      const d = await tm(NYC, '2028-02-29T07:59:00-05:00');
      expectHours(d, false);
      expect(verdictOf(d, 'tcpa.calling-hours').details).toMatchObject({ localTime: '2028-02-29 07:59', date: '2028-02-29' });
    });
    it('47 CFR 64.1200(c)(1): at 21:00 on 2028-02-28 the next window is 2028-02-29 08:00', async () => {
      const d = await tm(NYC, '2028-02-28T21:00:00-05:00');
      expect(d.nextPermittedAt?.toISOString()).toBe('2028-02-29T13:00:00.000Z');
    });
    it('47 CFR 64.1200(c)(1): at 21:00 on 2028-02-29 the next window is 2028-03-01 08:00', async () => {
      const d = await tm(NYC, '2028-02-29T21:00:00-05:00');
      expect(d.nextPermittedAt?.toISOString()).toBe('2028-03-01T13:00:00.000Z');
    });
  });
});

describe('regf.inconvenient-time before Regulation F: 15 U.S.C. 1692c(a)(1), in force since 1978-03-20 (FDCPA § 818)', () => {
  const collect = (at: string) => intent({ callType: 'live', purpose: 'debt-collection', at });
  const engine = makeEngine(HOURS);
  it('15 U.S.C. 1692c(a)(1): a 2020 debt-collection call at 21:30 local is denied, citing the statute alone', async () => {
    const v = verdictOf(await engine.check(collect('2020-06-01T21:30:00-04:00')), 'regf.inconvenient-time');
    expect(v).toMatchObject({ outcome: 'deny', code: 'outside_calling_hours', citation: '15 U.S.C. 1692c(a)(1)' });
  });
  it('12 CFR 1006.6(b)(1)(i): from 2021-11-30 the verdict cites Regulation F too', async () => {
    const before = verdictOf(await engine.check(collect('2021-11-29T21:30:00-05:00')), 'regf.inconvenient-time');
    const after = verdictOf(await engine.check(collect('2021-11-30T21:30:00-05:00')), 'regf.inconvenient-time');
    expect(before.citation).toBe('15 U.S.C. 1692c(a)(1)');
    expect(after.citation).toBe('12 CFR 1006.6(b)(1)(i); 15 U.S.C. 1692c(a)(1)');
  });
  it('12 CFR 1006.6(b)(1)(i): with zones on both sides of 2021-11-30 (Pacific 11-29, Eastern 11-30), Regulation F is cited', async () => {
    // 2021-11-30T05:30Z: 21:30 PST on the 29th (a Los Angeles number), 00:30 EST on the 30th (an address in New York)
    const d = await engine.check(intent({ to: '(213) 555-0123', callType: 'live', purpose: 'debt-collection', at: '2021-11-30T05:30:00Z', address: { state: 'NY' } }));
    expect(d.intent.zones).toEqual(['America/Los_Angeles', 'America/New_York']);
    expect(verdictOf(d, 'regf.inconvenient-time').citation).toBe('12 CFR 1006.6(b)(1)(i); 15 U.S.C. 1692c(a)(1)');
  });
  it('FDCPA § 818: no verdict the day before 1978-03-20; in force that day', async () => {
    expect(outcomeOf(await engine.check(collect('1978-03-19T22:00:00-05:00')), 'regf.inconvenient-time')).toBe('none');
    expect(outcomeOf(await engine.check(collect('1978-03-20T22:00:00-05:00')), 'regf.inconvenient-time')).toBe('deny');
  });
});
