/**
 * Regulation F's effective date and the local day the pack decides it by.
 * @module
 */
import type { NormalizedIntent } from '../../core/types';
import { DAY } from '../shared';
import { localDays } from '../../time/zone';

/** Regulation F's effective date 2021-11-30 (RULES.md §3), as a day number. */
export const REG_F_DAY = Date.UTC(2021, 10, 30) / DAY;

/**
 * The latest local day of the instant over the candidate zones (UTC day when there is none):
 * Regulation F is in force for an intent when it is in force on any candidate zone's local day,
 * as the engine decides for rules.
 */
export function latestLocalDay(intent: NormalizedIntent): number {
  let day = Math.floor(intent.at / DAY);
  for (let k = 0; k < intent.zones.length; k++) {
    const d = localDays(intent.zones[k]!, intent.at);
    if (k === 0 || d > day) day = d;
  }
  return day;
}
