/**
 * Obligations attached to permitted calls: 47 CFR 64.1200(b), (a)(6)-(7), 64.1601(e); TSR 310.4(a)(8),
 * (b)(4); Reg F 1006.2(j). RULES.md §1.8-§1.10, §2, §3.
 */
import { describe, expect, it } from 'vitest';
import type { CallIntent, Decision } from '../../src/index';
import { NYC, intent, makeEngine, pec, pewc, verdictOf, verdictsOf } from './helpers';

const AT = '2026-06-10T12:00:00-04:00';
const codes = (d: Decision) => d.obligations.map((o) => o.code).sort();

async function decide(over: Partial<CallIntent>, consent: 'pec' | 'pewc' | 'none' = 'pewc') {
  const engine = makeEngine();
  if (consent === 'pec') await engine.consents.grant(pec(NYC, '2026-01-01T00:00:00Z'));
  if (consent === 'pewc') await engine.consents.grant(pewc(NYC, '2026-01-01T00:00:00Z'));
  const d = await engine.check(intent({ at: AT, callerId: '+12125550100', ...over }));
  expect(d.allowed, JSON.stringify(d.denials)).toBe(true);
  return d;
}

describe('prerecorded message content (47 CFR 64.1200(b))', () => {
  it('47 CFR 64.1200(b)(1)-(2): every prerecorded call must identify the caller at the start and state a callback number', async () => {
    const d = await decide({ callType: 'prerecorded', purpose: 'informational', lineType: 'wireless' }, 'pec');
    expect(codes(d)).toEqual(['identify_at_start', 'state_callback_number']);
    expect(d.obligations.find((o) => o.code === 'identify_at_start')?.citation).toBe('47 CFR 64.1200(b)(1)');
    expect(d.obligations.find((o) => o.code === 'state_callback_number')?.citation).toBe('47 CFR 64.1200(b)(2)');
  });

  it('47 CFR 64.1200(b)(3), 64.1200(a)(6), 64.1601(e): a prerecorded telemarketing call must also offer the interactive and voicemail opt-outs, ring 15 s and transmit caller ID', async () => {
    const d = await decide({ callType: 'prerecorded', purpose: 'telemarketing', lineType: 'wireless' });
    expect(codes(d)).toEqual(
      ['identify_at_start', 'identify_caller_and_seller', 'interactive_opt_out', 'ring_duration', 'state_callback_number', 'transmit_caller_id', 'voicemail_toll_free_opt_out'].sort(),
    );
    expect(d.obligations.find((o) => o.code === 'interactive_opt_out')?.citation).toBe('47 CFR 64.1200(b)(3)');
    expect(d.obligations.find((o) => o.code === 'transmit_caller_id')?.citation).toBe('47 CFR 64.1601(e)');
    expect(d.obligations.find((o) => o.code === 'ring_duration')?.citation).toMatch(/64\.1200\(a\)\(6\)/);
  });

  it('RULES.md §1.8 (extension, eff. 2023-07-20): an exempt prerecorded call to a residential line must offer the opt-outs from 2023-07-20', async () => {
    const after = await decide({ callType: 'prerecorded', purpose: 'informational', lineType: 'landline', at: '2023-07-20T12:00:00-04:00' }, 'none');
    // and (d)(4) (RULES.md §1.7: "extension to exempt prerecorded calls 2023-07-20")
    expect(codes(after)).toEqual(['identify_at_start', 'identify_caller_and_seller', 'interactive_opt_out', 'state_callback_number', 'voicemail_toll_free_opt_out']);
    const before = await decide({ callType: 'prerecorded', purpose: 'informational', lineType: 'landline', at: '2023-07-19T12:00:00-04:00' }, 'none');
    expect(codes(before)).toEqual(['identify_at_start', 'state_callback_number']);
  });

  it('47 CFR 64.1200(b): the message-content duties do not attach to texts or live calls', async () => {
    const sms = await decide({ callType: 'autodialed', channel: 'sms', purpose: 'informational', lineType: 'wireless' }, 'pec');
    expect(codes(sms)).toEqual([]);
    const liveCall = await decide({ callType: 'live', purpose: 'informational' }, 'none');
    expect(codes(liveCall)).toEqual([]);
  });
});

describe('telemarketing: ring duration, abandonment message, caller ID (RULES.md §1.9, §1.10, §2)', () => {
  it('47 CFR 64.1200(a)(6)-(7), 64.1601(e): an autodialed telemarketing call must ring 15 s, connect within 2 s or play the abandonment message, and transmit caller ID', async () => {
    const d = await decide({ callType: 'autodialed', purpose: 'telemarketing', lineType: 'wireless', campaignId: 'c1' });
    expect(codes(d)).toEqual(['abandonment_message', 'identify_caller_and_seller', 'ring_duration', 'transmit_caller_id']);
  });

  it('47 CFR 64.1200(a)(6), 64.1601(e): a live telemarketing call must ring 15 s and transmit caller ID', async () => {
    const d = await decide({ callType: 'live', purpose: 'telemarketing' }, 'none');
    expect(codes(d)).toEqual(['identify_caller_and_seller', 'ring_duration', 'transmit_caller_id']);
  });

  it('47 CFR 64.1200(d)(4) (RULES.md §1.7 [V]): every telemarketing call and text gives the caller\'s and the seller\'s names and a number or address; informational calls and texts do not carry it', async () => {
    for (const over of [{ callType: 'live' as const }, { callType: 'autodialed' as const, campaignId: 'c1' }, { callType: 'autodialed' as const, channel: 'sms' as const }]) {
      const d = await decide({ ...over, purpose: 'telemarketing', lineType: 'wireless' });
      const o = d.obligations.find((x) => x.code === 'identify_caller_and_seller');
      expect(o?.citation, JSON.stringify(over)).toBe('47 CFR 64.1200(d)(4)');
      expect(o?.description).toMatch(/name of the individual caller.*on whose behalf.*telephone number or address/);
    }
    expect(codes(await decide({ callType: 'live', purpose: 'informational' }, 'none'))).not.toContain('identify_caller_and_seller');
    expect(codes(await decide({ callType: 'autodialed', channel: 'sms', purpose: 'informational', lineType: 'wireless' }, 'pec'))).not.toContain('identify_caller_and_seller');
  });

  it('16 CFR 310.4(a)(8): a telemarketing call without a callerId is allowed with a tsr.caller-id warning', async () => {
    const engine = makeEngine();
    const d = await engine.check(intent({ callType: 'live', purpose: 'telemarketing', at: AT }));
    expect(d.allowed).toBe(true);
    const w = verdictOf(d, 'tsr.caller-id');
    expect(w).toMatchObject({ outcome: 'warn', code: 'caller_id_missing', citation: '16 CFR 310.4(a)(8)' });
    expect(d.warnings).toContainEqual(w);
    expect(d.denials).toEqual([]);
  });

  it('47 CFR 64.1601(e): a telemarketing text carries the caller-ID obligation, and without a callerId the tsr.caller-id warning (issue #2: any telemarketing intent), citing 64.1601(e)', async () => {
    const engine = makeEngine();
    await engine.consents.grant(pewc(NYC, '2026-01-01T00:00:00Z'));
    const d = await engine.check(intent({ callType: 'autodialed', channel: 'sms', purpose: 'telemarketing', at: AT }));
    expect(d.allowed).toBe(true);
    expect(d.obligations.map((o) => o.code)).toContain('transmit_caller_id');
    expect(verdictOf(d, 'tsr.caller-id')).toMatchObject({ outcome: 'warn', code: 'caller_id_missing', citation: '47 CFR 64.1601(e); 16 CFR 310.4(a)(8)', details: { channel: 'sms' } });
    const withId = await engine.check(intent({ callType: 'autodialed', channel: 'sms', purpose: 'telemarketing', at: AT, callerId: '+12125550100' }));
    expect(verdictOf(withId, 'tsr.caller-id')).toMatchObject({ outcome: 'allow', code: 'caller_id_present' });
  });

  it('16 CFR 310.4(a)(8): with a callerId there is no warning', async () => {
    const d = await decide({ callType: 'live', purpose: 'telemarketing' }, 'none');
    expect(verdictOf(d, 'tsr.caller-id')).toMatchObject({ outcome: 'allow', code: 'caller_id_present' });
    expect(d.warnings).toEqual([]);
  });

  it('RULES.md §2: tsr.caller-id does not apply to non-telemarketing calls', async () => {
    const engine = makeEngine();
    const d = await engine.check(intent({ callType: 'live', purpose: 'informational', at: AT }));
    expect(verdictsOf(d, 'tsr.caller-id')).toEqual([]);
  });
});

describe('Reg F limited-content voicemail (12 CFR 1006.2(j)) and text opt-out (12 CFR 1006.6(e))', () => {
  it('12 CFR 1006.2(j): a debt collection voice call carries the limited-content voicemail obligation ("voicemail only": a text never does)', async () => {
    const voice = await decide({ callType: 'live', purpose: 'debt-collection', subject: 'debt-1' }, 'none');
    expect(codes(voice)).toEqual(['limited_content_voicemail']);
    expect(voice.obligations[0]?.citation).toBe('12 CFR 1006.2(j)');
  });
  it('12 CFR 1006.6(e): a debt collection text must include a clear and simple opt-out', async () => {
    const sms = await decide({ callType: 'autodialed', channel: 'sms', purpose: 'debt-collection', subject: 'debt-1' }, 'pec');
    expect(codes(sms)).toEqual(['electronic_opt_out']);
    expect(sms.obligations[0]?.citation).toBe('12 CFR 1006.6(e)');
  });
  it('Regulation F in force 2021-11-30 (RULES.md §3): before it neither obligation is attached; from it both are', async () => {
    const before = await decide({ callType: 'live', purpose: 'debt-collection', subject: 'debt-1', at: '2021-11-29T12:00:00-05:00' }, 'none');
    expect(codes(before)).toEqual([]);
    const from = await decide({ callType: 'live', purpose: 'debt-collection', subject: 'debt-1', at: '2021-11-30T12:00:00-05:00' }, 'none');
    expect(codes(from)).toEqual(['limited_content_voicemail']);
    const textBefore = await decide({ callType: 'live', channel: 'sms', purpose: 'debt-collection', subject: 'debt-1', at: '2021-11-29T12:00:00-05:00' }, 'none');
    expect(codes(textBefore)).toEqual([]);
  });
});

describe('obligations of a denied call', () => {
  it('a denied decision carries no obligations', async () => {
    const engine = makeEngine();
    const d = await engine.check(intent({ callType: 'prerecorded', purpose: 'telemarketing', lineType: 'wireless', at: AT }));
    expect(d.allowed).toBe(false);
    expect(d.obligations).toEqual([]);
  });
});
