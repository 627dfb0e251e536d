/**
 * Reads a reply and says whether it revokes consent. 47 CFR 64.1200(a)(10) (FCC 24-24, effective
 * 2025-04-11): a reply of "stop", "quit", "end", "revoke", "opt out", "cancel" or "unsubscribe" is a
 * per-se revocation; other wording counts when a reasonable person would read it as one.
 * @module
 */

/** The outcome of reading a reply. @category Consent */
export interface OptOutMatch {
  revoked: boolean;
  /** The keyword or phrase that matched. */
  matched?: string;
  /** `'keyword'` for the per-se words of 64.1200(a)(10), `'phrase'` for reasonable-person wording, `'dtmf'` for a key press. */
  kind?: 'keyword' | 'phrase' | 'dtmf';
}

/** The per-se revocation words of 47 CFR 64.1200(a)(10). @category Consent */
export const PER_SE_KEYWORDS: readonly string[] = Object.freeze(['stop', 'quit', 'end', 'revoke', 'opt out', 'cancel', 'unsubscribe']);

const KEYWORD_FORMS = new Map<string, string>([
  ...PER_SE_KEYWORDS.map((k) => [k, k] as [string, string]),
  ['optout', 'opt out'],
  ['opt-out', 'opt out'],
  ['stopall', 'stop'],
  ['stop all', 'stop'],
  ['unsub', 'unsubscribe'],
]);

const CONTACT = String.raw`(?:call(?:s|ing)?|phon(?:e|ing)|ring(?:ing)?|text(?:s|ing)?|messag(?:e|es|ing)|sms|robocall(?:s|ing)?|contact(?:ing)?|bother(?:ing)?)`;

/** Reasonable-person phrases; each must name the contact, so "I'll stop by your office" is not one. */
const PHRASES: readonly [RegExp, string][] = [
  [new RegExp(String.raw`\b(?:stop|quit|cease|end)\b[\w\s,']{0,20}?\b${CONTACT}\b`), 'stop contacting'],
  [new RegExp(String.raw`\b(?:don'?t|do not|never|no more|no longer)\b[\w\s,']{0,20}?\b${CONTACT}\b`), 'do not contact'],
  [/\b(?:remove|take|delete)\s+(?:me|my (?:number|phone|name|info(?:rmation)?))\b/, 'remove me'],
  [/\b(?:put|add)\s+(?:me|my number)\s+on\s+(?:your|the)\s+(?:do[\s-]not[\s-]call|dnc)\b/, 'do-not-call list'],
  [/\b(?:revoke|withdraw|cancel)\b[\w\s,']{0,20}?\bconsent\b/, 'revoke consent'],
  [/\bunsubscribe\b/, 'unsubscribe'],
  [/\bopt[\s-]?(?:me\s+)?out\b/, 'opt out'],
  [/\bleave me alone\b/, 'leave me alone'],
  [/\blose my number\b/, 'lose my number'],
];

/**
 * Reads a reply (an SMS, a transcribed voicemail, an email) or a DTMF key press.
 * @param text - the message, or the digit pressed
 * @param options - `dtmf: true` when `text` is a key press; `optOutDigits` (default `['9']`)
 * @returns whether it revokes consent and what matched
 * @example
 * ```ts
 * parseOptOut('STOP').revoked;                       // true
 * parseOptOut('please stop calling me').revoked;     // true
 * parseOptOut("I'll stop by your office").revoked;   // false
 * ```
 * @category Consent
 */
export function parseOptOut(text: string, options: { dtmf?: boolean; optOutDigits?: readonly string[] } = {}): OptOutMatch {
  if (options.dtmf) {
    const digit = text.trim();
    return (options.optOutDigits ?? ['9']).includes(digit) ? { revoked: true, matched: digit, kind: 'dtmf' } : { revoked: false };
  }
  const norm = text
    .toLowerCase()
    .replace(/[\u2018\u2019]/g, "'")
    .replace(/[^a-z0-9'\s-]/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
  const whole = KEYWORD_FORMS.get(norm);
  if (whole !== undefined) return { revoked: true, matched: whole, kind: 'keyword' };
  // "STOP please", "Stop." and similar short replies that lead with a per-se word.
  const first = norm.split(' ');
  if (first.length <= 3) {
    const lead = KEYWORD_FORMS.get(first[0]!) ?? KEYWORD_FORMS.get(first.slice(0, 2).join(' '));
    const rest = first.slice(lead === 'opt out' && first[0] === 'opt' ? 2 : 1);
    if (lead !== undefined && rest.every((w) => /^(?:please|pls|now|thanks|thank|you|it|this|all|me)$/.test(w))) {
      return { revoked: true, matched: lead, kind: 'keyword' };
    }
  }
  for (const [re, label] of PHRASES) if (re.test(norm)) return { revoked: true, matched: label, kind: 'phrase' };
  return { revoked: false };
}
