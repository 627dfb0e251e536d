/**
 * Findings of the 2026-11-30 review of the federal packs against RULES.md §1 and §5, each a test
 * on both sides: the case the rule forbids and the case that stays allowed.
 */
import fc from 'fast-check';
import { Temporal } from '@js-temporal/polyfill';
import { describe, expect, it } from 'vitest';
import { addMonthsToDay } from '../../src/rules/shared';
import { canonicalSubject } from '../../src/index';
import { createEngine, defaultRules, ethics, memoryStorage, type CallIntent } from '../../src/index';
import { denialSummary, FEDERAL, makeEngine, NYC, outcomeOf, verdictOf } from './helpers';

const GUAM = '(671) 646-0123';
const pewc = (phone: string, capturedAt: string) => ({
  phone,
  kind: 'prior-express-written' as const,
  evidence: { method: 'e-sign' as const, capturedAt, signature: '/s/ Jane Doe', disclosureText: 'I agree that Firm may call me with autodialed and prerecorded calls; not a condition of purchase.' },
});
const pec = (phone: string, capturedAt: string) => ({ phone, kind: 'prior-express' as const, evidence: { method: 'verbal' as const, capturedAt } });

describe('a revocation binds exempt prerecorded calls to residential lines from 2023-07-20 (47 CFR 64.1200(a)(3)(ii)-(v), (d); FCC 20-186; RULES.md §1.3, §1.7)', () => {
  const call = (at: string, purpose: CallIntent['purpose'] = 'debt-collection'): CallIntent => ({ to: NYC, callType: 'prerecorded', purpose, subject: 'D-1', lineType: 'landline', at });

  it('RULES.md §1.7 ("Company-DNC duties also apply to exempted prerecorded residential calls"): "stop calling me" denies the next prerecorded debt-collection call to a landline', async () => {
    const e = makeEngine(FEDERAL);
    await e.consents.revoke({ phone: NYC, via: 'voice', text: 'stop calling me', at: '2026-06-01T12:00:00-04:00' });
    const d = await e.check(call('2026-06-22T12:00:00-04:00'));
    expect(verdictOf(d, 'tcpa.revocation')).toMatchObject({ outcome: 'deny', code: 'consent_revoked' });
    // informational and health-care calls alike
    expect(outcomeOf(await e.check(call('2026-06-22T12:00:00-04:00', 'informational')), 'tcpa.revocation')).toBe('deny');
    expect(outcomeOf(await e.check(call('2026-06-22T12:00:00-04:00', 'healthcare')), 'tcpa.revocation')).toBe('deny');
  });

  it('47 CFR 64.1200(a)(3) before FCC 20-186 took effect (2023-07-19): an exempt call was not bound by a revocation; a new consent after it counts again', async () => {
    const e = makeEngine(FEDERAL);
    await e.consents.revoke({ phone: NYC, via: 'voice', text: 'stop calling me', at: '2023-07-01T12:00:00-04:00' });
    expect(outcomeOf(await e.check(call('2023-07-19T12:00:00-04:00')), 'tcpa.revocation')).toBe('none');
    expect(outcomeOf(await e.check(call('2023-07-20T12:00:00-04:00')), 'tcpa.revocation')).toBe('deny');
    await e.consents.grant(pec(NYC, '2023-08-01T12:00:00-04:00'));
    expect(verdictOf(await e.check(call('2023-08-02T12:00:00-04:00')), 'tcpa.revocation')).toMatchObject({ outcome: 'allow', code: 'consent_on_file' });
  });

  it('47 CFR 64.1200(a)(12) covers one text: a prerecorded voice "confirmation" after a revocation is a call the revocation denies', async () => {
    const e = makeEngine(FEDERAL);
    await e.consents.revoke({ phone: NYC, via: 'voice', text: 'stop', at: '2026-06-01T12:00:00-04:00' });
    const d = await e.check({ to: NYC, callType: 'prerecorded', purpose: 'opt-out-confirmation', lineType: 'landline', at: '2026-06-01T12:01:00-04:00' });
    expect(outcomeOf(d, 'tcpa.revocation')).toBe('deny');
  });
});

describe('prerecorded opt-out confirmations by voice are exempt calls, capped (47 CFR 64.1200(a)(3)(iii); RULES.md §1.3 "≤3 / 30 days")', () => {
  it('a 4th prerecorded confirmation call in 30 days to a landline is denied; the 3rd is allowed', async () => {
    const e = makeEngine(FEDERAL);
    const rec = (dd: string) => ({ phone: NYC, at: `2026-06-${dd}T12:00:00-04:00`, callType: 'prerecorded' as const, purpose: 'opt-out-confirmation' as const, outcome: 'voicemail' as const });
    await e.attempts.record([rec('01'), rec('02')]);
    const call: CallIntent = { to: NYC, callType: 'prerecorded', purpose: 'opt-out-confirmation', lineType: 'landline', at: '2026-06-05T12:00:00-04:00' };
    expect(outcomeOf(await e.check(call), 'tcpa.exempt-call-limit')).toBe('allow');
    await e.attempts.record(rec('03'));
    expect(verdictOf(await e.check(call), 'tcpa.exempt-call-limit')).toMatchObject({ outcome: 'deny', code: 'limit_reached' });
  });
});

describe('Florida 4-7.18(a): only a family or prior professional relationship excepts a telephone solicitation (RULES.md §5 [V])', () => {
  const call = (relationship: CallIntent['relationship'], to = '(305) 555-0123'): CallIntent => ({ to, callType: 'live', purpose: 'telemarketing', lineType: 'landline', relationship, at: '2026-06-10T12:00:00-04:00' });

  it('a lawyer or a business user (Model Rule 7.3(b)(1), (3) exceptions) is a prospect by telephone in Florida', async () => {
    const e = createEngine({ rules: [...ethics], seller: 'Firm', auditDecisions: false });
    for (const rel of ['lawyer', 'business-user'] as const) {
      const v = verdictOf(await e.check(call(rel)), 'ethics.solicitation');
      expect(v).toMatchObject({ outcome: 'deny', code: 'attorney_telephone_solicitation', citation: 'R. Regulating Fla. Bar 4-7.18(a)' });
      expect(v.reason).toContain(`a ${rel} included`);
    }
  });

  it('clients, former clients and family stay allowed in Florida; a lawyer stays allowed in New York (Model Rule 7.3(b)(1))', async () => {
    const e = createEngine({ rules: [...ethics], seller: 'Firm', auditDecisions: false });
    for (const rel of ['client', 'former-client', 'family'] as const) expect((await e.check(call(rel))).allowed, rel).toBe(true);
    expect(verdictOf(await e.check(call('lawyer', NYC)), 'ethics.solicitation')).toMatchObject({ outcome: 'allow', code: 'solicitation_permitted' });
  });
});

describe('dated federal duties start on the called party\'s local day, in every candidate zone (RULES.md §1.14; the engine\'s latest-local-day rule for binding law)', () => {
  it('FCC 12-21 (PEWC from 2013-10-16): at 09:00 on 2013-10-16 in Guam (still 2013-10-15 in New York) oral consent no longer covers an autodialed telemarketing call to a wireless number', async () => {
    const e = makeEngine(FEDERAL);
    await e.consents.grant(pec(GUAM, '2013-01-05T12:00:00+10:00'));
    const base = { to: GUAM, callType: 'autodialed', purpose: 'telemarketing', lineType: 'wireless', callerId: '6716460100' } as const;
    expect(verdictOf(await e.check({ ...base, at: '2013-10-16T09:00:00+10:00' }), 'tcpa.consent')).toMatchObject({ outcome: 'deny', code: 'written_consent_required' });
    expect(verdictOf(await e.check({ ...base, at: '2013-10-15T21:00:00+10:00' }), 'tcpa.consent')).toMatchObject({ outcome: 'allow', code: 'consent_on_file' });
  });

  it('FCC 20-186 (2023-07-20): at 09:00 on 2023-07-20 in Guam an exempt prerecorded call to a number on the internal list is denied; the evening before it is not covered', async () => {
    const e = makeEngine(FEDERAL);
    await e.suppressions.add('internal', GUAM);
    const base = { to: GUAM, callType: 'prerecorded', purpose: 'informational', lineType: 'landline' } as const;
    expect(verdictOf(await e.check({ ...base, at: '2023-07-20T09:00:00+10:00' }), 'tcpa.internal-dnc')).toMatchObject({ outcome: 'deny', code: 'on_internal_dnc' });
    expect(outcomeOf(await e.check({ ...base, at: '2023-07-19T20:00:00+10:00' }), 'tcpa.internal-dnc')).toBe('none');
  });
});

describe('EBR windows by calendar date (47 CFR 64.1200(f)(5): "within the eighteen (18) months immediately preceding the date of the telephone call"; three months for inquiries)', () => {
  const onNational = async () => {
    const e = makeEngine(FEDERAL);
    await e.suppressions.add('national', NYC);
    return e;
  };
  const live = (at: string): CallIntent => ({ to: NYC, callType: 'live', purpose: 'telemarketing', lineType: 'landline', callerId: '2127360100', at });

  it('a purchase on 2024-08-31 at 10:00 covers the whole of 2026-02-28 (its time of day does not end it early), not 2026-03-01', async () => {
    const e = await onNational();
    await e.relationships.record({ phone: NYC, kind: 'transaction', at: '2024-08-31T10:00:00-04:00' });
    const d = await e.check(live('2026-02-28T20:00:00-05:00'));
    expect(denialSummary(d)).toEqual([]);
    expect(verdictOf(d, 'tcpa.national-dnc').details).toMatchObject({ kind: 'transaction', since: '2024-08-31', until: '2026-02-28' });
    expect(denialSummary(await e.check(live('2026-03-01T09:00:00-05:00')))).toEqual(['tcpa.national-dnc:on_national_dnc']);
  });

  it('an inquiry on 2027-11-30 at 15:00 covers leap day 2028-02-29 at 16:00, not 2028-03-01', async () => {
    const e = await onNational();
    await e.relationships.record({ phone: NYC, kind: 'inquiry', at: '2027-11-30T15:00:00-05:00' });
    expect(denialSummary(await e.check(live('2028-02-29T16:00:00-05:00')))).toEqual([]);
    expect(denialSummary(await e.check(live('2028-03-01T09:00:00-05:00')))).toEqual(['tcpa.national-dnc:on_national_dnc']);
  });

  it('an exemption holds only on every candidate zone\'s calendar: an inquiry at 00:30 Eastern on 2026-02-01 is still 2026-01-31 in Central, so it covers calls through 2026-04-30', async () => {
    // 850-201: Eastern; with an address in Florida the call also has Central (Pensacola)
    const e = makeEngine(FEDERAL);
    const to = '(850) 201-0123';
    await e.suppressions.add('national', to);
    await e.relationships.record({ phone: to, kind: 'inquiry', at: '2026-02-01T00:30:00-05:00' });
    const call = (at: string, address = true): CallIntent => ({ to, callType: 'live', purpose: 'telemarketing', lineType: 'landline', callerId: '2127360100', ...(address ? { address: { state: 'FL' } } : {}), at });
    // Central: 2026-01-31 + 3 months = 2026-04-30 (clamped); Eastern: 2026-02-01 + 3 months = 2026-05-01
    const d = await e.check(call('2026-04-30T20:00:00-04:00'));
    expect(denialSummary(d)).toEqual([]);
    expect(verdictOf(d, 'tcpa.national-dnc').details).toMatchObject({ until: '2026-04-30' });
    expect(denialSummary(await e.check(call('2026-05-01T09:30:00-04:00')))).toEqual(['tcpa.national-dnc:on_national_dnc']);
    // Eastern alone (no address): covered on 2026-05-01
    expect(denialSummary(await e.check(call('2026-05-01T09:30:00-04:00', false)))).toEqual([]);
  });

  it('the defaults agree: with every built-in rule the same purchase allows the call on 2026-02-28', async () => {
    const e = createEngine({ rules: defaultRules, seller: 'Firm', auditDecisions: false });
    await e.suppressions.add('national', NYC);
    await e.relationships.record({ phone: NYC, kind: 'transaction', at: '2024-08-31T10:00:00-04:00' });
    expect(outcomeOf(await e.check({ ...live('2026-02-28T12:00:00-05:00'), relationship: 'client' }), 'tcpa.national-dnc')).toBe('allow');
  });
});

describe('calendar months (the EBR windows)', () => {
  it('addMonthsToDay equals Temporal.PlainDate.add({ months }) with the day constrained, 1970-2100, -24..24 months (oracle: the Temporal polyfill)', () => {
    const epoch = Temporal.PlainDate.from('1970-01-01');
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 47_000 }), fc.integer({ min: -24, max: 24 }), (day, months) => {
        const expected = epoch.add({ days: day }).add({ months }, { overflow: 'constrain' });
        expect(addMonthsToDay(day, months)).toBe(epoch.until(expected, { largestUnit: 'days' }).days);
      }),
      { numRuns: 3000, seed: 1130 },
    );
  });
});

describe('debts are named in one canonical form (12 CFR 1006.14(b)(2); RULES.md §3 "counts are per debt, across all of the person\'s numbers")', () => {
  const rec = (dd: string, subject: string) => ({ phone: NYC, at: `2026-06-${dd}T10:00:00-04:00`, callType: 'live' as const, purpose: 'debt-collection' as const, subject, outcome: 'no-answer' as const });
  const call = (subject: string): CallIntent => ({ to: NYC, callType: 'live', purpose: 'debt-collection', lineType: 'landline', subject, at: '2026-06-07T12:00:00-04:00' });

  it('"ACCT-1", "ACCT-1 ", "acct-1" and "ACCT\u00a01"-style spellings are one debt: the 8th call in 7 days is denied whatever the spelling of either side', async () => {
    const e = makeEngine(FEDERAL);
    await e.attempts.record(['01', '02', '03', '04'].map((dd) => rec(dd, 'ACCT-1')));
    await e.attempts.record(['05', '06', '07'].map((dd) => rec(dd, ' acct-1 ')));
    for (const subject of ['ACCT-1', 'ACCT-1 ', 'acct-1', 'Acct-1\u200b']) {
      expect(verdictOf(await e.check(call(subject)), 'regf.call-frequency'), subject).toMatchObject({ outcome: 'deny', code: 'limit_reached' });
    }
    expect(outcomeOf(await e.check(call('ACCT-2')), 'regf.call-frequency')).toBe('allow');
  });

  it('a restriction filed under one spelling binds calls under another (12 CFR 1006.6(b)(2))', async () => {
    const e = makeEngine(FEDERAL);
    await e.debtCollection.restrict({ kind: 'represented-by-counsel', subject: 'Debt-2641 ', at: '2026-06-01T10:00:00-04:00' });
    expect(outcomeOf(await e.check(call('DEBT-2641')), 'regf.communication-restrictions')).toBe('deny');
  });

  it('a blank debt name (spaces, invisible characters) is an InvalidInputError naming subject, in a check and in the ledger', async () => {
    const e = makeEngine(FEDERAL);
    await expect(e.check(call(' '))).rejects.toMatchObject({ name: 'InvalidInputError', issues: [{ path: ['subject'] }] });
    await expect(e.check(call('\u200b'))).rejects.toMatchObject({ name: 'InvalidInputError' });
    await expect(e.attempts.record(rec('01', '  '))).rejects.toMatchObject({ name: 'InvalidInputError', issues: [{ path: ['subject'] }] });
  });

  it('the ASCII fast path gives the full canonical form (NFKC, invisible characters dropped, spaces collapsed, case folded): 5,000 random strings', () => {
    const full = (x: string) => x.normalize('NFKC').replace(/\p{Default_Ignorable_Code_Point}/gu, '').trim().replace(/\s+/g, ' ').toUpperCase().toLowerCase();
    const chars = fc.constantFrom(...'aZ09 -_./#\t\u00a0\u00adÄß'.split(''));
    fc.assert(
      fc.property(fc.array(chars, { minLength: 1, maxLength: 12 }).map((a) => a.join('')), (x) => {
        const want = full(x);
        if (want === '') expect(() => canonicalSubject(x)).toThrow(/subject/);
        else expect(canonicalSubject(x)).toBe(want);
      }),
      { numRuns: 5000, seed: 42 },
    );
  });

  it('the decision shows the canonical form', async () => {
    const d = await makeEngine(FEDERAL).check(call(' ACCT-1 '));
    expect(d.intent.subject).toBe('acct-1');
  });
});

describe('tsr.prerecorded-message: 16 CFR 310.4(b)(1)(v), an express written agreement for prerecorded telemarketing from 2009-09-01 (RULES.md §2, §1.14 [S])', () => {
  const call = (at: string): CallIntent => ({ to: NYC, callType: 'prerecorded', purpose: 'telemarketing', lineType: 'landline', callerId: '2127360100', at });

  it('oral consent: allowed on 2009-08-31 (TCPA asked prior express consent only until 2013-10-16), denied from 2009-09-01 by the TSR', async () => {
    const e = makeEngine(FEDERAL);
    await e.consents.grant(pec(NYC, '2009-01-05T12:00:00-05:00'));
    const before = await e.check(call('2009-08-31T12:00:00-04:00'));
    expect(denialSummary(before)).toEqual([]);
    expect(outcomeOf(before, 'tsr.prerecorded-message')).toBe('none');
    const from = await e.check(call('2009-09-01T12:00:00-04:00'));
    expect(denialSummary(from)).toEqual(['tsr.prerecorded-message:tsr_written_agreement_required']);
    expect(verdictOf(from, 'tsr.prerecorded-message').reason).toMatch(/express written agreement/);
    expect(denialSummary(await e.check(call('2012-06-01T12:00:00-04:00')))).toEqual(['tsr.prerecorded-message:tsr_written_agreement_required']);
  });

  it('a written agreement of the seller covering the call allows it; after 2013-10-16 the TCPA asks the same', async () => {
    const e = makeEngine(FEDERAL);
    await e.consents.grant(pewc(NYC, '2009-01-05T12:00:00-05:00'));
    expect(verdictOf(await e.check(call('2012-06-01T12:00:00-04:00')), 'tsr.prerecorded-message')).toMatchObject({ outcome: 'allow', code: 'consent_on_file' });
    const none = makeEngine(FEDERAL);
    expect(denialSummary(await none.check(call('2026-06-01T12:00:00-04:00')))).toEqual(['tcpa.consent:consent_required', 'tsr.prerecorded-message:tsr_written_agreement_required']);
  });

  it('only prerecorded telemarketing voice calls: live calls, texts and informational prerecorded calls get no verdict', async () => {
    const e = makeEngine(FEDERAL);
    for (const over of [{ callType: 'live' as const }, { callType: 'autodialed' as const, channel: 'sms' as const }, { purpose: 'informational' as const }]) {
      expect(outcomeOf(await e.check({ ...call('2026-06-01T12:00:00-04:00'), ...over }), 'tsr.prerecorded-message'), JSON.stringify(over)).toBe('none');
    }
  });
});

describe('records written straight to a storage meet the canonical names (review 2026-11-30)', () => {
  it('12 CFR 1006.14(b)(2): 7 calls about "ACCT-1" written with storage.addAttempts still bar an 8th about "ACCT-1"', async () => {
    const storage = memoryStorage();
    const e = createEngine({ seller: 'Firm', rules: FEDERAL, storage, auditDecisions: false });
    const base = Date.parse('2026-06-01T12:00:00-04:00');
    await storage.addAttempts(
      Array.from({ length: 7 }, (_, k) => ({ id: `a${k}`, e164: NYC, at: base + k * 3_600_000, callType: 'live' as const, channel: 'voice' as const, purpose: 'debt-collection' as const, seller: 'Firm', outcome: 'no-answer' as const, conversation: false, subject: 'ACCT-1' })),
    );
    const d = await e.check({ to: NYC, callType: 'live', purpose: 'debt-collection', subject: 'ACCT-1', at: '2026-06-02T12:00:00-04:00' });
    expect(verdictOf(d, 'regf.call-frequency')).toMatchObject({ outcome: 'deny', code: 'limit_reached' });
  });

  it('12 CFR 1006.6(b)(2): a counsel restriction written with storage.addRestriction for "DEBT-9" binds calls about "debt-9"', async () => {
    const storage = memoryStorage();
    const e = createEngine({ seller: 'Firm', rules: FEDERAL, storage, auditDecisions: false });
    await storage.addRestriction!({ id: 'r1', kind: 'represented-by-counsel', subject: 'DEBT-9', from: Date.parse('2026-06-01T00:00:00Z') });
    const d = await e.check({ to: NYC, callType: 'live', purpose: 'debt-collection', subject: 'debt-9', at: '2026-06-02T12:00:00-04:00' });
    expect(outcomeOf(d, 'regf.communication-restrictions')).toBe('deny');
  });

  it('47 CFR 64.1200(a)(10): a revocation written with storage.addRevocation under "Firm " revokes the consent of seller "firm"', async () => {
    const storage = memoryStorage();
    const e = createEngine({ seller: 'Firm', rules: FEDERAL, storage, auditDecisions: false });
    await e.consents.grant(pewc(NYC, '2026-01-05T12:00:00-05:00'));
    await storage.addRevocation({ id: 'v1', phone: NYC, seller: 'Firm ', via: 'sms', receivedAt: new Date('2026-02-01T12:00:00Z'), honorBy: new Date('2026-02-13T12:00:00Z') } as never);
    const d = await e.check({ to: NYC, callType: 'autodialed', channel: 'sms', purpose: 'telemarketing', lineType: 'wireless', at: '2026-03-02T12:00:00-05:00' });
    expect(outcomeOf(d, 'tcpa.revocation')).toBe('deny');
  });

  it('checkMany names the element whose subject is blank once folded (an index, like any other refused intent)', async () => {
    const e = makeEngine(FEDERAL);
    const ok: CallIntent = { to: NYC, callType: 'live', purpose: 'debt-collection', subject: 'd-1', at: '2026-06-02T12:00:00-04:00' };
    await expect(e.checkMany([ok, ok, { ...ok, subject: '\u200b' }])).rejects.toMatchObject({ name: 'InvalidInputError', issues: [{ path: [2, 'subject'] }] });
  });
});
