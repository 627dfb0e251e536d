/**
 * Audit of "time and law change together" (RULES.md §1.14 timeline; §4.1 rows): each dated change is
 * checked on both sides of its date with the rules a user gets (`defaultRules`), so the decision —
 * not only the state rule — flips on the date. Also: the FCC 24-24 revocation change (2025-04-11)
 * at its boundary, and the rows that have nothing stricter than federal law give no state verdict.
 */
import { describe, expect, it } from 'vitest';
import { createEngine, defaultRules, stateLaws, states, type AttemptRecord } from '../../src/index';
import { HOUR, PHONE, ZONE, at, engineOf, local, only, stateVerdicts, tm, verdicts, type St } from './helpers';

const full = () => createEngine({ rules: defaultRules, seller: 'Firm', auditDecisions: false });

const solicitation = (st: St, when: Date, subject: string, over: Partial<AttemptRecord> = {}): AttemptRecord => ({
  phone: PHONE[st],
  at: when,
  callType: 'live',
  purpose: 'telemarketing',
  outcome: 'no-answer',
  subject,
  ...over,
});

describe('RULES.md §1.14 2021-07-01 — Fla. Stat. 501.616(6)(a)–(b) (SB 1120): 08:00–20:00 and ≤3 per 24 h', () => {
  it('2021-06-30 20:30 EDT: a live solicitation is allowed (federal 08:00–21:00 governs); 2021-07-01 20:30 EDT: denied by Florida', async () => {
    const e = full();
    const before = await e.check(tm(PHONE.FL, at('FL', '2021-06-30', '20:30')));
    expect(before.allowed).toBe(true);
    expect(verdicts(before, 'state.FL.calling-hours')).toHaveLength(0);
    const after = await e.check(tm(PHONE.FL, at('FL', '2021-07-01', '20:30')));
    expect(after.allowed).toBe(false);
    expect(after.denials.map((v) => v.rule)).toEqual(['state.FL.calling-hours']);
    expect(after.nextPermittedAt?.toISOString()).toBe(at('FL', '2021-07-02', '08:00').toISOString());
  });
  it('local midnight: 2021-07-01 00:30 EDT is already under the new law (the call is next permitted 08:00, not 21:00 the day before)', async () => {
    const d = await full().check(tm(PHONE.FL, at('FL', '2021-07-01', '00:30')));
    expect(only(d, 'state.FL.calling-hours').outcome).toBe('deny');
  });
  it('the 4th solicitation on one subject in 24 h: allowed on 2021-06-30, denied on 2021-07-01 (calls 3, 2 and 1 hours earlier)', async () => {
    for (const [date, allowed] of [['2021-06-30', true], ['2021-07-01', false]] as const) {
      const e = full();
      const t = at('FL', date, '15:00');
      await e.attempts.record([3, 2, 1].map((h) => solicitation('FL', new Date(t.getTime() - h * HOUR), 'roof')));
      const d = await e.check(tm(PHONE.FL, t, { subject: 'roof' }));
      expect(d.allowed, date).toBe(allowed);
      if (!allowed) expect(d.denials.map((v) => v.rule)).toEqual(['state.FL.call-frequency']);
    }
  });
});

describe('RULES.md §1.14 2022-11-01 — Oklahoma Telephone Solicitation Act (15 O.S. 775C): 08:00–20:00 and ≤3 per 24 h', () => {
  it('2022-10-31 20:30 CDT allowed; 2022-11-01 20:30 CDT denied', async () => {
    const e = full();
    expect((await e.check(tm(PHONE.OK, at('OK', '2022-10-31', '20:30')))).allowed).toBe(true);
    const d = await e.check(tm(PHONE.OK, at('OK', '2022-11-01', '20:30')));
    expect(d.denials.map((v) => v.rule)).toEqual(['state.OK.calling-hours']);
  });
  it('the 4th solicitation on one subject in 24 h: allowed on 2022-10-31, denied on 2022-11-01', async () => {
    for (const [date, allowed] of [['2022-10-31', true], ['2022-11-01', false]] as const) {
      const e = full();
      const t = at('OK', date, '15:00');
      await e.attempts.record([3, 2, 1].map((h) => solicitation('OK', new Date(t.getTime() - h * HOUR), 'hvac')));
      expect((await e.check(tm(PHONE.OK, t, { subject: 'hvac' }))).allowed, date).toBe(allowed);
    }
  });
});

describe('RULES.md §1.14 2023-10-01 — Connecticut PA 23-98: 09:00–20:00', () => {
  it('2023-09-30 08:30 EDT allowed; 2023-10-01 08:30 EDT denied until 09:00', async () => {
    const e = full();
    expect((await e.check(tm(PHONE.CT, at('CT', '2023-09-30', '08:30')))).allowed).toBe(true);
    const d = await e.check(tm(PHONE.CT, at('CT', '2023-10-01', '08:30')));
    expect(d.denials.map((v) => v.rule)).toEqual(['state.CT.calling-hours']);
    expect(d.nextPermittedAt?.toISOString()).toBe(at('CT', '2023-10-01', '09:00').toISOString());
  });
  it('2023-09-30 20:30 EDT allowed (old federal window); 2023-10-01 20:30 EDT denied', async () => {
    const e = full();
    expect((await e.check(tm(PHONE.CT, at('CT', '2023-09-30', '20:30')))).allowed).toBe(true);
    expect((await e.check(tm(PHONE.CT, at('CT', '2023-10-01', '20:30')))).allowed).toBe(false);
  });
  it('a call refused at 21:30 on 2023-09-30 is next permitted at 09:00 on 2023-10-01: the next opening uses the law in force then', async () => {
    const d = await full().check(tm(PHONE.CT, at('CT', '2023-09-30', '21:30')));
    expect(d.denials.map((v) => v.rule)).toEqual(expect.arrayContaining(['tcpa.calling-hours', 'tsr.calling-hours']));
    expect(d.nextPermittedAt?.toISOString()).toBe(at('CT', '2023-10-01', '09:00').toISOString());
  });
});

describe('RULES.md §1.14 2024-01-01 — Maryland Stop the Spam Calls Act (Com. Law 14-4502(c)): 08:00–20:00 and ≤3 per 24 h, calls and texts', () => {
  it('2023-12-31 20:30 EST allowed; 2024-01-01 20:30 EST denied', async () => {
    const e = full();
    expect((await e.check(tm(PHONE.MD, at('MD', '2023-12-31', '20:30')))).allowed).toBe(true);
    expect((await e.check(tm(PHONE.MD, at('MD', '2024-01-01', '20:30')))).denials.map((v) => v.rule)).toEqual(['state.MD.calling-hours']);
  });
  it('three texts then a call on one subject: allowed on 2023-12-31, denied on 2024-01-01', async () => {
    for (const [date, allowed] of [['2023-12-31', true], ['2024-01-01', false]] as const) {
      const e = full();
      const t = at('MD', date, '15:00');
      await e.attempts.record([3, 2, 1].map((h) => solicitation('MD', new Date(t.getTime() - h * HOUR), 'solar', { channel: 'sms', callType: 'autodialed' })));
      const d = await e.check(tm(PHONE.MD, t, { subject: 'solar' }));
      expect(d.allowed, date).toBe(allowed);
    }
  });
});

describe('RULES.md §1.14 2025-09-01 — Texas SB 140: texts are telephone solicitations (Mon–Sat 09:00–21:00, Sun 12:00–21:00)', () => {
  const states_ = engineOf(states);
  it('a text at 08:30 on Sat 2025-08-30 gets no Texas verdict; at 08:30 on Sat 2025-09-06 it is denied until 09:00', async () => {
    const before = await states_.check(tm(PHONE.TX, at('TX', '2025-08-30', '08:30'), { callType: 'autodialed', channel: 'sms' }));
    expect(verdicts(before, 'state.TX.calling-hours')).toHaveLength(0);
    const after = await states_.check(tm(PHONE.TX, at('TX', '2025-09-06', '08:30'), { callType: 'autodialed', channel: 'sms' }));
    const v = only(after, 'state.TX.calling-hours');
    expect(v).toMatchObject({ outcome: 'deny', code: 'outside_calling_hours' });
    expect(v.citation).toContain('SB 140');
    expect(v.retryAt?.toISOString()).toBe(at('TX', '2025-09-06', '09:00').toISOString());
  });
  it('the first day: a text at 08:30 on Mon 2025-09-01 (Labor Day) is denied; at 08:30 on Sun 2025-08-31 it is not', async () => {
    expect(only(await states_.check(tm(PHONE.TX, at('TX', '2025-09-01', '08:30'), { callType: 'autodialed', channel: 'sms' })), 'state.TX.calling-hours').outcome).toBe('deny');
    expect(verdicts(await states_.check(tm(PHONE.TX, at('TX', '2025-08-31', '08:30'), { callType: 'autodialed', channel: 'sms' })), 'state.TX.calling-hours')).toHaveLength(0);
  });
  it('with defaultRules and PEWC on file, a Sunday 11:00 text is allowed on 2025-08-31 and denied on 2025-09-07', async () => {
    const e = full();
    await e.consents.grant({
      phone: PHONE.TX,
      kind: 'prior-express-written',
      evidence: { method: 'e-sign', capturedAt: '2025-01-02T10:00:00-06:00', signature: 'J. Doe', disclosureText: 'I agree to receive autodialed marketing texts from Firm. Not a condition of purchase.' },
    });
    const text = (d: Date) => tm(PHONE.TX, d, { callType: 'autodialed', channel: 'sms' });
    const before = await e.check(text(at('TX', '2025-08-31', '11:00')));
    expect(before.allowed, JSON.stringify(before.denials.map((v) => v.rule))).toBe(true);
    const after = await e.check(text(at('TX', '2025-09-07', '11:00')));
    expect(after.denials.map((v) => v.rule)).toEqual(['state.TX.calling-hours']);
    expect(after.nextPermittedAt?.toISOString()).toBe(at('TX', '2025-09-07', '12:00').toISOString());
  });
});

describe('RULES.md §1.14 2026-01-01 — Oregon HB 3865 (20:00 close, ≤3 per 24 h)', () => {
  it('2025-12-31 20:30 PST allowed; 2026-01-01 20:30 PST denied (defaultRules)', async () => {
    const e = full();
    expect((await e.check(tm(PHONE.OR, at('OR', '2025-12-31', '20:30')))).allowed).toBe(true);
    expect((await e.check(tm(PHONE.OR, at('OR', '2026-01-01', '20:30')))).denials.map((v) => v.rule)).toEqual(['state.OR.calling-hours']);
  });
});

describe('RULES.md §1.7, §1.14 2025-04-11 — FCC 24-24: revocations honored within 10 business days (was 30 days)', () => {
  it('47 CFR 64.1200(a)(10), (d)(3): received 2025-04-10 23:59 EDT → 30 days; received 2025-04-11 00:00 EDT → 10 business days', async () => {
    const e = full();
    const late = await e.consents.revoke({ phone: PHONE.NY, via: 'sms', text: 'STOP', at: '2025-04-10T23:59:00-04:00' });
    expect(late.honorBy.toISOString()).toBe(new Date(Date.parse('2025-04-10T23:59:00-04:00') + 30 * 86_400_000).toISOString());
    const first = await e.consents.revoke({ phone: PHONE.NY, via: 'sms', text: 'STOP', at: '2025-04-11T00:00:00-04:00' });
    // Fri 04-11 is day 0; 14,15,16,17,18,21,22,23,24,25 → end of Fri 2025-04-25 EDT.
    expect(first.honorBy.toISOString()).toBe('2025-04-26T03:59:59.999Z');
    expect(first.honorBy.getTime()).toBeLessThan(late.honorBy.getTime());
  });
  it('a STOP reply (per-se revocation, 64.1200(a)(10)) after 2025-04-11 blocks the next autodialed text at once, whatever the honoring deadline', async () => {
    const e = full();
    await e.consents.grant({
      phone: PHONE.NY,
      kind: 'prior-express-written',
      evidence: { method: 'e-sign', capturedAt: '2025-01-02T10:00:00-05:00', signature: 'J. Doe', disclosureText: 'I agree to receive autodialed marketing texts from Firm. Not a condition of purchase.' },
    });
    const text = tm(PHONE.NY, '2025-04-14T12:00:00-04:00', { callType: 'autodialed', channel: 'sms' });
    expect((await e.check(text)).allowed).toBe(true);
    await e.optOuts.fromMessage({ phone: PHONE.NY, text: 'Stop', channel: 'sms', at: '2025-04-14T11:00:00-04:00' });
    const d = await e.check(text);
    expect(d.allowed).toBe(false);
    expect(d.denials.map((v) => v.rule)).toEqual(expect.arrayContaining(['tcpa.revocation']));
  });
});

describe('rows with nothing stricter than federal law (RULES.md §4.1 note) give no state verdict', () => {
  const plain = stateLaws.filter((r) => !states.some((rule) => rule.jurisdiction === r.state)).map((r) => r.state as St);

  it('the set is the federal-only rows plus those whose provisions only restate the federal window', () => {
    expect(plain).toEqual(['AK', 'AR', 'AZ', 'CO', 'DC', 'DE', 'GA', 'HI', 'IA', 'ID', 'IL', 'KS', 'MO', 'MT', 'NC', 'ND', 'NH', 'OH', 'VA', 'VT', 'WV']);
  });

  for (const st of plain) {
    it(`${st}: 20:30 on a weekday, noon on a Sunday and on Christmas, a 4th same-subject call and a number on state:${st} — allowed, no state.* verdict`, async () => {
      const e = full();
      await e.suppressions.add(`state:${st}`, PHONE[st]);
      const zone = ZONE[st];
      const t = local(zone, '2026-06-16', '20:30');
      await e.attempts.record([3, 2, 1].map((h) => solicitation(st, new Date(t.getTime() - h * HOUR), 's')));
      for (const when of [t, local(zone, '2026-06-21', '12:00'), local(zone, '2026-12-25', '12:00')]) {
        const d = await e.check(tm(PHONE[st], when, { subject: 's' }));
        expect(stateVerdicts(d), `${st} ${when.toISOString()}`).toEqual([]);
        expect(d.allowed, `${st} ${when.toISOString()} ${JSON.stringify(d.denials.map((v) => v.rule))}`).toBe(true);
      }
    });
  }

  it('Kansas explicitly (RULES.md §4.1 note: no solicitation-hours statute): 20:59 allowed, 21:00 denied by the federal rules only', async () => {
    const e = full();
    expect((await e.check(tm(PHONE.KS, at('KS', '2026-06-16', '20:59')))).allowed).toBe(true);
    const d = await e.check(tm(PHONE.KS, at('KS', '2026-06-16', '21:00')));
    expect(d.denials.map((v) => v.rule).sort()).toEqual(['tcpa.calling-hours', 'tsr.calling-hours']);
  });
});
