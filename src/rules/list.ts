/**
 * The rule reference: every rule's metadata, for docs and compliance review.
 * @module
 */
import type { Rule } from '../core/rule';
import { defaultRules } from './index';

/** One rule's metadata: the declared properties of a {@link Rule}, without its functions. @category Rules */
export type RuleInfo = Pick<Rule, 'id' | 'title' | 'pack' | 'jurisdiction' | 'citation' | 'effective' | 'changes' | 'confidence' | 'needs'>;

/**
 * Lists every rule's id, title, pack, jurisdiction, citation, effective dates (with the dates on
 * which its requirements change, `changes`, when there are any) and confidence.
 * @param rules - the rules to list (default: {@link defaultRules})
 * @returns one entry per rule, in the given order
 * @example
 * ```ts
 * listRules().find((r) => r.id === 'tcpa.calling-hours')?.citation; // '47 CFR 64.1200(c)(1)'
 * ```
 * @category Rules
 */
export function listRules(rules: readonly Rule[] = defaultRules): RuleInfo[] {
  return rules.map((r) => ({
    id: r.id,
    title: r.title,
    pack: r.pack,
    jurisdiction: r.jurisdiction,
    citation: r.citation,
    effective: r.effective.to === undefined ? { from: r.effective.from } : { from: r.effective.from, to: r.effective.to },
    ...(r.changes !== undefined && r.changes.length > 0 ? { changes: [...r.changes] } : {}),
    confidence: r.confidence,
    needs: [...r.needs],
  }));
}
