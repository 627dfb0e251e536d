import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseOptOut, PER_SE_KEYWORDS } from '../../src';
import { NOT_REVOCATIONS as NOT_CASES, NOT_REVOCATIONS_REVIEW as NOT_CASES_REVIEW } from './opt-out-cases';

const PUNCT = [...'.,!?;:-–—()[]{}"\'’“”*_~/\\|@#$%^&+=<>…'];
const SPACE = [' ', '  ', '\t', '\n', '\u00A0', '\r\n'];
// Between words only horizontal space: a line break ends a sentence ("STOP\nSent from my iPhone").
const GAP = [' ', '  ', '\t', '\u00A0', '\u3000'];
// Emoji with skin tones, ZWJ sequences and variation selectors; no keycaps or letter-like symbols
// (NFKC turns "Ⓢ" into "S").
const EMOJI = ['🛑', '🙏', '😡', '👍🏽', '❤️', '👨‍👩‍👧', '✋', '🚫', '😤', '🤬', '✌️', '🔥'];

const noise = fc.array(fc.oneof(fc.constantFrom(...PUNCT), fc.constantFrom(...SPACE), fc.constantFrom(...EMOJI)), { maxLength: 6 }).map((xs) => xs.join(''));

/** Each character's case flipped at random. */
const recase = (s: string) =>
  fc.array(fc.boolean(), { minLength: s.length, maxLength: s.length }).map((up) => [...s].map((c, i) => (up[i] ? c.toUpperCase() : c.toLowerCase())).join(''));

describe('parseOptOut properties — 47 CFR 64.1200(a)(10) (FCC 24-24)', () => {
  it('a per-se keyword wrapped in whitespace, punctuation and emoji, in any case, still revokes', () => {
    const keyword = fc
      .constantFrom(...PER_SE_KEYWORDS)
      .chain((k) => (k === 'opt out' ? fc.constantFrom('opt out', 'opt-out', 'optout', 'opt_out') : fc.constant(k)))
      .chain(recase);
    fc.assert(
      fc.property(noise, keyword, noise, (before, k, after) => {
        const r = parseOptOut(before + k + after);
        expect(r.revoked).toBe(true);
        expect(r.kind).toBe('keyword');
      }),
      { numRuns: 2000 },
    );
  });

  // every non-revocation of the unit tables, except the empty reply and the lone emoji (noise alone could make them anything)
  const NOT_REVOCATIONS = [...NOT_CASES, ...NOT_CASES_REVIEW].filter((t) => /[a-z]/i.test(t));

  it('the non-revocations stay non-revocations under case, spacing, apostrophe and edge punctuation noise', () => {
    const sentence = fc.constantFrom(...NOT_REVOCATIONS).chain((s) =>
      fc
        .tuple(
          recase(s),
          fc.constantFrom("'", '’', 'ʼ'),
          fc.array(fc.constantFrom(...GAP), { minLength: 1, maxLength: 30 }),
        )
        .map(([t, apostrophe, gaps]) => t.replace(/'/g, apostrophe).split(' ').reduce((acc, w, i) => acc + (gaps[i % gaps.length] ?? ' ') + w)),
    );
    fc.assert(
      fc.property(noise, sentence, noise, (before, s, after) => {
        expect(parseOptOut(before + s + after).revoked).toBe(false);
      }),
      { numRuns: 2000 },
    );
  });
});
