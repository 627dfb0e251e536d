/**
 * The TCPA pack: 47 U.S.C. 227 and 47 CFR 64.1200 / 64.1601. Facts from RULES.md §1.
 * @module
 */
import { defineRule, type ObligationInput, type Rule } from '../../core/rule';
import type { NormalizedIntent } from '../../core/types';
import {
  DAY,
  TCPA_FROM,
  addMonthsToDay,
  addMonthsUtc,
  capVerdict,
  constant,
  constantBy5,
  coveringConsent,
  coveringConsents,
  dayNumber,
  bindingFrom,
  permissionFrom,
  isWirelessClass,
  lastRevocation,
  liveConsents,
  scopeMismatch,
  federalHoursVerdict,
  utcDate,
} from '../shared';
import { abandonmentRule } from './abandonment';
import { tcpaReassignedNumber } from './reassigned';
import { outlived } from '../rnd';
import { dateString, localDays } from '../../time/zone';

/** Exempt prerecorded calls to residential lines: the opt-out and internal-DNC duties apply from 2023-07-20 (FCC 20-186). */
const PRERECORDED_OPT_OUT_EXEMPT_DATE = '2023-07-20';
const PRERECORDED_OPT_OUT_EXEMPT_DAY = dayNumber(PRERECORDED_OPT_OUT_EXEMPT_DATE);
/** Whether the opt-out and company-DNC duties of exempt prerecorded residential calls bind the intent (from 2023-07-20 on any candidate zone's local day). */
const exemptOptOutDuties = (i: NormalizedIntent) => bindingFrom(i, PRERECORDED_OPT_OUT_EXEMPT_DAY);
/** An exempt prerecorded voice call to a residential line ((a)(3)(ii)-(v)): the matrix's 'exempt-capped'. */
const isExemptResidential = (i: NormalizedIntent) => consentRequirement(i) === 'exempt-capped';

/** What consent the TCPA requires for an intent (RULES.md §1.2 matrix). */
export type ConsentRequirement = 'none' | 'exempt-capped' | 'prior-express' | 'prior-express-written';

/**
 * The consent matrix of RULES.md §1.2: technology x line x purpose (texts are calls).
 * @param intent - the normalized intent
 * @returns the consent the call needs
 * @category Rules
 */
export function consentRequirement(intent: NormalizedIntent): ConsentRequirement {
  if (intent.purpose === 'emergency') return 'none'; // 227(b)(1)(A): "other than a call made for emergency purposes"
  if (intent.callType === 'live') return 'none'; // 227(b) reaches ATDS and artificial/prerecorded voice only
  const wireless = isWirelessClass(intent) || intent.channel === 'sms';
  // FCC 12-21: written consent for autodialed/prerecorded telemarketing from 2013-10-16; before it, prior express consent.
  // A duty that binds: in force once any candidate zone's local day has reached the date.
  const written = bindingFrom(intent, PEWC_DAY) ? 'prior-express-written' : 'prior-express';
  if (wireless) {
    // (a)(2): telemarketing to wireless needs PEWC; HIPAA health-care messages need PEC. (a)(1)(iii): others PEC.
    return intent.purpose === 'telemarketing' ? written : 'prior-express';
  }
  // Residential landline.
  if (intent.callType === 'prerecorded') {
    // (a)(3): prerecorded telemarketing needs PEWC (EBR no longer suffices since 2013-10-16);
    // exempt calls (a)(3)(ii)-(v) need none up to the caps of tcpa.exempt-call-limit.
    return intent.purpose === 'telemarketing' ? written : 'exempt-capped';
  }
  return 'none'; // ATDS with a live agent to a residential line: no 227(b) consent
}

/** FCC 12-21: prior express written consent required from 2013-10-16. */
const PEWC_DATE = '2013-10-16';
const PEWC_DAY = dayNumber(PEWC_DATE);

/** Shared verdicts whose details are only the intent's kind and the consent required. */
const byKind = (outcome: 'allow' | 'deny', code: 'consent_not_required' | 'consent_required' | 'written_consent_required') =>
  constantBy5((callType, channel, purpose, lineType, required) => ({ outcome, code, details: { callType, channel, purpose, lineType, required } }));
const NOT_REQUIRED = byKind('allow', 'consent_not_required');
const CONSENT_REQUIRED = byKind('deny', 'consent_required');
const WRITTEN_CONSENT_REQUIRED = byKind('deny', 'written_consent_required');
const NO_REVOCATION = constant({ outcome: 'allow', code: 'no_revocation' });
const NOT_ON_NATIONAL = constant({ outcome: 'allow', code: 'not_on_dnc', details: { list: 'national' } });
const NOT_ON_INTERNAL = constant({ outcome: 'allow', code: 'not_on_dnc', details: { list: 'internal' } });
const ON_NATIONAL = constant({ outcome: 'deny', code: 'on_national_dnc', details: { list: 'national' } });
const ON_INTERNAL = constant({ outcome: 'deny', code: 'on_internal_dnc', details: { list: 'internal' } });

/** 47 CFR 64.1200(a)(12) (the one-time opt-out confirmation text) in force from 2024-04-04 (RULES.md §1.7, §1.14 [S]), as a day number. */
const A12_FROM = '2024-04-04';
const A12_DAY = dayNumber(A12_FROM);

const CONSENT_CITE = '47 U.S.C. 227(b)(1); 47 CFR 64.1200(a)(1)-(3), (f)(9)';

/** tcpa.consent: the consent matrix. */
export const tcpaConsent: Rule = defineRule({
  id: 'tcpa.consent',
  title: 'Prior express (written) consent for autodialed and prerecorded calls and texts',
  pack: 'tcpa',
  jurisdiction: 'US',
  citation: CONSENT_CITE,
  effective: { from: TCPA_FROM },
  changes: [PEWC_DATE, A12_FROM] /* PEWC for autodialed / prerecorded telemarketing; the (a)(12) confirmation text */,
  // the weakest mark of what the matrix rests on (RULES.md §1.2): the (a)(1)-(3) text is [V], the
  // 2013-10-16 PEWC date (FCC 12-21) and the (a)(12) date [S]
  confidence: 'S',
  // attempts: the opt-out confirmation text of (a)(12) may be sent once.
  needs: ['consents', 'attempts', 'reassigned'],
  evaluate(intent, facts) {
    const required = consentRequirement(intent);
    if (required === 'none' || required === 'exempt-capped') {
      return NOT_REQUIRED(intent.callType, intent.channel, intent.purpose, intent.effectiveLineType, required);
    }
    if (intent.purpose !== 'opt-out-confirmation' && facts.consents.length === 0) {
      // No consent on file: what the general path below concludes, without its temporaries.
      return CONSENT_REQUIRED(intent.callType, intent.channel, intent.purpose, intent.effectiveLineType, required);
    }
    const base = { callType: intent.callType, channel: intent.channel, purpose: intent.purpose, lineType: intent.effectiveLineType, required };
    if (intent.purpose === 'opt-out-confirmation') {
      // (a)(12) took effect 2024-04-04 (RULES.md §1.7, §1.14): before it, a text after a revocation had no
      // presumption to rest on and needs consent like any other (the revoked one no longer counts).
      // A permission: in force only when it is in force on every candidate zone's local day.
      if (!permissionFrom(intent, A12_DAY)) {
        return { outcome: 'deny', code: 'consent_required', details: { ...base, why: 'the one-time confirmation text of 47 CFR 64.1200(a)(12) is allowed only from 2024-04-04' } };
      }
      // (a)(12): one confirmation text, presumed within the prior consent if sent within 5 minutes of the revocation.
      const rev = lastRevocation(intent, facts);
      // (a consent the Reassigned Numbers Database says the number had outlived by then was not the sender's)
      const hadConsent =
        rev !== undefined &&
        facts.consents.some((c) => c.seller === intent.seller && c.grantedAt.getTime() <= rev.receivedAt.getTime() && !outlived(c, facts.reassigned, rev.receivedAt.getTime()));
      const within = rev !== undefined && intent.at - rev.receivedAt.getTime() <= 5 * 60_000;
      const already = rev !== undefined && facts.attempts.some((a) => a.purpose === 'opt-out-confirmation' && a.e164 === intent.e164 && a.at >= rev.receivedAt.getTime() && a.at <= intent.at);
      if (intent.channel === 'sms' && hadConsent && within && !already) {
        return { outcome: 'allow', code: 'consent_on_file', details: { ...base, consentId: 'prior consent (one confirmation text within 5 minutes, 47 CFR 64.1200(a)(12))' }, citation: '47 CFR 64.1200(a)(12)' };
      }
      return { outcome: 'deny', code: 'consent_required', details: { ...base, why: 'only one confirmation text within 5 minutes of a revocation is allowed' }, citation: '47 CFR 64.1200(a)(12)' };
    }
    const written = required === 'prior-express-written';
    const c = coveringConsent(intent, facts, written);
    if (c) {
      // { ...base, consentId, kind }, written out (a spread is slow on this path)
      return { outcome: 'allow', code: 'consent_on_file', details: { callType: base.callType, channel: base.channel, purpose: base.purpose, lineType: base.lineType, required, consentId: c.id, kind: c.kind } };
    }
    const live = liveConsents(intent, facts);
    const inScope = live.filter((x) => scopeMismatch(x, intent).length === 0);
    if (written && inScope.length > 0) return WRITTEN_CONSENT_REQUIRED(intent.callType, intent.channel, intent.purpose, intent.effectiveLineType, required);
    if (live.length > 0) {
      return { outcome: 'deny', code: 'consent_out_of_scope', details: { ...base, mismatch: scopeMismatch(live[0]!, intent) } };
    }
    // a covering consent the Reassigned Numbers Database says the number has outlived: say so
    if (facts.reassigned.length > 0 && coveringConsents(intent, facts, written, true).length > 0) {
      return { outcome: 'deny', code: 'consent_required', details: { ...base, outlived: true } };
    }
    return CONSENT_REQUIRED(intent.callType, intent.channel, intent.purpose, intent.effectiveLineType, required);
  },
});

/** tcpa.revocation: revoked consent no longer counts; for telemarketing it is also a do-not-call request. */
export const tcpaRevocation: Rule = defineRule({
  id: 'tcpa.revocation',
  title: 'Revoked consent no longer counts',
  pack: 'tcpa',
  jurisdiction: 'US',
  citation: '47 CFR 64.1200(a)(10)-(12), (d)(3)',
  effective: { from: TCPA_FROM },
  confidence: 'S',
  needs: ['consents', 'reassigned'],
  evaluate(intent, facts) {
    const rev = lastRevocation(intent, facts);
    if (rev === undefined) return NO_REVOCATION;
    // the one confirmation text of (a)(12) is tcpa.consent's to judge; a confirmation by voice is a call like any other
    if (intent.purpose === 'emergency' || (intent.purpose === 'opt-out-confirmation' && intent.channel === 'sms')) return undefined;
    const req = consentRequirement(intent);
    const needsConsent = req === 'prior-express' || req === 'prior-express-written';
    // A revocation is also a do-not-call request: (d)(3) binds telemarketing, and from 2023-07-20 the
    // exempt prerecorded calls to residential lines of (a)(3)(ii)-(v) (FCC 20-186; RULES.md §1.3, §1.7:
    // "Company-DNC duties also apply to exempted prerecorded residential calls").
    const doNotCall = intent.purpose === 'telemarketing' || (req === 'exempt-capped' && exemptOptOutDuties(intent));
    if (!needsConsent && !doNotCall) return undefined;
    const renewed = coveringConsent(intent, facts, req === 'prior-express-written');
    if (renewed) return { outcome: 'allow', code: 'consent_on_file', details: { consentId: renewed.id, required: req, renewedAfterRevocation: true } };
    return {
      outcome: 'deny',
      code: 'consent_revoked',
      details: { revokedAt: rev.receivedAt.toISOString(), via: rev.via, honorBy: rev.honorBy.toISOString(), revocationId: rev.id },
    };
  },
});

const isTelemarketing = (i: NormalizedIntent) => i.purpose === 'telemarketing';

/** tcpa.calling-hours: 47 CFR 64.1200(c)(1). */
export const tcpaCallingHours: Rule = defineRule({
  id: 'tcpa.calling-hours',
  title: 'No telephone solicitation before 08:00 or after 21:00 local time',
  pack: 'tcpa',
  jurisdiction: 'US',
  citation: '47 CFR 64.1200(c)(1)',
  effective: { from: TCPA_FROM },
  confidence: 'V',
  needs: [],
  appliesTo: isTelemarketing,
  evaluate: (intent) => federalHoursVerdict(intent),
});

/**
 * The EBR in force for the call (64.1200(f)(5)): a purchase or transaction "within the eighteen (18)
 * months immediately preceding the date of the telephone call", an inquiry or application within
 * the three months, read by calendar date: it covers calls through the relationship's local date
 * plus the months, the day clamped to the month's end (a purchase on 2024-08-31 covers calls through
 * 2026-02-28, a whole day later than 18 months of instants would). Where the two ways of counting
 * months differ (a relationship on 2026-02-28: is a call on 2026-03-31 "within one month"? counting
 * back from the call says yes, forward from the relationship says through 2026-03-28), the forward
 * count, the narrower exemption, is used. An exemption, so it must hold on the calendar of every
 * candidate zone. `until` is the last local date of a call it covers (a day number; the earliest over
 * the zones), `sinceDay` the relationship's local date on that zone's calendar.
 */
export function ebrInForce(intent: NormalizedIntent, facts: { relationships: readonly { kind: string; at: number; seller: string }[] }) {
  let best: { kind: string; since: number; sinceDay: number; until: number } | undefined;
  const zones = intent.zones;
  for (let kR = 0; kR < facts.relationships.length; kR++) {
    const r = facts.relationships[kR]!;
    if (r.seller !== intent.seller || r.at > intent.at) continue;
    const months = r.kind === 'transaction' ? 18 : 3;
    let until = Infinity;
    let sinceDay = Math.floor(r.at / DAY);
    const n = Math.max(zones.length, 1);
    for (let k = 0; k < n; k++) {
      const rel = k < zones.length ? localDays(zones[k]!, r.at) : Math.floor(r.at / DAY);
      // the last call date it covers on this zone's calendar
      const last = addMonthsToDay(rel, months);
      if (last < (k < zones.length ? localDays(zones[k]!, intent.at) : Math.floor(intent.at / DAY))) {
        until = -Infinity;
        break;
      }
      if (last < until) {
        // since and until on one zone's calendar (the one whose window ends first)
        until = last;
        sinceDay = rel;
      }
    }
    if (until !== -Infinity && (best === undefined || until > best.until)) best = { kind: r.kind, since: r.at, sinceDay, until };
  }
  return best;
}

/** The registry scrub interval: 31 days from 2005-01-01, 3 months before (RULES.md §1.14, 2005-01-01 [S]; §1.6 safe harbor). */
const SCRUB_31_DAYS_DATE = '2005-01-01';
const SCRUB_31_DAYS_DAY = dayNumber(SCRUB_31_DAYS_DATE);

/** Whether a registry copy downloaded at `downloadedAt` is too old to scrub the call with (the shorter interval binds from 2005-01-01 on any candidate zone's local day). */
function registryStale(downloadedAt: number, intent: NormalizedIntent): boolean {
  const t = intent.at;
  // a call before the copy was downloaded was not scrubbed with it (nor, as far as is known, with any)
  if (t < downloadedAt) return true;
  return bindingFrom(intent, SCRUB_31_DAYS_DAY) ? t - downloadedAt > 31 * DAY : t > addMonthsUtc(downloadedAt, 3);
}

/** tcpa.national-dnc: 47 CFR 64.1200(c)(2), EBR (f)(5). */
export const tcpaNationalDnc: Rule = defineRule({
  id: 'tcpa.national-dnc',
  title: 'No telephone solicitation to numbers on the National Do Not Call Registry',
  pack: 'tcpa',
  jurisdiction: 'US',
  citation: '47 CFR 64.1200(c)(2), (f)(5); 16 CFR 310.4(b)(1)(iii)(B)',
  effective: { from: '2003-10-01' },
  changes: [SCRUB_31_DAYS_DATE] /* scrub interval 3 months → 31 days */,
  confidence: 'S',
  needs: ['suppressions', 'relationships', 'consents', 'reassigned', 'registry'],
  appliesTo: isTelemarketing,
  evaluate(intent, facts) {
    // an imported registry copy of the number's area code older than the scrub interval: whether
    // the number has been registered since is unknown (fail closed)
    // once imports are in use, an area code with no copy at all is not scrubbed either
    const stale = facts.registryAt !== undefined ? registryStale(facts.registryAt, intent) : facts.registryInUse;
    if (!stale && !facts.suppressions.has('national')) return NOT_ON_NATIONAL;
    const ebr = ebrInForce(intent, facts);
    if (ebr) {
      return { outcome: 'allow', code: 'dnc_ebr_exemption', details: { kind: ebr.kind, since: dateString(ebr.sinceDay), until: dateString(ebr.until) } };
    }
    // (c)(2)(ii): a signed written agreement to be contacted by this seller: a written consent of
    // the seller whose scope covers this call (one limited to other purposes or channels does not)
    // (an agreement the Reassigned Numbers Database says the number has outlived was signed by its
    // previous holder: liveConsents leaves it out)
    const written = coveringConsent(intent, facts, true);
    if (written) return { outcome: 'allow', code: 'dnc_written_agreement', details: { consentId: written.id } };
    if (stale) {
      const dl = facts.registryAt;
      return {
        outcome: 'deny',
        code: 'dnc_registry_stale',
        details: {
          areaCode: intent.npa,
          downloadedAt: dl === undefined ? null : new Date(dl).toISOString(),
          ageDays: dl === undefined ? null : Math.floor((intent.at - dl) / DAY),
          maxAge: bindingFrom(intent, SCRUB_31_DAYS_DAY) ? '31 days' : '3 months',
        },
        citation: '47 CFR 64.1200(c)(2)(i)(D); 16 CFR 310.4(b)(3)(iv)',
      };
    }
    return ON_NATIONAL;
  },
});

/**
 * 47 CFR 64.1200(d)(4) (RULES.md §1.7 [V]): every telemarketing call, and from 2023-07-20 every exempt
 * prerecorded call to a residential line, identifies the caller, the seller and a way to reach it —
 * the calls (d) governs, so an obligation of tcpa.internal-dnc.
 */
const D4_IDENTIFY: readonly ObligationInput[] = Object.freeze([
  Object.freeze({
    code: 'identify_caller_and_seller',
    description:
      'Give the called party the name of the individual caller (on a live call), the name of the person or entity on whose behalf the call is made, and a telephone number or address at which that person or entity can be contacted (not a 900 number or any number charged above local or long-distance transmission rates).',
    citation: '47 CFR 64.1200(d)(4)',
  } as const),
]);

/** tcpa.internal-dnc: 47 CFR 64.1200(d). The firm's own list beats any EBR or consent. */
export const tcpaInternalDnc: Rule = defineRule({
  id: 'tcpa.internal-dnc',
  title: "The firm's own do-not-call list",
  pack: 'tcpa',
  jurisdiction: 'US',
  citation: '47 CFR 64.1200(d)(3), (d)(6); 16 CFR 310.4(b)(1)(iii)(A)',
  effective: { from: TCPA_FROM },
  changes: [PRERECORDED_OPT_OUT_EXEMPT_DATE] /* exempt prerecorded residential calls covered (FCC 20-186) */,
  confidence: 'S',
  needs: ['suppressions'],
  // (d) covers telemarketing, and since 2023-07-20 exempt prerecorded residential calls ((a)(3)(ii)-(v)).
  appliesTo: (i) =>
    i.purpose === 'telemarketing' ||
    (isExemptResidential(i) && exemptOptOutDuties(i)),
  evaluate(_intent, facts) {
    return facts.suppressions.has('internal') ? ON_INTERNAL : NOT_ON_INTERNAL;
  },
  obligations: () => D4_IDENTIFY,
});

/**
 * The purposes of the exempt prerecorded calls to residential lines ((a)(3)(ii)-(v)): every purpose
 * that is neither telemarketing nor an emergency (a confirmation of an opt-out by voice is a
 * commercial call that is not telemarketing: (a)(12) covers one text only).
 */
const EXEMPT_PURPOSES = new Set(['informational', 'debt-collection', 'healthcare', 'opt-out-confirmation']); // for recorded attempts: the intent side asks consentRequirement

/** tcpa.exempt-call-limit: 47 CFR 64.1200(a)(3)(ii)-(v) as amended by FCC 20-186, effective 2023-07-20. */
export const tcpaExemptCallLimit: Rule = defineRule({
  id: 'tcpa.exempt-call-limit',
  title: 'Exempt prerecorded calls to residential lines: at most 3 per 30 days (HIPAA: 1 a day, 3 a week)',
  pack: 'tcpa',
  jurisdiction: 'US',
  citation: '47 CFR 64.1200(a)(3)(ii)-(v); FCC 20-186, 86 FR 11443; 88 FR 3668',
  effective: { from: '2023-07-20' },
  confidence: 'S', // the weakest of its parts: the HIPAA health-care limits (1 a day, 3 a week) are [S] in RULES.md §1.3
  needs: ['attempts', 'consents', 'reassigned'],
  appliesTo: isExemptResidential,
  evaluate(intent, facts) {
    // FCC 22-100: exceeding the caps is allowed with prior express consent, oral or written.
    const c = coveringConsent(intent, facts, false);
    if (c) return { outcome: 'allow', code: 'consent_on_file', details: { consentId: c.id, required: 'prior-express' } };
    const counted = (a: { e164: string; callType: string; channel: string; purpose: string }) =>
      a.e164 === intent.e164 && a.callType === 'prerecorded' && a.channel === 'voice' && EXEMPT_PURPOSES.has(a.purpose);
    if (intent.purpose === 'healthcare') {
      const day = capVerdict(facts.attempts, intent.at, DAY, 1, 'exempt health-care prerecorded calls', '24 hours', (a) => counted(a) && a.purpose === 'healthcare');
      if (day.outcome === 'deny') return { ...day, citation: '47 CFR 64.1200(a)(3)(v)' };
      const week = capVerdict(facts.attempts, intent.at, 7 * DAY, 3, 'exempt health-care prerecorded calls', '7 days', (a) => counted(a) && a.purpose === 'healthcare');
      return { ...week, citation: '47 CFR 64.1200(a)(3)(v)' };
    }
    return capVerdict(facts.attempts, intent.at, 30 * DAY, 3, 'exempt prerecorded calls', 'consecutive 30 days', (a) => counted(a) && a.purpose !== 'healthcare');
  },
});

// Obligation inputs are frozen constants: the evaluator then shares one frozen obligation per input.
const freezeAll = (list: ObligationInput[]): readonly ObligationInput[] => Object.freeze(list.map((o) => Object.freeze(o)));
const IDENTIFY: ObligationInput[] = [
  { code: 'identify_at_start', description: 'State clearly at the beginning of the message the identity of the business responsible for the call, by its registered name.', citation: '47 CFR 64.1200(b)(1)' },
  { code: 'state_callback_number', description: 'During or after the message, state a telephone number (not the autodialer, not a 900 number) at which the caller can be reached.', citation: '47 CFR 64.1200(b)(2)' },
];
const PRERECORDED_IDENTIFY = freezeAll(IDENTIFY);
const PRERECORDED_WITH_OPT_OUT = freezeAll([
  ...IDENTIFY,
  { code: 'interactive_opt_out', description: 'Within 2 seconds after the identification, offer an automated voice or key-press opt-out; on use, record the number on the do-not-call list and end the call immediately.', citation: '47 CFR 64.1200(b)(3)' },
  { code: 'voicemail_toll_free_opt_out', description: 'If the message reaches voicemail or an answering machine, give a toll-free number that connects to the automated opt-out.', citation: '47 CFR 64.1200(b)(3); 16 CFR 310.4(b)(1)(v)(B)' },
]);
const RING: ObligationInput = { code: 'ring_duration', description: 'Do not disconnect an unanswered call before 15 seconds or 4 rings.', citation: '47 CFR 64.1200(a)(6); 16 CFR 310.4(b)(4)(ii)' };
const RING_ONLY = freezeAll([RING]);
const RING_AND_ABANDON = freezeAll([
  RING,
  { code: 'abandonment_message', description: 'Connect a live representative within 2 seconds of the completed greeting, or play a prerecorded message naming the seller, saying the call was for telemarketing purposes, giving a DNC number and an automated opt-out.', citation: '47 CFR 64.1200(a)(7); 16 CFR 310.4(b)(4)(iii)' },
]);
const TRANSMIT_CALLER_ID = freezeAll([
  { code: 'transmit_caller_id', description: 'Transmit a caller ID number (CPN or ANI) that accepts do-not-call requests during business hours, and the name when the carrier makes it available; never block it.' },
]);

/** tcpa.prerecorded-content: 47 CFR 64.1200(b) and (d)(4); obligations only. */
export const tcpaPrerecordedContent: Rule = defineRule({
  id: 'tcpa.prerecorded-content',
  title: 'What an artificial or prerecorded message must say',
  pack: 'tcpa',
  jurisdiction: 'US',
  citation: '47 CFR 64.1200(b)(1)-(3)',
  effective: { from: TCPA_FROM },
  confidence: 'V',
  needs: [],
  appliesTo: (i) => i.callType === 'prerecorded' && i.channel === 'voice',
  evaluate: () => undefined,
  obligations(intent) {
    const exemptResidential = isExemptResidential(intent) && exemptOptOutDuties(intent);
    return intent.purpose === 'telemarketing' || exemptResidential ? PRERECORDED_WITH_OPT_OUT : PRERECORDED_IDENTIFY;
  },
});

/** Ring duration and abandonment obligations for telemarketing voice calls: 64.1200(a)(6)-(7); TSR 310.4(b)(4). */
export const tcpaRingAndAbandonObligations: Rule = defineRule({
  id: 'tcpa.ring-duration',
  title: 'Ring at least 15 seconds or 4 rings; connect a live agent within 2 seconds or play the abandonment message',
  pack: 'tcpa',
  jurisdiction: 'US',
  citation: '47 CFR 64.1200(a)(6)-(7); 16 CFR 310.4(b)(4)(ii)-(iii)',
  effective: { from: '2003-10-01' },
  confidence: 'S',
  needs: [],
  appliesTo: (i) => i.purpose === 'telemarketing' && i.channel === 'voice',
  evaluate: () => undefined,
  obligations: (intent) => (intent.callType === 'autodialed' ? RING_AND_ABANDON : RING_ONLY),
});

/** Caller ID for telemarketing: 47 CFR 64.1601(e). Obligation only; the TSR warning is tsr.caller-id. */
export const tcpaCallerId: Rule = defineRule({
  id: 'tcpa.caller-id',
  title: 'Telemarketers must transmit caller ID',
  pack: 'tcpa',
  jurisdiction: 'US',
  citation: '47 CFR 64.1601(e)',
  effective: { from: '2004-01-29' },
  confidence: 'V',
  needs: [],
  appliesTo: isTelemarketing,
  evaluate: () => undefined,
  obligations: () => TRANSMIT_CALLER_ID,
});

/** Every TCPA rule. @category Rules */
export const tcpa: readonly Rule[] = Object.freeze([
  tcpaConsent,
  tcpaRevocation,
  tcpaCallingHours,
  tcpaNationalDnc,
  tcpaInternalDnc,
  tcpaExemptCallLimit,
  abandonmentRule,
  tcpaReassignedNumber,
  tcpaPrerecordedContent,
  tcpaRingAndAbandonObligations,
  tcpaCallerId,
]);
