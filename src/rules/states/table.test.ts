/**
 * The state table (RULES.md §4) and the pack built from it: one row per state and DC, every item
 * with its citation, effective dates and RULES.md mark; rule ids `state.<ST>.<topic>`.
 */
import { describe, expect, it } from 'vitest';
import { createEngine } from '../../core/engine';
import { US_STATE_CODES } from '../../phone/nanp';
import { holidayCalendars } from '../../time/holidays';
import { buildStateRules, stateLaws, states, UNDATED, type StateLaw } from './index';

const DATE = /^\d{4}-\d{2}-\d{2}$/;
const MARKS = ['V', 'S', 'unverified'];
const row = (st: string): StateLaw => {
  const r = stateLaws.find((x) => x.state === st);
  if (r === undefined) throw new Error(`no row ${st}`);
  return r;
};

describe('stateLaws: one row for each of the 50 states and DC (RULES.md §4.1)', () => {
  it('has 51 rows, one per USPS code, sorted', () => {
    expect(stateLaws).toHaveLength(51);
    expect(stateLaws.map((r) => r.state)).toEqual([...US_STATE_CODES]);
  });
  it('every row has a name, summary, source, citation, effective date and confidence', () => {
    for (const r of stateLaws) {
      expect(r.name.length, r.state).toBeGreaterThan(2);
      expect(r.covers.length, r.state).toBeGreaterThan(10);
      expect(r.citation.length, r.state).toBeGreaterThan(3);
      expect(r.source, r.state).toMatch(/^RULES\.md §/);
      expect(r.effective.from, r.state).toMatch(DATE);
      expect(MARKS, r.state).toContain(r.confidence);
      expect(Object.isFrozen(r), r.state).toBe(true);
    }
  });
  it('every item carries a citation, an effective date and a RULES.md mark', () => {
    for (const r of stateLaws) {
      const items = [...r.hours, ...r.holidayBan, ...r.frequencyCaps, ...r.writtenConsent, r.dnc, ...(r.emergencyBan ? [r.emergencyBan] : [])];
      for (const i of items) {
        expect(i.citation.length, r.state).toBeGreaterThan(3);
        expect(i.effective.from, r.state).toMatch(DATE);
        if (i.effective.to !== undefined) expect(i.effective.to > i.effective.from, r.state).toBe(true);
        expect(MARKS, r.state).toContain(i.confidence);
      }
    }
  });
  it('rows with nothing stricter than federal law build no rule and name their report', () => {
    const none = stateLaws.filter((r) => !r.stricterThanFederal).map((r) => r.state);
    expect(none).toEqual(['AK', 'AR', 'CO', 'DC', 'DE', 'HI', 'IA', 'ID', 'IL', 'KS', 'MO', 'MT', 'NC', 'NH', 'OH', 'VT', 'WV']);
    for (const st of none) {
      expect(buildStateRules(row(st)), st).toEqual([]);
      expect(row(st).source, st).toContain('RULES.md');
    }
  });
  it('the dated changes of RULES.md §1.14 are encoded with their dates', () => {
    expect(row('FL').hours[0]!.effective.from).toBe('2021-07-01');
    expect(row('FL').frequencyCaps[0]!.effective.from).toBe('2021-07-01');
    expect(row('OK').hours[0]!.effective.from).toBe('2022-11-01');
    expect(row('OK').frequencyCaps[0]!.effective.from).toBe('2022-11-01');
    expect(row('CT').hours[0]!.effective.from).toBe('2023-10-01');
    expect(row('MD').hours[0]!.effective.from).toBe('2024-01-01');
    expect(row('TX').hours.map((h) => [h.effective.from, h.effective.to, h.scope.texts])).toEqual([
      [UNDATED, '2025-09-01', 'not-covered'],
      ['2025-09-01', undefined, 'covered'],
    ]);
    expect(row('OR').hours.map((h) => [h.effective.from, h.effective.to, h.scope.texts, h.restatesFederal ?? false])).toEqual([
      [UNDATED, '2026-01-01', 'not-covered', true],
      ['2026-01-01', undefined, 'covered', false],
    ]);
    expect(row('PA').holidayBan[0]!.effective.from).toBe('2019-12-03');
    expect(row('NY').emergencyBan?.effective.from).toBe('2019-12-18');
  });
  it('hours from RULES.md §4.1 are transcribed exactly', () => {
    const w = (st: string, k = 0) => {
      const h = row(st).hours.filter((x) => !x.restatesFederal)[k]!;
      return [h.weekday, h.saturday, h.sunday];
    };
    const e = (start: string, end: string) => ({ start, end });
    for (const st of ['FL', 'OK', 'MD', 'WA', 'MA']) expect(w(st), st).toEqual([e('08:00', '20:00'), e('08:00', '20:00'), e('08:00', '20:00')]);
    expect(w('AL')).toEqual([e('08:00', '20:00'), e('08:00', '20:00'), null]);
    expect(w('MS')).toEqual([e('08:00', '20:00'), e('08:00', '20:00'), null]);
    expect(w('CT')).toEqual([e('09:00', '20:00'), e('09:00', '20:00'), e('09:00', '20:00')]);
    expect(w('TX')).toEqual([e('09:00', '21:00'), e('09:00', '21:00'), e('12:00', '21:00')]);
    expect(w('RI')).toEqual([e('09:00', '18:00'), e('10:00', '17:00'), null]);
    expect(w('SD')).toEqual([e('09:00', '21:00'), null, null]);
    expect(w('LA')).toEqual([e('08:00', '20:00'), e('08:00', '20:00'), null]);
    expect(w('ME')).toEqual([e('09:00', '17:00'), null, null]);
    for (const st of ['CA', 'NV', 'MI', 'MN', 'NM']) expect(w(st), st).toEqual([e('09:00', '21:00'), e('09:00', '21:00'), e('09:00', '21:00')]);
    expect(w('OK', 1)).toEqual([e('09:00', '21:00'), e('09:00', '21:00'), e('09:00', '21:00')]);
    expect(w('SC')).toEqual([e('08:00', '19:00'), e('08:00', '19:00'), e('08:00', '19:00')]);
    expect(w('OR')).toEqual([e('08:00', '20:00'), e('08:00', '20:00'), e('08:00', '20:00')]);
    expect(w('WY')).toEqual([e('08:00', '20:00'), e('08:00', '20:00'), e('08:00', '20:00')]);
    expect(w('KY')).toEqual([e('10:00', '21:00'), e('10:00', '21:00'), e('10:00', '21:00')]);
    expect(w('UT')).toEqual([undefined, undefined, null]);
    expect(w('NE', 1)).toEqual([undefined, undefined, e('13:00', '21:00')]);
  });
  it('unverified items are marked: KY live 10:00 start, WY hours, AL live calls, SD list, NC report', () => {
    expect(row('KY').hours[1]!.confidence).toBe('unverified');
    expect(row('WY').hours[0]!.confidence).toBe('unverified');
    expect(row('AL').hours[1]!.confidence).toBe('unverified');
    expect(row('SD').dnc.confidence).toBe('unverified');
    expect(row('NC').confidence).toBe('unverified');
  });
  it('emergency bans only in LA and NY (RULES.md §4.3); own DNC lists per §4.4 (plus NJ, SD from §4.1)', () => {
    expect(stateLaws.filter((r) => r.emergencyBan).map((r) => r.state)).toEqual(['LA', 'NY']);
    expect(stateLaws.filter((r) => r.dnc.ownList).map((r) => r.state)).toEqual(['CT', 'FL', 'IN', 'LA', 'MA', 'NJ', 'OK', 'PA', 'SD', 'TN', 'TX', 'WI']);
    for (const r of stateLaws.filter((x) => x.dnc.ownList)) expect(r.dnc.list).toBe(`state:${r.state}`);
  });
});

describe('the states pack', () => {
  it('rule ids are state.<ST>.<topic>, unique, each declaring its state and pack', () => {
    const ids = states.map((r) => r.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const r of states) {
      const m = /^state\.([A-Z]{2})\.(calling-hours|holiday|call-frequency|consent|call-restrictions|dnc|emergency|emergency-advisory|call-obligations)$/.exec(r.id);
      expect(m, r.id).not.toBeNull();
      expect(r.jurisdiction).toBe(m![1]);
      expect(r.states).toEqual([m![1]]);
      expect(r.pack).toBe('states');
      expect(r.effective.from).toMatch(DATE);
      expect(MARKS).toContain(r.confidence);
    }
  });
  it('builds only what a row needs', () => {
    const of = (st: string) => states.filter((r) => r.jurisdiction === st).map((r) => r.id.split('.')[2]);
    expect(of('FL')).toEqual(['calling-hours', 'call-frequency', 'consent', 'dnc']);
    expect(of('OK')).toContain('consent');
    expect(of('MD')).toContain('consent');
    expect(of('LA')).toEqual(['calling-hours', 'holiday', 'dnc', 'emergency', 'emergency-advisory']);
    expect(of('PA')).toEqual(['holiday', 'dnc']);
    expect(of('NY')).toEqual(['emergency']);
    expect(of('GA')).toEqual([]);
  });
  it('a rule carries the weakest mark of its items and starts at its earliest item', () => {
    const r = (id: string) => states.find((x) => x.id === id)!;
    expect(r('state.FL.calling-hours')).toMatchObject({ confidence: 'V', effective: { from: '2021-07-01' } });
    expect(r('state.KY.calling-hours').confidence).toBe('unverified');
    expect(r('state.TX.calling-hours')).toMatchObject({ confidence: 'S', effective: { from: UNDATED } });
    expect(r('state.OR.calling-hours').effective).toEqual({ from: '2026-01-01' });
  });
  it('a holiday restriction is only as sure as its calendar: RULES.md §4.2 marks the AL and LA lists [S], and the RI, UT and NE lists are not in RULES.md', () => {
    const r = (id: string) => states.find((x) => x.id === id)!;
    for (const cal of ['AL', 'LA', 'RI', 'UT', 'NE'] as const) expect(holidayCalendars[cal].confidence).toBe('S');
    expect(holidayCalendars.US.confidence).toBe('V');
    for (const st of ['LA', 'RI', 'UT', 'NE']) expect(r(`state.${st}.holiday`).confidence).toBe('S');
    expect(r('state.AL.holiday').confidence).toBe('unverified'); // its live-call part is unverified
    // the rows carry the folded marks too
    const law = (st: string) => stateLaws.find((l) => l.state === st)!;
    expect(law('UT').holidayBan[0]!.confidence).toBe('S');
    expect(law('RI').holidayBan[0]!.confidence).toBe('S');
  });
  it('adding a state is adding a row: a Vermont row with a 09:00 start gives Vermont numbers that window', async () => {
    const vt: StateLaw = {
      ...row('VT'),
      stricterThanFederal: true,
      hours: [
        {
          effective: { from: '2027-01-01' },
          scope: { purposes: ['telemarketing'], callTypes: ['live', 'autodialed', 'prerecorded'], texts: 'assumed', description: 'test' },
          weekday: { start: '09:00', end: '21:00' },
          citation: 'hypothetical act',
          confidence: 'unverified',
        },
      ],
    };
    const rules = buildStateRules(vt);
    expect(rules.map((r) => r.id)).toEqual(['state.VT.calling-hours']);
    const e = createEngine({ rules, seller: 'Firm', auditDecisions: false });
    const d = await e.check({ to: '(802) 555-0123', callType: 'live', purpose: 'telemarketing', at: '2027-01-05T08:30:00-05:00' });
    expect(d.denials.map((v) => v.rule)).toEqual(['state.VT.calling-hours']);
    expect(d.nextPermittedAt?.toISOString()).toBe(new Date('2027-01-05T09:00:00-05:00').toISOString());
  });
});
