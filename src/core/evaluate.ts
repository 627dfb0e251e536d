/**
 * The pure evaluator: runs rules on a normalized intent and its facts and merges the verdicts
 * with a fixed precedence (any deny wins; an error or an unreadable fact counts as deny).
 * The evaluator never branches on a rule id: what it needs to know is declared on the rule.
 * @module
 */
import { renderReason } from './reasons';
import type { FactKind, Facts, Rule, VerdictInput } from './rule';
import type { NormalizedIntent, Obligation, Verdict } from './types';
import { localTime } from '../time/zone';

const MINUTE = 60_000;
/** How far ahead nextPermittedAt looks. */
export const NEXT_PERMITTED_HORIZON_MS = 14 * 86_400_000;

/** @internal */
export interface EvaluationResult {
  verdicts: Verdict[];
  obligations: Obligation[];
}

function ceilMinute(ms: number): number {
  return Math.ceil(ms / MINUTE) * MINUTE;
}

/** Local dates of the instant in each candidate zone, for effective-date checks. */
function localDates(intent: NormalizedIntent): string[] {
  const out: string[] = [];
  for (const z of intent.zones) out.push(localTime(z, intent.at).date);
  if (out.length === 0) out.push(new Date(intent.at).toISOString().slice(0, 10));
  return out;
}

function inForce(rule: Rule, dates: string[]): boolean {
  const { from, to } = rule.effective;
  for (const d of dates) if (d >= from && (to === undefined || d < to)) return true;
  return false;
}

function toVerdict(rule: Rule, v: VerdictInput): Verdict {
  const details = v.details ?? {};
  const out: Verdict = {
    rule: rule.id,
    outcome: v.outcome,
    code: v.code,
    reason: renderReason(v.code, details),
    citation: v.citation ?? rule.citation,
    confidence: rule.confidence,
  };
  if (v.details !== undefined) out.details = v.details;
  if (v.retryAt !== undefined) out.retryAt = new Date(ceilMinute(typeof v.retryAt === 'number' ? v.retryAt : v.retryAt.getTime()));
  return out;
}

/**
 * Runs every rule in force on the intent.
 * @internal
 */
export function runRules(
  rules: readonly Rule[],
  intent: NormalizedIntent,
  facts: Facts,
  unavailable: ReadonlySet<FactKind> | undefined,
  withObligations: boolean,
): EvaluationResult {
  const verdicts: Verdict[] = [];
  const obligations: Obligation[] = [];
  let dates: string[] | undefined;
  for (const rule of rules) {
    if (rule.appliesTo !== undefined && !rule.appliesTo(intent)) continue;
    dates ??= localDates(intent);
    if (!inForce(rule, dates)) continue;
    if (unavailable !== undefined && unavailable.size > 0) {
      const missing = rule.needs.filter((n) => unavailable.has(n));
      if (missing.length > 0) {
        const details = { forRule: rule.id, facts: missing };
        verdicts.push({
          rule: 'engine.fact-unavailable',
          outcome: 'deny',
          code: 'fact_unavailable',
          reason: renderReason('fact_unavailable', details),
          citation: rule.citation,
          confidence: rule.confidence,
          details,
        });
        continue;
      }
    }
    let out: VerdictInput | readonly VerdictInput[] | undefined;
    try {
      out = rule.evaluate(intent, facts);
      if (withObligations && rule.obligations) {
        const obs = rule.obligations(intent, facts);
        if (obs) {
          for (const o of obs) {
            const ob: Obligation = { rule: rule.id, code: o.code, description: o.description, citation: o.citation ?? rule.citation };
            if (o.details) ob.details = o.details;
            obligations.push(ob);
          }
        }
      }
    } catch (err) {
      const details = { forRule: rule.id, message: err instanceof Error ? err.message : String(err) };
      verdicts.push({ rule: rule.id, outcome: 'deny', code: 'rule_error', reason: renderReason('rule_error', details), citation: rule.citation, confidence: rule.confidence, details });
      continue;
    }
    if (out === undefined) continue;
    if (Array.isArray(out)) for (const v of out as readonly VerdictInput[]) verdicts.push(toVerdict(rule, v));
    else verdicts.push(toVerdict(rule, out as VerdictInput));
  }
  return { verdicts, obligations };
}

/** Copy of an intent at another instant. */
export function atInstant(intent: NormalizedIntent, at: number): NormalizedIntent {
  return { ...intent, at, instant: new Date(at) };
}

/**
 * Finds the earliest instant (minute precision) at which a re-check passes, when every denial
 * is time-based. Each time-based denial gives a lower bound of its rule's earliest pass; jumping
 * to the latest of them and re-evaluating converges on the earliest common instant.
 * @internal
 */
export function findNextPermitted(
  rules: readonly Rule[],
  intent: NormalizedIntent,
  facts: Facts,
  unavailable: ReadonlySet<FactKind> | undefined,
  denials: readonly Verdict[],
): Date | null {
  const limit = intent.at + NEXT_PERMITTED_HORIZON_MS;
  let current = denials;
  let t = intent.at;
  for (let i = 0; i < 200; i++) {
    let next = -Infinity;
    for (const d of current) {
      if (d.retryAt === undefined) return null;
      next = Math.max(next, d.retryAt.getTime());
    }
    if (!(next > t) || next > limit) return null;
    t = next;
    const r = runRules(rules, atInstant(intent, t), facts, unavailable, false);
    current = r.verdicts.filter((v) => v.outcome === 'deny');
    if (current.length === 0) return new Date(t);
  }
  return null;
}
