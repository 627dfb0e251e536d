/**
 * Number normalization and engine.unsupported-number (DESIGN.md §2: a well-formed intent whose
 * number is not a dialable number in a supported plan resolves denied; it never throws, never allows).
 */
import { describe, expect, it } from 'vitest';
import { UnsupportedNumberError, parseNumber, toE164 } from '../../src/index';
import { NYC, intent, makeEngine, pewc } from '../rules/helpers';

const engine = makeEngine();

describe('normalization to E.164 (DESIGN.md §1.1)', () => {
  for (const input of ['(212) 736-1234', '212-736-1234', '+1 212 736 1234', '12127361234', '212.736.1234', '+1 (212) 736-1234', '1-212-736-1234', '+12127361234', '2127361234', ' 212 736 1234 ']) {
    it(`'${input}' -> '+12127361234'`, async () => {
      expect(toE164(input)).toBe(NYC);
      expect(parseNumber(input)).toEqual({ ok: true, e164: NYC, npa: 212, nxx: 736, line: 1234 });
      const d = await engine.check(intent({ to: input }));
      expect(d.intent).toMatchObject({ e164: NYC, npa: 212, nxx: 736, region: 'US', zones: ['America/New_York'], states: ['NY'] });
      expect(d.allowed).toBe(true);
    });
  }
});

describe('engine.unsupported-number', () => {
  const cases: [string, string, string][] = [
    ['not a number', 'invalid', 'garbage'],
    ['555-1234', 'invalid', 'seven digits'],
    ['+1 212 736 12345', 'invalid', 'eleven national digits'],
    ['212-736-1234 ext. 5', 'invalid', 'an extension'],
    ['112-555-1234', 'invalid', 'an area code starting with 1'],
    ['212-155-1234', 'invalid', 'an exchange starting with 1'],
    ['411', 'invalid', 'the N11 service code 411'],
    ['911-555-1234', 'invalid', 'an N11 area code'],
    ['212-411-1234', 'invalid', 'an N11 exchange'],
    ['900-555-1234', 'premium-rate', 'a 900 premium-rate number'],
    ['976-555-1234', 'premium-rate', 'a 976 premium-rate number'],
    ['416-555-1234', 'non-us', 'a Canadian (Toronto 416) number'],
    ['+1 604 555 1234', 'non-us', 'a Canadian (Vancouver 604) number'],
    ['876-555-1234', 'non-us', 'a Jamaican NANP number'],
    ['800-555-1234', 'toll-free', 'a toll-free 800 number'],
    ['888-555-1234', 'toll-free', 'a toll-free 888 number'],
    ['+44 20 7946 0958', 'non-nanp', 'a UK number'],
    ['999-555-1234', 'unassigned-area-code', 'an unassigned area code'],
  ];
  for (const [to, reason, what] of cases) {
    it(`${what} ('${to}') resolves denied with engine.unsupported-number (${reason})`, async () => {
      const d = await engine.check(intent({ to, callType: 'live', purpose: 'emergency' }));
      expect(d.allowed).toBe(false);
      expect(d.verdicts).toHaveLength(1);
      expect(d.denials).toHaveLength(1);
      expect(d.denials[0]).toMatchObject({ rule: 'engine.unsupported-number', outcome: 'deny', code: 'unsupported_number' });
      expect(d.denials[0]!.details).toMatchObject({ input: to, reason });
      expect(d.intent.unsupported?.reason).toBe(reason);
      expect(d.nextPermittedAt).toBeNull();
      expect(d.obligations).toEqual([]);
      expect(typeof d.denials[0]!.reason).toBe('string');
    });
  }

  it('checkMany keeps unsupported numbers in place, denied, next to supported ones', async () => {
    const ds = await engine.checkMany([intent({ to: '900-555-1234' }), intent(), intent({ to: '800-555-1234' })]);
    expect(ds.map((d) => d.allowed)).toEqual([false, true, false]);
    expect(ds[0]!.denials[0]!.rule).toBe('engine.unsupported-number');
    expect(ds[2]!.denials[0]!.details).toMatchObject({ reason: 'toll-free' });
  });

  it('reserve of an unsupported number resolves denied without a reservation', async () => {
    const r = await engine.reserve(intent({ to: '416-555-1234' }));
    expect(r.decision.allowed).toBe(false);
    expect(r.reservation).toBeUndefined();
  });

  it('APIs that need a dialable number throw UnsupportedNumberError (consents.grant, suppressions.add)', async () => {
    const e = makeEngine();
    await expect(e.consents.grant(pewc('not a number', '2026-01-01T00:00:00Z'))).rejects.toBeInstanceOf(UnsupportedNumberError);
    await expect(e.suppressions.add('internal', '212-411-1234')).rejects.toMatchObject({ name: 'UnsupportedNumberError', input: '212-411-1234' });
  });
});

describe('the engine hot path (fastTen, e164Text) agrees with parseNumber', () => {
  it('reads exactly the numbers parseNumber reads by its fast path, to the same E.164 text', async () => {
    const fc = (await import('fast-check')).default;
    const { fastTen, e164Text } = await import('../../src/phone/normalize');
    const digit = fc.constantFrom(...'0123456789');
    const sep = fc.constantFrom('', ' ', '-', '.', '(', ')', '/', '\u00a0', '\u2011', '+', 'x', '1');
    const text = fc.array(fc.oneof(digit, digit, digit, sep), { minLength: 1, maxLength: 16 }).map((a) => a.join(''));
    const tens = fc.tuple(fc.integer({ min: 100, max: 999 }), fc.integer({ min: 100, max: 999 }), fc.integer({ min: 0, max: 9999 })).chain(([a, b, c]) => {
      const line = String(c).padStart(4, '0');
      return fc.constantFrom(`(${a}) ${b}-${line}`, `+1${a}${b}${line}`, `1 ${a} ${b} ${line}`, `${a}.${b}.${line}`, `${a}${b}${line}`);
    });
    fc.assert(
      fc.property(fc.oneof(text, tens), (input) => {
        const ten = fastTen(input);
        const p = parseNumber(input);
        if (ten !== undefined) {
          expect(p.ok).toBe(true);
          if (p.ok) {
            expect(e164Text(input, ten)).toBe(p.e164);
            // and an oracle that shares no code with either: the ten digits, written out
            expect(e164Text(input, ten)).toBe(`+1${String(ten).padStart(10, '0')}`);
            expect([Math.floor(ten / 1e7), Math.floor(ten / 1e4) % 1000]).toEqual([p.npa, p.nxx]);
          }
        }
      }),
      { numRuns: 5000, seed: 20261130 },
    );
    for (const input of ['(212) 736-1234', '+12127361234', '2127361234', '1 212 736 1234', '212\u2011736\u20111234']) expect(fastTen(input)).toBe(2127361234);
    for (const input of ['(112) 736-1234', '(212) 111-1234', '(211) 736-1234', '(212) 611-1234', '212-736-123', '+44 20 7946 1234', '(212) 736-1234 ext. 5']) expect(fastTen(input)).toBeUndefined();
  });
});
