/**
 * The pure evaluator: runs rules on a normalized intent and its facts and merges the verdicts
 * with a fixed precedence (any deny wins; an error or an unreadable fact counts as deny).
 * The evaluator never branches on a rule id: what it needs to know is declared on the rule.
 * @module
 */
import { renderReason } from './reasons';
import type { FactKind, Facts, Rule, VerdictInput } from './rule';
import type { NormalizedIntent, Obligation, Verdict } from './types';
import { localDays } from '../time/zone';

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

const DAY = 86_400_000;

/** Local day numbers of the instant in each candidate zone, for effective-date checks. */
function localDayNumbers(intent: NormalizedIntent): number[] {
  const out: number[] = [];
  for (const z of intent.zones) out.push(localDays(z, intent.at));
  if (out.length === 0) out.push(Math.floor(intent.at / DAY));
  return out;
}

/** Effective dates as day numbers, computed once per rule object. */
const effectiveDays = new WeakMap<Rule, { from: number; to: number }>();
function effectiveOf(rule: Rule): { from: number; to: number } {
  let e = effectiveDays.get(rule);
  if (e === undefined) {
    e = {
      from: Math.floor(Date.parse(`${rule.effective.from}T00:00:00Z`) / DAY),
      to: rule.effective.to === undefined ? Infinity : Math.floor(Date.parse(`${rule.effective.to}T00:00:00Z`) / DAY),
    };
    effectiveDays.set(rule, e);
  }
  return e;
}

function inForce(rule: Rule, days: number[]): boolean {
  const { from, to } = effectiveOf(rule);
  for (const d of days) if (d >= from && d < to) return true;
  return false;
}

/** Reasons rendered on first read, or set by a host. */
const reasons = new WeakMap<object, string>();

interface LazyVerdictCtor {
  new (rule: Rule, v: VerdictInput): Verdict;
}

/**
 * A verdict whose `reason` sentence is rendered on first read (most verdicts of a scrub are never
 * read by a person). It serializes like a plain object, `reason` included. A plain constructor
 * with every field always assigned keeps one hidden class on the hot path.
 */
const LazyVerdict = function LazyVerdict(this: Verdict, rule: Rule, v: VerdictInput) {
  this.rule = rule.id;
  this.outcome = v.outcome;
  this.code = v.code;
  this.citation = v.citation ?? rule.citation;
  this.confidence = rule.confidence;
  this.details = v.details;
  this.retryAt = v.retryAt === undefined ? undefined : new Date(ceilMinute(typeof v.retryAt === 'number' ? v.retryAt : v.retryAt.getTime()));
} as unknown as LazyVerdictCtor;

Object.defineProperty(LazyVerdict.prototype, 'reason', {
  enumerable: true,
  get(this: Verdict): string {
    let r = reasons.get(this);
    if (r === undefined) reasons.set(this, (r = renderReason(this.code, this.details)));
    return r;
  },
  set(this: Verdict, text: string) {
    reasons.set(this, text);
  },
});
Object.defineProperty(LazyVerdict.prototype, 'toJSON', {
  value(this: Verdict): Verdict {
    const o: Verdict = { rule: this.rule, outcome: this.outcome, code: this.code, reason: this.reason, citation: this.citation, confidence: this.confidence };
    if (this.details !== undefined) o.details = this.details;
    if (this.retryAt !== undefined) o.retryAt = this.retryAt;
    return o;
  },
});

/** A denial seen while probing: only what findNextPermitted reads. */
function probeVerdict(rule: Rule, v: VerdictInput): Verdict {
  const out = { rule: rule.id, outcome: 'deny', code: v.code, reason: '', citation: '', confidence: rule.confidence } as Verdict;
  if (v.retryAt !== undefined) out.retryAt = new Date(ceilMinute(typeof v.retryAt === 'number' ? v.retryAt : v.retryAt.getTime()));
  return out;
}

/**
 * A rule that returns a frozen VerdictInput (a constant allow, say) gets one shared, frozen Verdict
 * for it, so a scrub does not allocate the same verdict a million times.
 */
const shared = new WeakMap<Rule, WeakMap<VerdictInput, Verdict>>();

function toVerdict(rule: Rule, v: VerdictInput): Verdict {
  if (!Object.isFrozen(v)) return new LazyVerdict(rule, v);
  let byInput = shared.get(rule);
  if (byInput === undefined) shared.set(rule, (byInput = new WeakMap()));
  let verdict = byInput.get(v);
  if (verdict === undefined) byInput.set(v, (verdict = Object.freeze(new LazyVerdict(rule, v))));
  return verdict;
}

/** Rules split by their declared states, so that a check visits only the law of its candidate states. */
interface RulePlan {
  general: readonly Rule[];
  byState: ReadonlyMap<string, readonly Rule[]>;
}

const plans = new WeakMap<readonly Rule[], RulePlan>();

function planFor(rules: readonly Rule[]): RulePlan {
  let plan = plans.get(rules);
  if (plan === undefined) {
    const general: Rule[] = [];
    const byState = new Map<string, Rule[]>();
    for (const r of rules) {
      if (r.states !== undefined && r.states.length === 1) {
        const st = r.states[0]!;
        let list = byState.get(st);
        if (!list) byState.set(st, (list = []));
        list.push(r);
      } else general.push(r);
    }
    plan = { general, byState };
    plans.set(rules, plan);
  }
  return plan;
}

function appliesToIntent(rule: Rule, intent: NormalizedIntent): boolean {
  if (rule.states !== undefined && rule.states.length > 1 && !rule.states.some((s) => intent.states.includes(s))) return false;
  return rule.appliesTo === undefined || rule.appliesTo(intent);
}

/**
 * Runs every rule in force on the intent: the general rules, then the rules of each candidate state.
 * @internal
 */
export function runRules(
  rules: readonly Rule[],
  intent: NormalizedIntent,
  facts: Facts,
  unavailable: ReadonlySet<FactKind> | undefined,
  withObligations: boolean,
  probe = false,
): EvaluationResult {
  const verdicts: Verdict[] = [];
  const obligations: Obligation[] = [];
  const plan = planFor(rules);
  const ctx = { verdicts, obligations, dates: undefined as number[] | undefined, probe };
  runList(plan.general, intent, facts, unavailable, withObligations, ctx);
  if (plan.byState.size > 0) {
    for (const st of intent.states) {
      const list = plan.byState.get(st);
      if (list !== undefined) runList(list, intent, facts, unavailable, withObligations, ctx);
    }
  }
  return { verdicts, obligations };
}

function runList(
  rules: readonly Rule[],
  intent: NormalizedIntent,
  facts: Facts,
  unavailable: ReadonlySet<FactKind> | undefined,
  withObligations: boolean,
  ctx: { verdicts: Verdict[]; obligations: Obligation[]; dates: number[] | undefined; probe?: boolean },
): void {
  const { verdicts, obligations } = ctx;
  for (const rule of rules) {
    if (!appliesToIntent(rule, intent)) continue;
    ctx.dates ??= localDayNumbers(intent);
    if (!inForce(rule, ctx.dates)) continue;
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
    if (ctx.probe) {
      // Probing for nextPermittedAt: only denials matter, and only their retryAt.
      if (Array.isArray(out)) {
        for (const v of out as readonly VerdictInput[]) if (v.outcome === 'deny') verdicts.push(probeVerdict(rule, v));
      } else if ((out as VerdictInput).outcome === 'deny') verdicts.push(probeVerdict(rule, out as VerdictInput));
      continue;
    }
    if (Array.isArray(out)) for (const v of out as readonly VerdictInput[]) verdicts.push(toVerdict(rule, v));
    else verdicts.push(toVerdict(rule, out as VerdictInput));
  }
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
    const r = runRules(rules, atInstant(intent, t), facts, unavailable, false, true);
    current = r.verdicts.filter((v) => v.outcome === 'deny');
    if (current.length === 0) return new Date(t);
  }
  return null;
}
