/**
 * Reads a reply and says whether it revokes consent. 47 CFR 64.1200(a)(10) (FCC 24-24, effective
 * 2025-04-11): a reply of "stop", "quit", "end", "revoke", "opt out", "cancel" or "unsubscribe" is a
 * per-se revocation; other wording counts when a reasonable person would read it as one.
 *
 * A missed revocation means calls continue after consent was withdrawn, so the reader errs toward
 * revocation and keeps out only wording that is clearly something else ("I'll stop by your office",
 * "the bus stop", "at the end of the week", "cancel my appointment").
 *
 * The rule, in order:
 * 1. Normalize: Unicode NFKC (fullwidth "Ｓｔｏｐ" becomes "Stop"), drop format characters
 *    (zero-width joiners and the like) and apostrophes ("don't" is "dont"), lowercase, squeeze a letter
 *    repeated three or more times ("stoppp" is "stop"). Split into sentences at `. ! ? ;` and line
 *    breaks ("STOP\nSent from my iPhone"), sentences into clauses at `, : – — |`, and clauses into words
 *    at anything that is not a letter or digit (punctuation, emoji, hyphens: "STOP- thanks").
 *    "opt out", "opt-out", "optout" and "opt me out" are one word.
 * 2. Keyword reply: a clause made only of per-se words and filler ("please", "yes", "thanks", "me",
 *    "it", "all", ...) with at least one per-se word: "STOP STOP STOP", "yes stop", "Cancel please",
 *    "quit it", "End", "wrong number, stop".
 * 3. Unambiguous per-se verb ("stop", "quit", "revoke", "unsubscribe", "opt out") leading a clause, or
 *    anywhere in a clause of at most 8 words, unless it is a noun or a visit:
 *    preceded by an article, possessive, "bus", "next", a negation ("don't stop"), or followed by a
 *    place or time word ("stop by", "stop at", "stop in", "stop sign", "quit my job"). "end" and "cancel"
 *    are too common in other senses ("the end of the week", "cancel my appointment") and count only
 *    under rule 2 or with an object in rule 4.
 * 4. Reasonable-person phrases, per sentence: a stop verb (stop/quit/cease/halt/discontinue), a
 *    negation (don't/do not/no more/no longer/never), or end/cancel/terminate, followed within a few
 *    allowed words by a word of contact (call, text, message, email, contact, communicat*, ...);
 *    revoking/withdrawing consent; removal ("remove me", "take me off your list", "delete my number");
 *    "unsubscribe" or "opt out" anywhere; "do not call list"; "leave me alone"; "lose my number".
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

/** Clauses of at most this many words may carry an unambiguous per-se verb anywhere, not only first. */
const SHORT_CLAUSE_WORDS = 8;

const KEYWORD_FORMS = new Map<string, string>([
  ...PER_SE_KEYWORDS.map((k) => [k, k] as [string, string]),
  ['optout', 'opt out'],
  ['stopall', 'stop'],
  ['unsub', 'unsubscribe'],
]);

/** Per-se verbs with no common harmless sense in a reply; "end" and "cancel" are not among them. */
const UNAMBIGUOUS = new Set(['stop', 'quit', 'revoke', 'unsubscribe', 'opt out']);

const set = (words: string): ReadonlySet<string> => new Set(words.trim().split(/\s+/));

/** Words that may surround a per-se word in a keyword-only reply. */
const FILLER = set(`
  please pls plz plse pleas thanks thank thx ty tks you u now yes yeah yep ya y ok okay k kk sure
  me it this that all everything asap already just so and right immediately again seriously i said
  mean hi hello hey sorry wrong number no nope sir maam dude omg god lol wtf fine alright ugh oh well
`);

/** Before "stop"/"quit", these make it a noun or negate it: "the bus stop", "next stop", "don't stop". */
const NOUN_OR_NEGATION_BEFORE = set(`
  the a an bus train tram subway metro next last first final one each every my your our his her their
  its which what pit truck rest full non dont not never cant cannot wont didnt doesnt couldnt wouldnt shouldnt
`);

/** After "stop", these make it a visit, a place or a noun: "stop by", "stop at the bank", "stop sign". */
const STOP_AFTER = set('by in at over for on off near into sign signs light lights');
/** After "quit": "quit my job", "quit smoking". */
const QUIT_AFTER = set('by in at on for my your the his her their our job smoking drinking work school');

const alt = (words: string): string => words.trim().split(/\s+/).join('|');

/** Words of contact: the object of "stop …", "don't …", "end …". */
const CONTACT = `(?:${alt(`
  call calls calling called phone phones phoning phoned ring ringing text texts texting texted txt txts txting
  message messages messaging messaged msg msgs sms mms robocall robocalls robocalling robotext robotexts
  contact contacts contacting contacted bother bothering email emails emailing emailed e\\smail e\\smails
  mail mails mailing mailings communication communications communicate communicating spam spamming
  harass harassing harassment solicit soliciting solicitation solicitations promotion promotions promo promos
  ads advertising advertisements marketing notification notifications alert alerts voicemail voicemails
  reach\\sout reaching\\sout pester pestering
`)})`;

/** Words allowed between a stop verb and the contact word: "stop sending me these calls". */
const STOP_GAP = alt(`
  all the these those this that your ur my me us it them sending send with further future any more unwanted
  spam marketing promotional automated robo trying to from being fucking fking freaking frickin damn effing
  bloody stupid annoying constant constantly repeated daily
`);
/** Words allowed between a negation and the contact word: "do not want to be contacted". */
const NEG_GAP = `(?:${alt(`
  ever dare want wanna need to be any more further me us my number again get getting receive receiving
  send sending these those your ur the all anymore wish like under circumstances circumstance this from
  being please fucking freaking damn keep keeping
`)}|(?<=(?:want|wanna|need|wish) )you)`;

const rx = (source: string): RegExp => new RegExp(source);

/** Reasonable-person phrases, tried on each normalized sentence. */
const PHRASES: readonly [RegExp, string][] = [
  [rx(`(?<!\\b(?:dont|not|never|cant|cannot|wont) )\\b(?:stop|quit|cease|halt|discontinue)(?: (?:${STOP_GAP})){0,4} ${CONTACT}\\b`), 'stop contacting'],
  [rx(`\\b(?:dont|do not|does not|doesnt|no more|no longer|not to)(?: you(?= (?:ever|dare)\\b))?(?: ${NEG_GAP}){0,5} ${CONTACT}\\b`), 'do not contact'],
  [rx(`\\bnever(?: ever)?(?: again)? (?:call|text|txt|message|msg|contact|email|phone|ring|bother)\\b`), 'do not contact'],
  [rx(`\\b(?:end|terminate)(?: (?:all|the|these|those|this|your|my|any|further|future)){0,2} ${CONTACT}\\b`), 'stop contacting'],
  [rx(`\\b(?:cancel|canceling|cancelling|terminate|unenroll)(?: (?:my|the|this|your|all|these|those|text|sms|email)){0,3} (?:subscription|subscriptions|membership|enrollment|list|${CONTACT})\\b`), 'cancel messages'],
  [/\b(?:revoke|revoking|withdraw|withdrawing|rescind|rescinding|retract|cancel)(?: \S+){0,3} (?:consent|permission|authorization|authorisation)\b/, 'revoke consent'],
  [/\b(?:remove|delete|erase|drop) (?:me|my (?:number|name|info|information|contact|details|data|phone|cell))\b/, 'remove me'],
  [/\btake (?:me|my (?:number|name|info|information|contact|phone(?: number)?)) (?:off|out)\b/, 'remove me'],
  [/\boff (?:your|the|ur|this|all|any)(?: \S+){0,2} lists?\b/, 'remove me'],
  [/\b(?:do not call|dnc) list\b/, 'do-not-call list'],
  [/\bunsub(?:scribe)?\b/, 'unsubscribe'],
  [/\bopt out\b/, 'opt out'],
  [/\bleave me alone\b/, 'leave me alone'],
  [/\blose (?:my|this) number\b/, 'lose my number'],
];

/** Lowercased, NFKC-folded text without format characters or apostrophes. */
function fold(text: string): string {
  return text
    .normalize('NFKC')
    .replace(/\p{Cf}/gu, '')
    .toLowerCase()
    .replace(/['\u2018\u2019\u02bc`\u00b4]/g, '')
    .replace(/(\p{L})\1{2,}/gu, '$1');
}

function words(clause: string): string[] {
  const raw = clause.split(/[^\p{L}\p{N}]+/u).filter(Boolean);
  const out: string[] = [];
  for (let i = 0; i < raw.length; i++) {
    if (raw[i] === 'opt' && raw[i + 1] === 'out') {
      out.push('opt out');
      i += 1;
    } else if (raw[i] === 'opt' && raw[i + 1] === 'me' && raw[i + 2] === 'out') {
      out.push('opt out');
      i += 2;
    } else out.push(raw[i]!);
  }
  return out;
}

/** Rules 2 and 3 on one clause: the per-se word it revokes with, if any. */
function keywordIn(ws: readonly string[]): string | undefined {
  if (ws.length === 0) return undefined;
  if (ws.every((w) => FILLER.has(w) || KEYWORD_FORMS.has(w))) {
    const k = ws.find((w) => KEYWORD_FORMS.has(w));
    if (k !== undefined) return KEYWORD_FORMS.get(k);
  }
  const lead = ws.findIndex((w) => !FILLER.has(w));
  for (let i = 0; i < ws.length; i++) {
    const k = KEYWORD_FORMS.get(ws[i]!);
    if (k === undefined || !UNAMBIGUOUS.has(k)) continue;
    if (i !== lead && ws.length > SHORT_CLAUSE_WORDS) continue;
    if (k === 'stop' || k === 'quit') {
      const before = ws[i - 1];
      const after = ws[i + 1];
      if (before !== undefined && NOUN_OR_NEGATION_BEFORE.has(before)) continue;
      if (after !== undefined && (k === 'stop' ? STOP_AFTER : QUIT_AFTER).has(after)) continue;
    }
    return k;
  }
  return undefined;
}

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
  const sentences = fold(text).split(/[\n\r\u2028\u2029.!?;]+/);
  for (const sentence of sentences) {
    for (const clause of sentence.split(/[,:\u2013\u2014|]+/)) {
      const k = keywordIn(words(clause));
      if (k !== undefined) return { revoked: true, matched: k, kind: 'keyword' };
    }
  }
  for (const sentence of sentences) {
    const joined = words(sentence).join(' ');
    for (const [re, label] of PHRASES) if (re.test(joined)) return { revoked: true, matched: label, kind: 'phrase' };
  }
  return { revoked: false };
}
