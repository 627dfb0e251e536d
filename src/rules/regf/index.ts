/**
 * The Regulation F pack: 12 CFR Part 1006 (FDCPA). RULES.md §3.
 * @module
 */
import { defineRule, type ObligationInput, type Rule } from '../../core/rule';
import { federalHoursVerdict } from '../shared';
import { regfCallFrequency } from './frequency';


/** Frozen, so that every allowed decision shares one obligation object. */
const LIMITED_CONTENT_VOICEMAIL: readonly ObligationInput[] = Object.freeze([
  Object.freeze({ code: 'limited_content_voicemail', description: 'A voicemail must be a limited-content message: business name not indicating debt collection, a request to reply, the name of a person to contact and a callback number; nothing else.', citation: '12 CFR 1006.2(j)' } as const),
]);

/** regf.inconvenient-time: 12 CFR 1006.6(b)(1)(i); 15 U.S.C. 1692c(a)(1). All media, every candidate location. */
export const regfInconvenientTime: Rule = defineRule({
  id: 'regf.inconvenient-time',
  title: 'Debt collection: no communication before 08:00 or after 21:00 at the consumer\'s location',
  pack: 'regF',
  jurisdiction: 'US',
  citation: '12 CFR 1006.6(b)(1)(i); 15 U.S.C. 1692c(a)(1)',
  effective: { from: '2021-11-30' },
  confidence: 'S',
  needs: [],
  appliesTo: (i) => i.purpose === 'debt-collection',
  evaluate: (intent) => federalHoursVerdict(intent),
  obligations: (intent) => (intent.channel === 'voice' ? LIMITED_CONTENT_VOICEMAIL : undefined),
});

/** Every Regulation F rule. @category Rules */
export const regF: readonly Rule[] = Object.freeze([regfInconvenientTime, regfCallFrequency]);
