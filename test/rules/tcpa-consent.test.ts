/**
 * tcpa.consent — the consent matrix of RULES.md §1.2 (47 U.S.C. 227(b)(1); 47 CFR 64.1200(a)(1)-(3), (f)(9)).
 */
import { describe, expect, it } from 'vitest';
import { consentRequirement, type CallIntent } from '../../src/index';
import { NYC, SELLER, intent, makeEngine, pec, pewc, verdictOf } from './helpers';

const AT = '2026-06-10T12:00:00-04:00'; // Wednesday noon in New York
const BEFORE = '2026-01-05T15:00:00Z';

async function consentVerdict(over: Partial<CallIntent>, grants: 'none' | 'pec' | 'pewc' | 'both' = 'none') {
  const engine = makeEngine();
  if (grants === 'pec' || grants === 'both') await engine.consents.grant(pec(NYC, BEFORE));
  if (grants === 'pewc' || grants === 'both') await engine.consents.grant(pewc(NYC, BEFORE));
  const d = await engine.check(intent({ at: AT, ...over }));
  return { d, v: verdictOf(d, 'tcpa.consent') };
}

describe('tcpa.consent: autodialed / prerecorded telemarketing to wireless needs PEWC', () => {
  for (const callType of ['autodialed', 'prerecorded'] as const) {
    it(`47 CFR 64.1200(a)(2): ${callType} telemarketing call to a wireless number without consent is denied`, async () => {
      const { d, v } = await consentVerdict({ callType, lineType: 'wireless' });
      expect(v).toMatchObject({ outcome: 'deny', code: 'consent_required' });
      expect(v.details).toMatchObject({ required: 'prior-express-written' });
      expect(d.allowed).toBe(false);
      expect(d.nextPermittedAt).toBeNull(); // not a time-based denial
    });
    it(`47 CFR 64.1200(a)(2), (f)(9): ${callType} telemarketing call to a wireless number with PEWC is allowed`, async () => {
      const { d, v } = await consentVerdict({ callType, lineType: 'wireless', campaignId: 'c1' }, 'pewc');
      expect(v).toMatchObject({ outcome: 'allow', code: 'consent_on_file' });
      expect(d.allowed).toBe(true);
    });
    it(`47 CFR 64.1200(a)(2): oral (prior express) consent is not enough for ${callType} telemarketing to wireless`, async () => {
      const { d, v } = await consentVerdict({ callType, lineType: 'wireless' }, 'pec');
      expect(v).toMatchObject({ outcome: 'deny', code: 'written_consent_required' });
      expect(d.allowed).toBe(false);
    });
  }

  it('47 CFR 64.1200(a)(2): with both oral and written consent on file the written one is used', async () => {
    const { v } = await consentVerdict({ callType: 'autodialed', lineType: 'wireless' }, 'both');
    expect(v).toMatchObject({ outcome: 'allow', code: 'consent_on_file' });
    expect(v.details).toMatchObject({ kind: 'prior-express-written' });
  });

  it('RULES.md §1.14 / FCC 12-21: on 2013-10-16 (PEWC effective date) oral consent already no longer suffices', async () => {
    const engine = makeEngine();
    await engine.consents.grant(pec(NYC, '2013-01-01T00:00:00Z'));
    const d = await engine.check(intent({ callType: 'autodialed', lineType: 'wireless', at: '2013-10-16T12:00:00-04:00' }));
    expect(verdictOf(d, 'tcpa.consent')).toMatchObject({ outcome: 'deny', code: 'written_consent_required' });
  });
});

describe('tcpa.consent: non-telemarketing autodialed / prerecorded calls to wireless need PEC', () => {
  for (const purpose of ['informational', 'debt-collection'] as const) {
    for (const callType of ['autodialed', 'prerecorded'] as const) {
      it(`47 CFR 64.1200(a)(1)(iii): ${callType} ${purpose} call to wireless without consent is denied`, async () => {
        const { v } = await consentVerdict({ callType, purpose, lineType: 'wireless', subject: 'debt-1' });
        expect(v).toMatchObject({ outcome: 'deny', code: 'consent_required' });
        expect(v.details).toMatchObject({ required: 'prior-express' });
      });
      it(`47 CFR 64.1200(a)(1)(iii): ${callType} ${purpose} call to wireless with oral PEC is allowed`, async () => {
        const { v } = await consentVerdict({ callType, purpose, lineType: 'wireless', subject: 'debt-1' }, 'pec');
        expect(v).toMatchObject({ outcome: 'allow', code: 'consent_on_file' });
      });
    }
  }

  it('47 CFR 64.1200(a)(1)(iii): written consent also satisfies the PEC requirement', async () => {
    const { v } = await consentVerdict({ callType: 'autodialed', purpose: 'informational', lineType: 'wireless' }, 'pewc');
    expect(v).toMatchObject({ outcome: 'allow', code: 'consent_on_file' });
  });

  it('47 CFR 64.1200(a)(2): a HIPAA health-care prerecorded message to wireless needs PEC, not PEWC', async () => {
    const none = await consentVerdict({ callType: 'prerecorded', purpose: 'healthcare', lineType: 'wireless' });
    expect(none.v).toMatchObject({ outcome: 'deny', code: 'consent_required' });
    expect(none.v.details).toMatchObject({ required: 'prior-express' });
    const oral = await consentVerdict({ callType: 'prerecorded', purpose: 'healthcare', lineType: 'wireless' }, 'pec');
    expect(oral.v).toMatchObject({ outcome: 'allow', code: 'consent_on_file' });
  });
});

describe('tcpa.consent: residential landlines', () => {
  it('47 CFR 64.1200(a)(3): a prerecorded telemarketing call to a residential landline needs PEWC (EBR no longer suffices since 2013-10-16)', async () => {
    const none = await consentVerdict({ callType: 'prerecorded', lineType: 'landline' });
    expect(none.v).toMatchObject({ outcome: 'deny', code: 'consent_required' });
    expect(none.v.details).toMatchObject({ required: 'prior-express-written' });
    const oral = await consentVerdict({ callType: 'prerecorded', lineType: 'landline' }, 'pec');
    expect(oral.v).toMatchObject({ outcome: 'deny', code: 'written_consent_required' });
    const written = await consentVerdict({ callType: 'prerecorded', lineType: 'landline' }, 'pewc');
    expect(written.v).toMatchObject({ outcome: 'allow', code: 'consent_on_file' });
  });

  it('47 CFR 64.1200(a)(3) (EBR): a relationship does not stand in for PEWC on a prerecorded telemarketing call to a landline', async () => {
    const engine = makeEngine();
    await engine.relationships.record({ phone: NYC, kind: 'transaction', at: '2026-05-01T12:00:00Z' });
    const d = await engine.check(intent({ callType: 'prerecorded', lineType: 'landline', at: AT }));
    expect(verdictOf(d, 'tcpa.consent')).toMatchObject({ outcome: 'deny', code: 'consent_required' });
  });

  for (const purpose of ['informational', 'debt-collection', 'healthcare'] as const) {
    it(`47 CFR 64.1200(a)(3)(ii)-(v): an exempt prerecorded ${purpose} call to a residential landline needs no consent (within the caps)`, async () => {
      const { d, v } = await consentVerdict({ callType: 'prerecorded', purpose, lineType: 'landline', subject: 'debt-1' });
      expect(v).toMatchObject({ outcome: 'allow', code: 'consent_not_required' });
      expect(v.details).toMatchObject({ required: 'exempt-capped' });
      expect(d.allowed).toBe(true);
    });
  }

  it('RULES.md §1.2: an autodialed telemarketing call with a live agent to a residential landline needs no 227(b) consent', async () => {
    const { v } = await consentVerdict({ callType: 'autodialed', purpose: 'telemarketing', lineType: 'landline' });
    expect(v).toMatchObject({ outcome: 'allow', code: 'consent_not_required' });
    expect(v.details).toMatchObject({ required: 'none' });
  });
});

describe('tcpa.consent: live calls, texts, unknown lines, emergencies', () => {
  for (const lineType of ['wireless', 'landline', 'unknown'] as const) {
    it(`47 U.S.C. 227(b)(1) (RULES.md §1.2): a live manual telemarketing call to a ${lineType} line needs no consent`, async () => {
      const { v } = await consentVerdict({ callType: 'live', lineType });
      expect(v).toMatchObject({ outcome: 'allow', code: 'consent_not_required' });
    });
  }

  it('RULES.md §1.1 (texts are calls): an autodialed telemarketing text needs PEWC even when the line is given as a landline', async () => {
    const none = await consentVerdict({ callType: 'autodialed', channel: 'sms', lineType: 'landline' });
    expect(none.v).toMatchObject({ outcome: 'deny', code: 'consent_required' });
    expect(none.v.details).toMatchObject({ required: 'prior-express-written', channel: 'sms' });
    const oral = await consentVerdict({ callType: 'autodialed', channel: 'sms', lineType: 'wireless' }, 'pec');
    expect(oral.v).toMatchObject({ outcome: 'deny', code: 'written_consent_required' });
    const written = await consentVerdict({ callType: 'autodialed', channel: 'sms', lineType: 'wireless' }, 'pewc');
    expect(written.v).toMatchObject({ outcome: 'allow', code: 'consent_on_file' });
  });

  it('RULES.md §1.1 (texts are calls): an autodialed informational text needs PEC', async () => {
    const none = await consentVerdict({ callType: 'autodialed', channel: 'sms', purpose: 'informational' });
    expect(none.v).toMatchObject({ outcome: 'deny', code: 'consent_required' });
    const oral = await consentVerdict({ callType: 'autodialed', channel: 'sms', purpose: 'informational' }, 'pec');
    expect(oral.v).toMatchObject({ outcome: 'allow', code: 'consent_on_file' });
  });

  it('DESIGN.md / RULES.md §1.2 note: an unknown line type counts as wireless (a prerecorded informational call then needs PEC)', async () => {
    for (const lineType of ['unknown', undefined] as const) {
      const { d, v } = await consentVerdict({ callType: 'prerecorded', purpose: 'informational', ...(lineType ? { lineType } : {}) });
      expect(d.intent.effectiveLineType).toBe('wireless');
      expect(v).toMatchObject({ outcome: 'deny', code: 'consent_required' });
      expect(v.details).toMatchObject({ required: 'prior-express', lineType: 'wireless' });
    }
    // the same call to a known landline is exempt
    const landline = await consentVerdict({ callType: 'prerecorded', purpose: 'informational', lineType: 'landline' });
    expect(landline.v.outcome).toBe('allow');
  });

  it('DESIGN.md: an unknown line type counts as wireless, so autodialed telemarketing needs PEWC', async () => {
    const { v } = await consentVerdict({ callType: 'autodialed', lineType: 'unknown' }, 'pec');
    expect(v).toMatchObject({ outcome: 'deny', code: 'written_consent_required' });
  });

  for (const callType of ['autodialed', 'prerecorded'] as const) {
    for (const lineType of ['wireless', 'landline'] as const) {
      it(`47 U.S.C. 227(b)(1)(A), 47 CFR 64.1200(f)(4): an emergency ${callType} call to a ${lineType} line needs no consent`, async () => {
        const { d, v } = await consentVerdict({ callType, purpose: 'emergency', lineType });
        expect(v).toMatchObject({ outcome: 'allow', code: 'consent_not_required' });
        expect(d.allowed).toBe(true);
      });
    }
  }

  it('consentRequirement implements the RULES.md §1.2 matrix', () => {
    const base = {
      e164: NYC, npa: 212, nxx: 736, region: 'US', channel: 'voice', instant: new Date(Date.parse('2026-03-10T15:00:00Z')), at: Date.parse('2026-03-10T15:00:00Z'), lineType: 'wireless',
      effectiveLineType: 'wireless', zones: ['America/New_York'], states: ['NY'], zoneSources: ['area-code'], seller: SELLER, doNotSolicit: false,
    } as const;
    const req = (callType: 'autodialed' | 'prerecorded' | 'live', purpose: Parameters<typeof consentRequirement>[0]['purpose'], line: 'wireless' | 'landline', channel: 'voice' | 'sms' = 'voice') =>
      consentRequirement({ ...base, callType, purpose, lineType: line, effectiveLineType: line, channel });
    expect(req('autodialed', 'telemarketing', 'wireless')).toBe('prior-express-written');
    expect(req('prerecorded', 'telemarketing', 'wireless')).toBe('prior-express-written');
    expect(req('autodialed', 'informational', 'wireless')).toBe('prior-express');
    expect(req('prerecorded', 'debt-collection', 'wireless')).toBe('prior-express');
    expect(req('prerecorded', 'healthcare', 'wireless')).toBe('prior-express');
    expect(req('prerecorded', 'telemarketing', 'landline')).toBe('prior-express-written');
    expect(req('prerecorded', 'informational', 'landline')).toBe('exempt-capped');
    expect(req('prerecorded', 'debt-collection', 'landline')).toBe('exempt-capped');
    expect(req('autodialed', 'telemarketing', 'landline')).toBe('none');
    expect(req('live', 'telemarketing', 'wireless')).toBe('none');
    expect(req('autodialed', 'emergency', 'wireless')).toBe('none');
    expect(req('autodialed', 'informational', 'landline', 'sms')).toBe('prior-express');
    expect(req('autodialed', 'telemarketing', 'landline', 'sms')).toBe('prior-express-written');
  });

  it('FCC 12-21: before 2013-10-16 autodialed telemarketing to wireless needed prior express consent, not written consent', () => {
    const at = (iso: string) => ({
      e164: NYC, npa: 212, nxx: 736, region: 'US', channel: 'voice', callType: 'autodialed', purpose: 'telemarketing', lineType: 'wireless',
      effectiveLineType: 'wireless', zones: ['America/New_York'], states: ['NY'], zoneSources: ['area-code'], seller: SELLER, doNotSolicit: false,
      instant: new Date(iso), at: Date.parse(iso),
    } as const);
    expect(consentRequirement(at('2013-10-15T12:00:00-04:00'))).toBe('prior-express');
    expect(consentRequirement(at('2013-10-16T12:00:00-04:00'))).toBe('prior-express-written');
  });
});

describe('tcpa.consent, 47 CFR 64.1200(a)(1)-(3), (f)(9): scope of a consent (callTypes, channels, purposes, seller)', () => {
  const call: Partial<CallIntent> = { callType: 'autodialed', purpose: 'informational', lineType: 'wireless', at: AT };

  it('RULES.md §1.2 note (consent is per seller): a consent given to another seller does not cover the call', async () => {
    const engine = makeEngine();
    await engine.consents.grant(pec(NYC, BEFORE, { seller: 'Other LLP' }));
    const d = await engine.check(intent(call));
    expect(verdictOf(d, 'tcpa.consent')).toMatchObject({ outcome: 'deny', code: 'consent_required' });
    // ...but it covers that seller's own call
    const other = await engine.check(intent({ ...call, seller: 'Other LLP' }));
    expect(verdictOf(other, 'tcpa.consent')).toMatchObject({ outcome: 'allow', code: 'consent_on_file' });
  });

  it('a consent limited to prerecorded calls does not cover an autodialed call', async () => {
    const engine = makeEngine();
    await engine.consents.grant(pec(NYC, BEFORE, { scope: { callTypes: ['prerecorded'] } }));
    const d = await engine.check(intent(call));
    const v = verdictOf(d, 'tcpa.consent');
    expect(v).toMatchObject({ outcome: 'deny', code: 'consent_out_of_scope' });
    expect(v.details?.['mismatch']).toEqual(['call type autodialed']);
    const ok = await engine.check(intent({ ...call, callType: 'prerecorded' }));
    expect(verdictOf(ok, 'tcpa.consent').outcome).toBe('allow');
  });

  it('a consent limited to voice calls does not cover a text', async () => {
    const engine = makeEngine();
    await engine.consents.grant(pec(NYC, BEFORE, { scope: { channels: ['voice'] } }));
    const d = await engine.check(intent({ ...call, channel: 'sms' }));
    expect(verdictOf(d, 'tcpa.consent')).toMatchObject({ outcome: 'deny', code: 'consent_out_of_scope' });
    const voice = await engine.check(intent(call));
    expect(verdictOf(voice, 'tcpa.consent').outcome).toBe('allow');
  });

  it('a consent limited to informational calls does not cover a debt-collection call', async () => {
    const engine = makeEngine();
    await engine.consents.grant(pec(NYC, BEFORE, { scope: { purposes: ['informational'] } }));
    const d = await engine.check(intent({ ...call, purpose: 'debt-collection', subject: 'debt-1' }));
    const v = verdictOf(d, 'tcpa.consent');
    expect(v).toMatchObject({ outcome: 'deny', code: 'consent_out_of_scope' });
    expect(v.details?.['mismatch']).toEqual(['purpose debt-collection']);
  });

  it('a written consent scoped to informational texts does not authorize telemarketing calls', async () => {
    const engine = makeEngine();
    await engine.consents.grant(pewc(NYC, BEFORE, { scope: { purposes: ['informational'], channels: ['sms'] } }));
    const d = await engine.check(intent({ callType: 'autodialed', lineType: 'wireless', at: AT }));
    expect(verdictOf(d, 'tcpa.consent').outcome).toBe('deny');
  });

  it('an omitted scope covers every call type, channel and purpose', async () => {
    const engine = makeEngine();
    await engine.consents.grant(pewc(NYC, BEFORE));
    for (const over of [
      { callType: 'autodialed', channel: 'sms', purpose: 'telemarketing' },
      { callType: 'prerecorded', channel: 'voice', purpose: 'informational' },
      { callType: 'autodialed', channel: 'voice', purpose: 'healthcare' },
    ] as const) {
      const d = await engine.check(intent({ ...over, lineType: 'wireless', at: AT }));
      expect(verdictOf(d, 'tcpa.consent').outcome).toBe('allow');
    }
  });
});

describe('tcpa.consent, 47 CFR 64.1200(a)(1)-(3) ("prior" express consent): when the consent was given', () => {
  it('a consent granted after the instant of the call does not count', async () => {
    const engine = makeEngine();
    await engine.consents.grant(pewc(NYC, '2026-06-10T12:00:01-04:00'));
    const before = await engine.check(intent({ callType: 'autodialed', lineType: 'wireless', at: '2026-06-10T12:00:00-04:00' }));
    expect(verdictOf(before, 'tcpa.consent')).toMatchObject({ outcome: 'deny', code: 'consent_required' });
    const after = await engine.check(intent({ callType: 'autodialed', lineType: 'wireless', at: '2026-06-10T12:00:01-04:00' }));
    expect(verdictOf(after, 'tcpa.consent')).toMatchObject({ outcome: 'allow', code: 'consent_on_file' });
  });

  it('ConsentGrant.at (when given) is the grant instant, not evidence.capturedAt', async () => {
    const engine = makeEngine();
    const rec = await engine.consents.grant(pewc(NYC, '2026-01-01T00:00:00Z', { at: '2026-07-01T00:00:00Z' }));
    expect(rec.grantedAt.toISOString()).toBe('2026-07-01T00:00:00.000Z');
    const d = await engine.check(intent({ callType: 'autodialed', lineType: 'wireless', at: AT }));
    expect(verdictOf(d, 'tcpa.consent').outcome).toBe('deny');
  });

  it('consents.list returns the stored record under the E.164 number', async () => {
    const engine = makeEngine();
    await engine.consents.grant(pec('(212) 736-1234', BEFORE));
    const { consents, revocations } = await engine.consents.list('212.736.1234');
    expect(consents).toHaveLength(1);
    // seller names are stored in canonical form (folded, trimmed, lower-cased)
    expect(consents[0]).toMatchObject({ phone: NYC, kind: 'prior-express', seller: SELLER.toLowerCase() });
    expect(revocations).toEqual([]);
  });
});
