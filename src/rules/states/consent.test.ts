/**
 * state.<ST>.consent: state "mini-TCPA" written-consent requirements (RULES.md §4.1), which reach
 * calls the TCPA does not (an autodialed sales call with a live agent to a landline needs no TCPA
 * consent, 47 CFR 64.1200(a)):
 * - Fla. Stat. 501.059 (FTSA): PEWC for telephonic sales calls, texts included, using an automated
 *   system for the selection and dialing of numbers or a recorded message [V, HB 761 staff analysis].
 * - 15 O.S. 775C.1 et seq. (OTSA, eff. 2022-11-01): the same for automated selection or dialing [S].
 * - Md. Code, Com. Law 14-4502(a)(3) (eff. 2024-01-01): the same for solicitations [V].
 */
import { describe, expect, it } from 'vitest';
import { createEngine } from '../../core/engine';
import type { CallIntent, ConsentGrant } from '../../core/types';
import { defaultRules } from '../index';
import { only, verdicts } from './test-utils';

const FL = '(305) 555-0123';
const OK = '(405) 555-0123';
const MD = '(410) 555-0123';
const NY = '(212) 736-1234';
const AT = '2026-06-10T12:00:00-04:00';
const fresh = () => createEngine({ rules: defaultRules, seller: 'Firm', auditDecisions: false });
const call = (to: string, over: Partial<CallIntent> = {}): CallIntent => ({ to, at: AT, callType: 'autodialed', purpose: 'telemarketing', lineType: 'landline', relationship: 'client', campaignId: 'c1', ...over });
const pewc = (phone: string, over: Partial<ConsentGrant> = {}): ConsentGrant => ({
  phone,
  kind: 'prior-express-written',
  evidence: { method: 'e-sign', capturedAt: '2021-01-01T00:00:00Z', signature: '/s/ Pat', disclosureText: 'I agree to automated marketing calls and texts from Firm.' },
  ...over,
});

describe('Fla. Stat. 501.059 (FTSA): prior express written consent for automated telephonic sales calls, whatever the line type', () => {
  it('an autodialed sales call to a Florida landline: no TCPA consent needed, but denied by state.FL.consent without PEWC', async () => {
    const d = await fresh().check(call(FL));
    expect(only(d, 'tcpa.consent').code).toBe('consent_not_required');
    const v = only(d, 'state.FL.consent');
    expect(v).toMatchObject({ outcome: 'deny', code: 'state_written_consent_required', confidence: 'V', details: { state: 'Florida', callType: 'autodialed', channel: 'voice' } });
    expect(v.citation).toContain('501.059');
    expect(v.reason).toContain('whatever the line type');
    expect(d.allowed).toBe(false);
    expect(d.nextPermittedAt).toBeNull();
  });

  it('with the seller\'s PEWC on file: allowed, consent_on_file', async () => {
    const e = fresh();
    const c = await e.consents.grant(pewc(FL));
    const d = await e.check(call(FL));
    expect(only(d, 'state.FL.consent')).toMatchObject({ outcome: 'allow', code: 'consent_on_file', details: { consentId: c.id } });
    expect(d.allowed).toBe(true);
  });

  it('oral consent is not written consent; another seller\'s PEWC does not count; a PEWC limited to voice does not cover a text', async () => {
    const e = fresh();
    await e.consents.grant({ phone: FL, kind: 'prior-express', evidence: { method: 'verbal', capturedAt: '2021-01-01T00:00:00Z' } });
    await e.consents.grant(pewc(FL, { seller: 'Other LLP' }));
    await e.consents.grant(pewc(FL, { scope: { channels: ['voice'] } }));
    expect(only(await e.check(call(FL)), 'state.FL.consent').outcome).toBe('allow');
    expect(only(await e.check(call(FL, { channel: 'sms', lineType: 'wireless' })), 'state.FL.consent').outcome).toBe('deny');
    const other = fresh();
    await other.consents.grant({ phone: FL, kind: 'prior-express', evidence: { method: 'verbal', capturedAt: '2021-01-01T00:00:00Z' } });
    await other.consents.grant(pewc(FL, { seller: 'Other LLP' }));
    expect(only(await other.check(call(FL)), 'state.FL.consent').outcome).toBe('deny');
  });

  it('recorded-message calls and texts are covered; live calls and non-sales calls are not', async () => {
    const e = fresh();
    expect(only(await e.check(call(FL, { callType: 'prerecorded' })), 'state.FL.consent').outcome).toBe('deny');
    expect(only(await e.check(call(FL, { channel: 'sms', lineType: 'wireless' })), 'state.FL.consent').outcome).toBe('deny');
    expect(verdicts(await e.check(call(FL, { callType: 'live' })), 'state.FL.consent')).toHaveLength(0);
    expect(verdicts(await e.check(call(FL, { purpose: 'informational' })), 'state.FL.consent')).toHaveLength(0);
  });

  it('every candidate state: a New York number with a Florida address is held to the FTSA', async () => {
    const d = await fresh().check(call(NY, { address: { state: 'FL' } }));
    expect(only(d, 'state.FL.consent').outcome).toBe('deny');
  });

  it('a PEWC the Reassigned Numbers Database says the number has outlived does not count (47 CFR 64.1200(m))', async () => {
    const e = fresh();
    await e.consents.grant(pewc(FL));
    await e.reassignedNumbers.record({ phone: FL, since: '2021-01-01T00:00:00Z', result: 'yes', queriedAt: '2026-06-01T00:00:00Z' });
    expect(only(await e.check(call(FL)), 'state.FL.consent').outcome).toBe('deny');
  });
});

describe('15 O.S. 775C.1 et seq. (OTSA, eff. 2022-11-01) and Md. Code, Com. Law 14-4502(a)(3) (eff. 2024-01-01)', () => {
  it('Oklahoma: no state consent rule on 2022-10-31; from 2022-11-01 an autodialed sales call to a landline needs PEWC (marked S)', async () => {
    const e = fresh();
    expect(verdicts(await e.check(call(OK, { at: '2022-10-31T12:00:00-05:00' })), 'state.OK.consent')).toHaveLength(0);
    const v = only(await e.check(call(OK, { at: '2022-11-01T12:00:00-05:00' })), 'state.OK.consent');
    expect(v).toMatchObject({ outcome: 'deny', code: 'state_written_consent_required', confidence: 'S' });
  });

  it('Maryland: none on 2023-12-31; from 2024-01-01 automated and recorded-message solicitations need PEWC', async () => {
    const e = fresh();
    expect(verdicts(await e.check(call(MD, { at: '2023-12-31T12:00:00-05:00' })), 'state.MD.consent')).toHaveLength(0);
    expect(only(await e.check(call(MD, { at: '2024-01-01T12:00:00-05:00' })), 'state.MD.consent').outcome).toBe('deny');
    expect(only(await e.check(call(MD, { callType: 'prerecorded' })), 'state.MD.consent').outcome).toBe('deny');
    await e.consents.grant(pewc(MD));
    expect(only(await e.check(call(MD)), 'state.MD.consent').outcome).toBe('allow');
  });

  it('a state without such a law builds no consent rule (New York)', async () => {
    expect(verdicts(await fresh().check(call(NY)), 'state.NY.consent')).toHaveLength(0);
  });
});
