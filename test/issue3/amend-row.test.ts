/**
 * "Adding a state is adding a row" through the public API (docs/guide/rules.md, "State law as
 * data"): a host amends a row of `stateLaws` and rebuilds the pack with `buildStatePack`; the new
 * provision applies from its date, in the state's zones, and only there.
 */
import { describe, expect, it } from 'vitest';
import { buildStatePack, buildStateRules, createEngine, defaultRules, listRules, stateLaws, type StateLaw } from '../../src/index';
import { PHONE, at, tm, verdicts } from './helpers';

const ga = stateLaws.find((l) => l.state === 'GA')!;
const amended: StateLaw = {
  ...ga,
  stricterThanFederal: true,
  hours: [
    ...ga.hours,
    {
      effective: { from: '2027-07-01' },
      scope: { purposes: ['telemarketing'], callTypes: ['autodialed', 'prerecorded', 'live'], texts: 'covered', description: 'Telephone solicitations' },
      weekday: { start: '08:00', end: '20:00' },
      saturday: { start: '08:00', end: '20:00' },
      sunday: null,
      citation: 'Ga. Laws 2027, Act 123 (hypothetical)',
      confidence: 'V',
    },
  ],
};
const myStates = buildStatePack(stateLaws.map((l) => (l.state === 'GA' ? amended : l)));
const engine = () => createEngine({ rules: [...defaultRules.filter((r) => r.pack !== 'states'), ...myStates], seller: 'Firm', auditDecisions: false });

describe('amending a state row (public builders)', () => {
  it('the stock table gives Georgia no calling-hours rule; the amended row gives one, dated 2027-07-01', () => {
    expect(buildStateRules(ga).map((r) => r.id)).not.toContain('state.GA.calling-hours');
    const r = listRules(myStates).find((x) => x.id === 'state.GA.calling-hours');
    expect(r).toMatchObject({ effective: { from: '2027-07-01' }, citation: 'Ga. Laws 2027, Act 123 (hypothetical)', confidence: 'V' });
  });

  it('20:30 on a Wednesday in Atlanta: allowed on 2027-06-30, denied from 2027-07-01 with the next opening at 08:00', async () => {
    const e = engine();
    expect((await e.check(tm(PHONE.GA, at('GA', '2027-06-30', '20:30')))).allowed).toBe(true);
    const d = await e.check(tm(PHONE.GA, at('GA', '2027-07-07', '20:30')));
    expect(d.denials.map((v) => v.rule)).toEqual(['state.GA.calling-hours']);
    expect(d.nextPermittedAt?.toISOString()).toBe(at('GA', '2027-07-08', '08:00').toISOString());
  });

  it('Sunday is banned outright by the amended row: the next permitted instant is Monday 08:00', async () => {
    const d = await engine().check(tm(PHONE.GA, at('GA', '2027-07-04', '12:00')));
    expect(d.denials.map((v) => v.rule)).toEqual(['state.GA.calling-hours']);
    expect(d.nextPermittedAt?.toISOString()).toBe(at('GA', '2027-07-05', '08:00').toISOString());
  });

  it('other states are untouched: a New York call at 20:30 has no state verdict', async () => {
    const d = await engine().check(tm(PHONE.NY, at('NY', '2027-07-07', '20:30')));
    expect(d.allowed).toBe(true);
    expect(verdicts(d, 'state.GA.calling-hours')).toHaveLength(0);
  });
});
