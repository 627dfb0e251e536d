import { describe, expect, it } from 'vitest';
import { ZONES } from './nanp-data';
import { US_STATE_CODES, US_TERRITORY_CODES, lookupNanp, zonesForState } from './nanp';
import type { NanpLocation } from './nanp';

const ET = 'America/New_York';
const CT = 'America/Chicago';
const MT = 'America/Denver';
const PT = 'America/Los_Angeles';

function at(npa: number, nxx: number): NanpLocation {
  const loc = lookupNanp(npa, nxx);
  if (!loc) throw new Error(`${npa}-${nxx} not found`);
  return loc;
}

describe('lookupNanp: single-zone area codes', () => {
  it('212 -> America/New_York, NY', () => {
    expect(at(212, 736)).toEqual({ zones: [ET], states: ['NY'], region: 'US', source: 'npa' });
  });
  it('808 -> Pacific/Honolulu, HI (no DST, RULES.md §7)', () => {
    expect(at(808, 555)).toMatchObject({ zones: ['Pacific/Honolulu'], states: ['HI'], region: 'US' });
  });
  it('602 -> America/Phoenix, AZ (no DST, RULES.md §7)', () => {
    expect(at(602, 555)).toMatchObject({ zones: ['America/Phoenix'], states: ['AZ'], region: 'US' });
  });
  it('928 Navajo Nation NXX -> Phoenix & Denver (Navajo observes DST, RULES.md §7)', () => {
    expect(at(928, 871).zones).toEqual([MT, 'America/Phoenix']);
    expect(at(928, 774).zones).toEqual(['America/Phoenix']);
  });
});

describe('lookupNanp: US territories', () => {
  it('787 / 939 -> America/Puerto_Rico, PR', () => {
    expect(at(787, 555)).toMatchObject({ zones: ['America/Puerto_Rico'], states: ['PR'], region: 'US' });
    expect(at(939, 555)).toMatchObject({ zones: ['America/Puerto_Rico'], states: ['PR'], region: 'US' });
  });
  it('340 -> VI', () => {
    expect(at(340, 555)).toMatchObject({ zones: ['America/St_Thomas'], states: ['VI'], region: 'US' });
  });
  it('671 -> GU', () => {
    expect(at(671, 555)).toMatchObject({ zones: ['Pacific/Guam'], states: ['GU'], region: 'US' });
  });
  it('670 -> MP', () => {
    expect(at(670, 555)).toMatchObject({ zones: ['Pacific/Saipan'], states: ['MP'], region: 'US' });
  });
  it('684 -> AS (Pacific/Pago_Pago, RULES.md §7)', () => {
    expect(at(684, 555)).toMatchObject({ zones: ['Pacific/Pago_Pago'], states: ['AS'], region: 'US' });
  });
});

describe('lookupNanp: non-US NANP', () => {
  it('416 -> region CA (Canada), no states', () => {
    expect(at(416, 555)).toEqual({ zones: ['America/Toronto'], states: [], region: 'CA', source: 'npa' });
  });
  it('876 -> JM, 242 -> BS', () => {
    expect(at(876, 555)).toMatchObject({ region: 'JM', states: [] });
    expect(at(242, 555)).toMatchObject({ region: 'BS', states: [] });
  });
  it('ISO codes are not read as USPS codes: 345 Cayman is KY, not Kentucky; 664 Montserrat is MS, not Mississippi', () => {
    expect(at(345, 555)).toMatchObject({ region: 'KY', states: [], zones: ['America/Cayman'] });
    expect(at(664, 555)).toMatchObject({ region: 'MS', states: [], zones: ['America/Montserrat'] });
    expect(zonesForState('KY')).not.toContain('America/Cayman');
    expect(zonesForState('MS')).not.toContain('America/Montserrat');
  });
});

describe('lookupNanp: area codes split between zones (RULES.md §7)', () => {
  it('850 NXX listed Central in the map (850-43x, e.g. 850-432 Pensacola) -> America/Chicago', () => {
    expect(at(850, 432)).toEqual({ zones: [CT], states: ['FL'], region: 'US', source: 'nxx' });
    expect(at(850, 439).zones).toEqual([CT]);
  });
  it('850 default (e.g. 850-222 Tallahassee) -> Eastern', () => {
    expect(at(850, 222)).toEqual({ zones: [ET], states: ['FL'], region: 'US', source: 'npa' });
  });
  it('208 (no NPA default): Mountain NXX -> Denver, Pacific NXX -> Los_Angeles', () => {
    expect(at(208, 201)).toMatchObject({ zones: [MT], states: ['ID'], source: 'nxx' }); // 1208201
    expect(at(208, 215)).toMatchObject({ zones: [PT], states: ['ID'], source: 'nxx' }); // 1208215
    expect(at(208, 667).zones).toEqual([PT]); // Coeur d'Alene, via 120866
  });
  it('208 NXX mapped "Mountain & Pacific" by a short prefix (12085) -> both', () => {
    expect(at(208, 500)).toMatchObject({ zones: ['America/Boise', PT], source: 'nxx' });
  });
  it('208 unlisted NXX (no entry longer than the NPA) -> both zones of 208 ("unlisted NXX -> both")', () => {
    // Every valid 208 NXX (200-999) is covered by some NXX-level prefix; 0xx/1xx and an
    // out-of-range NXX exercise the unlisted case.
    const loc = at(208, 150);
    expect(loc.source).toBe('override');
    expect(loc.zones).toContain(PT);
    expect(loc.zones.some((z) => z === MT || z === 'America/Boise')).toBe(true);
    expect(lookupNanp(208, -1)).toBe(loc);
  });
  it('219: Central NXX -> Chicago; unlisted NXX -> both ("mostly Central, default Eastern")', () => {
    expect(at(219, 226)).toMatchObject({ zones: [CT], states: ['IN'], source: 'nxx' });
    expect(at(219, 555)).toMatchObject({ zones: [CT, ET], states: ['IN'], source: 'override' });
  });
  it('423: Eastern NXX -> New_York; unlisted NXX -> both ("default Central; 176 NXX -> Eastern")', () => {
    expect(at(423, 202)).toMatchObject({ zones: [ET], states: ['TN'], source: 'nxx' });
    expect(at(423, 555)).toMatchObject({ zones: [CT, ET], states: ['TN'], source: 'override' });
  });
  it('541-372 (Nyssa, Malheur County) -> Mountain; other 541 -> Pacific', () => {
    expect(at(541, 372)).toMatchObject({ zones: [MT], states: ['OR'], source: 'nxx' });
    expect(at(541, 555)).toMatchObject({ zones: [PT], states: ['OR'], source: 'npa' });
  });
  it('907-581 (Unalaska) -> Anchorage + Adak, not Honolulu (Honolulu has no DST)', () => {
    expect(at(907, 581)).toEqual({
      zones: ['America/Adak', 'America/Anchorage'],
      states: ['AK'],
      region: 'US',
      source: 'override',
    });
    expect(at(907, 222)).toMatchObject({ zones: ['America/Juneau'], source: 'nxx' });
    expect(at(907, 555)).toMatchObject({ zones: ['America/Adak', 'America/Anchorage'], source: 'npa' });
  });
});

describe('lookupNanp: overlay data gaps take the parent area code\'s zones (RULES.md §7)', () => {
  it('689 (407 overlay, Orlando; map: Central only, a data gap not in §7) -> the map\'s Central and 407\'s Eastern', () => {
    expect(at(689, 555)).toEqual({ zones: [CT, ET], states: ['FL'], region: 'US', source: 'override' });
    expect(at(407, 555)).toMatchObject({ zones: [ET], source: 'npa' });
  });
  it('448 (850 overlay, map: Eastern only) -> Eastern + Central', () => {
    expect(at(448, 555)).toEqual({ zones: [CT, ET], states: ['FL'], region: 'US', source: 'override' });
  });
  it('930 (812 overlay, map: Eastern only) -> both', () => {
    expect(at(930, 555)).toMatchObject({ zones: [CT, ET], states: ['IN'], source: 'override' });
  });
  it('364 (270 overlay, map: Eastern only; mostly Central on the ground) -> both', () => {
    expect(at(364, 555)).toMatchObject({ zones: [CT, ET], states: ['KY'], source: 'override' });
  });
  it('729 (423 overlay, not in the map at all) -> both, TN', () => {
    expect(at(729, 555)).toMatchObject({ zones: [CT, ET], states: ['TN'], region: 'US', source: 'override' });
  });
  it("458 (541 overlay, map: Pacific only) -> Pacific + 541's Mountain zone (Denver)", () => {
    expect(at(458, 555)).toMatchObject({ zones: [MT, PT], states: ['OR'], source: 'override' });
  });
  it('986 (208 overlay, Mountain & Pacific) -> every zone of 208', () => {
    const loc = at(986, 555);
    expect(loc).toMatchObject({ states: ['ID'], source: 'override' });
    expect(loc.zones).toEqual(at(208, 150).zones);
    expect(loc.zones).toContain(PT);
    expect(loc.zones).toContain(MT);
  });
});

describe('lookupNanp: states', () => {
  it('an NXX whose geocoding names another state adds that state (201-631 "New York, NY")', () => {
    expect(at(201, 631).states).toEqual(['NJ', 'NY']);
    expect(at(201, 555).states).toEqual(['NJ']);
  });
  it('DC', () => {
    expect(at(202, 555)).toMatchObject({ zones: [ET], states: ['DC'], region: 'US' });
  });
  it('every US state and DC has at least one area code', () => {
    const seen = new Set<string>();
    for (let npa = 200; npa <= 999; npa++) {
      const loc = lookupNanp(npa, 555);
      if (loc) for (const s of loc.states) seen.add(s);
    }
    for (const s of [...US_STATE_CODES, ...US_TERRITORY_CODES]) expect(seen, s).toContain(s);
  });
});

describe('lookupNanp: input handling and shape', () => {
  it('unassigned / non-geographic / invalid area codes -> undefined', () => {
    expect(lookupNanp(999, 555)).toBeUndefined();
    expect(lookupNanp(800, 555)).toBeUndefined();
    expect(lookupNanp(211, 555)).toBeUndefined();
    expect(lookupNanp(-1, 555)).toBeUndefined();
    expect(lookupNanp(1212, 555)).toBeUndefined();
    expect(lookupNanp(212.5, 555)).toBeUndefined();
    expect(lookupNanp(Number.NaN, 555)).toBeUndefined();
  });
  it('an out-of-range NXX gives the area-code result', () => {
    expect(lookupNanp(212, 5555)).toBe(lookupNanp(212, 555));
    expect(lookupNanp(850, Number.NaN)).toBe(lookupNanp(850, 222));
  });
  it('results are frozen and shared', () => {
    const a = at(212, 736);
    expect(Object.isFrozen(a)).toBe(true);
    expect(Object.isFrozen(a.zones)).toBe(true);
    expect(Object.isFrozen(a.states)).toBe(true);
    expect(at(212, 555)).toBe(a);
    expect(at(646, 555).zones).toBe(a.zones);
  });
  it('every result: zones non-empty, sorted, unique, valid IANA; US iff states non-empty', () => {
    for (const z of ZONES) expect(() => new Intl.DateTimeFormat('en-US', { timeZone: z })).not.toThrow();
    const checked = new Set<NanpLocation>();
    for (let npa = 0; npa < 1000; npa++) {
      for (let nxx = 0; nxx < 1000; nxx++) {
        const loc = lookupNanp(npa, nxx);
        if (!loc || checked.has(loc)) continue;
        checked.add(loc);
        expect(loc.zones.length).toBeGreaterThan(0);
        expect([...new Set(loc.zones)].sort()).toEqual(loc.zones);
        expect([...new Set(loc.states)].sort()).toEqual(loc.states);
        expect(loc.region === 'US').toBe(loc.states.length > 0);
        for (const s of loc.states) expect([...US_STATE_CODES, ...US_TERRITORY_CODES]).toContain(s);
      }
    }
    expect(checked.size).toBeGreaterThan(50);
  });
});

describe('zonesForState', () => {
  it("FL -> Central and Eastern (850's Central NXXs, the 448 overlay)", () => {
    expect(zonesForState('FL')).toEqual([CT, ET]);
  });
  it('IN -> Central and Eastern (219, 812, 574, 930)', () => {
    expect(zonesForState('IN')).toEqual([CT, ET]);
  });
  it('AZ -> Phoenix and Denver (Navajo Nation)', () => {
    expect(zonesForState('AZ')).toEqual([MT, 'America/Phoenix']);
  });
  it('AK -> Alaska and Hawaii-Aleutian zones, not Honolulu (907-581 override)', () => {
    expect(zonesForState('AK')).toEqual(['America/Adak', 'America/Anchorage', 'America/Juneau']);
  });
  it('ID, OR, KY, TN span two zones', () => {
    expect(zonesForState('ID')).toContain(PT);
    expect(zonesForState('ID')).toContain(MT);
    expect(zonesForState('OR')).toEqual([MT, PT]);
    expect(zonesForState('KY')).toEqual([CT, ET]);
    expect(zonesForState('TN')).toEqual([CT, ET]);
  });
  it('single-zone states and territories', () => {
    expect(zonesForState('NY')).toEqual([ET]);
    expect(zonesForState('HI')).toEqual(['Pacific/Honolulu']);
    expect(zonesForState('PR')).toEqual(['America/Puerto_Rico']);
    expect(zonesForState('GU')).toEqual(['Pacific/Guam']);
  });
  it('every state, DC and territory has zones; case-insensitive; unknown -> []', () => {
    for (const s of [...US_STATE_CODES, ...US_TERRITORY_CODES]) expect(zonesForState(s).length, s).toBeGreaterThan(0);
    expect(zonesForState('fl')).toBe(zonesForState('FL'));
    expect(zonesForState('ZZ')).toEqual([]);
    expect(zonesForState('ON')).toEqual([]);
  });
});

describe('code lists', () => {
  it('US_STATE_CODES: 50 states + DC, unique; US_TERRITORY_CODES: PR, VI, GU, MP, AS', () => {
    expect(US_STATE_CODES).toHaveLength(51);
    expect(new Set(US_STATE_CODES).size).toBe(51);
    expect(US_STATE_CODES).toContain('DC');
    expect([...US_TERRITORY_CODES].sort()).toEqual(['AS', 'GU', 'MP', 'PR', 'VI']);
    expect(Object.isFrozen(US_STATE_CODES)).toBe(true);
  });
});
