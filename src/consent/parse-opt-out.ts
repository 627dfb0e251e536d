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
 *    repeated three or more times ("stoppp" is "stop"). A dash or ellipsis right after a negation does
 *    not break it from what follows ("Don't—stop", "don't... stop" read as "don't stop"). Split into
 *    sentences at `. ! ? ;` and line breaks ("STOP\nSent from my iPhone"), sentences into clauses at
 *    `, : – — |`, and clauses into words at anything that is not a letter or digit (punctuation, emoji,
 *    hyphens: "STOP- thanks"). "opt out", "opt-out", "optout" and "opt me out" are one word.
 * 2. Keyword reply: a clause made only of per-se words and filler ("please", "yes", "thanks", "me",
 *    "it", "all", ...) with at least one per-se word: "STOP STOP STOP", "yes stop", "Cancel please",
 *    "quit it", "End", "wrong number, stop".
 * 3. Unambiguous per-se verb ("stop", "quit", "revoke", "unsubscribe", "opt out") leading a clause, or
 *    anywhere in a clause of at most 8 words, unless it is a noun, a visit or not about contact:
 *    preceded by an article, possessive, "bus", "next", "had to"/"used to" ("I had to quit"), or a
 *    negation up to three filler words back ("don't stop", "please don't ever stop", "don't you dare
 *    stop"); followed by a place or time word ("stop by", "stop at", "stop sign", "quit my job"), by a
 *    harmless gerund ("stop worrying"), or by an article or possessive and a noun that is not a word of
 *    contact ("stop the foreclosure"; "stop these calls" is left to rule 4). A sentence that is only a
 *    bare "stop" or "quit" and a compliment ("Stop, you're too kind") is banter. "end" and "cancel" are
 *    too common in other senses ("the end of the week", "cancel my appointment") and count only under
 *    rule 2 or with an object in rule 4.
 * 4. Reasonable-person phrases, per sentence: a stop verb (stop/quit/cease/halt/discontinue), a
 *    negation (don't/do not/no more/no longer/never), or end/terminate, followed within a few
 *    allowed words by a word of contact (call, text, message, email, contact, communicat*, ...);
 *    cancel with plural or mass contact ("cancel these texts", not "cancel the call tomorrow");
 *    revoking/withdrawing or denying consent ("I do not consent", "you do not have permission",
 *    "consent revoked"); removal ("remove me", "remove this number", "take me off your list", "delete
 *    my number"; not "drop me a line"); "unsubscribe" or "opt out" anywhere; "do not call list";
 *    "leave me alone"; "lose my number"; "cease and desist", "desist". Per clause: a bare removal
 *    ("Remove", "wrong number please remove"), a bare "cease" or "go away", and "no (more)
 *    calls/texts/..." with nothing but filler around it ("No calls", "no texts"). An apostrophe typed
 *    as a space ("Don t call") reads as the contraction.
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

/** Before "stop"/"quit", these make it a noun: "the bus stop", "next stop". */
const NOUN_BEFORE = set(`
  the a an bus train tram subway metro next last first final one each every my your our his her their
  its which what pit truck rest full non
`);

/** Negations of a following "stop"/"quit": "don't stop", "do not stop", "never stop". */
const NEGATION = set('dont not never cant cannot wont didnt doesnt couldnt wouldnt shouldnt');
/** Words that may stand between a negation and its "stop": "don't ever stop", "don't you dare stop". */
const NEGATION_SKIP = set('ever evr you u ya dare please pls plz just even really');
/** A negation this many words back, with only {@link NEGATION_SKIP} words between, negates the verb. */
const NEGATION_REACH = 4;

/** Gerunds after "stop"/"quit" that are not about contact: "stop worrying", "quit joking". */
const HARMLESS_GERUNDS = `
  worrying worry stressing fretting panicking overthinking apologizing apologising apologizin laughing
  crying joking kidding teasing blushing flattering smoking drinking procrastinating
`;
/** After "stop", these make it a visit, a place or a noun: "stop by", "stop at the bank", "stop sign". */
const STOP_AFTER = set(`by in at over for on off near into sign signs light lights ${HARMLESS_GERUNDS}`);
/** After "quit": "quit my job", "quit smoking". */
const QUIT_AFTER = set(`by in at on for my your the his her their our job smoking drinking work school ${HARMLESS_GERUNDS}`);
/** Determiners that, followed by a noun that is not about contact, make "stop" act on that noun. */
const DETERMINER = set('the a an my your ur our his her their its this that these those');
/** Nouns after "stop the/this …" that still mean the contact: "stop this nonsense". */
const ANNOYANCE = set('nonsense madness crap garbage junk bs shit stuff bullshit');

const alt = (words: string): string => words.trim().split(/\s+/).join('|');

/** Words of contact, plural or mass: "cancel these texts", "no calls". */
const CONTACT_PLURAL = `
  calls calling phones phoning ringing texts texting txts txting messages messaging msgs sms mms robocalls
  robocalling robotexts contacts contacting bothering emails emailing mails mailing mailings communication
  communications communicating spam spamming harassing harassment soliciting solicitation solicitations
  promotions promos ads advertising advertisements marketing notifications alerts voicemails pestering
`;
/** Words of contact, one word each. */
const CONTACT_WORDS = set(`
  ${CONTACT_PLURAL} call called phone phoned ring text texted txt message messaged msg robocall robotext
  contact contacted bother email emailed mail communicate harass solicit promotion promo notification alert
  voicemail pester
`);
/** Words of contact: the object of "stop …", "don't …", "end …". */
const CONTACT = `(?:${alt(`${[...CONTACT_WORDS].join(' ')} e\\smail e\\smails reach\\sout reaching\\sout`)})`;
/** Plural or mass words of contact: the object of a bare "cancel" ("cancel these texts"). */
const CONTACT_MANY = `(?:${alt(`${CONTACT_PLURAL} e\\smails`)})`;
/** "no calls", "no more texts": "no" and a word of contact, but not "no bother". */
const NO_CONTACT = new Set([...CONTACT_WORDS].filter((w) => !w.startsWith('bother')));
/** Words that may follow "no calls" in a clause: "no calls to this number please". */
const NO_CONTACT_TAIL = set('to from this my number again ever anymore at on you your ur me us company whatsoever period');
/** Bare removal verbs: "Remove", "wrong number please remove". */
const REMOVE = set('remove delete');
/** A sentence that is only a bare "stop" and a compliment is banter: "Stop, you're too kind". */
const BANTER = new RegExp(
  '^(?:(?:oh|ah|aw|lol|haha|omg|ok|okay|please|pls) )*(?:stop|quit)(?: it)?(?: (?:oh|lol|haha|omg|now))* ' +
    '(?:(?:youre|you are|ur|u r)(?: just)?(?: (?:too|so|very|really|way))+ (?:kind|sweet|nice|generous|funny|cute|good to me|nice to me)' +
    '|(?:youre |you are )?making me blush|you flatter me)(?: (?:lol|haha|thanks|thank you|ty))*$',
);

/** Words allowed between a stop verb and the contact word: "stop sending me these calls". */
const STOP_GAP_WORDS = `
  all the these those this that your ur my me us it them sending send with further future any more unwanted
  spam marketing promotional automated robo trying to from being fucking fking freaking frickin damn effing
  bloody stupid annoying constant constantly repeated daily
`;
const STOP_GAP = alt(STOP_GAP_WORDS);
const STOP_GAP_SET = set(STOP_GAP_WORDS);
/** Words allowed between a negation and the contact word: "do not want to be contacted". */
const NEG_GAP = `(?:${alt(`
  ever dare want wanna need to be any more further me us my number again get getting receive receiving
  send sending these those your ur the all anymore wish like under circumstances circumstance this from
  being please fucking freaking damn keep keeping
`)}|(?<=(?:want|wanna|need|wish) )you)`;

const rx = (source: string): RegExp => new RegExp(source);

/** A negation, up to three filler words back: "don't ever", "don't you dare". */
const NEG_BEFORE = `(?<!\\b(?:dont|not|never|cant|cannot|wont|didnt|doesnt)(?: (?:${alt([...NEGATION_SKIP].join(' '))})){0,3} )`;
/** Words allowed between a negation and consent: "do not have permission", "did not give my consent". */
const CONSENT_GAP = alt('have has had give gave given grant granted provide provided any my your you u i we longer ever agree agreed want wish the a once again anymore now');
const CONSENT = alt('consent consented consenting permission authorize authorized authorise authorised authorization authorisation');

/** Reasonable-person phrases, tried on each normalized sentence. */
const PHRASES: readonly [RegExp, string][] = [
  [rx(`${NEG_BEFORE}\\b(?:stop|quit|cease|halt|discontinue)(?: (?:${STOP_GAP})){0,4} ${CONTACT}\\b`), 'stop contacting'],
  [rx(`\\b(?:dont|do not|does not|doesnt|no more|no longer|not to)(?: you(?= (?:ever|dare)\\b))?(?: ${NEG_GAP}){0,5} ${CONTACT}\\b`), 'do not contact'],
  [rx(`\\bnever(?: ever)?(?: again)? (?:call|text|txt|message|msg|contact|email|phone|ring|bother)\\b`), 'do not contact'],
  [rx(`\\b(?:end|terminate)(?: (?:all|the|these|those|this|your|my|any|further|future)){0,2} ${CONTACT}\\b`), 'stop contacting'],
  [rx(`\\b(?:cancel|canceling|cancelling|terminate|unenroll)(?: (?:my|the|this|your|all|these|those|text|sms|email)){0,3} (?:subscription|subscriptions|membership|enrollment|list)\\b`), 'cancel messages'],
  // Not "cancel the call, I'll call you": only plural or mass contact, or all/these/those of it.
  [rx(`\\b(?:cancel|canceling|cancelling|terminate|unenroll)(?: (?:the|your|any|future|further|text|sms|email|marketing|promotional|automated)){0,2} ${CONTACT_MANY}\\b`), 'cancel messages'],
  [rx(`\\b(?:cancel|canceling|cancelling|terminate|unenroll) (?:all|these|those)(?: (?:of|the|your|future|further|text|sms|email|marketing|promotional|automated)){0,3} ${CONTACT}\\b`), 'cancel messages'],
  [/\b(?:revoke|revoking|withdraw|withdrawing|rescind|rescinding|retract|cancel)(?: \S+){0,3} (?:consent|permission|authorization|authorisation)\b/, 'revoke consent'],
  [rx(`(?<!\\bwhy )\\b(?:dont|do not|did not|didnt|does not|doesnt|not|never|no longer)(?: (?:${CONSENT_GAP})){0,3} (?:${CONSENT})\\b`), 'revoke consent'],
  [/\b(?:consent|permission|authorization|authorisation)(?: (?:is|has|been|was|hereby|now|officially)){0,3} (?:revoked|withdrawn|rescinded|retracted|cancelled|canceled)\b/, 'revoke consent'],
  // Not "drop me a line": "drop" is not a removal verb.
  [/\b(?:remove|delete|erase) (?:me|(?:my|this) (?:number|name|info|information|contact|details|data|phone|cell))\b/, 'remove me'],
  [/\btake (?:me|(?:my|this|the) (?:number|name|info|information|contact|phone(?: number)?|cell(?: number)?)) (?:off|out)\b/, 'remove me'],
  [/\b(?:cease and desist|desist)\b/, 'cease and desist'],
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
    // an apostrophe typed as a space: "Don t call" is "dont call"
    .replace(/\b(don|didn|doesn|can|won|isn|couldn|wouldn|shouldn) t\b/g, '$1t')
    .replace(/(\p{L})\1{2,}/gu, '$1');
}

/** A negation and a dash or ellipsis after it: "don't—stop", "don't... stop" are not two clauses. */
const NEGATION_BEFORE_BREAK = /(?<![\p{L}\p{N}])(dont|do\s+not|didnt|did\s+not|doesnt|does\s+not|never|cant|cannot|wont)\s*(?:[-\u2010-\u2015]+|\.{2,}|\u2026)\s*/gu;

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

/** Whether the "stop"/"quit" at `ws[i]` is a negated verb: "don't stop", "don't you dare stop". */
function negated(ws: readonly string[], i: number): boolean {
  for (let j = i - 1; j >= 0 && j >= i - NEGATION_REACH; j--) {
    // "why won't you stop calling me" asks for the stop: not a negated one
    if (NEGATION.has(ws[j]!)) return ws[j - 1] !== 'why';
    if (!NEGATION_SKIP.has(ws[j]!)) return false;
  }
  return false;
}

/** Rule 3's exceptions: whether the "stop"/"quit" at `ws[i]` may be a request to end contact. */
function actsOnContact(ws: readonly string[], i: number, k: string): boolean {
  const before = ws[i - 1];
  const after = ws[i + 1];
  if (before !== undefined && NOUN_BEFORE.has(before)) return false;
  if (negated(ws, i)) return false;
  if (before === 'to' && (ws[i - 2] === 'had' || ws[i - 2] === 'used')) return false;
  if (after !== undefined && (k === 'stop' ? STOP_AFTER : QUIT_AFTER).has(after)) return false;
  if (after !== undefined && DETERMINER.has(after)) {
    const object = ws[i + 2];
    const aboutContact = object === undefined || FILLER.has(object) || CONTACT_WORDS.has(object) || STOP_GAP_SET.has(object) || ANNOYANCE.has(object);
    if (!aboutContact) return false;
  }
  return true;
}

/** A reply that only says the number is wrong (a statement, not a question). */
const WRONG_NUMBER = /^(?:(?:sorry|hi|hello|hey)[\s,.!]+)?(?:(?:this is|you have|you ve got|youve got|you got|you have got) (?:the |a )?)?wrong (?:number|person|#)(?:[\s,.!]+(?:sorry|bye|thanks|thank you))*[\s.!]*$/;

/** Per-clause phrases: a bare removal ("Remove", "wrong number please remove") or "no (more) calls". */
function clausePhrase(ws: readonly string[]): string | undefined {
  if (ws.some((w) => REMOVE.has(w)) && ws.every((w) => FILLER.has(w) || REMOVE.has(w))) return 'remove me';
  // "CEASE", "cease now please": the legal word for stop, alone
  if (ws.includes('cease') && ws.every((w) => FILLER.has(w) || w === 'cease')) return 'cease and desist';
  // "go away", "please just go away" alone (not "the pain won't go away")
  const content = ws.filter((w) => !FILLER.has(w));
  if (content.length === 2 && content[0] === 'go' && content[1] === 'away') return 'leave me alone';
  for (let i = 0; i < ws.length; i++) {
    if (ws[i] !== 'no') continue;
    if (!ws.slice(0, i).every((w) => FILLER.has(w))) return undefined;
    let j = i + 1;
    if (ws[j] === 'more' || ws[j] === 'further') j++;
    if (!NO_CONTACT.has(ws[j] ?? '')) continue;
    if (ws.slice(j + 1).every((w) => FILLER.has(w) || NO_CONTACT_TAIL.has(w) || NO_CONTACT.has(w))) return 'do not contact';
  }
  return undefined;
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
    if ((k === 'stop' || k === 'quit') && !actsOnContact(ws, i, k)) continue;
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
  const folded = fold(text).replace(NEGATION_BEFORE_BREAK, '$1 ');
  // "Wrong number" said (not asked): the consent on file was not this person's, so calling on under
  // it is what (a)(10) protects against; read as a revocation (conservative). "wrong number?" is a question.
  if (WRONG_NUMBER.test(folded.trim())) return { revoked: true, matched: 'wrong number', kind: 'phrase' };
  const sentences = folded.split(/[\n\r\u2028\u2029.!?;]+/);
  const clauses = (sentence: string) => sentence.split(/[,:\u2013\u2014|]+/).map(words);
  for (const sentence of sentences) {
    if (BANTER.test(words(sentence).join(' '))) continue;
    for (const ws of clauses(sentence)) {
      const k = keywordIn(ws);
      if (k !== undefined) return { revoked: true, matched: k, kind: 'keyword' };
    }
  }
  for (const sentence of sentences) {
    const joined = words(sentence).join(' ');
    for (const [re, label] of PHRASES) if (re.test(joined)) return { revoked: true, matched: label, kind: 'phrase' };
    for (const ws of clauses(sentence)) {
      const label = clausePhrase(ws);
      if (label !== undefined) return { revoked: true, matched: label, kind: 'phrase' };
    }
  }
  return { revoked: false };
}
