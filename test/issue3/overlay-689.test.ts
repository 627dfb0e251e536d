/**
 * 689 overlays 407 (Orlando, Eastern), but the libphonenumber map gives it America/Chicago only:
 * the generator keeps the map's zone and adds 407's (scripts/gen-nanp.ts OVERRIDES), so every
 * window must be open in both (RULES.md §7 conservative rule).
 */
import { describe, expect, it } from 'vitest';
import { createEngine, defaultRules } from '../../src/index';
import { tm } from './helpers';

const full = () => createEngine({ rules: defaultRules, seller: 'Firm', auditDecisions: false });

describe('Fla. Stat. 501.616(6)(a) on an Orlando overlay number (689, map data: Central only)', () => {
  it('20:30 EDT is 19:30 CDT: the call is denied, since 689 is read in Eastern as well as Central', async () => {
    const d = await full().check(tm('689-555-0142', '2026-06-10T20:30:00-04:00', { lineType: 'landline' }));
    expect(d.allowed).toBe(false);
    expect(d.denials.map((v) => v.rule)).toContain('state.FL.calling-hours');
  });
});
