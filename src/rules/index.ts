/**
 * The built-in rule packs.
 * @module
 */
import type { Rule } from '../core/rule';
import { regF } from './regf';
import { tcpa } from './tcpa';
import { tsr } from './tsr';

export { tcpa, tsr, regF };

/**
 * Every built-in pack except the opt-in `firm` pack.
 * @category Rules
 */
export const defaultRules: readonly Rule[] = Object.freeze([...tcpa, ...tsr, ...regF]);
