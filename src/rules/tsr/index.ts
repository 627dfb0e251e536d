/**
 * The TSR pack: FTC Telemarketing Sales Rule, 16 CFR Part 310. RULES.md §2.
 * @module
 */
import { defineRule, type Rule } from '../../core/rule';
import { constant, constantBy, federalHoursVerdict } from '../shared';

const CALLER_ID_MISSING = constant({ outcome: 'warn', code: 'caller_id_missing' });
/** Hosts use a handful of caller IDs: one shared verdict each (the first 1,000). */
const CALLER_ID_PRESENT = constantBy((callerId) => ({ outcome: 'allow', code: 'caller_id_present', details: { callerId } }), 1000);


/** tsr.calling-hours: 16 CFR 310.4(c). */
export const tsrCallingHours: Rule = defineRule({
  id: 'tsr.calling-hours',
  title: 'No outbound telemarketing call before 08:00 or after 21:00 local time',
  pack: 'tsr',
  jurisdiction: 'US',
  citation: '16 CFR 310.4(c)',
  // The original TSR (60 FR 43842, 1995-08-23) took effect 1995-12-31 (from memory, unverified;
  // RULES.md §2 gives no start date). Only checks before that date are affected.
  effective: { from: '1995-12-31' },
  confidence: 'S',
  needs: [],
  appliesTo: (i) => i.purpose === 'telemarketing',
  evaluate: (intent) => federalHoursVerdict(intent),
});

/**
 * tsr.caller-id: 16 CFR 310.4(a)(8): warn when a telemarketing call carries no caller ID. Voice
 * only: RULES.md §2 states the TSR duty for calls; a telemarketing text gets the caller-ID
 * obligation of tcpa.caller-id (47 CFR 64.1601(e), texts being calls under the TCPA).
 */
export const tsrCallerId: Rule = defineRule({
  id: 'tsr.caller-id',
  title: 'Telemarketing calls must transmit caller ID',
  pack: 'tsr',
  jurisdiction: 'US',
  citation: '16 CFR 310.4(a)(8)',
  effective: { from: '2004-01-29' },
  confidence: 'S',
  needs: [],
  appliesTo: (i) => i.purpose === 'telemarketing' && i.channel === 'voice',
  evaluate(intent) {
    if (intent.callerId === undefined) return CALLER_ID_MISSING;
    return CALLER_ID_PRESENT(intent.callerId);
  },
});

/** Every TSR rule. @category Rules */
export const tsr: readonly Rule[] = Object.freeze([tsrCallingHours, tsrCallerId]);
