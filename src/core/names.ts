/**
 * The canonical form of sellers and subjects (debts, matters): how they are stored, queried and
 * compared everywhere (the engine, the memory store, the snapshot check).
 * @module
 */
import { InvalidInputError } from './errors';

/** Canonical seller names, by the name given (a host passes the same few names again and again). */
const sellerNames = new Map<string, string>();

/**
 * The form a seller name is stored and compared in: Unicode-folded (NFKC), trimmed, inner spaces
 * collapsed, lower-cased. A consent, a revocation or an EBR recorded under "Smith & Lee LLP " is the
 * same seller's as one under "smith & lee llp" — a revocation must never miss its consent over a
 * spelling of the name. Storage adapters store and return sellers in this form.
 * @example
 * ```ts
 * canonicalSeller(' Smith & Lee LLP '); // 'smith & lee llp'
 * ```
 * @category Storage
 */
export function canonicalSeller(name: string): string {
  return canonicalName(name, sellerNames, 'seller');
}

/** Canonical subjects, by the text given. */
const subjectNames = new Map<string, string>();

/**
 * The form a subject (a matter or a debt) is stored and compared in: the seller's canonical form.
 * The caps, the post-conversation wait and the restrictions of a debt count "per debt, across all of
 * the person's numbers" (RULES.md §3): "ACCT-1 " or "acct-1" is the same debt as "ACCT-1", never a
 * new one with no history. Merging spellings only ever counts more (every rule keyed by subject
 * limits calls); a subject that is blank once spaces and invisible characters are dropped is refused
 * (an `InvalidInputError` naming `subject`). Storage adapters store and return subjects in this form.
 * @example
 * ```ts
 * canonicalSubject('ACCT-1 '); // 'acct-1'
 * ```
 * @category Storage
 */
export function canonicalSubject(name: string): string {
  return canonicalName(name, subjectNames, 'subject');
}

/**
 * Whether a name is its own canonical form: printable ASCII without capitals, single spaces inside,
 * none at the ends (NFKC, dropping invisible characters and case folding leave such text as it is).
 * Debt and matter ids are mostly like that, and too many to cache.
 */
function isCanonicalAscii(s: string): boolean {
  const n = s.length;
  for (let i = 0; i < n; i++) {
    const c = s.charCodeAt(i);
    if (c === 32) {
      if (i === 0 || i === n - 1 || s.charCodeAt(i - 1) === 32) return false;
    } else if (c < 33 || c > 126 || (c >= 65 && c <= 90)) return false;
  }
  return n > 0;
}

function canonicalName(name: string, cache: Map<string, string>, field: 'seller' | 'subject'): string {
  let c = cache.get(name);
  if (c === undefined) {
    if (isCanonicalAscii(name)) return name;
    // NFKC, invisible characters (zero-width, soft hyphen) dropped, spaces collapsed, full case folding
    // (upper then lower: "straße" and "STRASSE", "ΟΔΟΣ" and "οδοσ" meet)
    c = name.normalize('NFKC').replace(/\p{Default_Ignorable_Code_Point}/gu, '').trim().replace(/\s+/g, ' ').toUpperCase().toLowerCase();
    if (c === '') throw new InvalidInputError(field, [{ path: [field], message: `must name the ${field} (it is blank once spaces and invisible characters are dropped)` }]);
    if (cache.size < 10_000) cache.set(name, c);
  }
  return c;
}

/**
 * Whether a stored value is a name in canonical form (a string that folding leaves as it is). A
 * record carrying another spelling ("ACCT-1", "Smith & Lee LLP", null) would be compared with the
 * canonical names of the checks and match none of them: the snapshot check reads it as broken.
 * @internal
 */
export function isCanonicalName(v: unknown, field: 'seller' | 'subject'): boolean {
  if (typeof v !== 'string') return false;
  if (isCanonicalAscii(v)) return true;
  try {
    return canonicalName(v, field === 'seller' ? sellerNames : subjectNames, field) === v;
  } catch {
    return false;
  }
}
