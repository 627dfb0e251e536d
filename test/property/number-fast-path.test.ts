/**
 * The fast path of number parsing (well-formed NANP digits with separators, DESIGN.md §1.1) must
 * give exactly what libphonenumber-js gives, so that it is only a shortcut: the oracle here is
 * `parsePhoneNumberFromString(input, 'US')`, followed by the same NANP plan checks.
 */
import fc from 'fast-check';
import { parsePhoneNumberFromString } from 'libphonenumber-js';
import { describe, expect, it } from 'vitest';
import { parseNumber } from '../../src/index';
import { fastNanp } from '../../src/phone/normalize';

/** What libphonenumber says the 10-digit national number is, when it reads a +1 number without extension. */
function oracle(input: string): string | undefined {
  const p = parsePhoneNumberFromString(input, 'US');
  if (!p || p.countryCallingCode !== '1' || p.ext || !/^\d{10}$/.test(p.nationalNumber)) return undefined;
  return p.nationalNumber;
}

const ASCII_SEPS = [' ', '(', ')', '-', '.', '/'];
const UNICODE_SEPS = ['\u00a0', '\u2010', '\u2011', '\u2012', '\u2013', '\u2014', '\u2015', '\u2212', '\u3000'];
const sep = fc.constantFrom('', '', '', ...ASCII_SEPS, ...UNICODE_SEPS);

/** A NANP-looking number (area code and exchange 2-9, some N11) written with separators between any digits. */
const written = fc
  .tuple(
    fc.constantFrom('', '1', '+1', '+ 1', '1 '),
    fc.integer({ min: 200, max: 999 }),
    fc.integer({ min: 200, max: 999 }),
    fc.integer({ min: 0, max: 9999 }),
    fc.array(sep, { minLength: 12, maxLength: 12 }),
  )
  .map(([prefix, npa, nxx, line, seps]) => {
    const digits = `${npa}${nxx}${String(line).padStart(4, '0')}`;
    let s = prefix;
    for (let k = 0; k < digits.length; k++) s += digits[k]! + (k < digits.length - 1 ? seps[k]! : '');
    return { input: s + seps[11]!, digits };
  });

describe('number fast path agrees with libphonenumber-js (property)', () => {
  it('every number the parser accepts is the 10-digit number libphonenumber reads (3000 runs)', () => {
    fc.assert(
      fc.property(written, ({ input }) => {
        const p = parseNumber(input);
        const o = oracle(input);
        if (p.ok) {
          expect(o).toBeDefined();
          expect(p.e164).toBe(`+1${o}`);
        }
      }),
      { numRuns: 3000 },
    );
  });

  it('Unicode dashes and no-break spaces give the same E.164 as ASCII separators (3000 runs)', () => {
    fc.assert(
      fc.property(written, ({ input, digits }) => {
        const ascii = input.replace(/[\u00a0\u3000]/g, ' ').replace(/[\u2010-\u2015\u2212]/g, '-');
        expect(parseNumber(input)).toEqual(parseNumber(ascii));
        const p = parseNumber(input);
        if (p.ok) expect(p.e164).toBe(`+1${digits}`);
      }),
      { numRuns: 3000 },
    );
  });

  it('the fast path itself reads Unicode no-break spaces and dashes (spreadsheet exports), not only libphonenumber', () => {
    expect(fastNanp('212\u2011736\u20111234')).toBe(2127361234);
    expect(fastNanp('+1\u00a0212\u00a0736\u00a01234')).toBe(2127361234);
    expect(fastNanp('(212)\u3000736\u22121234')).toBe(2127361234);
    expect(fastNanp('212\u2016736\u20161234')).toBeUndefined(); // U+2016 (double vertical line) is not a separator
  });

  it('a number written with a no-break hyphen (U+2011) or space (U+00A0) is read', () => {
    expect(parseNumber('212\u2011736\u20111234')).toEqual({ ok: true, e164: '+12127361234', npa: 212, nxx: 736, line: 1234 });
    expect(parseNumber('\u00a0(212)\u00a0736\u20131234')).toEqual({ ok: true, e164: '+12127361234', npa: 212, nxx: 736, line: 1234 });
  });
});
