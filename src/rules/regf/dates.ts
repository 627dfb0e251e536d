/**
 * Regulation F's effective date.
 * @module
 */
import { dayNumber } from '../shared';

/** Regulation F's effective date (RULES.md §3). */
export const REG_F_FROM = '2021-11-30';

/** {@link REG_F_FROM} as a day number, for `bindingFrom` (in force once any candidate zone's local day has reached it). */
export const REG_F_DAY = dayNumber(REG_F_FROM);
