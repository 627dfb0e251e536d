import { describe, expect, it } from 'vitest';
import { stateForZip } from './zip';
import { US_STATE_CODES, US_TERRITORY_CODES } from './nanp';

describe('stateForZip', () => {
  it.each([
    ['10001', 'NY'],
    ['33101', 'FL'],
    ['20001', 'DC'],
    ['00901', 'PR'],
    ['00601', 'PR'],
    ['00802', 'VI'],
    ['99501', 'AK'],
    ['96799', 'AS'],
    ['96813', 'HI'],
    ['96910', 'GU'],
    ['96950', 'MP'],
    ['02108', 'MA'],
    ['05501', 'MA'],
    ['05401', 'VT'],
    ['06390', 'NY'],
    ['06101', 'CT'],
    ['20101', 'VA'],
    ['20601', 'MD'],
    ['39901', 'GA'],
    ['73301', 'TX'],
    ['88510', 'TX'],
    ['87101', 'NM'],
    ['82001', 'WY'],
    ['83201', 'ID'],
    ['89101', 'NV'],
    ['96101', 'CA'],
    ['97201', 'OR'],
    ['98101', 'WA'],
  ])('%s -> %s', (zip, state) => {
    expect(stateForZip(zip)).toBe(state);
  });

  it('accepts ZIP+4', () => {
    expect(stateForZip('33101-1234')).toBe('FL');
    expect(stateForZip('331011234')).toBe('FL');
    expect(stateForZip(' 10001 ')).toBe('NY');
  });

  it('military APO/FPO/DPO -> undefined (AE 090-098, AA 340, AP 962-966)', () => {
    expect(stateForZip('09001')).toBeUndefined();
    expect(stateForZip('09801')).toBeUndefined();
    expect(stateForZip('34001')).toBeUndefined();
    expect(stateForZip('96201')).toBeUndefined();
    expect(stateForZip('96601')).toBeUndefined();
  });

  it('freely associated states and unassigned prefixes -> undefined', () => {
    expect(stateForZip('96940')).toBeUndefined(); // Palau
    expect(stateForZip('96960')).toBeUndefined(); // Marshall Islands
    expect(stateForZip('00001')).toBeUndefined();
    expect(stateForZip('26901')).toBeUndefined();
  });

  it('invalid -> undefined', () => {
    expect(stateForZip('abc')).toBeUndefined();
    expect(stateForZip('')).toBeUndefined();
    expect(stateForZip('1234')).toBeUndefined();
    expect(stateForZip('123456')).toBeUndefined();
    expect(stateForZip('33101-12')).toBeUndefined();
    expect(stateForZip(undefined as unknown as string)).toBeUndefined();
  });

  it('every state, DC and territory is reachable', () => {
    const seen = new Set<string>();
    for (let z = 0; z < 100_000; z += 1) {
      const s = stateForZip(String(z).padStart(5, '0'));
      if (s) seen.add(s);
    }
    expect([...seen].sort()).toEqual([...US_STATE_CODES, ...US_TERRITORY_CODES].sort());
  });
});
