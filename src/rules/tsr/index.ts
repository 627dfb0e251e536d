/**
 * The TSR pack: FTC Telemarketing Sales Rule, 16 CFR Part 310. RULES.md §2.
 * @module
 */
import { defineRule, type Rule } from '../../core/rule';
import { constant, constantBy, coveringConsent, federalHoursVerdict } from '../shared';

const CALLER_ID_MISSING = constant({ outcome: 'warn', code: 'caller_id_missing' });
const TEXT_SENDER_MISSING = constant({ outcome: 'warn', code: 'caller_id_missing', details: { channel: 'sms' }, citation: '47 CFR 64.1601(e); 16 CFR 310.4(a)(8)' });
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
 * tsr.caller-id: 16 CFR 310.4(a)(8): warn when a telemarketing intent carries no caller ID. For a
 * voice call the TSR duty itself (RULES.md §2); for a text the warning rests on 47 CFR 64.1601(e)
 * (texts are calls under the TCPA, and the sending number is what the recipient sees): the host
 * should say which number sends it. Never a denial.
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
  appliesTo: (i) => i.purpose === 'telemarketing',
  evaluate(intent) {
    if (intent.callerId === undefined) return intent.channel === 'voice' ? CALLER_ID_MISSING : TEXT_SENDER_MISSING;
    return CALLER_ID_PRESENT(intent.callerId);
  },
});

const AGREEMENT_REQUIRED = constant({ outcome: 'deny', code: 'tsr_written_agreement_required' });

/**
 * tsr.prerecorded-message: 16 CFR 310.4(b)(1)(v) (RULES.md §2 [S]): from 2009-09-01 an outbound
 * telemarketing call delivering a prerecorded message needs the consumer's express written
 * agreement to receive such calls from this seller, whatever the line. The engine's written consent
 * of the seller covering the call is that agreement (signature and disclosure are required to record
 * one). From 2013-10-16 the TCPA asks the same (tcpa.consent); between the two dates only this rule
 * does. Before 2009-09-01 the TSR let an EBR stand in; that transition is not modelled (tcpa.consent
 * asks for consent then, the stricter reading).
 */
export const tsrPrerecordedMessage: Rule = defineRule({
  id: 'tsr.prerecorded-message',
  title: 'Prerecorded telemarketing calls need an express written agreement with the seller',
  pack: 'tsr',
  jurisdiction: 'US',
  citation: '16 CFR 310.4(b)(1)(v)',
  effective: { from: '2009-09-01' },
  confidence: 'S',
  needs: ['consents', 'reassigned'],
  appliesTo: (i) => i.purpose === 'telemarketing' && i.callType === 'prerecorded' && i.channel === 'voice',
  evaluate(intent, facts) {
    const c = coveringConsent(intent, facts, true);
    return c === undefined ? AGREEMENT_REQUIRED : { outcome: 'allow', code: 'consent_on_file', details: { consentId: c.id, required: 'prior-express-written' } };
  },
});

/** Every TSR rule. @category Rules */
export const tsr: readonly Rule[] = Object.freeze([tsrCallingHours, tsrCallerId, tsrPrerecordedMessage]);
