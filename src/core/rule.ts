/**
 * Rules: pure functions of (intent, facts) with their citation, effective dates and confidence.
 * @module
 */
import type { ReasonCode } from './reasons';
import type {
  Confidence,
  ConsentRecord,
  NormalizedIntent,
  ObligationCode,
  RevocationRecord,
  StoredAttempt,
  StoredEmergency,
  StoredReassignedQuery,
  StoredRelationship,
  StoredRestriction,
  SuppressionList,
} from './types';

/**
 * The kinds of stored facts a rule can need. The engine reads only what the active rules need,
 * in one batched read per store; a fact that cannot be read makes the rules that need it deny.
 * @category Rules
 */
export type FactKind = 'consents' | 'suppressions' | 'relationships' | 'attempts' | 'campaign' | 'emergencies' | 'reassigned' | 'restrictions' | 'registry';

/** Live-answered and abandoned calls of one campaign, for the abandonment rate. @category Rules */
export interface CampaignFacts {
  campaignId: string;
  /** Epoch ms of the campaign's first recorded attempt; undefined when none. */
  startedAt?: number;
  /** Live-answered (`abandoned: false`) and abandoned (`abandoned: true`) telemarketing calls, sorted by time. */
  events: readonly { at: number; abandoned: boolean }[];
}

/**
 * The facts a rule sees. Facts a rule did not declare in `needs` are empty.
 * @category Rules
 */
export interface Facts {
  consents: readonly ConsentRecord[];
  revocations: readonly RevocationRecord[];
  /** The lists the number is on. */
  suppressions: ReadonlySet<SuppressionList>;
  relationships: readonly StoredRelationship[];
  /** Attempts to this number or about this subject in the look-back window, pending reservations included. */
  attempts: readonly StoredAttempt[];
  campaign?: CampaignFacts;
  emergencies: readonly StoredEmergency[];
  /** Reassigned Numbers Database answers recorded for this number, oldest query first. */
  reassigned: readonly StoredReassignedQuery[];
  /** Debt-collection communication restrictions recorded for this number or this subject. */
  restrictions: readonly StoredRestriction[];
  /**
   * When the national registry's list for the number's area code was last downloaded (epoch ms;
   * `importFtcDnc`), or undefined when it was never imported.
   */
  registryAt: number | undefined;
  /** Whether any area code's registry download is recorded (imports are in use). */
  registryInUse: boolean;
}

/** What a rule returns; the engine adds the rule id, citation, confidence and rendered reason. @category Rules */
export interface VerdictInput {
  outcome: 'allow' | 'deny' | 'warn';
  code: ReasonCode;
  details?: Record<string, unknown>;
  /** For time-based denials: a lower bound of the earliest instant (epoch ms or Date) at which the rule passes. */
  retryAt?: number | Date;
  /** Overrides the rule's citation for this verdict (e.g. a sub-paragraph). */
  citation?: string;
  /** Overrides the rule's confidence mark for this verdict (a part of the rule resting on weaker sources). */
  confidence?: Confidence;
}

/** An obligation a rule attaches to a permitted call. @category Rules */
export interface ObligationInput {
  code: ObligationCode;
  description: string;
  citation?: string;
  details?: Record<string, unknown>;
}

/**
 * A rule. Pure and synchronous: no clock, no I/O, no randomness.
 * @category Rules
 */
export interface Rule {
  /** Stable id `<pack>.<topic>`, e.g. `'tcpa.calling-hours'`. */
  id: string;
  title: string;
  /** `'tcpa' | 'tsr' | 'regF' | 'states' | 'ethics' | 'firm' | 'engine'` or a custom pack name. */
  pack: string;
  /** `'US'` for federal rules, a state code for state rules, or a bar. */
  jurisdiction: string;
  citation: string;
  /** `from` inclusive, `to` exclusive, as local dates `'YYYY-MM-DD'` at the called party. */
  effective: { from: string; to?: string };
  /**
   * The dates inside the effective range on which what the rule requires changes (a provision
   * starting or ending, say Oklahoma's 08:00–20:00 window from 2022-11-01): sorted local dates
   * `'YYYY-MM-DD'`, for the rule reference. Absent when the rule reads the same all through.
   */
  changes?: readonly string[];
  confidence: Confidence;
  /** Stored facts the rule reads. */
  needs: readonly FactKind[];
  /**
   * An advisory rule only ever warns (it rests on weaker ground than a denial needs): when the
   * facts it needs cannot be read, the engine gives a `fact_unavailable` warning for it instead of
   * a denial. A denial it returns anyway still stands (fail closed). Default false: binding.
   */
  advisory?: boolean;
  /**
   * The states whose law the rule is (declared so the engine can skip it without calling it):
   * the rule runs only when one of them is among the intent's candidate states.
   */
  states?: readonly string[];
  /** Quick filter; a rule that does not apply gives no verdict. */
  appliesTo?: (intent: NormalizedIntent) => boolean;
  evaluate: (intent: NormalizedIntent, facts: Facts) => VerdictInput | readonly VerdictInput[] | undefined;
  /** What a permitted call must do. */
  obligations?: (intent: NormalizedIntent, facts: Facts) => readonly ObligationInput[] | undefined;
}

/** The options of {@link defineRule}. @category Rules */
export interface RuleDefinition {
  id: string;
  citation: string;
  effective: { from: string; to?: string };
  /** See {@link Rule.changes}. */
  changes?: readonly string[];
  title?: string;
  pack?: string;
  jurisdiction?: string;
  confidence?: Confidence;
  needs?: readonly FactKind[];
  /** See {@link Rule.advisory}. */
  advisory?: boolean;
  states?: readonly string[];
  appliesTo?: Rule['appliesTo'];
  evaluate: Rule['evaluate'];
  obligations?: Rule['obligations'];
}

const ID = /^[a-z][a-zA-Z0-9]*(\.[A-Za-z0-9][A-Za-z0-9-]*)+$/;
const DATE = /^\d{4}-\d{2}-\d{2}$/;

/**
 * Defines a custom or firm rule. Compose with `rules: [...defaultRules, myRule]`.
 * @param def - id, citation, effective dates and the pure `evaluate` function
 * @returns the rule
 * @example
 * ```ts
 * const noFridays = defineRule({
 *   id: 'firm.no-fridays',
 *   citation: 'Firm policy 12',
 *   effective: { from: '2026-01-01' },
 *   evaluate: (intent) => new Date(intent.at).getUTCDay() === 5
 *     ? { outcome: 'deny', code: 'not_applicable', details: { why: 'no Friday calls' } }
 *     : undefined,
 * });
 * ```
 * @category Rules
 */
export function defineRule(def: RuleDefinition): Rule {
  if (!ID.test(def.id)) throw new TypeError(`[dialguard] rule id ${JSON.stringify(def.id)} must look like '<pack>.<topic>'`);
  if (!DATE.test(def.effective.from) || (def.effective.to !== undefined && !DATE.test(def.effective.to))) {
    throw new TypeError(`[dialguard] rule ${def.id}: effective dates must be 'YYYY-MM-DD'`);
  }
  if (def.changes !== undefined && !def.changes.every((d) => DATE.test(d))) {
    throw new TypeError(`[dialguard] rule ${def.id}: change dates must be 'YYYY-MM-DD'`);
  }
  const changes = def.changes === undefined ? [] : [...new Set(def.changes)].sort();
  if (typeof def.evaluate !== 'function') throw new TypeError(`[dialguard] rule ${def.id}: evaluate must be a function`);
  const pack = def.pack ?? def.id.slice(0, def.id.indexOf('.'));
  return Object.freeze({
    id: def.id,
    title: def.title ?? def.id,
    pack,
    jurisdiction: def.jurisdiction ?? 'custom',
    citation: def.citation,
    effective: Object.freeze({ ...def.effective }),
    ...(changes.length > 0 ? { changes: Object.freeze(changes) } : {}),
    confidence: def.confidence ?? 'unverified',
    needs: Object.freeze([...(def.needs ?? [])]),
    ...(def.advisory === true ? { advisory: true } : {}),
    ...(def.states ? { states: Object.freeze([...def.states]) } : {}),
    ...(def.appliesTo ? { appliesTo: def.appliesTo } : {}),
    evaluate: def.evaluate,
    ...(def.obligations ? { obligations: def.obligations } : {}),
  });
}
