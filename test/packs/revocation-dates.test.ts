import { describe, expect, it } from 'vitest';
import { createEngine } from '../../src/index';

describe('revocation deadlines change with FCC 24-24 (effective 2025-04-11)', () => {
  it('47 CFR 64.1200(d)(3) before 2025-04-11: a request received 2025-04-10 must be honored within 30 days', async () => {
    const engine = createEngine();
    const r = await engine.consents.revoke({ phone: '212-555-0100', via: 'sms', text: 'STOP', at: '2025-04-10T12:00:00-04:00' });
    expect(r.honorBy.toISOString()).toBe('2025-05-10T16:00:00.000Z');
  });

  it('47 CFR 64.1200(a)(10) from 2025-04-11: 10 business days, weekends and federal holidays skipped', async () => {
    const engine = createEngine();
    // Fri 2025-04-11 is day 0; ten business days later is Fri 2025-04-25 (no federal holiday between).
    const r = await engine.consents.revoke({ phone: '212-555-0100', via: 'sms', text: 'STOP', at: '2025-04-11T12:00:00-04:00' });
    expect(r.honorBy.toISOString()).toBe('2025-04-26T03:59:59.999Z');
  });

  it('5 U.S.C. 6103: Memorial Day 2025 (May 26) is skipped when counting', async () => {
    const engine = createEngine();
    // Fri 2025-05-16 is day 0 -> 19,20,21,22,23, (26 holiday), 27,28,29,30, Jun 2 -> end of Mon 2025-06-02 ET
    const r = await engine.consents.revoke({ phone: '212-555-0100', via: 'voice', at: '2025-05-16T09:00:00-04:00' });
    expect(r.honorBy.toISOString()).toBe('2025-06-03T03:59:59.999Z');
  });

  it('a revocation is an appended record: listing returns the consent and the revocation', async () => {
    const engine = createEngine();
    await engine.consents.grant({ phone: '212-555-0100', kind: 'prior-express', evidence: { method: 'verbal', capturedAt: '2025-01-02T10:00:00-05:00' } });
    await engine.consents.revoke({ phone: '(212) 555-0100', via: 'sms', text: 'STOP', at: '2025-06-02T10:00:00-04:00' });
    const { consents, revocations } = await engine.consents.list('+12125550100');
    expect(consents).toHaveLength(1);
    expect(revocations).toHaveLength(1);
    expect((await engine.audit.verify()).ok).toBe(true);
  });
});

describe('engine.optOuts.fromMessage — one opt-out holds on every channel', () => {
  it('a "STOP" text revokes consent and blocks later autodialed calls and texts (64.1200(a)(10), (d)(3))', async () => {
    const engine = createEngine({ seller: 'Firm' });
    await engine.consents.grant({
      phone: '305-555-0142',
      kind: 'prior-express-written',
      evidence: { method: 'e-sign', capturedAt: '2026-01-05T10:00:00-05:00', signature: 'sig', disclosureText: 'I agree to autodialed calls and texts.' },
    });
    const intent = { to: '305-555-0142', callType: 'autodialed', purpose: 'telemarketing', campaignId: 'c1', at: '2026-03-10T11:00:00-05:00' } as const;
    expect((await engine.check(intent)).allowed).toBe(true);
    const r = await engine.optOuts.fromMessage({ phone: '+13055550142', text: 'STOP', channel: 'sms', at: '2026-03-09T18:00:00-05:00' });
    expect(r.revoked).toBe(true);
    expect(r.matched).toBe('stop');
    expect(r.revocation?.via).toBe('sms');
    expect(await engine.suppressions.has('internal', '305-555-0142')).toBe(true);
    for (const channel of ['voice', 'sms'] as const) {
      const d = await engine.check({ ...intent, channel });
      expect(d.allowed).toBe(false);
      expect(d.denials.map((v) => v.rule)).toEqual(expect.arrayContaining(['tcpa.revocation', 'tcpa.internal-dnc']));
    }
  });

  it('"I\'ll stop by your office" records nothing', async () => {
    const engine = createEngine();
    const r = await engine.optOuts.fromMessage({ phone: '305-555-0142', text: "I'll stop by your office", channel: 'sms' });
    expect(r).toEqual({ revoked: false });
    expect((await engine.consents.list('305-555-0142')).revocations).toHaveLength(0);
  });

  it('a DTMF opt-out digit revokes; the channel is recorded as dtmf', async () => {
    const engine = createEngine({ optOutDigits: ['8'] });
    expect((await engine.optOuts.fromMessage({ phone: '305-555-0142', text: '9', channel: 'dtmf' })).revoked).toBe(false);
    const r = await engine.optOuts.fromMessage({ phone: '305-555-0142', text: '8', channel: 'dtmf' });
    expect(r.revocation?.via).toBe('dtmf');
  });
});
