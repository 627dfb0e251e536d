/**
 * Findings of the independent review of the state rows (RULES.md §4.1, §4.3), each tested through
 * the public API on both sides: the call the finding showed allowed is now denied, and the call
 * the law still permits stays allowed.
 */
import { describe, expect, it } from 'vitest';
import { createEngine, defaultRules, states, type CallIntent, type ConsentGrant, type Engine } from '../../src/index';
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

/** A prior express written consent of the seller 'Firm' to automated marketing calls. */
const pewc = (phone: string): ConsentGrant => ({
  phone,
  kind: 'prior-express-written',
  evidence: { method: 'e-sign', capturedAt: '2026-01-05T00:00:00Z', signature: '/s/ Pat', disclosureText: 'I agree to automated marketing calls and texts from Firm.' },
});
/** Every built-in rule, seller 'Firm'. */
const full = (): Engine => createEngine({ rules: defaultRules, seller: 'Firm', auditDecisions: false });
/** A prerecorded telemarketing call to a client, with a caller ID and a campaign (the federal rules have nothing else to object to). */
const robo = (to: string, when: Date, over: Partial<CallIntent> = {}): CallIntent =>
  tm(to, when, { callType: 'prerecorded', relationship: 'client', callerId: '+12125550100', campaignId: 'review-2026', ...over });

describe('RULES.md §4.1 NM: prerecorded-message autodialing only with an EBR and the called person\'s consent (NMSA 57-12-22 [V])', () => {
  const T = at('NM', '2026-06-16', '12:00');
  const ID = 'state.NM.call-restrictions';
  it('RULES.md §4.1 NM (NMSA 57-12-22 [V]): a prerecorded solicitation with written consent but no EBR is denied (state_call_barred)', async () => {
    const e = full();
    await e.consents.grant(pewc(PHONE.NM));
    const d = await e.check(robo(PHONE.NM, T));
    const v = only(d, ID);
    expect(v).toMatchObject({ outcome: 'deny', code: 'state_call_barred', confidence: 'V', details: { state: 'New Mexico', missing: ['no established business relationship'] } });
    expect(v.citation).toContain('57-12-22');
    expect(v.reason).toBe(
      "New Mexico law allows prerecorded-message autodialed telephone solicitations only with an established business relationship and the called person's consent, and the records show no established business relationship.",
    );
    expect(d.allowed).toBe(false);
    expect(d.denials.map((x) => x.rule)).toEqual([ID]);
  });
  it('RULES.md §4.1 NM (NMSA 57-12-22 [V]): an EBR without consent is denied too', async () => {
    const e = engineOf(states);
    await e.relationships.record({ phone: PHONE.NM, kind: 'transaction', at: '2026-03-01T10:00:00-07:00' });
    const v = only(await e.check(robo(PHONE.NM, T)), ID);
    expect(v).toMatchObject({ outcome: 'deny', details: { missing: ['no consent of the called person covering the call'] } });
  });
  it('RULES.md §4.1 NM (NMSA 57-12-22 [V]): neither on file: both named as missing', async () => {
    const v = only(await engineOf(states).check(robo(PHONE.NM, T)), ID);
    expect(v.details?.['missing']).toEqual(['no established business relationship', 'no consent of the called person covering the call']);
  });
  it('RULES.md §4.1 NM (NMSA 57-12-22 [V]): with an EBR and consent the call is allowed (every rule)', async () => {
    const e = full();
    await e.consents.grant(pewc(PHONE.NM));
    await e.relationships.record({ phone: PHONE.NM, kind: 'transaction', at: '2026-03-01T10:00:00-07:00' });
    const d = await e.check(robo(PHONE.NM, T));
    expect(only(d, ID)).toMatchObject({ outcome: 'allow', code: 'state_call_conditions_met' });
    expect(only(d, ID).reason).toMatch(/^New Mexico law allows .* the records show established business relationship \(transaction on 2026-03-01\) and prior express consent on file/);
    expect(d.allowed).toBe(true);
  });
  it('RULES.md §4.1 NM (NMSA 57-12-22 [V]): an EBR that has lapsed (transaction over 18 months ago) no longer allows it', async () => {
    const e = engineOf(states);
    await e.consents.grant(pewc(PHONE.NM));
    await e.relationships.record({ phone: PHONE.NM, kind: 'transaction', at: '2024-11-01T10:00:00-07:00' });
    expect(only(await e.check(robo(PHONE.NM, T)), ID).outcome).toBe('deny');
  });
  it('RULES.md §4.1 NM (NMSA 57-12-22 [V]): live and autodialed solicitations and prerecorded informational calls are outside it', async () => {
    const e = engineOf(states);
    expect(verdicts(await e.check(tm(PHONE.NM, T)), ID)).toHaveLength(0);
    expect(verdicts(await e.check(tm(PHONE.NM, T, { callType: 'autodialed' })), ID)).toHaveLength(0);
    expect(verdicts(await e.check(robo(PHONE.NM, T, { purpose: 'informational' })), ID)).toHaveLength(0);
  });
  it('RULES.md §4.1 NM (NMSA 57-12-22 [V]): an address in New Mexico brings an out-of-state number under it', async () => {
    const v = only(await engineOf(states).check(robo(PHONE.NY, T, { address: { state: 'NM' } })), ID);
    expect(v.outcome).toBe('deny');
  });
});

describe('RULES.md §4.1 NE: ADAD solicitation calls barred to numbers on paging/cellular or other called-party-charged service (Neb. Rev. Stat. 86-244/-250/-256 [V])', () => {
  const T = at('NE', '2026-06-16', '12:00');
  const ID = 'state.NE.call-restrictions';
  it('RULES.md §4.1 NE (86-244/-250/-256 [V]): a prerecorded solicitation to a wireless Nebraska number with written consent and an EBR on file is denied (no exemption in RULES.md)', async () => {
    const e = full();
    await e.consents.grant(pewc(PHONE.NE));
    await e.relationships.record({ phone: PHONE.NE, kind: 'transaction', at: '2026-03-01T10:00:00-05:00' });
    const d = await e.check(robo(PHONE.NE, T, { lineType: 'wireless' }));
    const v = only(d, ID);
    expect(v).toMatchObject({ outcome: 'deny', code: 'state_call_barred', confidence: 'V', details: { state: 'Nebraska', lineType: 'wireless' } });
    expect(v.reason).toBe('Nebraska law bars ADAD solicitation calls to numbers on paging, cellular or other called-party-charged service (this number is a wireless line).');
    expect(d.allowed).toBe(false);
    expect(d.denials.map((x) => x.rule)).toEqual([ID]);
    expect(d.nextPermittedAt).toBeNull();
  });
  it('RULES.md §4.1 NE (86-244/-250/-256 [V]): an autodialed solicitation to a number of unknown line type or a VoIP line is denied too (read as wireless)', async () => {
    const e = engineOf(states);
    const unknown = only(await e.check(tm(PHONE.NE, T, { callType: 'autodialed' })), ID);
    expect(unknown).toMatchObject({ outcome: 'deny', details: { lineType: 'unknown' } });
    expect(unknown.reason).toContain('(this number is a line of unknown type, treated as wireless)');
    expect(only(await e.check(tm(PHONE.NE, T, { callType: 'autodialed', lineType: 'voip' })), ID).outcome).toBe('deny');
  });
  it('RULES.md §4.1 NE (86-244/-250/-256 [V]): the same call to a landline is allowed (every rule, with consent)', async () => {
    const e = full();
    await e.consents.grant(pewc(PHONE.NE));
    const d = await e.check(robo(PHONE.NE, T, { lineType: 'landline' }));
    expect(verdicts(d, ID)).toHaveLength(0);
    expect(d.allowed).toBe(true);
  });
  it('RULES.md §4.1 NE (86-244/-250/-256 [V]): live solicitations, ADAD calls that are not solicitations and texts are outside it', async () => {
    const e = engineOf(states);
    expect(verdicts(await e.check(tm(PHONE.NE, T, { lineType: 'wireless' })), ID)).toHaveLength(0);
    expect(verdicts(await e.check(robo(PHONE.NE, T, { lineType: 'wireless', purpose: 'informational' })), ID)).toHaveLength(0);
    expect(verdicts(await e.check(tm(PHONE.NE, T, { lineType: 'wireless', callType: 'autodialed', channel: 'sms' })), ID)).toHaveLength(0);
  });
});

describe('RULES.md §4.1 MI: telephone solicitation by recorded message prohibited (MCL 445.111a [V title]; MI AG [V])', () => {
  const T = at('MI', '2026-06-16', '12:00');
  const ID = 'state.MI.call-restrictions';
  it('RULES.md §4.1 MI (MCL 445.111a [V title]; MI AG [V]; marked S, the section text unread): a prerecorded solicitation is denied, even with written consent and an EBR (no exception recorded)', async () => {
    const e = full();
    await e.consents.grant(pewc(PHONE.MI));
    await e.relationships.record({ phone: PHONE.MI, kind: 'transaction', at: '2026-03-01T10:00:00-04:00' });
    for (const lineType of ['landline', 'wireless'] as const) {
      const d = await e.check(robo(PHONE.MI, T, { lineType }));
      const v = only(d, ID);
      expect(v).toMatchObject({ outcome: 'deny', code: 'state_call_barred', confidence: 'S', details: { state: 'Michigan' } });
      expect(v.citation).toContain('445.111a');
      expect(v.reason).toBe('Michigan law bars telephone solicitations by recorded message.');
      expect(d.denials.map((x) => x.rule)).toEqual([ID]);
    }
  });
  it('RULES.md §4.1 MI (MCL 445.111a): live and autodialed (live-agent) solicitations and prerecorded informational calls stay allowed', async () => {
    const e = full();
    await e.consents.grant(pewc(PHONE.MI));
    for (const over of [{ callType: 'live' }, { callType: 'autodialed' }, { purpose: 'informational' }] as const) {
      const d = await e.check(robo(PHONE.MI, T, { lineType: 'landline', ...over }));
      expect(verdicts(d, ID), JSON.stringify(over)).toHaveLength(0);
      expect(d.allowed, JSON.stringify(over)).toBe(true);
    }
  });
});

describe('Caps "to a party" counted per number and per subject (no person id): RULES.md §4.1 OR, §8 item 3 WA', () => {
  const ago = (t: Date, ms: number): Date => new Date(t.getTime() - ms);
  const HOUR = 3_600_000;
  const DAY = 24 * HOUR;
  const OR_OTHER = '(503) 555-0199';
  const WA_OTHER = '(206) 555-0199';
  const T_OR = at('OR', '2026-06-16', '12:00');
  const T_WA = at('WA', '2026-06-16', '12:00');
  const OR_ID = 'state.OR.call-frequency';
  const WA_ID = 'state.WA.call-frequency';
  const solicitation = (phone: string, when: Date, subject?: string) => ({ phone, at: when, callType: 'live' as const, purpose: 'telemarketing' as const, outcome: 'no-answer' as const, ...(subject ? { subject } : {}) });
  const collection = (phone: string, when: Date, subject?: string) => ({ ...solicitation(phone, when, subject), purpose: 'debt-collection' as const });

  it('RULES.md §4.1 OR (HB 3865 [S]: ≤3 telephone solicitations per 24 h to a party): 3 calls about the matter to the party\'s other number deny a 4th on this number about it', async () => {
    const e = engineOf(states);
    await e.attempts.record([3, 2, 1].map((h) => solicitation(OR_OTHER, ago(T_OR, h * HOUR), 'matter-7')));
    const v = only(await e.check(tm(PHONE.OR, T_OR, { subject: 'matter-7' })), OR_ID);
    expect(v).toMatchObject({ outcome: 'deny', code: 'limit_reached', details: { count: 3, limit: 3, countedBy: 'subject', per: 'number-or-subject', subject: 'matter-7' } });
    expect(v.reason).toBe('3 telephone solicitations to this party about this subject, on any number already in the 24 hours; the limit is 3.');
    expect(v.retryAt?.toISOString()).toBe(ago(T_OR, 3 * HOUR - DAY).toISOString()); // when the oldest leaves the 24 h
  });
  it('RULES.md §4.1 OR (HB 3865 [S]): the same three calls leave a call on another subject, or one with no subject, allowed (2 to this number allowed too)', async () => {
    const e = engineOf(states);
    await e.attempts.record([3, 2, 1].map((h) => solicitation(OR_OTHER, ago(T_OR, h * HOUR), 'matter-7')));
    await e.attempts.record([5, 4].map((h) => solicitation(PHONE.OR, ago(T_OR, h * HOUR), 'matter-9')));
    expect(only(await e.check(tm(PHONE.OR, T_OR, { subject: 'matter-8' })), OR_ID)).toMatchObject({ outcome: 'allow', details: { count: 2 } });
    expect(only(await e.check(tm(PHONE.OR, T_OR)), OR_ID)).toMatchObject({ outcome: 'allow', details: { count: 2, countedBy: 'number' } });
  });
  it('RULES.md §4.1 OR (HB 3865 [S]): 3 calls to this number on other subjects still deny (the per-number count)', async () => {
    const e = engineOf(states);
    await e.attempts.record([3, 2, 1].map((h) => solicitation(PHONE.OR, ago(T_OR, h * HOUR), `matter-${h}`)));
    expect(only(await e.check(tm(PHONE.OR, T_OR, { subject: 'matter-7' })), OR_ID)).toMatchObject({ outcome: 'deny', details: { countedBy: 'number' } });
  });
  it('RULES.md §4.1 OR (HB 3865 [S], "unless an established business relationship"): an EBR still exempts the party', async () => {
    const e = engineOf(states);
    await e.attempts.record([3, 2, 1].map((h) => solicitation(OR_OTHER, ago(T_OR, h * HOUR), 'matter-7')));
    await e.relationships.record({ phone: PHONE.OR, kind: 'transaction', at: '2026-03-01T10:00:00-08:00' });
    expect(only(await e.check(tm(PHONE.OR, T_OR, { subject: 'matter-7' })), OR_ID)).toMatchObject({ outcome: 'allow', code: 'not_applicable' });
  });
  it('RULES.md §8 item 3 WA (RCW 19.16.120 per DFI [S]: ≤3 communications/week): 3 communications about the debt to the debtor\'s other number deny a 4th on this number about it', async () => {
    const e = engineOf(states);
    await e.attempts.record([6, 4, 2].map((d) => collection(WA_OTHER, ago(T_WA, d * DAY), 'debt-1')));
    const v = only(await e.check(tm(PHONE.WA, T_WA, { purpose: 'debt-collection', subject: 'debt-1', numberUse: 'personal' })), WA_ID);
    expect(v).toMatchObject({ outcome: 'deny', code: 'limit_reached', details: { count: 3, countedBy: 'subject' } });
    expect(v.reason).toContain('debt-collection communications to this debtor about this subject, on any number');
    expect(v.retryAt?.toISOString()).toBe(ago(T_WA, 6 * DAY - 7 * DAY).toISOString());
  });
  it('RULES.md §8 item 3 WA (RCW 19.16.120 per DFI [S]): a communication about another debt is allowed; 3 on this number about any debts deny', async () => {
    const e = engineOf(states);
    await e.attempts.record([6, 4, 2].map((d) => collection(WA_OTHER, ago(T_WA, d * DAY), 'debt-1')));
    expect(only(await e.check(tm(PHONE.WA, T_WA, { purpose: 'debt-collection', subject: 'debt-2', numberUse: 'personal' })), WA_ID).outcome).toBe('allow');
    const e2 = engineOf(states);
    await e2.attempts.record([6, 4, 2].map((d) => collection(PHONE.WA, ago(T_WA, d * DAY), `debt-${d}`)));
    expect(only(await e2.check(tm(PHONE.WA, T_WA, { purpose: 'debt-collection', subject: 'debt-9', numberUse: 'personal' })), WA_ID)).toMatchObject({ outcome: 'deny', details: { countedBy: 'number' } });
  });
});

describe('RULES.md §4.3 NY (GBL 399-z(5-a) [S]): "to any person in a county/city/town/village under a declared state of emergency"', () => {
  const FROM = at('NY', '2026-01-20', '00:00');
  const TO = at('NY', '2026-01-23', '00:00');
  const AT = at('NY', '2026-01-21', '12:00');
  const ID = 'state.NY.emergency';
  async function declared(...counties: string[]) {
    const e = engineOf(states);
    await e.emergencies.declare({ state: 'NY', counties, from: FROM, to: TO });
    return e;
  }
  const inCounty = (county: string) => tm(PHONE.NY, AT, { address: { state: 'NY', county } });
  it('RULES.md §4.3 NY (GBL 399-z(5-a) [S]): a declaration naming a city (Buffalo) covers an address in Erie County (the engine cannot place the city: every New York address)', async () => {
    const e = await declared('Buffalo');
    const v = only(await e.check(inCounty('Erie')), ID);
    expect(v).toMatchObject({ outcome: 'deny', code: 'emergency_ban', details: { counties: ['Buffalo'] } });
    expect(v.retryAt?.toISOString()).toBe(TO.toISOString());
    expect(only(await e.check(inCounty('Suffolk County')), ID).outcome).toBe('deny');
    expect(only(await e.check(tm(PHONE.NY, AT)), ID).outcome).toBe('deny');
  });
  it('RULES.md §4.3 NY (GBL 399-z(5-a) [S]): a town, village or borough named as such covers every New York address too', async () => {
    for (const area of ['Town of Greene', 'Village of Scarsdale', 'Brooklyn', 'New York City']) {
      const e = await declared(area);
      expect(only(await e.check(inCounty('Albany')), ID).outcome, area).toBe('deny');
    }
  });
  it('RULES.md §4.3 NY (GBL 399-z(5-a) [S]): a bare "New York" (county, city or state) covers every address; "New York County" only Manhattan', async () => {
    expect(only(await (await declared('New York')).check(inCounty('Kings')), ID).outcome).toBe('deny');
    const e = await declared('New York County');
    expect(only(await e.check(inCounty('Kings')), ID)).toMatchObject({ outcome: 'allow', code: 'no_emergency' });
    expect(only(await e.check(inCounty('New York')), ID).outcome).toBe('deny');
  });
  it('RULES.md §4.3 NY (GBL 399-z(5-a) [S]): spellings are normalized ("St. Lawrence" = "Saint Lawrence County", case, "County of …")', async () => {
    const e = await declared('St. Lawrence');
    expect(only(await e.check(inCounty('Saint Lawrence County')), ID).outcome).toBe('deny');
    expect(only(await e.check(inCounty('ST LAWRENCE')), ID).outcome).toBe('deny');
    const e2 = await declared('County of Erie');
    expect(only(await e2.check(inCounty('erie county')), ID).outcome).toBe('deny');
  });
  it('RULES.md §4.3 NY (GBL 399-z(5-a) [S]): a declaration naming counties still leaves an address in another county allowed (Erie declared, Albany address)', async () => {
    const e = await declared('Erie', 'Niagara County');
    expect(only(await e.check(inCounty('Albany County')), ID)).toMatchObject({ outcome: 'allow', code: 'no_emergency' });
    expect(only(await e.check(inCounty('Niagara')), ID).outcome).toBe('deny');
  });
  it('RULES.md §4.3 NY (GBL 399-z(5-a) [S]): an address county that is not a New York county (a city in the county field) is read as unknown: covered', async () => {
    const e = await declared('Erie');
    expect(only(await e.check(inCounty('Buffalo')), ID).outcome).toBe('deny');
  });
  it('RULES.md §4.3 NY ("calls with consent or EBR are not unsolicited"): an EBR still allows the call under a city declaration', async () => {
    const e = await declared('Buffalo');
    await e.relationships.record({ phone: PHONE.NY, kind: 'transaction', at: '2025-09-01T12:00:00-04:00' });
    expect(only(await e.check(inCounty('Erie')), ID)).toMatchObject({ outcome: 'allow', code: 'not_applicable' });
  });
  it('RULES.md §4.3 LA (La. R.S. 45:844.31 [V]): parish names are normalized the same way ("St. Tammany" = "Saint Tammany Parish")', async () => {
    const e = engineOf(states);
    await e.emergencies.declare({ state: 'LA', counties: ['St. Tammany'], from: at('LA', '2026-08-24', '06:00'), to: at('LA', '2026-08-27', '15:00') });
    const when = at('LA', '2026-08-25', '10:00');
    expect(only(await e.check(tm(PHONE.LA, when, { address: { state: 'LA', county: 'Saint Tammany Parish' } })), 'state.LA.emergency').outcome).toBe('deny');
    expect(only(await e.check(tm(PHONE.LA, when, { address: { state: 'LA', county: 'Orleans Parish' } })), 'state.LA.emergency').outcome).toBe('allow');
  });
});
