/**
 * The built-in rule packs.
 * @module
 */
import type { Rule } from '../core/rule';
import { ethics } from './ethics';
import { firm } from './firm';
import { regF } from './regf';
import { states } from './states';
import { tcpa } from './tcpa';
import { tsr } from './tsr';

export { tcpa, tsr, regF, states, ethics, firm };

/**
 * Every built-in pack except the opt-in `firm` pack: `tcpa`, `tsr`, `regF`, `states`, `ethics`.
 * @category Rules
 */
export const defaultRules: readonly Rule[] = Object.freeze([...tcpa, ...tsr, ...regF, ...states, ...ethics]);
