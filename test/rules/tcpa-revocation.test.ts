/**
 * tcpa.revocation and the opt-out confirmation text — 47 CFR 64.1200(a)(10)-(12), (d)(3); RULES.md §1.7, §6.
 */
import { describe, expect, it } from 'vitest';
import { memoryStorage, type Storage } from '../../src/index';
import { MIN, NYC, intent, makeEngine, ms, pec, pewc, rules, verdictOf, verdictsOf } from './helpers';

const GRANTED = '2026-01-05T15:00:00Z';
const REVOKED = '2026-06-01T14:00:00-04:00';
const robocall = { callType: 'autodialed', lineType: 'wireless', purpose: 'telemarketing', campaignId: 'c1' } as const;

describe('tcpa.revocation: revoked consent no longer counts (47 CFR 64.1200(a)(10))', () => {
  it('47 CFR 64.1200(a)(10): after a revocation the earlier PEWC no longer authorizes autodialed telemarketing', async () => {
    const engine = makeEngine();
    await engine.consents.grant(pewc(NYC, GRANTED));
    const rev = await engine.consents.revoke({ phone: NYC, via: 'sms', text: 'STOP', at: REVOKED });
    const d = await engine.check(intent({ ...robocall, at: '2026-06-10T12:00:00-04:00' }));
    expect(d.allowed).toBe(false);
    expect(verdictOf(d, 'tcpa.consent')).toMatchObject({ outcome: 'deny', code: 'consent_required' });
    const v = verdictOf(d, 'tcpa.revocation');
    expect(v).toMatchObject({ outcome: 'deny', code: 'consent_revoked' });
    expect(v.details).toMatchObject({ revokedAt: new Date(ms(REVOKED)).toISOString(), via: 'sms', revocationId: rev.id });
    expect(d.nextPermittedAt).toBeNull();
  });

  it('47 CFR 64.1200(a)(10): a call before the revocation was received is still covered by the consent', async () => {
    const engine = makeEngine();
    await engine.consents.grant(pewc(NYC, GRANTED));
    await engine.consents.revoke({ phone: NYC, via: 'voice', at: REVOKED });
    const d = await engine.check(intent({ ...robocall, at: '2026-06-01T13:59:00-04:00' }));
    expect(verdictOf(d, 'tcpa.consent').outcome).toBe('allow');
    expect(verdictOf(d, 'tcpa.revocation')).toMatchObject({ outcome: 'allow', code: 'no_revocation' });
    expect(d.allowed).toBe(true);
  });

  it('47 CFR 64.1200(a)(10): revoking PEC stops non-telemarketing robocalls to wireless too', async () => {
    const engine = makeEngine();
    await engine.consents.grant(pec(NYC, GRANTED));
    await engine.consents.revoke({ phone: NYC, via: 'email', at: REVOKED });
    const d = await engine.check(intent({ callType: 'prerecorded', purpose: 'debt-collection', lineType: 'wireless', subject: 'd-1', at: '2026-06-10T12:00:00-04:00' }));
    expect(verdictOf(d, 'tcpa.consent')).toMatchObject({ outcome: 'deny', code: 'consent_required' });
    expect(verdictOf(d, 'tcpa.revocation')).toMatchObject({ outcome: 'deny', code: 'consent_revoked' });
  });

  it('47 CFR 64.1200(a)(10): a new consent given after the revocation counts again', async () => {
    const engine = makeEngine();
    await engine.consents.grant(pewc(NYC, GRANTED));
    await engine.consents.revoke({ phone: NYC, via: 'sms', text: 'STOP', at: REVOKED });
    const renewed = await engine.consents.grant(pewc(NYC, '2026-06-05T10:00:00-04:00'));
    const d = await engine.check(intent({ ...robocall, at: '2026-06-10T12:00:00-04:00' }));
    expect(d.allowed).toBe(true);
    expect(verdictOf(d, 'tcpa.consent')).toMatchObject({ outcome: 'allow', code: 'consent_on_file' });
    expect(verdictOf(d, 'tcpa.revocation')).toMatchObject({ outcome: 'allow', code: 'consent_on_file' });
    expect(verdictOf(d, 'tcpa.revocation').details).toMatchObject({ consentId: renewed.id, renewedAfterRevocation: true });
    // between the revocation and the new consent the call is denied
    const between = await engine.check(intent({ ...robocall, at: '2026-06-03T12:00:00-04:00' }));
    expect(between.allowed).toBe(false);
  });

  it('RULES.md §1.2 note (consent is per seller): another seller\'s revocation does not revoke this seller\'s consent', async () => {
    const engine = makeEngine();
    await engine.consents.grant(pewc(NYC, GRANTED));
    await engine.consents.revoke({ phone: NYC, via: 'sms', text: 'STOP', at: REVOKED, seller: 'Other LLP' });
    const d = await engine.check(intent({ ...robocall, at: '2026-06-10T12:00:00-04:00' }));
    expect(verdictOf(d, 'tcpa.consent').outcome).toBe('allow');
    expect(verdictOf(d, 'tcpa.revocation').code).toBe('no_revocation');
  });

  it('DESIGN.md: a revocation is an appended record, never a delete (consents.list keeps both)', async () => {
    const engine = makeEngine();
    const c = await engine.consents.grant(pewc(NYC, GRANTED));
    const r = await engine.consents.revoke({ phone: NYC, via: 'web', at: REVOKED });
    const listed = await engine.consents.list(NYC);
    expect(listed.consents.map((x) => x.id)).toEqual([c.id]);
    expect(listed.revocations.map((x) => x.id)).toEqual([r.id]);
  });

  it('47 U.S.C. 227(b)(1)(A): an emergency call is not blocked by a revocation', async () => {
    const engine = makeEngine();
    await engine.consents.grant(pewc(NYC, GRANTED));
    await engine.consents.revoke({ phone: NYC, via: 'sms', text: 'STOP', at: REVOKED });
    const d = await engine.check(intent({ callType: 'prerecorded', purpose: 'emergency', lineType: 'wireless', at: '2026-06-10T12:00:00-04:00' }));
    expect(d.allowed).toBe(true);
  });
});

describe('tcpa.revocation: honorBy = 10 business days (47 CFR 64.1200(a)(10), (d)(3); RULES.md §6)', () => {
  it('47 CFR 64.1200(a)(10): a revocation received Fri 2026-06-12 must be honored by the end of Mon 2026-06-29 (Juneteenth Fri 06-19 skipped)', async () => {
    const engine = makeEngine();
    const r = await engine.consents.revoke({ phone: NYC, via: 'sms', text: 'STOP', at: '2026-06-12T15:00:00-04:00' });
    expect(r.receivedAt.toISOString()).toBe('2026-06-12T19:00:00.000Z');
    // day 0 = Fri 06-12; 1 Mon 15, 2 Tue 16, 3 Wed 17, 4 Thu 18, (Fri 19 Juneteenth), 5 Mon 22 ... 10 Mon 29
    expect(r.honorBy.toISOString()).toBe('2026-06-30T03:59:59.999Z'); // 2026-06-29 23:59:59.999 EDT
    expect(r.phone).toBe(NYC);
  });

  it('47 CFR 64.1200(a)(10): a revocation received Mon 2026-11-23 skips Thanksgiving (Thu 11-26) and the weekend', async () => {
    const engine = makeEngine();
    const r = await engine.consents.revoke({ phone: NYC, via: 'voice', at: '2026-11-23T10:00:00-05:00' });
    // 1 Tue 24, 2 Wed 25, (Thu 26 holiday), 3 Fri 27, 4 Mon 30, 5 Tue 12-01, 6 Wed 2, 7 Thu 3, 8 Fri 4, 9 Mon 7, 10 Tue 8
    expect(r.honorBy.toISOString()).toBe('2026-12-09T04:59:59.999Z'); // 2026-12-08 23:59:59.999 EST
  });

  it('the revocation record carries the time it was received, defaulting to the engine clock', async () => {
    const engine = makeEngine(undefined, { clock: () => new Date('2026-06-12T19:00:00Z') });
    const r = await engine.consents.revoke({ phone: NYC, via: 'dtmf' });
    expect(r.receivedAt.toISOString()).toBe('2026-06-12T19:00:00.000Z');
    expect(r.honorBy.toISOString()).toBe('2026-06-30T03:59:59.999Z');
  });
});

describe('opt-out confirmation text (47 CFR 64.1200(a)(12))', () => {
  const confirm = (at: number, over: Record<string, unknown> = {}) =>
    intent({ callType: 'autodialed', channel: 'sms', purpose: 'opt-out-confirmation', lineType: 'wireless', at: new Date(at), ...over });
  const T = ms('2026-06-10T12:00:00-04:00');

  async function revokedEngine(storage?: Storage, ruleIds?: string[]) {
    const engine = makeEngine(ruleIds ? rules(...ruleIds) : undefined, storage ? { storage } : {});
    await engine.consents.grant(pewc(NYC, GRANTED));
    await engine.consents.revoke({ phone: NYC, via: 'sms', text: 'STOP', at: new Date(T) });
    return engine;
  }

  it('47 CFR 64.1200(a)(12): one confirmation text sent within 5 minutes of the revocation is allowed', async () => {
    const engine = await revokedEngine();
    const d = await engine.check(confirm(T + 2 * MIN));
    expect(d.allowed).toBe(true);
    expect(verdictOf(d, 'tcpa.consent')).toMatchObject({ outcome: 'allow', code: 'consent_on_file', citation: '47 CFR 64.1200(a)(12)' });
    expect(verdictsOf(d, 'tcpa.revocation')).toEqual([]);
  });

  it('47 CFR 64.1200(a)(12): exactly 5 minutes after the revocation is still within the presumption', async () => {
    const engine = await revokedEngine();
    expect((await engine.check(confirm(T + 5 * MIN))).allowed).toBe(true);
  });

  it('47 CFR 64.1200(a)(12): a confirmation text more than 5 minutes after the revocation is denied', async () => {
    const engine = await revokedEngine();
    const d = await engine.check(confirm(T + 5 * MIN + 1000));
    expect(d.allowed).toBe(false);
    expect(verdictOf(d, 'tcpa.consent')).toMatchObject({ outcome: 'deny', citation: '47 CFR 64.1200(a)(12)' });
  });

  it('47 CFR 64.1200(a)(12): only one confirmation text: a second one within the 5 minutes is denied', async () => {
    const engine = await revokedEngine();
    await engine.attempts.record({ phone: NYC, at: new Date(T + 1 * MIN), callType: 'autodialed', channel: 'sms', purpose: 'opt-out-confirmation', outcome: 'answered-live' });
    const d = await engine.check(confirm(T + 3 * MIN));
    expect(d.allowed).toBe(false);
    expect(verdictOf(d, 'tcpa.consent').outcome).toBe('deny');
  });

  it('47 CFR 64.1200(a)(12): a reserved (pending) confirmation text also uses up the one allowed', async () => {
    const engine = await revokedEngine();
    const first = await engine.reserve(confirm(T + 1 * MIN));
    expect(first.reservation).toBeDefined();
    const second = await engine.reserve(confirm(T + 2 * MIN));
    expect(second.decision.allowed).toBe(false);
    expect(second.reservation).toBeUndefined();
  });

  // RULES.md §1.7 and §1.14: (a)(12) effective 2024-04-04. Before it, the text after a revocation has
  // no presumption to rest on; decided by the local day in the number's zone (here New York, EDT).
  it('47 CFR 64.1200(a)(12), effective 2024-04-04: on 2024-04-03 (local) the confirmation text is denied, even at 03:59Z on 04-04', async () => {
    const engine = makeEngine();
    await engine.consents.grant(pewc(NYC, '2023-01-05T15:00:00Z'));
    await engine.consents.revoke({ phone: NYC, via: 'sms', text: 'STOP', at: '2024-04-03T23:57:00-04:00' });
    const d = await engine.check(confirm(ms('2024-04-03T23:59:00-04:00')));
    expect(d.allowed).toBe(false);
    expect(verdictOf(d, 'tcpa.consent')).toMatchObject({ outcome: 'deny', code: 'consent_required', citation: expect.not.stringContaining('(a)(12)') as unknown as string });
    expect(verdictOf(d, 'tcpa.consent').details).toMatchObject({ why: expect.stringContaining('2024-04-04') as unknown as string });
  });

  it('47 CFR 64.1200(a)(12), effective 2024-04-04: from 2024-04-04 (local) the one confirmation text is allowed', async () => {
    const engine = makeEngine();
    await engine.consents.grant(pewc(NYC, '2023-01-05T15:00:00Z'));
    await engine.consents.revoke({ phone: NYC, via: 'sms', text: 'STOP', at: '2024-04-04T00:00:30-04:00' });
    const d = await engine.check(confirm(ms('2024-04-04T00:02:00-04:00')));
    expect(d.allowed).toBe(true);
    expect(verdictOf(d, 'tcpa.consent')).toMatchObject({ outcome: 'allow', code: 'consent_on_file', citation: '47 CFR 64.1200(a)(12)' });
  });

  it('47 CFR 64.1200(a)(12): the confirmation is a text, not a voice call', async () => {
    const engine = await revokedEngine();
    const d = await engine.check(confirm(T + 1 * MIN, { channel: 'voice' }));
    expect(d.allowed).toBe(false);
  });

  it('47 CFR 64.1200(a)(12): without a prior consent there is nothing to presume the confirmation within', async () => {
    const engine = makeEngine();
    await engine.consents.revoke({ phone: NYC, via: 'sms', text: 'STOP', at: new Date(T) });
    const d = await engine.check(confirm(T + 1 * MIN));
    expect(d.allowed).toBe(false);
  });

  it('47 CFR 64.1200(a)(12): without a revocation a confirmation text is not authorized', async () => {
    const engine = makeEngine();
    await engine.consents.grant(pec(NYC, GRANTED));
    const d = await engine.check(confirm(T + 1 * MIN));
    expect(d.allowed).toBe(false);
  });

  // BUG (reported): tcpa.consent reads facts.attempts for the "only one confirmation" check but
  // declares needs: ['consents'] only, so the engine neither loads attempts for it nor fails it
  // closed when attempts are unavailable (DESIGN.md §1.2: "a fact that cannot be read ... makes
  // the rules that need it deny").
  it('47 CFR 64.1200(a)(12) + DESIGN.md fail-closed: with attempts unreadable, a second confirmation text is not allowed', async () => {
    const inner = memoryStorage();
    const storage: Storage = Object.assign(Object.create(inner) as Storage, {
      async loadFacts(q: Parameters<Storage['loadFacts']>[0]) {
        const snap = await inner.loadFacts(q);
        return { ...snap, attemptsByNumber: new Map(), attemptsBySubject: new Map(), unavailable: ['attempts' as const] };
      },
    });
    const engine = await revokedEngine(storage);
    await engine.attempts.record({ phone: NYC, at: new Date(T + 1 * MIN), callType: 'autodialed', channel: 'sms', purpose: 'opt-out-confirmation', outcome: 'answered-live' });
    const d = await engine.check(confirm(T + 3 * MIN));
    expect(d.allowed).toBe(false);
  });

  it('47 CFR 64.1200(a)(12): an engine composed of tcpa.consent and tcpa.revocation alone still allows only one confirmation text', async () => {
    const engine = await revokedEngine(undefined, ['tcpa.consent', 'tcpa.revocation']);
    await engine.attempts.record({ phone: NYC, at: new Date(T + 1 * MIN), callType: 'autodialed', channel: 'sms', purpose: 'opt-out-confirmation', outcome: 'answered-live' });
    const d = await engine.check(confirm(T + 3 * MIN));
    expect(d.allowed).toBe(false);
  });
});
