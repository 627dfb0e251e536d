/**
 * The Regulation F pack: 12 CFR Part 1006 (FDCPA). RULES.md §3.
 * @module
 */
import { defineRule, type ObligationInput, type Rule } from '../../core/rule';
import { bindingFrom, federalHoursVerdict } from '../shared';
import { REG_F_DAY, REG_F_FROM } from './dates';
import { regfCallFrequency } from './frequency';
import { regfCeaseCommunication, regfCommunicationRestrictions } from './restrictions';


/** Frozen, so that every allowed decision shares one obligation object. */
const LIMITED_CONTENT_VOICEMAIL: readonly ObligationInput[] = Object.freeze([
  Object.freeze({ code: 'limited_content_voicemail', description: 'A voicemail must be a limited-content message: business name not indicating debt collection, a request to reply, the name of a person to contact and a callback number; nothing else.', citation: '12 CFR 1006.2(j)' } as const),
]);

/** Frozen: a debt-collection text must carry an opt-out (1006.6(e); RULES.md §3, wording unverified). */
const ELECTRONIC_OPT_OUT: readonly ObligationInput[] = Object.freeze([
  Object.freeze({ code: 'electronic_opt_out', description: 'The text must include a clear and conspicuous, reasonable and simple way to opt out of further texts (e.g. "Reply STOP to opt out").', citation: '12 CFR 1006.6(e)' } as const),
]);

const FDCPA_ONLY = '15 U.S.C. 1692c(a)(1)';

/**
 * regf.inconvenient-time: 15 U.S.C. 1692c(a)(1) (FDCPA, in force since 1978-03-20) and, from
 * 2021-11-30, 12 CFR 1006.6(b)(1)(i). All media, every candidate location. Before Regulation F
 * the verdict cites the statute alone.
 */
export const regfInconvenientTime: Rule = defineRule({
  id: 'regf.inconvenient-time',
  title: 'Debt collection: no communication before 08:00 or after 21:00 at the consumer\'s location',
  pack: 'regF',
  jurisdiction: 'US',
  citation: '12 CFR 1006.6(b)(1)(i); 15 U.S.C. 1692c(a)(1)',
  // FDCPA § 818 (Pub. L. 95-109, enacted 1977-09-20): "takes effect upon the expiration of six
  // months after the date of its enactment" (statutory note to 15 U.S.C. 1692).
  effective: { from: '1978-03-20' },
  changes: [REG_F_FROM] /* Regulation F restates the FDCPA window; its message obligations begin */,
  confidence: 'S',
  needs: [],
  appliesTo: (i) => i.purpose === 'debt-collection',
  evaluate(intent) {
    const v = federalHoursVerdict(intent);
    // Regulation F is in force when it is in force on any candidate zone's local day (as the
    // engine decides for rules): the latest of them
    return bindingFrom(intent, REG_F_DAY) ? v : { ...v, citation: FDCPA_ONLY };
  },
  // Regulation F's message rules (limited-content voicemail 1006.2(j), text opt-out 1006.6(e)) from 2021-11-30
  obligations: (intent) =>
    !bindingFrom(intent, REG_F_DAY) ? undefined : intent.channel === 'voice' ? LIMITED_CONTENT_VOICEMAIL : ELECTRONIC_OPT_OUT,
});

/** Every Regulation F rule. @category Rules */
export const regF: readonly Rule[] = Object.freeze([regfInconvenientTime, regfCallFrequency, regfCommunicationRestrictions, regfCeaseCommunication]);
