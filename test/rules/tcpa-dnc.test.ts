/**
 * tcpa.national-dnc (47 CFR 64.1200(c)(2), EBR (f)(5); 16 CFR 310.4(b)(1)(iii)(B)) and
 * tcpa.internal-dnc (47 CFR 64.1200(d)); RULES.md §1.6, §1.7, §1.3.
 */
import { describe, expect, it } from 'vitest';
import { InvalidInputError, type CallIntent } from '../../src/index';
import { NYC, intent, makeEngine, outcomeOf, pec, pewc, verdictOf } from './helpers';

const live = (at: string, over: Partial<CallIntent> = {}) => intent({ callType: 'live', purpose: 'telemarketing', at, ...over });

async function onNational() {
  const engine = makeEngine();
  await engine.suppressions.add('national', NYC);
  return engine;
}

describe('tcpa.national-dnc', () => {
  it('47 CFR 64.1200(c)(2): a telephone solicitation to a number on the national registry without EBR or agreement is denied', async () => {
    const engine = await onNational();
    const d = await engine.check(live('2026-06-10T12:00:00-04:00'));
    expect(d.allowed).toBe(false);
    expect(verdictOf(d, 'tcpa.national-dnc')).toMatchObject({ outcome: 'deny', code: 'on_national_dnc' });
    expect(d.nextPermittedAt).toBeNull();
  });

  it('47 CFR 64.1200(c)(2): a number not on the registry is not affected', async () => {
    const engine = makeEngine();
    const d = await engine.check(live('2026-06-10T12:00:00-04:00'));
    expect(verdictOf(d, 'tcpa.national-dnc')).toMatchObject({ outcome: 'allow', code: 'not_on_dnc' });
    expect(d.allowed).toBe(true);
  });

  it('RULES.md §1.1 (FCC 23-107): national DNC protections apply to telemarketing texts', async () => {
    const engine = await onNational();
    await engine.consents.grant(pec(NYC, '2026-01-01T00:00:00Z')); // oral consent is not a signed agreement
    const d = await engine.check(live('2026-06-10T12:00:00-04:00', { channel: 'sms' }));
    expect(verdictOf(d, 'tcpa.national-dnc')).toMatchObject({ outcome: 'deny', code: 'on_national_dnc' });
  });

  it('RULES.md §1.6: the registry restricts telephone solicitations only; an informational call gets no national-DNC verdict', async () => {
    const engine = await onNational();
    for (const purpose of ['informational', 'debt-collection', 'healthcare', 'emergency'] as const) {
      const d = await engine.check(live('2026-06-10T12:00:00-04:00', { purpose, subject: 'd-1' }));
      expect(outcomeOf(d, 'tcpa.national-dnc')).toBe('none');
    }
  });

  describe('EBR: purchase or transaction within 18 months (47 CFR 64.1200(f)(5))', () => {
    it('47 CFR 64.1200(f)(5): allowed one day before the 18-month mark', async () => {
      const engine = await onNational();
      await engine.relationships.record({ phone: NYC, kind: 'transaction', at: '2025-01-15T16:00:00Z' });
      const d = await engine.check(live('2026-07-14T12:00:00-04:00'));
      expect(d.allowed).toBe(true);
      const v = verdictOf(d, 'tcpa.national-dnc');
      expect(v).toMatchObject({ outcome: 'allow', code: 'dnc_ebr_exemption' });
      expect(v.details).toMatchObject({ kind: 'transaction', since: '2025-01-15', until: '2026-07-15' });
    });

    it('47 CFR 64.1200(f)(5): denied the day after the 18-month mark', async () => {
      const engine = await onNational();
      await engine.relationships.record({ phone: NYC, kind: 'transaction', at: '2025-01-15T16:00:00Z' });
      const d = await engine.check(live('2026-07-16T12:00:00-04:00'));
      expect(verdictOf(d, 'tcpa.national-dnc')).toMatchObject({ outcome: 'deny', code: 'on_national_dnc' });
    });

    it('47 CFR 64.1200(f)(5): 18 months from 2026-08-31 ends on leap day 2028-02-29 (month-end clamped)', async () => {
      const engine = await onNational();
      await engine.relationships.record({ phone: NYC, kind: 'transaction', at: '2026-08-31T16:00:00Z' });
      expect(outcomeOf(await engine.check(live('2028-02-28T12:00:00-05:00')), 'tcpa.national-dnc')).toBe('allow');
      expect(outcomeOf(await engine.check(live('2028-03-01T12:00:00-05:00')), 'tcpa.national-dnc')).toBe('deny');
    });

    it('47 CFR 64.1200(f)(5): the latest transaction counts (a newer purchase renews the 18 months)', async () => {
      const engine = await onNational();
      await engine.relationships.record({ phone: NYC, kind: 'transaction', at: '2023-01-15T16:00:00Z' });
      await engine.relationships.record({ phone: NYC, kind: 'transaction', at: '2025-06-01T16:00:00Z' });
      expect(outcomeOf(await engine.check(live('2026-06-10T12:00:00-04:00')), 'tcpa.national-dnc')).toBe('allow');
    });

    it('47 CFR 64.1200(f)(5) ("before the call"): a transaction after the call instant does not count', async () => {
      const engine = await onNational();
      await engine.relationships.record({ phone: NYC, kind: 'transaction', at: '2026-06-11T16:00:00Z' });
      expect(outcomeOf(await engine.check(live('2026-06-10T12:00:00-04:00')), 'tcpa.national-dnc')).toBe('deny');
    });

    it('47 CFR 64.1200(f)(5): the EBR is with the entity; another seller\'s customer relationship does not count', async () => {
      const engine = await onNational();
      await engine.relationships.record({ phone: NYC, kind: 'transaction', at: '2026-05-01T16:00:00Z', seller: 'Other LLP' });
      expect(outcomeOf(await engine.check(live('2026-06-10T12:00:00-04:00')), 'tcpa.national-dnc')).toBe('deny');
      expect(outcomeOf(await engine.check(live('2026-06-10T12:00:00-04:00', { seller: 'Other LLP' })), 'tcpa.national-dnc')).toBe('allow');
    });
  });

  describe('EBR: inquiry or application within 3 months (47 CFR 64.1200(f)(5))', () => {
    it('47 CFR 64.1200(f)(5): allowed one day before the 3-month mark, denied the day after', async () => {
      const engine = await onNational();
      await engine.relationships.record({ phone: NYC, kind: 'inquiry', at: '2026-03-10T16:00:00Z' });
      const before = await engine.check(live('2026-06-09T12:00:00-04:00'));
      expect(verdictOf(before, 'tcpa.national-dnc')).toMatchObject({ outcome: 'allow', code: 'dnc_ebr_exemption' });
      expect(verdictOf(before, 'tcpa.national-dnc').details).toMatchObject({ kind: 'inquiry', until: '2026-06-10' });
      expect(outcomeOf(await engine.check(live('2026-06-11T12:00:00-04:00')), 'tcpa.national-dnc')).toBe('deny');
    });

    it('47 CFR 64.1200(f)(5): an inquiry does not get the 18-month transaction window', async () => {
      const engine = await onNational();
      await engine.relationships.record({ phone: NYC, kind: 'inquiry', at: '2026-01-10T16:00:00Z' });
      expect(outcomeOf(await engine.check(live('2026-09-10T12:00:00-04:00')), 'tcpa.national-dnc')).toBe('deny');
    });
  });

  describe('signed written agreement (47 CFR 64.1200(c)(2)(ii); 16 CFR 310.4(b)(1)(iii)(B))', () => {
    it('RULES.md §1.6: a signed written agreement (PEWC) naming the number permits the call', async () => {
      const engine = await onNational();
      const c = await engine.consents.grant(pewc(NYC, '2026-01-01T00:00:00Z'));
      const d = await engine.check(live('2026-06-10T12:00:00-04:00'));
      expect(verdictOf(d, 'tcpa.national-dnc')).toMatchObject({ outcome: 'allow', code: 'dnc_written_agreement' });
      expect(verdictOf(d, 'tcpa.national-dnc').details).toMatchObject({ consentId: c.id });
    });

    it('47 CFR 64.1200(c)(2)(ii): a written consent limited to other purposes or channels is not an agreement to this call', async () => {
      const engine = await onNational();
      await engine.consents.grant(pewc(NYC, '2026-01-01T00:00:00Z', { scope: { purposes: ['informational'], channels: ['sms'] } }));
      expect(outcomeOf(await engine.check(live('2026-06-10T12:00:00-04:00')), 'tcpa.national-dnc')).toBe('deny');
      const covering = await engine.consents.grant(pewc(NYC, '2026-02-01T00:00:00Z', { scope: { purposes: ['telemarketing'], channels: ['voice'] } }));
      const d = await engine.check(live('2026-06-10T12:00:00-04:00'));
      expect(verdictOf(d, 'tcpa.national-dnc')).toMatchObject({ outcome: 'allow', code: 'dnc_written_agreement', details: { consentId: covering.id } });
    });

    it('47 CFR 64.1200(c)(2)(ii): another seller\'s written agreement does not count ("contacted by this seller")', async () => {
      const engine = await onNational();
      await engine.consents.grant(pewc(NYC, '2026-01-01T00:00:00Z', { seller: 'other-firm' }));
      expect(outcomeOf(await engine.check(live('2026-06-10T12:00:00-04:00')), 'tcpa.national-dnc')).toBe('deny');
    });

    it('RULES.md §1.6: oral consent is not a signed written agreement', async () => {
      const engine = await onNational();
      await engine.consents.grant(pec(NYC, '2026-01-01T00:00:00Z'));
      expect(outcomeOf(await engine.check(live('2026-06-10T12:00:00-04:00')), 'tcpa.national-dnc')).toBe('deny');
    });

    it('RULES.md §1.6: a revoked written agreement no longer permits the call', async () => {
      const engine = await onNational();
      await engine.consents.grant(pewc(NYC, '2026-01-01T00:00:00Z'));
      await engine.consents.revoke({ phone: NYC, via: 'voice', at: '2026-05-01T12:00:00Z' });
      expect(outcomeOf(await engine.check(live('2026-06-10T12:00:00-04:00')), 'tcpa.national-dnc')).toBe('deny');
    });
  });

  it('RULES.md §1.14: national DNC enforcement starts 2003-10-01', async () => {
    const engine = await onNational();
    expect(outcomeOf(await engine.check(live('2003-09-30T12:00:00-04:00')), 'tcpa.national-dnc')).toBe('none');
    expect(outcomeOf(await engine.check(live('2003-10-01T12:00:00-04:00')), 'tcpa.national-dnc')).toBe('deny');
  });
});

describe('tcpa.internal-dnc (47 CFR 64.1200(d))', () => {
  it('47 CFR 64.1200(d)(3): a number on the firm\'s own list is denied for telemarketing', async () => {
    const engine = makeEngine();
    await engine.suppressions.add('internal', '(212) 736-1234');
    expect(await engine.suppressions.has('internal', NYC)).toBe(true);
    const d = await engine.check(live('2026-06-10T12:00:00-04:00'));
    expect(verdictOf(d, 'tcpa.internal-dnc')).toMatchObject({ outcome: 'deny', code: 'on_internal_dnc' });
    expect(d.allowed).toBe(false);
    expect(d.nextPermittedAt).toBeNull();
  });

  it('RULES.md §1.6 (a company-specific request terminates the EBR): the internal list beats an EBR and a PEWC', async () => {
    const engine = makeEngine();
    await engine.suppressions.add('national', NYC);
    await engine.suppressions.add('internal', NYC);
    await engine.relationships.record({ phone: NYC, kind: 'transaction', at: '2026-06-01T16:00:00Z' });
    await engine.consents.grant(pewc(NYC, '2026-01-01T00:00:00Z'));
    for (const callType of ['live', 'autodialed', 'prerecorded'] as const) {
      const d = await engine.check(live('2026-06-10T12:00:00-04:00', { callType, lineType: 'wireless' }));
      expect(verdictOf(d, 'tcpa.consent').outcome).toBe('allow');
      expect(verdictOf(d, 'tcpa.national-dnc').outcome).toBe('allow');
      expect(verdictOf(d, 'tcpa.internal-dnc')).toMatchObject({ outcome: 'deny', code: 'on_internal_dnc' });
      expect(d.allowed).toBe(false);
    }
  });

  it('removing the number from the internal list allows the call again', async () => {
    const engine = makeEngine();
    await engine.suppressions.add('internal', NYC);
    expect(await engine.suppressions.remove('internal', NYC)).toBe(1);
    expect(await engine.suppressions.has('internal', NYC)).toBe(false);
    expect((await engine.check(live('2026-06-10T12:00:00-04:00'))).allowed).toBe(true);
  });

  it('RULES.md §1.3 / §1.7 (FCC 20-186, eff. 2023-07-20): company-DNC duties extend to exempt prerecorded residential calls from 2023-07-20', async () => {
    const engine = makeEngine();
    await engine.suppressions.add('internal', NYC);
    const call = (at: string) => intent({ callType: 'prerecorded', purpose: 'informational', lineType: 'landline', at });
    const before = await engine.check(call('2023-07-19T12:00:00-04:00'));
    expect(outcomeOf(before, 'tcpa.internal-dnc')).toBe('none');
    const after = await engine.check(call('2023-07-20T12:00:00-04:00'));
    expect(verdictOf(after, 'tcpa.internal-dnc')).toMatchObject({ outcome: 'deny', code: 'on_internal_dnc' });
    expect(after.allowed).toBe(false);
  });

  it('47 CFR 64.1200(d): a live informational call is not a telephone solicitation and gets no internal-DNC verdict', async () => {
    const engine = makeEngine();
    await engine.suppressions.add('internal', NYC);
    const d = await engine.check(live('2026-06-10T12:00:00-04:00', { purpose: 'informational' }));
    expect(outcomeOf(d, 'tcpa.internal-dnc')).toBe('none');
  });

  it('suppression lists are validated: an unknown list name is an InvalidInputError', async () => {
    const engine = makeEngine();
    await expect(engine.suppressions.add('company' as 'internal', NYC)).rejects.toBeInstanceOf(InvalidInputError);
  });
});
