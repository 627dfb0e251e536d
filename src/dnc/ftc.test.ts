/**
 * parseFtcFile (TELEPHONY.md §H.1) as a property: any set of valid NANP numbers written in the
 * accepted full-list layouts (`AAA,NNNNNNN`, `NNNNNNNNNN`, `1NNNNNNNNNN`, `AAA-NNN-NNNN`), with
 * CRLF / LF / CR line ends and arbitrary chunking, reads back as exactly that set; one corrupted
 * line is always reported (never read as some other number).
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseFtcFile } from './ftc';

const digit = (min: number) => fc.integer({ min, max: 9 }).map(String);
const number = fc.tuple(digit(2), digit(0), digit(0), digit(2), fc.integer({ min: 0, max: 999_999 })).map(([a, b, c, d, rest]) => `${a}${b}${c}${d}${String(rest).padStart(6, '0')}`);
const layout = fc.constantFrom(
  (n: string) => `${n.slice(0, 3)},${n.slice(3)}`,
  (n: string) => n,
  (n: string) => `1${n}`,
  (n: string) => `${n.slice(0, 3)}-${n.slice(3, 6)}-${n.slice(6)}`,
);

describe('parseFtcFile, full lists (property, 300 runs)', () => {
  it('reads back exactly the numbers written, whatever the layouts, line ends and chunk sizes', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.uniqueArray(number, { maxLength: 40 }),
        fc.array(layout, { minLength: 40, maxLength: 40 }),
        fc.constantFrom('\n', '\r\n', '\r'),
        fc.integer({ min: 1, max: 17 }),
        fc.boolean(),
        async (nums, layouts, eol, chunk, header) => {
          const text = (header ? `AreaCode,Phone${eol}` : '') + nums.map((n, k) => layouts[k]!(n)).join(eol) + eol;
          const bytes = new TextEncoder().encode(text);
          const chunks: Uint8Array[] = [];
          for (let k = 0; k < bytes.length; k += chunk) chunks.push(bytes.subarray(k, k + chunk));
          const f = await parseFtcFile(chunks, 'full');
          expect(f.rejected).toBe(0);
          const got = [...f.adds.values()].flatMap((s) => [...s]).sort();
          expect(got).toEqual(nums.map((n) => `+1${n}`).sort());
          for (const [npa, s] of f.adds) for (const e of s) expect(e.slice(2, 5)).toBe(String(npa));
        },
      ),
      { numRuns: 300, seed: 20261130 },
    );
  });

  it('a line with a flag, an extra field, a letter or a short number is reported by its line number, never read as a number', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.uniqueArray(number, { minLength: 1, maxLength: 10 }),
        fc.nat(),
        fc.constantFrom((n: string) => `${n},D`, (n: string) => `${n},20260305`, (n: string) => `${n}x`, (n: string) => n.slice(1), (n: string) => `(${n.slice(0, 3)}) ${n.slice(3)}`),
        async (nums, at, corrupt) => {
          const k = at % nums.length;
          const lines = nums.map((n, i) => (i === k ? corrupt(n) : n));
          const f = await parseFtcFile(lines.join('\n'), 'full');
          expect(f.rejected).toBe(1);
          expect(f.rejects[0]!.line).toBe(k + 1);
        },
      ),
      { numRuns: 300, seed: 20261131 },
    );
  });
});
