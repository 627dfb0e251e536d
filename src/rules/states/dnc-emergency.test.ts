/**
 * state.<ST>.dnc (RULES.md §4.4) and state.<ST>.emergency (RULES.md §4.3: La. R.S. 45:844.31;
 * GBL 399-z(5-a)).
 */
import { describe, expect, it } from 'vitest';
import { createEngine } from '../../core/engine';
import { memoryStorage } from '../../storage/memory';
import type { Storage } from '../../storage/types';
import type { CallIntent, Decision, Verdict } from '../../core/types';
import { states } from './index';
import { iso, only, verdicts } from './test-utils';

const fresh = () => createEngine({ rules: states, seller: 'Firm', auditDecisions: false });
const tm = (to: string, at: string, over: Partial<CallIntent> = {}): CallIntent => ({ to, at, callType: 'live', purpose: 'telemarketing', ...over });

const FL = '(305) 555-0123';
const TX = '(214) 555-0123';
const LA = '(504) 555-0123';
const GA = '(404) 555-0123';
const NY = '(212) 555-0123';

describe('State do-not-call lists (RULES.md §4.4)', () => {
  const T = '2026-06-16T12:00:00-04:00';
  it('Florida list: a number on state:FL is denied for telemarketing, not for debt collection', async () => {
    const e = fresh();
    await e.suppressions.add('state:FL', FL);
    const v = only(await e.check(tm(FL, T)), 'state.FL.dnc');
    expect(v).toMatchObject({ outcome: 'deny', code: 'on_state_dnc', details: { list: 'state:FL' } });
    expect(verdicts(await e.check({ ...tm(FL, T), purpose: 'debt-collection' }), 'state.FL.dnc')).toHaveLength(0);
  });
  it('a number on the national list only is not on the state list', async () => {
    const e = fresh();
    await e.suppressions.add('national', FL);
    expect(only(await e.check(tm(FL, T)), 'state.FL.dnc')).toMatchObject({ outcome: 'allow', code: 'not_on_dnc' });
  });
  it('the address state\'s list applies too: a Georgia number with a Texas address on state:TX', async () => {
    const e = fresh();
    await e.suppressions.add('state:TX', GA);
    expect(only(await e.check(tm(GA, T, { address: { state: 'TX' } })), 'state.TX.dnc').outcome).toBe('deny');
    expect(verdicts(await e.check(tm(GA, T)), 'state.TX.dnc')).toHaveLength(0);
  });
  it('Texas no-call list (Tex. Bus. & Com. Code 304.051) covers a Texas number', async () => {
    const e = fresh();
    await e.suppressions.add('state:TX', TX);
    expect(only(await e.check(tm(TX, '2026-06-16T12:00:00-05:00')), 'state.TX.dnc').code).toBe('on_state_dnc');
  });
});

describe('La. R.S. 45:844.31: no telephonic solicitation during a declared emergency', () => {
  const FROM = '2026-08-25T00:00:00-05:00';
  const TO = '2026-09-05T00:00:00-05:00';
  const AT = '2026-08-28T12:00:00-05:00';
  async function declared(counties?: string[]) {
    const e = fresh();
    await e.emergencies.declare({ state: 'LA', ...(counties ? { counties } : {}), from: FROM, to: TO });
    return e;
  }
  it('declared for Orleans; the address is in Orleans Parish: denied until the end of the declaration', async () => {
    const e = await declared(['Orleans']);
    const d = await e.check(tm(LA, AT, { address: { state: 'LA', county: 'Orleans Parish' } }));
    const v = only(d, 'state.LA.emergency');
    expect(v).toMatchObject({ outcome: 'deny', code: 'emergency_ban', details: { counties: ['Orleans'] } });
    expect(v.retryAt?.toISOString()).toBe(iso(TO));
    // The declaration ends at Saturday 00:00; Louisiana's window opens at 08:00.
    expect(d.nextPermittedAt?.toISOString()).toBe(iso('2026-09-05T08:00:00-05:00'));
  });
  it('county matching is case-insensitive', async () => {
    const e = await declared(['ORLEANS']);
    expect(only(await e.check(tm(LA, AT, { address: { state: 'LA', county: 'orleans' } })), 'state.LA.emergency').outcome).toBe('deny');
  });
  it('declared for Orleans; the address is in Caddo Parish: allowed', async () => {
    const e = await declared(['Orleans']);
    expect(only(await e.check(tm(LA, AT, { address: { state: 'LA', county: 'Caddo' } })), 'state.LA.emergency')).toMatchObject({ outcome: 'allow', code: 'no_emergency' });
  });
  it('declared for Orleans; no county known: denied (conservative)', async () => {
    const e = await declared(['Orleans']);
    expect(only(await e.check(tm(LA, AT)), 'state.LA.emergency').outcome).toBe('deny');
  });
  it('a statewide declaration covers a Georgia number whose address is in Louisiana', async () => {
    const e = await declared();
    const d = await e.check(tm(GA, AT, { address: { state: 'LA' } }));
    expect(only(d, 'state.LA.emergency').outcome).toBe('deny');
  });
  it('after the declaration ends: allowed', async () => {
    const e = await declared();
    expect(only(await e.check(tm(LA, '2026-09-08T12:00:00-05:00')), 'state.LA.emergency').outcome).toBe('allow');
  });
  it('RULES.md §4.3 (LPSC: all telephonic solicitation, "incl. collection per one alert" [S]): a debt-collection call during a declaration gets a warning marked S from state.LA.emergency-advisory, not a denial', async () => {
    const e = await declared(['Orleans']);
    const d = await e.check({ ...tm(LA, AT), purpose: 'debt-collection', subject: 'debt-1' });
    const v = only(d, 'state.LA.emergency-advisory');
    expect(v).toMatchObject({ outcome: 'warn', code: 'emergency_advisory', confidence: 'S', details: { state: 'Louisiana', to: iso(TO), counties: ['Orleans'] } });
    expect(v.citation).toContain('LPSC');
    expect(v.reason).toContain('(Orleans)');
    expect(v.reason).toContain('collection calls');
    expect(d.warnings).toContainEqual(v);
    expect(verdicts(d, 'state.LA.emergency')).toHaveLength(0);
    // no declaration: the usual allow
    const quiet = await fresh().check({ ...tm(LA, AT), purpose: 'debt-collection', subject: 'debt-1' });
    expect(only(quiet, 'state.LA.emergency-advisory')).toMatchObject({ outcome: 'allow', code: 'no_emergency' });
    // the ban itself stays V and covers solicitations only
    expect(only(await e.check(tm(LA, AT, { address: { state: 'LA', county: 'Orleans' } })), 'state.LA.emergency')).toMatchObject({ outcome: 'deny', confidence: 'V' });
  });
  it('an advisory rule never denies: with the declarations unreadable, a debt-collection call gets a fact_unavailable warning, not a denial', async () => {
    const inner = memoryStorage();
    const storage: Storage = { ...inner, loadFacts: async (q) => ({ ...(await inner.loadFacts(q)), unavailable: ['emergencies'] }) };
    const e = createEngine({ rules: states, seller: 'Firm', auditDecisions: false, storage });
    const d = await e.check({ ...tm(LA, AT), purpose: 'debt-collection', subject: 'debt-1' });
    expect(d.denials.filter((v) => v.details?.['forRule'] === 'state.LA.emergency-advisory')).toEqual([]);
    expect(d.warnings.find((v) => v.details?.['forRule'] === 'state.LA.emergency-advisory')).toMatchObject({ rule: 'engine.fact-unavailable', outcome: 'warn', code: 'fact_unavailable' });
    // the binding ban still denies a solicitation it cannot check
    const sol = await e.check(tm(LA, AT));
    expect(sol.denials.find((v) => v.details?.['forRule'] === 'state.LA.emergency')).toMatchObject({ outcome: 'deny', code: 'fact_unavailable' });
  });
});

describe('GBL 399-z(5-a) (eff. 2019-12-18): no unsolicited telemarketing sales call into an emergency area', () => {
  const AT = '2026-01-10T12:00:00-05:00';
  it('denied during a New York declaration; allowed with consent (not "unsolicited")', async () => {
    const e = fresh();
    await e.emergencies.declare({ state: 'NY', from: '2026-01-09T00:00:00-05:00', to: '2026-01-12T00:00:00-05:00' });
    const v = only(await e.check(tm(NY, AT)), 'state.NY.emergency');
    expect(v).toMatchObject({ outcome: 'deny', code: 'emergency_ban', confidence: 'S' });
    await e.consents.grant({ phone: NY, kind: 'prior-express', evidence: { method: 'verbal', capturedAt: '2025-12-01T10:00:00-05:00' } });
    expect(only(await e.check(tm(NY, AT)), 'state.NY.emergency')).toMatchObject({ outcome: 'allow', code: 'not_applicable' });
  });
  it('before 2019-12-18 the New York rule is not in force', async () => {
    const e = fresh();
    await e.emergencies.declare({ state: 'NY', from: '2019-12-01T00:00:00-05:00', to: '2019-12-31T00:00:00-05:00' });
    expect(verdicts(await e.check(tm(NY, '2019-12-17T12:00:00-05:00')), 'state.NY.emergency')).toHaveLength(0);
    expect(only(await e.check(tm(NY, '2019-12-18T12:00:00-05:00')), 'state.NY.emergency').outcome).toBe('deny');
  });
});
