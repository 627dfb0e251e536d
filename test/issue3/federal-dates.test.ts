/**
 * Both sides of the federal start dates RULES.md §1.14 gives that the dated-changes audit did not
 * cover: the FCC abandonment and ring rules (2003-10-01, 68 FR 44144), the telemarketer caller-ID
 * rule 47 CFR 64.1601(e) and its TSR counterpart (2004-01-29), and the 2018 text of ABA Model Rule
 * 7.3 (ethics.solicitation, 2018-08-06). Each is decided by the called party's local day.
 */
import { describe, expect, it } from 'vitest';
import { createEngine, defaultRules, type AttemptRecord } from '../../src/index';
import { at, tm, verdicts } from './helpers';

const full = () => createEngine({ rules: defaultRules, seller: 'Firm', auditDecisions: false });
/** A New York landline: no consent needed for a live call, no state rule stricter than federal. */
const NY = '+12127364100';
const ny = (date: string, time: string) => at('NY', date, time);

describe('RULES.md §1.14 2003-10-01 — 47 CFR 64.1200(a)(6)-(7) abandonment and ring rules (68 FR 44144)', () => {
  it('tcpa.abandonment: a campaign at 5% abandonment is not judged on 2003-09-30 and is denied on 2003-10-01', async () => {
    const e = full();
    const start = ny('2003-09-10', '12:00').getTime();
    const history: AttemptRecord[] = [];
    for (let k = 0; k < 100; k++) {
      history.push({ phone: `+1212736${String(5000 + k)}`, at: new Date(start + k * 60_000), callType: 'autodialed', purpose: 'telemarketing', campaignId: 'fall', outcome: k < 5 ? 'abandoned' : 'answered-live' });
    }
    await e.attempts.record(history);
    const intent = (date: string) => tm(NY, ny(date, '12:00'), { callType: 'autodialed', lineType: 'landline', campaignId: 'fall' });
    expect(verdicts(await e.check(intent('2003-09-30')), 'tcpa.abandonment')).toHaveLength(0);
    const after = verdicts(await e.check(intent('2003-10-01')), 'tcpa.abandonment');
    expect(after).toHaveLength(1);
    expect(after[0]!.outcome).toBe('deny');
  });

  it('tcpa.ring-duration: the 15-second / 4-ring obligation is absent on 2003-09-30 (local) and present on 2003-10-01', async () => {
    const e = full();
    const before = await e.check(tm(NY, ny('2003-09-30', '12:00'), { lineType: 'landline' }));
    const after = await e.check(tm(NY, ny('2003-10-01', '12:00'), { lineType: 'landline' }));
    expect(before.allowed).toBe(true);
    expect(after.allowed).toBe(true);
    expect(before.obligations.filter((o) => o.rule === 'tcpa.ring-duration')).toHaveLength(0);
    expect(after.obligations.filter((o) => o.rule === 'tcpa.ring-duration').length).toBeGreaterThan(0);
  });
});

describe('RULES.md §1.14 2004-01-29 — telemarketer caller ID, 47 CFR 64.1601(e) and 16 CFR 310.4(a)(8)', () => {
  it('tcpa.caller-id obligation and tsr.caller-id warning: none on 2004-01-28 at 23:30 local, both on 2004-01-29 at 00:30 local', async () => {
    const e = full();
    // at 23:30 and 00:30 the call is outside the calling hours: only the caller-ID verdicts are looked at
    const before = await e.check(tm(NY, ny('2004-01-28', '23:30'), { lineType: 'landline' }));
    const after = await e.check(tm(NY, ny('2004-01-29', '00:30'), { lineType: 'landline' }));
    expect(verdicts(before, 'tsr.caller-id')).toHaveLength(0);
    expect(verdicts(after, 'tsr.caller-id')).toEqual([expect.objectContaining({ outcome: 'warn' })]);
  });

  it('tcpa.caller-id: the transmit-caller-ID obligation of an allowed call appears on 2004-01-29', async () => {
    const e = full();
    const before = await e.check(tm(NY, ny('2004-01-28', '12:00'), { lineType: 'landline', callerId: '+12125550100' }));
    const after = await e.check(tm(NY, ny('2004-01-29', '12:00'), { lineType: 'landline', callerId: '+12125550100' }));
    expect(before.allowed && after.allowed).toBe(true);
    expect(before.obligations.filter((o) => o.rule === 'tcpa.caller-id')).toHaveLength(0);
    expect(after.obligations.filter((o) => o.rule === 'tcpa.caller-id')).toHaveLength(1);
  });
});

describe('ABA Model Rule 7.3(b) (2018 text, RULES.md §5): ethics.solicitation from 2018-08-06', () => {
  it('a live telemarketing call to a prospect: no ethics verdict on 2018-08-05, denied on 2018-08-06 (local days, New York)', async () => {
    const e = full();
    const call = (date: string) => tm(NY, ny(date, '12:00'), { lineType: 'landline', relationship: 'prospect' });
    expect(verdicts(await e.check(call('2018-08-05')), 'ethics.solicitation')).toHaveLength(0);
    const d = await e.check(call('2018-08-06'));
    expect(d.allowed).toBe(false);
    expect(d.denials.map((v) => v.rule)).toEqual(['ethics.solicitation']);
  });
  it('one day is one day: 2018-08-06 00:30 in New York is under the rule, 2018-08-05 23:30 is not', async () => {
    const e = full();
    const call = (date: string, time: string) => tm(NY, ny(date, time), { lineType: 'landline', relationship: 'prospect' });
    expect(verdicts(await e.check(call('2018-08-05', '23:30')), 'ethics.solicitation')).toHaveLength(0);
    expect(verdicts(await e.check(call('2018-08-06', '00:30')), 'ethics.solicitation')).toHaveLength(1);
  });
});
