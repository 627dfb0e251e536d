/**
 * The `states` pack: state calling law (RULES.md §4) as a table, {@link stateLaws}, and the rules
 * the generic builders make from it, {@link states}. Rule ids: `state.<ST>.calling-hours`,
 * `state.<ST>.holiday`, `state.<ST>.call-frequency`, `state.<ST>.consent`, `state.<ST>.dnc`,
 * `state.<ST>.call-restrictions`, `state.<ST>.emergency`, `state.<ST>.call-obligations`.
 * @module
 */
import type { Rule } from '../../core/rule';
import { buildStatePack } from './builders';
import { stateLaws } from './table';

export { stateLaws, UNDATED } from './table';
export type {
  CallScope,
  CapKey,
  DayLimit,
  Effective,
  EmergencyBan,
  Exemption,
  FrequencyCap,
  HolidayRestriction,
  HoursProvision,
  StateDnc,
  StateLaw,
  TextCoverage,
  TimeWindow,
  WrittenConsentProvision,
  CallObligationProvision,
  CallRestriction,
  RestrictedLines,
} from './table';
export {
  buildCallingHoursRule,
  buildConsentRule,
  buildDncRule,
  buildEmergencyRule,
  buildEmergencyAdvisoryRule,
  buildFrequencyRule,
  buildHolidayRule,
  buildObligationsRule,
  buildRestrictionsRule,
  buildStatePack,
  buildStateRules,
  inScope,
} from './builders';

/**
 * Every state rule built from {@link stateLaws}: for each state and DC, only the rules its row
 * needs. Each rule declares its state, so the engine runs it only for intents whose candidate
 * states (area code and address) include that state; any denial wins, so the strictest state
 * governs.
 * @category Rules
 */
export const states: readonly Rule[] = buildStatePack(stateLaws);
