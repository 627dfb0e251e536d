/**
 * A natural-voice introduction before a recorded message (RULES.md §4.1): California, "ADAD only
 * with the called person's prior agreement or after an unrecorded natural-voice introduction" (Cal.
 * Pub. Util. Code 2873 [V], 2874 [S]); Nevada, "natural-voice intro with nature of call, name,
 * address, number before message (unless preexisting business relationship)" (NRS 597.814 [V]).
 * Returned as an obligation by state.CA / state.NV.call-obligations, waived by the fact each names.
 */
import { describe, expect, it } from 'vitest';
import { createEngine, defaultRules, type CallIntent, type Decision } from '../../src/index';

const LA = '(213) 555-0123';
const LV = '(702) 555-0123';
const NOON = '2026-06-10T12:00:00-07:00'; // 12:00 PDT: inside CA's and NV's 09:00-21:00 device hours
const full = () => createEngine({ rules: defaultRules, seller: 'Firm', auditDecisions: false });
const intro = (d: Decision) => d.obligations.filter((o) => o.code === 'natural_voice_introduction');
const recorded = (to: string, over: Partial<CallIntent> = {}): CallIntent => ({ to, callType: 'prerecorded', purpose: 'informational', lineType: 'landline', at: NOON, ...over });

describe('Cal. Pub. Util. Code 2873-2874: a natural-voice introduction unless the called person agreed in advance', () => {
  it('a prerecorded informational call to a California landline without consent carries the introduction', async () => {
    const d = await full().check(recorded(LA));
    expect(d.allowed).toBe(true);
    expect(intro(d)).toEqual([expect.objectContaining({ rule: 'state.CA.call-obligations', citation: 'Cal. Pub. Util. Code 2873; 2874', details: { state: 'California' } })]);
  });

  it('a consent of the seller covering the call is the prior agreement: no introduction', async () => {
    const e = full();
    await e.consents.grant({ phone: LA, kind: 'prior-express', evidence: { method: 'verbal', capturedAt: '2026-01-05T10:00:00-08:00' } });
    const d = await e.check(recorded(LA));
    expect(d.allowed).toBe(true);
    expect(intro(d)).toEqual([]);
  });

  it('live calls and texts play no recorded message: no introduction', async () => {
    const e = full();
    expect(intro(await e.check(recorded(LA, { callType: 'live' })))).toEqual([]);
    await e.consents.grant({ phone: LA, kind: 'prior-express', evidence: { method: 'verbal', capturedAt: '2026-01-05T10:00:00-08:00' } });
    expect(intro(await e.check(recorded(LA, { callType: 'autodialed', channel: 'sms', lineType: 'wireless' })))).toEqual([]);
  });
});

describe('NRS 597.814: a natural-voice introduction unless a preexisting business relationship', () => {
  it('without an EBR record the Nevada call carries it; with a transaction within 18 months it does not', async () => {
    const e = full();
    const d = await e.check(recorded(LV));
    expect(d.allowed).toBe(true);
    expect(intro(d)).toEqual([expect.objectContaining({ rule: 'state.NV.call-obligations', citation: 'NRS 597.814' })]);
    expect(intro(d)[0]!.description).toMatch(/nature of the call and the name, address and telephone number/);
    await e.relationships.record({ phone: LV, kind: 'transaction', at: '2026-01-05T10:00:00-08:00' });
    expect(intro(await e.check(recorded(LV)))).toEqual([]);
  });

  it('a consent is not a business relationship in Nevada: the introduction is still owed', async () => {
    const e = full();
    await e.consents.grant({ phone: LV, kind: 'prior-express', evidence: { method: 'verbal', capturedAt: '2026-01-05T10:00:00-08:00' } });
    expect(intro(await e.check(recorded(LV)))).toHaveLength(1);
  });

  it('a denied call carries no obligations (at 22:00 the Nevada device hours deny it)', async () => {
    const d = await full().check(recorded(LV, { at: '2026-06-10T22:00:00-07:00' }));
    expect(d.allowed).toBe(false);
    expect(d.obligations).toEqual([]);
  });
});
