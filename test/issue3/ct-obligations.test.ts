/**
 * Connecticut PA 23-98 (SB 1058), Conn. Gen. Stat. 42-288a, from 2023-10-01 (RULES.md §4.1 CT, §1.14):
 * a telephonic sales call must disclose identity, entity and purpose within 10 s, offer to continue,
 * end or be removed, and end within 10 s if asked. Returned as obligations by state.CT.call-obligations.
 */
import { describe, expect, it } from 'vitest';
import { createEngine, defaultRules, listRules, stateLaws, type Decision } from '../../src/index';
import { PHONE, at, tm } from './helpers';

const full = () => createEngine({ rules: defaultRules, seller: 'Firm', auditDecisions: false });
const ctObligations = (d: Decision) => d.obligations.filter((o) => o.rule === 'state.CT.call-obligations');

describe('Conn. Gen. Stat. 42-288a (PA 23-98): obligations of a permitted telephonic sales call', () => {
  it('2023-09-30 12:00 EDT: none; 2023-10-01 12:00 EDT: the three PA 23-98 duties, with the 10-second limits', async () => {
    const e = full();
    const before = await e.check(tm(PHONE.CT, at('CT', '2023-09-30', '12:00'), { lineType: 'landline' }));
    const after = await e.check(tm(PHONE.CT, at('CT', '2023-10-01', '12:00'), { lineType: 'landline' }));
    expect(before.allowed && after.allowed).toBe(true);
    expect(ctObligations(before)).toEqual([]);
    const got = ctObligations(after);
    expect(got.map((o) => o.code)).toEqual(['disclose_identity_and_purpose', 'offer_to_end_or_remove', 'end_call_on_request']);
    expect(got[0]).toMatchObject({ citation: 'Conn. Gen. Stat. 42-288a as amended by PA 23-98 (SB 1058)', details: { withinSeconds: 10, state: 'Connecticut' } });
    expect(got[2]!.details).toMatchObject({ withinSeconds: 10 });
  });

  it('local midnight decides: 2023-10-01 00:30 EDT is under the law (the call is denied by the hours, so it carries no obligations, but the rule is in force)', async () => {
    const e = full();
    // a permitted instant the same local day shows the law in force from its first minute
    const d = await e.check(tm(PHONE.CT, at('CT', '2023-10-01', '09:00'), { lineType: 'landline' }));
    expect(ctObligations(d)).toHaveLength(3);
    const night = await e.check(tm(PHONE.CT, at('CT', '2023-10-01', '00:30'), { lineType: 'landline' }));
    expect(night.allowed).toBe(false);
    expect(night.obligations).toEqual([]);
  });

  it('texts are outside the duties (they are about what is said on a call); informational calls too', async () => {
    const e = full();
    const text = await e.check(tm(PHONE.CT, at('CT', '2024-05-01', '12:00'), { channel: 'sms', lineType: 'landline' }));
    expect(ctObligations(text)).toEqual([]);
    const info = await e.check(tm(PHONE.CT, at('CT', '2024-05-01', '12:00'), { purpose: 'informational', lineType: 'landline' }));
    expect(ctObligations(info)).toEqual([]);
  });

  it('only Connecticut: a New York call at the same instant has none; a NY number with a CT address has them (every candidate state applies)', async () => {
    const e = full();
    const ny = await e.check(tm(PHONE.NY, at('NY', '2024-05-01', '12:00'), { lineType: 'landline' }));
    expect(ctObligations(ny)).toEqual([]);
    const nyWithCtAddress = await e.check(tm(PHONE.NY, at('NY', '2024-05-01', '12:00'), { lineType: 'landline', address: { state: 'CT' } }));
    expect(ctObligations(nyWithCtAddress)).toHaveLength(3);
  });

  it('the row carries the provision and the rule reference lists the rule, dated 2023-10-01, marked S', () => {
    const ct = stateLaws.find((l) => l.state === 'CT')!;
    expect(ct.callObligations).toHaveLength(1);
    expect(listRules().find((r) => r.id === 'state.CT.call-obligations')).toMatchObject({ effective: { from: '2023-10-01' }, confidence: 'S', needs: [] });
  });
});
