/**
 * Miss. Code 77-3-603(a) (RULES.md §4.1, MS row: "08:00–21:00 CST under 77-3-603"): unsolicited
 * telephonic sales calls to a residential number between 08:00 and 21:00 Central STANDARD Time,
 * no calls on Sundays. Read literally (the stricter reading), Central Standard Time is UTC−6 all
 * year: under daylight saving time the window is 09:00–22:00 CDT. Together with 77-3-723(1)
 * (08:00–20:00 local, no Sunday), a solicitation may go out 08:00–20:00 CST in winter and
 * 09:00–20:00 CDT in summer. The oracle below computes that with Temporal, not with src/time.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { Temporal } from '@js-temporal/polyfill';
import { stateLaws } from '../../src/index';
import { PHONE, engineOf, local, only, tm } from './helpers';

const engine = engineOf();
const CHI = 'America/Chicago';
const ms = (date: string, time: string) => engine.check(tm(PHONE.MS, local(CHI, date, time)));

describe('Miss. Code 77-3-603(a): 08:00–21:00 Central Standard Time, read as UTC−6 all year', () => {
  it('the MS row carries the provision with its fixed clock, citation and S mark', () => {
    const p = stateLaws.find((r) => r.state === 'MS')!.hours.find((h) => h.citation.includes('77-3-603'))!;
    expect(p).toMatchObject({ fixedClock: { utcOffsetMinutes: -360, label: 'CST' }, confidence: 'S', weekday: { start: '08:00', end: '21:00' }, sunday: null });
  });

  it('winter (CST): Tue 2026-01-13 07:59 denied with retry 08:00, 08:00 allowed, 19:59 allowed, 20:00 denied (77-3-723(1))', async () => {
    const early = only(await ms('2026-01-13', '07:59'), 'state.MS.calling-hours');
    expect(early).toMatchObject({ outcome: 'deny', code: 'outside_calling_hours' });
    expect(early.retryAt?.toISOString()).toBe(local(CHI, '2026-01-13', '08:00').toISOString());
    expect((await ms('2026-01-13', '08:00')).allowed).toBe(true);
    expect((await ms('2026-01-13', '19:59')).allowed).toBe(true);
    expect((await ms('2026-01-13', '20:00')).allowed).toBe(false);
  });

  it('summer (CDT): Tue 2026-06-16 08:30 CDT (07:30 CST) denied, retry 09:00 CDT; 09:00 CDT allowed', async () => {
    const v = only(await ms('2026-06-16', '08:30'), 'state.MS.calling-hours');
    expect(v).toMatchObject({ outcome: 'deny', code: 'outside_calling_hours' });
    expect(v.citation).toContain('77-3-603');
    expect(v.retryAt?.toISOString()).toBe('2026-06-16T14:00:00.000Z'); // 09:00 CDT = 08:00 CST = 14:00Z
    expect((await ms('2026-06-16', '09:00')).allowed).toBe(true);
  });

  it('DST start (Sun 2026-03-08, banned anyway): Sat 03-07 08:00 CST allowed; Mon 03-09 08:59 CDT denied, 09:00 CDT allowed', async () => {
    expect((await ms('2026-03-07', '08:00')).allowed).toBe(true);
    expect((await ms('2026-03-08', '12:00')).allowed).toBe(false);
    expect((await ms('2026-03-09', '08:59')).allowed).toBe(false);
    expect((await ms('2026-03-09', '09:00')).allowed).toBe(true);
  });

  it('DST end (Sun 2026-11-01): Sat 10-31 08:59 CDT denied (07:59 CST); Sat 11-07 08:00 CST allowed; Sat 10-31 Sunday-ban retry is Mon 11-02 08:00 CST', async () => {
    const d = await ms('2026-10-31', '20:30');
    expect(d.allowed).toBe(false);
    expect(d.nextPermittedAt?.toISOString()).toBe(local(CHI, '2026-11-02', '08:00').toISOString());
    expect((await ms('2026-10-31', '08:59')).allowed).toBe(false);
    expect((await ms('2026-11-07', '08:00')).allowed).toBe(true);
  });

  it('debt collection and informational calls are outside the provision (telephonic sales calls only)', async () => {
    const d = await engine.check(tm(PHONE.MS, local(CHI, '2026-06-16', '08:30'), { purpose: 'informational' }));
    expect(d.verdicts.filter((v) => v.rule === 'state.MS.calling-hours')).toHaveLength(0);
  });

  it('property (Temporal oracle): for random instants 2024–2030 the MS hours verdict is allow exactly when the local day is not Sunday, the local time is in 08:00–20:00 and the UTC−6 time is in 08:00–21:00', async () => {
    const from = Date.parse('2024-01-01T00:00:00Z');
    const to = Date.parse('2030-12-31T00:00:00Z');
    await fc.assert(
      fc.asyncProperty(fc.integer({ min: from / 60_000, max: to / 60_000 }), async (minute) => {
        const instant = Temporal.Instant.fromEpochMilliseconds(minute * 60_000);
        const loc = instant.toZonedDateTimeISO(CHI);
        const cst = instant.toZonedDateTimeISO('-06:00');
        const lm = loc.hour * 60 + loc.minute;
        const cm = cst.hour * 60 + cst.minute;
        const expected = loc.dayOfWeek !== 7 && lm >= 8 * 60 && lm < 20 * 60 && cm >= 8 * 60 && cm < 21 * 60;
        const v = only(await engine.check(tm(PHONE.MS, new Date(minute * 60_000))), 'state.MS.calling-hours');
        expect(v.outcome, `${loc.toString()} / ${cst.toPlainTime().toString()} CST`).toBe(expected ? 'allow' : 'deny');
      }),
      { numRuns: 2000, seed: 20261130 },
    );
  });
});
