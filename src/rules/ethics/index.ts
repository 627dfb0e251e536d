/**
 * The ethics pack: attorney solicitation rules that only law firms face. RULES.md §5.
 * @module
 */
import { defineRule, type ObligationInput, type Rule } from '../../core/rule';
import type { NormalizedIntent } from '../../core/types';
import { bindingFrom, constant, constantBy, dayNumber } from '../shared';

const RELATIONSHIP_UNKNOWN = constant({ outcome: 'warn', code: 'relationship_unknown' });
const SOLICITATION_PERMITTED = constantBy((relationship) => ({ outcome: 'allow', code: 'solicitation_permitted', details: { relationship }, citation: 'ABA Model Rule 7.3(b)(1)-(3)' }));
const EXCEPTIONS = new Set(['client', 'former-client', 'lawyer', 'family', 'business-user']);
/** Florida 4-7.18(a): "no family/prior professional relationship" (RULES.md §5). */
const FL_EXCEPTIONS = new Set(['client', 'former-client', 'family']);

/** Whether the contact is "live person-to-person" under Model Rule 7.3 comment [2]: live or ATDS-with-agent voice, not texts or recordings. */
function isLiveContact(i: NormalizedIntent): boolean {
  return i.channel === 'voice' && (i.callType === 'live' || i.callType === 'autodialed');
}

const TX_703_DATE = '2021-07-01';
const TX_703_DAY = dayNumber(TX_703_DATE);

/**
 * ethics.solicitation: ABA Model Rule 7.3(b)-(c) with the Florida (4-7.18(a)) and Texas (7.03)
 * variants. Live telemarketing to a `prospect` is denied; an omitted relationship warns; a person who
 * asked not to be solicited is denied under 7.3(c)(1).
 * @category Rules
 */
export const ethicsSolicitation: Rule = defineRule({
  id: 'ethics.solicitation',
  title: 'Attorney solicitation of prospective clients (Model Rule 7.3 and state variants)',
  pack: 'ethics',
  jurisdiction: 'ABA Model Rules',
  citation: 'ABA Model Rule 7.3(b)-(c) and cmt. [2]',
  // The 2018 text of Model Rule 7.3: RULES.md §5 dates it "(2018)"; the House of Delegates adopted
  // Resolution 101 on 2018-08-06 (Cumberland Trial Journal 2019; ABA YourABA 2019-07 [S]). The Texas
  // citation applies from its own date (TX_703_DATE, 2021-07-01); Florida's 4-7.18(a) has no date in
  // RULES.md and applies from this rule's date.
  effective: { from: '2018-08-06' },
  changes: [TX_703_DATE] /* Texas Rule 7.03 */,
  confidence: 'V',
  needs: [],
  appliesTo: (i) => i.purpose === 'telemarketing',
  evaluate(intent) {
    if (intent.doNotSolicit) {
      return { outcome: 'deny', code: 'attorney_do_not_solicit', citation: 'ABA Model Rule 7.3(c)(1)' };
    }
    const rel = intent.relationship;
    // Florida: "solicit" includes contact by telephone, live or not, and only a family or prior
    // professional relationship excepts the person (R. Regulating Fla. Bar 4-7.18(a), RULES.md §5 [V]):
    // the Model Rule's lawyers and business users are prospects there.
    if (intent.states.includes('FL') && intent.channel === 'voice' && rel !== undefined && !FL_EXCEPTIONS.has(rel)) {
      return {
        outcome: 'deny',
        code: 'attorney_telephone_solicitation',
        details: { state: 'FL', ruleName: 'R. Regulating Fla. Bar 4-7.18(a)', relationship: rel },
        citation: 'R. Regulating Fla. Bar 4-7.18(a)',
      };
    }
    if (rel !== undefined && EXCEPTIONS.has(rel)) {
      return SOLICITATION_PERMITTED(rel);
    }
    if (rel === undefined) {
      return isLiveContact(intent) || (intent.states.includes('FL') && intent.channel === 'voice')
        ? RELATIONSHIP_UNKNOWN
        : undefined;
    }
    // rel === 'prospect'
    if (isLiveContact(intent)) {
      const tx = intent.states.includes('TX') && bindingFrom(intent, TX_703_DAY);
      return {
        outcome: 'deny',
        code: 'attorney_live_solicitation',
        details: { ruleName: tx ? 'Tex. Disciplinary R. Prof. Conduct 7.03 and ABA Model Rule 7.3(b)' : 'ABA Model Rule 7.3(b)' },
        citation: tx ? 'Tex. Disciplinary R. Prof. Conduct 7.03; ABA Model Rule 7.3(b)' : 'ABA Model Rule 7.3(b)',
      };
    }
    return undefined;
  },
});

const ADVERTISEMENT_LABEL: readonly ObligationInput[] = Object.freeze([
  Object.freeze({ code: 'advertisement_label', description: 'Plainly mark the solicitation "ADVERTISEMENT" (at the start of a recorded message and in a text).' } as const),
]);

/**
 * ethics.advertising-label: Texas Rule 7.03 requires solicitation communications to be marked
 * "ADVERTISEMENT"; returned as an obligation on recorded and written (text) solicitations.
 * @category Rules
 */
export const ethicsAdvertisingLabel: Rule = defineRule({
  id: 'ethics.advertising-label',
  title: 'Texas: solicitations must be designated "ADVERTISEMENT"',
  pack: 'ethics',
  jurisdiction: 'TX',
  citation: 'Tex. Disciplinary R. Prof. Conduct 7.03',
  effective: { from: '2021-07-01' },
  confidence: 'V',
  needs: [],
  appliesTo: (i) => i.purpose === 'telemarketing' && i.states.includes('TX') && (i.relationship === 'prospect' || i.relationship === undefined),
  evaluate: () => undefined,
  obligations: () => ADVERTISEMENT_LABEL,
});

/** Every ethics rule. @category Rules */
export const ethics: readonly Rule[] = Object.freeze([ethicsSolicitation, ethicsAdvertisingLabel]);
