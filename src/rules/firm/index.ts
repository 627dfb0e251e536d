/**
 * The opt-in `firm` pack: conservative policies a firm may adopt beyond the law. Not in
 * `defaultRules`; compose with `rules: [...defaultRules, ...firm]`.
 * @module
 */
import { defineRule, type Rule } from '../../core/rule';
import { hm } from '../../time/zone';
import { windowInAllZones } from '../shared';
import { UNDATED } from '../states/table';

/**
 * A firm policy is in force whenever the host composes it: it has no legal start date, so none is
 * invented (the rule reference shows "start date not recorded").
 */
const POLICY = { from: UNDATED } as const;

const QUIET = { start: hm('08:00'), end: hm('21:00') };

/** firm.quiet-hours: the 08:00–21:00 window for every purpose but emergencies. @category Rules */
export const firmQuietHours: Rule = defineRule({
  id: 'firm.quiet-hours',
  title: 'Firm policy: no calls or texts of any purpose before 08:00 or after 21:00 local time',
  pack: 'firm',
  jurisdiction: 'firm policy',
  citation: 'Firm policy (modelled on 47 CFR 64.1200(c)(1) and 12 CFR 1006.6(b)(1)(i))',
  effective: POLICY,
  confidence: 'V',
  needs: [],
  appliesTo: (i) => i.purpose !== 'emergency',
  evaluate: (intent) => windowInAllZones(intent, () => QUIET),
});

/** firm.sensitive-matter: sensitive matters only by a live person on a voice call. @category Rules */
export const firmSensitiveMatter: Rule = defineRule({
  id: 'firm.sensitive-matter',
  title: 'Firm policy: sensitive matters only by a live person',
  pack: 'firm',
  jurisdiction: 'firm policy',
  citation: 'Firm policy (ABA Model Rule 1.6(a), (c): confidentiality of information relating to the representation)',
  effective: POLICY,
  confidence: 'S',
  needs: [],
  appliesTo: (i) => i.sensitivity === 'sensitive' && i.purpose !== 'emergency',
  evaluate: (intent) =>
    intent.callType === 'live' && intent.channel === 'voice'
      ? undefined
      : { outcome: 'deny', code: 'sensitive_matter_requires_live' },
});

/**
 * firm.unknown-time-zone: deny when the called party's time zone is not known from exact data:
 * the area code is a known data gap (RULES.md §7) or fell back to its state's zones, and no address
 * confirms the location.
 * @category Rules
 */
export const firmUnknownTimeZone: Rule = defineRule({
  id: 'firm.unknown-time-zone',
  title: 'Firm policy: unknown time zone denies',
  pack: 'firm',
  jurisdiction: 'firm policy',
  citation: 'Firm policy (RULES.md §7 conservative rule)',
  effective: POLICY,
  // RULES.md §7 marks the conservative rule it follows "derived … [S]"
  confidence: 'S',
  needs: [],
  appliesTo: (i) => i.purpose !== 'emergency',
  evaluate(intent) {
    const inexact = intent.zoneSource === 'override' || intent.zoneSource === 'state';
    if (intent.zones.length === 0 || (inexact && !intent.zoneSources.includes('address'))) {
      return { outcome: 'deny', code: 'unknown_time_zone', details: { zones: intent.zones, zoneSource: intent.zoneSource } };
    }
    return undefined;
  },
});

/** The opt-in firm pack. @category Rules */
export const firm: readonly Rule[] = Object.freeze([firmQuietHours, firmSensitiveMatter, firmUnknownTimeZone]);
