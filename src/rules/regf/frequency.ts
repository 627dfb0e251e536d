/**
 * regf.call-frequency: 12 CFR 1006.14(b)(2): no more than 7 calls within 7 consecutive days about a
 * particular debt, and none within 7 consecutive days after a telephone conversation about it (the
 * conversation day is day 1). Calls that do not connect (busy, network failure) are excluded
 * (1006.14(b)(3)(ii)); texts and emails are not calls. RULES.md §3.
 * @module
 */
import { defineRule, type Rule } from '../../core/rule';
import type { StoredAttempt } from '../../core/types';
import { localTime, zonedToEpoch } from '../../time/zone';
import { DAY, capVerdict } from '../shared';

const counts = (subject: string) => (a: StoredAttempt) =>
  a.subject === subject && a.purpose === 'debt-collection' && a.channel === 'voice' && a.outcome !== 'busy' && a.outcome !== 'failed';

/** @category Rules */
export const regfCallFrequency: Rule = defineRule({
  id: 'regf.call-frequency',
  title: 'Debt collection: at most 7 calls in 7 days per debt, none within 7 days after a conversation',
  pack: 'regF',
  jurisdiction: 'US',
  citation: '12 CFR 1006.14(b)(2)',
  effective: { from: '2021-11-30' },
  confidence: 'V',
  needs: ['attempts'],
  appliesTo: (i) => i.purpose === 'debt-collection' && i.channel === 'voice' && i.subject !== undefined,
  evaluate(intent, facts) {
    const subject = intent.subject!;
    // (B): the conversation date is day 1, so calls are presumed lawful again from the start of day 8,
    // local to the consumer; with several candidate zones the latest midnight counts.
    let blockedUntil = -Infinity;
    let conversationDate = '';
    for (let kA = 0; kA < facts.attempts.length; kA++) {
      const a = facts.attempts[kA]!;
      if (!a.conversation || a.subject !== subject || a.at > intent.at) continue;
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
      return { outcome: 'deny', code: 'post_conversation_wait', details: { conversationDate, subject }, retryAt: blockedUntil, citation: '12 CFR 1006.14(b)(2)(ii)' };
    }
    return capVerdict(facts.attempts, intent.at, 7 * DAY, 7, 'calls about this debt', '7 consecutive days', counts(subject), { subject });
  },
});
