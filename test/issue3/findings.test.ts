/**
 * Behaviour found by the issue-3 audit to depart from the cited text, now fixed: a state's window
 * is read in that state's own zones (RULES.md §7).
 */
import { describe, expect, it } from 'vitest';
import { createEngine, defaultRules } from '../../src/index';
import { PHONE, only, tm, verdicts } from './helpers';

const full = createEngine({ rules: defaultRules, seller: 'Firm', auditDecisions: false });

describe('RULES.md §7: "With a state rule (e.g., FL 08:00–20:00) apply it to the zone(s) of that state before intersecting"', () => {
  // A Georgia number (404, Eastern) with an Alabama address (Alabama is Central only): candidate
  // zones are Eastern and Central. 20:30 EDT = 19:30 CDT. The Alabama window (08:00–20:00) read in
  // Alabama's zone is open (19:30 CDT); the federal window (08:00–21:00) is open in both zones
  // (20:30 EDT, 19:30 CDT). §7's recipe therefore allows the call (the engine used to apply
  // Alabama's window in the Georgia zone too and deny it).
  it('Ala. Admin. Code r. 770-X-5-.17(1)(b) is read in Alabama\'s zone only: a GA number with an AL address at 19:30 CDT / 20:30 EDT is allowed', async () => {
    const d = await full.check(tm(PHONE.GA, '2026-06-16T20:30:00-04:00', { address: { state: 'AL' } }));
    expect(d.intent.zones).toEqual(['America/Chicago', 'America/New_York']);
    expect(only(d, 'state.AL.calling-hours').outcome).toBe('allow');
    expect(d.allowed).toBe(true);
  });

  it('Miss. Code 77-3-723(1) the same way: a GA number with an MS address at 19:30 CDT / 20:30 EDT is allowed', async () => {
    const d = await full.check(tm(PHONE.GA, '2026-06-16T20:30:00-04:00', { address: { state: 'MS' } }));
    expect(only(d, 'state.MS.calling-hours').outcome).toBe('allow');
  });

  it('control: where the state spans both candidate zones (FL: Eastern + Central) the state window binds in both', async () => {
    const d = await full.check(tm(PHONE.GA, '2026-06-16T20:30:00-04:00', { address: { state: 'FL' } }));
    expect(only(d, 'state.FL.calling-hours')).toMatchObject({ outcome: 'deny', details: { zone: 'America/New_York' } });
    expect(verdicts(d, 'state.GA.calling-hours')).toHaveLength(0);
  });
});
