/**
 * regf.call-frequency: 12 CFR 1006.14(b)(2): no more than 7 calls within 7 consecutive days about a
 * particular debt, and none within 7 consecutive days after a telephone conversation about it (the
 * conversation day is day 1). Calls that do not connect (busy, network failure) are excluded
 * (1006.14(b)(3)(ii)); texts and emails are not calls, and only a telephone conversation starts the
 * wait. RULES.md §3.
 *
 * Counts are per debt across the person's numbers (the intent's `subject`). A stored
 * debt-collection call with no subject may have been about any debt, so it counts toward every
 * debt of the number it went to. An intent with no subject is denied (`subject_required`): its
 * calls cannot be counted across the person's numbers, and a count of the dialled number alone
 * could allow an eighth call about a debt already called on another number (fail closed).
 * @module
 */
import { defineRule, type Rule } from '../../core/rule';
import type { StoredAttempt } from '../../core/types';
import { localTime, zonedToEpoch } from '../../time/zone';
import { DAY, capVerdict } from '../shared';

/**
 * Whether a stored call is about the intent's debt, or may be: the same subject, or a
 * debt-collection call with no subject to the same number.
 */
function aboutDebt(a: StoredAttempt, e164: string, subject: string): boolean {
  return a.subject === subject || (a.subject === undefined && a.e164 === e164 && a.purpose === 'debt-collection');
}

const counts = (e164: string, subject: string) => (a: StoredAttempt) =>
  a.purpose === 'debt-collection' && a.channel === 'voice' && a.outcome !== 'busy' && a.outcome !== 'failed' && aboutDebt(a, e164, subject);

/** The denial of a debt-collection call whose debt is not named. */
const SUBJECT_REQUIRED = Object.freeze({ outcome: 'deny', code: 'subject_required', citation: '12 CFR 1006.14(b)(2) (counts are per debt)' } as const);

/** @category Rules */
export const regfCallFrequency: Rule = defineRule({
  id: 'regf.call-frequency',
  title: 'Debt collection: at most 7 calls in 7 days per debt, none within 7 days after a conversation',
  pack: 'regF',
  jurisdiction: 'US',
  citation: '12 CFR 1006.14(b)(2)',
  effective: { from: '2021-11-30' },
  // the presumption text (b)(2) is [V]; what counts and what is excluded (b)(3) is [S] (RULES.md §3)
  confidence: 'S',
  needs: ['attempts'],
  appliesTo: (i) => i.purpose === 'debt-collection' && i.channel === 'voice',
  evaluate(intent, facts) {
    const subject = intent.subject;
    if (subject === undefined) return SUBJECT_REQUIRED;
    const e164 = intent.e164;
    const extra = { subject };
    // (B): the conversation date is day 1, so calls are presumed lawful again from the start of day 8,
    // local to the consumer; with several candidate zones the latest midnight counts.
    let blockedUntil = -Infinity;
    let conversationDate = '';
    for (let kA = 0; kA < facts.attempts.length; kA++) {
      const a = facts.attempts[kA]!;
      // a telephone conversation (1006.14(b)(2)(ii)): a text exchange is not one
      if (!a.conversation || a.channel !== 'voice' || a.at > intent.at || !aboutDebt(a, e164, subject)) continue;
      for (let kZone = 0; kZone < intent.zones.length; kZone++) {
        const zone = intent.zones[kZone]!;
        const lt = localTime(zone, a.at);
        const until = zonedToEpoch(zone, lt.days + 7, 0);
        if (until > blockedUntil) {
          blockedUntil = until;
          conversationDate = lt.date;
        }
      }
    }
    if (intent.at < blockedUntil) {
      return { outcome: 'deny', code: 'post_conversation_wait', details: { conversationDate, ...extra }, retryAt: blockedUntil, citation: '12 CFR 1006.14(b)(2)(ii)' };
    }
    return capVerdict(facts.attempts, intent.at, 7 * DAY, 7, 'calls about this debt', '7 consecutive days', counts(e164, subject), extra);
  },
});
