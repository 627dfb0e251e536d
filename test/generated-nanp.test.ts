import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { HEADER, OUTPUT_PATH, OVERRIDES, classifyPlace, generate } from '../scripts/gen-nanp';

describe('src/phone/nanp-data.ts', () => {
  let generated: string | undefined;
  const output = (): string => (generated ??= generate());

  it('is up to date with scripts/gen-nanp.ts and scripts/data/libphonenumber (run `npx tsx scripts/gen-nanp.ts`)', () => {
    const committed = readFileSync(OUTPUT_PATH, 'utf8');
    expect(committed === output()).toBe(true);
  });

  it('starts with the generated-file header and stays compact', () => {
    const content = output();
    expect(content.split('\n')[0]).toBe(HEADER);
    expect(Buffer.byteLength(content)).toBeLessThan(150_000);
  });

  it('keeps the RULES.md §7 overrides', () => {
    const npas = OVERRIDES.map((o) => o.npa);
    for (const npa of [448, 930, 364, 729, 458, 986, 208, 219, 423, 907, 689]) expect(npas).toContain(npa);
  });

  it('classifies geocoding places without mixing ISO and USPS codes', () => {
    expect(classifyPlace('Florida')).toEqual({ region: 'US', state: 'FL' });
    expect(classifyPlace('Washington D.C.')).toEqual({ region: 'US', state: 'DC' });
    expect(classifyPlace('Washington State')).toEqual({ region: 'US', state: 'WA' });
    expect(classifyPlace('Jersey City, NJ')).toEqual({ region: 'US', state: 'NJ' });
    expect(classifyPlace('Toronto, ON')).toEqual({ region: 'CA', state: '' });
    expect(classifyPlace('Nova Scotia/Prince Edward Island')).toEqual({ region: 'CA', state: '' });
    expect(classifyPlace('Cayman Islands')).toEqual({ region: 'KY', state: '' });
    expect(classifyPlace('New Providence')).toBeUndefined();
  });
});
