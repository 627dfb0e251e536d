/**
 * Reason codes: a closed set declared once; the {@link ReasonCode} union is derived from it and
 * every code has an English renderer. A verdict's `reason` is rendered from its code and details.
 *
 * @module
 */

/** Structured details of a verdict, as passed to a reason renderer. @category Reasons */
export type ReasonDetails = Record<string, unknown>;

const s = (v: unknown): string => (v === undefined || v === null ? '' : String(v));
const list = (v: unknown): string => (Array.isArray(v) ? v.join(', ') : s(v));
const hhmm = (m: number): string => `${String(Math.floor(m / 60)).padStart(2, '0')}:${String(m % 60).padStart(2, '0')}`;
const win = (v: unknown): string =>
  v !== null && typeof v === 'object' && 'start' in v && 'end' in v ? `${hhmm(Number(v.start))}–${hhmm(Number(v.end))}` : s(v);
const LINE: Record<string, string> = { wireless: 'wireless line', landline: 'residential landline', voip: 'VoIP line', unknown: 'line of unknown type' };
const line = (v: unknown): string => LINE[s(v)] ?? `${s(v)} line`;
const and = (v: unknown): string => {
  if (!Array.isArray(v)) return s(v);
  return v.length <= 1 ? v.join('') : `${v.slice(0, -1).join(', ')} and ${String(v[v.length - 1])}`;
};
const a = (v: unknown): string => (/^[aeiou]/i.test(s(v)) ? `an ${s(v)}` : `a ${s(v)}`);

/**
 * Every reason code with its English message renderer.
 * @category Reasons
 */
export const REASONS = {
  // --- engine
  unsupported_number: (d: ReasonDetails) =>
    `The number ${s(d['input'])} is not a supported dialable US number (${s(d['reason'])}${d['detail'] ? `: ${s(d['detail'])}` : ''}).`,
  fact_unavailable: (d: ReasonDetails) =>
    `The ${and(d['facts'])} ${Array.isArray(d['facts']) && d['facts'].length > 1 ? 'records' : 'record'} could not be read in time, so ${s(d['forRule'])} cannot confirm the call is lawful.`,
  rule_error: (d: ReasonDetails) => `Rule ${s(d['forRule'])} failed while evaluating (${s(d['message'])}); the call is blocked to be safe.`,
  // --- consent
  consent_not_required: (d: ReasonDetails) =>
    `No TCPA consent is needed for ${a(d['callType'])} ${s(d['channel'])} ${s(d['purpose'])} call to ${a(line(d['lineType']))}.`,
  consent_on_file: (d: ReasonDetails) =>
    `${d['required'] === 'prior-express-written' ? 'Prior express written consent' : 'Prior express consent'} is on file (consent ${s(d['consentId'])}).`,
  consent_required: (d: ReasonDetails) =>
    `${a(d['callType']).replace(/^a/, 'A')} ${s(d['purpose'])} ${s(d['channel'])} call to ${a(line(d['lineType']))} needs ${d['required'] === 'prior-express-written' ? 'prior express written consent' : 'prior express consent'}, and ${d['outlived'] ? 'the only covering consent on file was given before the Reassigned Numbers Database says the number was disconnected (see tcpa.reassigned-number)' : 'none covering it is on file'}.`,
  written_consent_required: (d: ReasonDetails) =>
    `Only oral consent is on file, but ${a(d['callType'])} telemarketing call to ${a(line(d['lineType']))} needs prior express written consent.`,
  tsr_written_agreement_required: () =>
    "A prerecorded telemarketing call needs the consumer's express written agreement to receive prerecorded calls from this seller (16 CFR 310.4(b)(1)(v)), and none covering this call is on file.",
  consent_out_of_scope: (d: ReasonDetails) =>
    `The consent on file does not cover this call (${list(d['mismatch'])}).`,
  consent_revoked: (d: ReasonDetails) =>
    `The called party revoked consent on ${s(d['revokedAt'])}${d['via'] ? ` by ${s(d['via'])}` : ''}; no consent given before then counts.`,
  no_revocation: () => 'No revocation of consent is on file for this number.',
  // --- debt-collection restrictions
  no_restriction: () => 'No communication restriction (attorney, workplace, cease request or refused medium) is on file for this debt or number.',
  represented_by_counsel: (d: ReasonDetails) =>
    `Since ${s(d['since'])} the consumer is known to be represented by an attorney on this debt${d['subject'] ? ` (${s(d['subject'])})` : ''}: communicate with the attorney, not the consumer.`,
  no_calls_at_work: (d: ReasonDetails) =>
    `Since ${s(d['since'])} the consumer is not to be contacted at work${d['numberUse'] === 'not given' ? ', and this number is not known to be other than a work number (give numberUse)' : ''}.`,
  inconvenient_time_named: (d: ReasonDetails) =>
    `Since ${s(d['since'])} the consumer has said ${s(d['window'])} is an inconvenient time to be contacted, and it is within those hours at the consumer's location.`,
  cease_communication: (d: ReasonDetails) =>
    `Since ${s(d['since'])} the consumer has refused to pay or asked the collector to stop communicating; only a notice that collection ends or of a specific remedy may still be sent (have a person review it).`,
  medium_refused: (d: ReasonDetails) =>
    `Since ${s(d['since'])} the consumer has asked not to be contacted ${d['channel'] === 'sms' ? 'by text' : d['channel'] === 'voice' ? 'by phone call' : 'by calls or texts'} at ${s(d['phone'])}.`,
  // --- reassigned numbers
  number_reassigned: (d: ReasonDetails) =>
    `The Reassigned Numbers Database answered "yes" on ${s(d['queriedAt'])}: the number was permanently disconnected on or after ${s(d['since'])}, so the consent of ${s(d['consentGrantedAt'])} may be from its previous holder and does not count.`,
  rnd_not_disconnected: (d: ReasonDetails) =>
    `The Reassigned Numbers Database answered "no" on ${s(d['queriedAt'])}: not permanently disconnected since ${s(d['since'])}, on or before the consent of ${s(d['consentGrantedAt'])} (the reassigned-number safe harbor can apply).`,
  rnd_no_safe_harbor: (d: ReasonDetails) =>
    `No Reassigned Numbers Database answer shows the number still with the person who consented on ${s(d['consentGrantedAt'])} (${s(d['why'])}); if it was reassigned, the safe harbor does not protect the call.`,
  rnd_not_queried: () =>
    'No Reassigned Numbers Database answer is on file for this number; if it was reassigned since the consent, the safe harbor does not protect the call.',
  // --- hours
  within_calling_hours: (d: ReasonDetails) =>
    `The called party's local time is inside the permitted window ${win(d['window'])} in every candidate time zone (${list(d['zones'])}).`,
  outside_calling_hours: (d: ReasonDetails) =>
    `It is ${s(d['localTime'])} in ${s(d['zone'])}, outside the permitted window ${win(d['window'])}.`,
  no_calls_on_day: (d: ReasonDetails) =>
    `Calls of this kind are not allowed on ${s(d['dayKind'])} (${s(d['date'])}) in ${s(d['zone'])}.`,
  holiday_ban: (d: ReasonDetails) => `${s(d['date'])} is ${s(d['holiday'])}, a day on which ${s(d['state'])} bans these calls.`,
  not_a_holiday: (d: ReasonDetails) => `${list(d['dates'])} is not a calling-ban holiday in ${s(d['state'])}.`,
  // --- DNC
  not_on_dnc: (d: ReasonDetails) => `The number is not on the ${s(d['list'])} do-not-call list.`,
  on_national_dnc: () =>
    'The number is on the National Do Not Call Registry and there is no established business relationship or signed written agreement.',
  dnc_ebr_exemption: (d: ReasonDetails) =>
    `The number is on the National Do Not Call Registry, but an established business relationship (${s(d['kind'])} on ${s(d['since'])}) permits the call until ${s(d['until'])}.`,
  dnc_written_agreement: (d: ReasonDetails) =>
    `The number is on the National Do Not Call Registry, but a signed written agreement (consent ${s(d['consentId'])}) permits the call.`,
  on_internal_dnc: () => "The number is on the firm's own do-not-call list, which no relationship or consent overrides.",
  state_written_consent_required: (d: ReasonDetails) =>
    `${s(d['state'])} law requires prior express written consent for ${d['callType'] === 'prerecorded' ? 'a recorded-message' : 'an automated'} telephonic sales ${d['channel'] === 'sms' ? 'text' : 'call'}, whatever the line type, and none covering it is on file.`,
  state_call_barred: (d: ReasonDetails) =>
    Array.isArray(d['requires']) && d['requires'].length > 0
      ? `${s(d['state'])} law allows ${s(d['barred'])} only with ${and(d['requires'])}, and the records show ${and(d['missing'])}.`
      : `${s(d['state'])} law bars ${s(d['barred'])}${d['lineType'] !== undefined ? ` (this number is ${a(line(d['lineType']))}${d['lineType'] === 'wireless' ? '' : ', treated as wireless'})` : ''}.`,
  state_call_conditions_met: (d: ReasonDetails) =>
    `${s(d['state'])} law allows ${s(d['barred'])} only with ${and(d['requires'])}; the records show ${and(d['held'])}.`,
  dnc_registry_stale: (d: ReasonDetails) =>
    d['downloadedAt'] === null || d['downloadedAt'] === undefined
      ? `No National Do Not Call Registry copy of area code ${s(d['areaCode'])} has been imported, while other area codes' copies have; a telephone solicitation must be scrubbed against a copy at most ${s(d['maxAge'])} old. Import the area code's list.`
      : Number(d['ageDays']) < 0
        ? `The National Do Not Call Registry copy for area code ${s(d['areaCode'])} was downloaded after this call's time (${s(d['downloadedAt'])}), so the call could not have been scrubbed with it.`
        : `The National Do Not Call Registry copy for area code ${s(d['areaCode'])} was downloaded ${s(d['ageDays'])} days ago (${s(d['downloadedAt'])}); a telephone solicitation must be scrubbed against a copy at most ${s(d['maxAge'])} old. Import a new download.`,
  on_state_dnc: (d: ReasonDetails) => `The number is on the ${s(d['state'])} state do-not-call list.`,
  // --- caps
  within_limit: (d: ReasonDetails) => `${s(d['count'])} of ${s(d['limit'])} ${s(d['what'])} used in the ${s(d['window'])}.`,
  limit_reached: (d: ReasonDetails) =>
    `${s(d['count'])} ${s(d['what'])} already in the ${s(d['window'])}; the limit is ${s(d['limit'])}.`,
  campaign_required: () =>
    'The call names no campaign (campaignId): autodialed telemarketing calls may abandon at most 3% of live-answered calls per campaign, and the rate cannot be measured without it, so the call is not placed.',
  subject_required: (d: ReasonDetails) =>
    `The debt is not named (no subject): ${d['why'] ? s(d['why']) : 'calls about it cannot be counted across the person\'s numbers'}, so the call is not placed. Give the debt as the intent's subject.`,
  post_conversation_wait: (d: ReasonDetails) =>
    `A telephone conversation about this debt took place on ${s(d['conversationDate'])}; no call is presumed lawful within 7 days after it.`,
  abandonment_rate_exceeded: (d: ReasonDetails) =>
    `The campaign abandoned ${s(d['abandoned'])} of ${s(d['answered'])} live-answered calls (${s(d['ratePercent'])}%) in the current 30-day period, over the 3% limit.`,
  abandonment_rate_ok: (d: ReasonDetails) =>
    `The campaign's abandonment rate is ${s(d['ratePercent'])}% of live-answered calls in the current 30-day period (limit 3%).`,
  // --- emergencies
  emergency_ban: (d: ReasonDetails) =>
    `A state of emergency is declared in ${s(d['state'])}${d['counties'] ? ` (${list(d['counties'])})` : ''} until ${s(d['to'])}; telephone solicitation is banned there.`,
  no_emergency: (d: ReasonDetails) => `No declared emergency bans calls in ${s(d['state'])} now.`,
  emergency_advisory: (d: ReasonDetails) =>
    `A state of emergency is declared in ${s(d['state'])}${d['counties'] ? ` (${list(d['counties'])})` : ''} until ${s(d['to'])}; ${s(d['note'])}`,
  // --- ethics / firm
  attorney_live_solicitation: (d: ReasonDetails) =>
    `A live telemarketing call to a prospective client is an in-person solicitation barred by ${s(d['ruleName'])}.`,
  attorney_telephone_solicitation: (d: ReasonDetails) =>
    d['relationship'] === undefined || d['relationship'] === 'prospect'
      ? `${s(d['state'])} bars telephone solicitation of prospective clients (${s(d['ruleName'])}).`
      : `${s(d['state'])} bars telephone solicitation of anyone without a family or prior professional relationship, a ${s(d['relationship'])} included (${s(d['ruleName'])}).`,
  attorney_do_not_solicit: () => 'The person has asked not to be solicited; Model Rule 7.3(c) bars any further solicitation.',
  relationship_unknown: () =>
    'No relationship is given for this telemarketing call; if the person is a prospective client, a live call is a barred solicitation.',
  solicitation_permitted: (d: ReasonDetails) => `The called person is a ${s(d['relationship'])}, an exception to the solicitation ban.`,
  sensitive_matter_requires_live: () => 'Firm policy: sensitive matters are discussed only by a live person, not by autodialed or prerecorded calls.',
  unknown_time_zone: () => 'Firm policy: the time zone of the called party is unknown, so the call is not placed.',
  // --- misc
  caller_id_missing: (d: ReasonDetails) =>
    d['channel'] === 'sms'
      ? 'No sending number (caller ID) is set for this telemarketing text; say which number sends it, as telemarketers must transmit a caller ID.'
      : 'No caller ID is set for this telemarketing call; telemarketers must transmit a caller ID number (and name when available).',
  caller_id_present: (d: ReasonDetails) => `Caller ID ${s(d['callerId'])} will be transmitted.`,
  not_applicable: (d: ReasonDetails) => `This rule does not govern this call (${s(d['why'])}).`,
} as const satisfies Record<string, (d: ReasonDetails) => string>;

/**
 * The closed union of reason codes.
 * @category Reasons
 */
export type ReasonCode = keyof typeof REASONS;

/**
 * Renders a reason code with its details into one English sentence.
 * @param code - the reason code
 * @param details - the structured details of the verdict
 * @returns the sentence
 * @category Reasons
 */
export function renderReason(code: ReasonCode, details: Record<string, unknown> = {}): string {
  return REASONS[code](details);
}
