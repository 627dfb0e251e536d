/**
 * The pure evaluator: runs rules on a normalized intent and its facts and merges the verdicts
 * with a fixed precedence (any deny wins; an error or an unreadable fact counts as deny).
 * The evaluator never branches on a rule id: what it needs to know is declared on the rule.
 * @module
 */
import { renderReason } from './reasons';
import type { FactKind, Facts, ObligationInput, Rule, VerdictInput } from './rule';
import type { NormalizedIntent, Obligation, Verdict } from './types';
import { localDays } from '../time/zone';
import { factsAt } from './facts';

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

/** A verdict input's retryAt as epoch ms rounded up to the minute (undefined when it has none). */
function retryMsOf(v: VerdictInput): number | undefined {
  return v.retryAt === undefined ? undefined : ceilMinute(typeof v.retryAt === 'number' ? v.retryAt : v.retryAt.getTime());
}

const DAY = 86_400_000;

/** Effective dates as day numbers (`to` Infinity when open-ended). */
function effectiveDaysOf(rule: Rule): { from: number; to: number } {
  return {
    from: Math.floor(Date.parse(`${rule.effective.from}T00:00:00Z`) / DAY),
    to: rule.effective.to === undefined ? Infinity : Math.floor(Date.parse(`${rule.effective.to}T00:00:00Z`) / DAY),
  };
}

/**
 * The local day numbers of the instant over the candidate zones, as their least and greatest
 * (UTC day when there is no zone); `all` lists every zone's day when they span more than two days
 * (or one is not a number).
 */
interface LocalDays {
  min: number;
  max: number;
  all: number[] | undefined;
}

/** Fills `out` with the local days of the intent's instant (no allocation unless they span more than two days). */
function fillLocalDays(intent: NormalizedIntent, out: LocalDays): LocalDays {
  const zones = intent.zones;
  out.all = undefined;
  if (zones.length === 0) {
    out.min = out.max = Math.floor(intent.at / DAY);
    return out;
  }
  let min = Infinity;
  let max = -Infinity;
  let odd = false;
  for (let k = 0; k < zones.length; k++) {
    const d = localDays(zones[k]!, intent.at);
    if (Number.isNaN(d)) odd = true;
    if (d < min) min = d;
    if (d > max) max = d;
  }
  out.min = min;
  out.max = max;
  if (odd || max - min > 1) {
    const all: number[] = [];
    for (let k = 0; k < zones.length; k++) all.push(localDays(zones[k]!, intent.at));
    out.all = all;
  }
  return out;
}

/** Whether a rule in force over [from, to) applies on one of the candidate local days. */
function inForce(from: number, to: number, days: LocalDays): boolean {
  if (days.all !== undefined) {
    for (const d of days.all) if (d >= from && d < to) return true;
    return false;
  }
  // every zone's day is min or max
  return (from <= days.min && days.min < to) || (from <= days.max && days.max < to);
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
  this.confidence = v.confidence ?? rule.confidence;
  this.details = v.details;
  const retryMs = retryMsOf(v);
  this.retryAt = retryMs === undefined ? undefined : new Date(retryMs);
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
  return { rule: rule.id, outcome: 'deny', code: v.code, reason: '', citation: '', confidence: rule.confidence, retryMs: retryMsOf(v) } as ProbeVerdict;
}

/** A probe's denial carries its retry instant as epoch ms (rounded up to the minute), not a Date. */
interface ProbeVerdict extends Verdict {
  retryMs: number | undefined;
}

/**
 * A rule that returns a frozen VerdictInput (a constant allow, say) gets one shared, frozen Verdict
 * for it, so a scrub does not allocate the same verdict a million times.
 */
const shared = new WeakMap<Rule, WeakMap<VerdictInput, Verdict>>();

function toVerdict(rule: Rule, v: VerdictInput): Verdict {
  return Object.isFrozen(v) ? sharedVerdict(rule, v) : new LazyVerdict(rule, v);
}

/** The map of a rule's shared verdicts by frozen input. */
function sharedOf(rule: Rule): WeakMap<VerdictInput, Verdict> {
  let byInput = shared.get(rule);
  if (byInput === undefined) shared.set(rule, (byInput = new WeakMap()));
  return byInput;
}

/** The shared, frozen verdict of a rule for a frozen input. */
function sharedVerdict(rule: Rule, v: VerdictInput, byInput: WeakMap<VerdictInput, Verdict> = sharedOf(rule)): Verdict {
  let verdict = byInput.get(v);
  if (verdict === undefined) byInput.set(v, (verdict = Object.freeze(new LazyVerdict(rule, v))));
  return verdict;
}

/** Rules split by their declared states, so that a check visits only the law of its candidate states. */
interface RulePlan {
  general: RuleList;
  byState: ReadonlyMap<string, RuleList>;
}

/**
 * Rules with their effective dates as day numbers and their functions in parallel arrays, computed
 * once per rule set: the hot loop reads arrays of one shape instead of rule objects of many shapes.
 */
interface RuleList {
  rules: readonly Rule[];
  from: Float64Array;
  to: Float64Array;
  /** Per rule: its `appliesTo`, if any. */
  applies: (((intent: NormalizedIntent) => boolean) | undefined)[];
  /** Per rule declaring two or more states: them (a one-state rule is filed under its state). */
  multiStates: (ReadonlySet<string> | undefined)[];
  evaluates: Rule['evaluate'][];
  withObligations: boolean[];
  /** Per rule: the last frozen input it returned and its shared verdict. */
  lastIn: (VerdictInput | undefined)[];
  lastOut: (Verdict | undefined)[];
  /** Per rule: its map of shared verdicts (the rule's entry in `shared`, looked up once per rule set rather than per verdict). */
  sharedIn: WeakMap<VerdictInput, Verdict>[];
}

function ruleList(rules: readonly Rule[]): RuleList {
  const from = new Float64Array(rules.length);
  const to = new Float64Array(rules.length);
  for (let k = 0; k < rules.length; k++) {
    const e = effectiveDaysOf(rules[k]!);
    from[k] = e.from;
    to[k] = e.to;
  }
  return {
    rules,
    from,
    to,
    applies: rules.map((r) => r.appliesTo),
    multiStates: rules.map((r) => (r.states !== undefined && r.states.length > 1 ? new Set(r.states) : undefined)),
    evaluates: rules.map((r) => r.evaluate),
    withObligations: rules.map((r) => r.obligations !== undefined),
    lastIn: rules.map(() => undefined),
    lastOut: rules.map(() => undefined),
    sharedIn: rules.map(sharedOf),
  };
}

const plans = new WeakMap<readonly Rule[], RulePlan>();

let lastRules: readonly Rule[] | undefined;
let lastPlan: RulePlan | undefined;

function planFor(rules: readonly Rule[]): RulePlan {
  if (rules === lastRules) return lastPlan!;
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
    const lists = new Map<string, RuleList>();
    for (const [st, list] of byState) lists.set(st, ruleList(list));
    plan = { general: ruleList(general), byState: lists };
    plans.set(rules, plan);
  }
  lastRules = rules;
  lastPlan = plan;
  return plan;
}

function inSomeState(ruleStates: ReadonlySet<string>, intent: NormalizedIntent): boolean {
  const states = intent.states;
  for (let k = 0; k < states.length; k++) if (ruleStates.has(states[k]!)) return true;
  return false;
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
  // Verdicts and obligations collect in scratch arrays reused across calls (unless a rule runs
  // rules itself), then are copied to exactly sized arrays: a scrub keeps them per decision.
  const reuse = !scratchInUse;
  scratchInUse = true;
  const ctx: RunContext = reuse ? scratch : newContext();
  ctx.nv = 0;
  ctx.no = 0;
  ctx.nr = 0;
  ctx.datesSet = false;
  ctx.probe = probe;
  try {
    const plan = planFor(rules);
    runList(plan.general, intent, facts, unavailable, withObligations, ctx);
    if (plan.byState.size > 0) {
      const states = intent.states;
      for (let k = 0; k < states.length; k++) {
        const list = plan.byState.get(states[k]!);
        if (list !== undefined) runList(list, intent, facts, unavailable, withObligations, ctx);
      }
    }
    if (ctx.nr > 0) collectObligations(intent, facts, ctx);
    const verdicts: Verdict[] = ctx.nv === 0 ? [] : new Array<Verdict>(ctx.nv);
    for (let k = 0; k < ctx.nv; k++) verdicts[k] = ctx.verdicts[k]!;
    const obligations: Obligation[] = ctx.no === 0 ? [] : new Array<Obligation>(ctx.no);
    for (let k = 0; k < ctx.no; k++) obligations[k] = ctx.obligations[k]!;
    return { verdicts, obligations };
  } finally {
    if (reuse) {
      // Keep the scratch arrays' storage (setting length to 0 would free it); drop the references.
      for (let k = 0; k < scratch.nv; k++) scratch.verdicts[k] = EMPTY_VERDICT;
      for (let k = 0; k < scratch.no; k++) scratch.obligations[k] = EMPTY_OBLIGATION;
      for (let k = 0; k < scratch.nr; k++) scratch.obligationRules[k] = EMPTY_RULE;
      scratch.dates.all = undefined;
      scratchInUse = false;
    }
  }
}

const EMPTY_VERDICT = Object.freeze({}) as Verdict;
const EMPTY_OBLIGATION = Object.freeze({}) as Obligation;
const EMPTY_RULE = Object.freeze({}) as Rule;
function newContext(): RunContext {
  return { verdicts: [], obligations: [], obligationRules: [], nv: 0, no: 0, nr: 0, dates: { min: 0, max: 0, all: undefined }, datesSet: false, probe: false };
}
const scratch: RunContext = newContext();
let scratchInUse = false;

interface RunContext {
  /** The first `nv` are this run's verdicts. */
  verdicts: Verdict[];
  /** The first `no` are this run's obligations. */
  obligations: Obligation[];
  /** The first `nr` are the rules with obligations that applied in this run. */
  obligationRules: Rule[];
  nv: number;
  no: number;
  nr: number;
  /** The intent's local days, filled on first need in a run (`datesSet`). */
  dates: LocalDays;
  datesSet: boolean;
  probe: boolean;
}

/** The denial of a rule whose evaluate or obligations threw (fail closed). */
function ruleError(rule: Rule, err: unknown): Verdict {
  const details = { forRule: rule.id, message: err instanceof Error ? err.message : String(err) };
  return { rule: rule.id, outcome: 'deny', code: 'rule_error', reason: renderReason('rule_error', details), citation: rule.citation, confidence: rule.confidence, details };
}

/** A frozen obligation input gives one shared, frozen obligation per rule. */
const sharedObligations = new WeakMap<Rule, WeakMap<ObligationInput, Obligation>>();

function toObligation(rule: Rule, o: ObligationInput): Obligation {
  const frozen = Object.isFrozen(o);
  if (frozen) {
    const hit = sharedObligations.get(rule)?.get(o);
    if (hit !== undefined) return hit;
  }
  const ob: Obligation = { rule: rule.id, code: o.code, description: o.description, citation: o.citation ?? rule.citation };
  if (o.details) ob.details = o.details;
  if (frozen) {
    let byInput = sharedObligations.get(rule);
    if (byInput === undefined) sharedObligations.set(rule, (byInput = new WeakMap()));
    byInput.set(o, Object.freeze(ob));
  }
  return ob;
}

/**
 * The obligations of the rules that applied, when no verdict denies (a denied call has none). A
 * rule whose obligations throw denies with `rule_error`, as if its evaluation had thrown.
 */
function collectObligations(intent: NormalizedIntent, facts: Facts, ctx: RunContext): void {
  for (let k = 0; k < ctx.nv; k++) if (ctx.verdicts[k]!.outcome === 'deny') return;
  for (let k = 0; k < ctx.nr; k++) {
    const rule = ctx.obligationRules[k]!;
    let obs: readonly ObligationInput[] | undefined;
    try {
      obs = rule.obligations!(intent, facts);
      const bad = badObligations(obs);
      if (bad !== undefined) throw new TypeError(`obligations returned ${bad}`);
    } catch (err) {
      ctx.verdicts[ctx.nv++] = ruleError(rule, err);
      // a denied call has no obligations: drop those gathered so far
      for (let j = 0; j < ctx.no; j++) ctx.obligations[j] = EMPTY_OBLIGATION;
      ctx.no = 0;
      return;
    }
    if (obs) for (let j = 0; j < obs.length; j++) ctx.obligations[ctx.no++] = toObligation(rule, obs[j]!);
  }
}

function runList(
  list: RuleList,
  intent: NormalizedIntent,
  facts: Facts,
  unavailable: ReadonlySet<FactKind> | undefined,
  withObligations: boolean,
  ctx: RunContext,
): void {
  const rules = list.rules;
  for (let k = 0; k < rules.length; k++) {
    const rule = rules[k]!;
    const multi = list.multiStates[k];
    if (multi !== undefined && !inSomeState(multi, intent)) continue;
    const applies = list.applies[k];
    if (applies !== undefined) {
      let yes: boolean;
      try {
        yes = applies.call(rule, intent);
      } catch (err) {
        ctx.verdicts[ctx.nv++] = ruleError(rule, err); // fail closed: a filter that throws denies
        continue;
      }
      if (!yes) continue;
    }
    if (!ctx.datesSet) {
      fillLocalDays(intent, ctx.dates);
      ctx.datesSet = true;
    }
    if (!inForce(list.from[k]!, list.to[k]!, ctx.dates)) continue;
    if (unavailable !== undefined && unavailable.size > 0) {
      const missing = rule.needs.filter((n) => unavailable.has(n));
      if (missing.length > 0) {
        const details = { forRule: rule.id, facts: missing };
        ctx.verdicts[ctx.nv++] = {
          rule: 'engine.fact-unavailable',
          // an advisory rule could only have warned: its unreadable facts warn too
          outcome: rule.advisory === true ? 'warn' : 'deny',
          code: 'fact_unavailable',
          reason: renderReason('fact_unavailable', details),
          citation: rule.citation,
          confidence: rule.confidence,
          details,
        };
        continue;
      }
    }
    let out: VerdictInput | readonly VerdictInput[] | undefined;
    try {
      out = list.evaluates[k]!.call(rule, intent, facts);
    } catch (err) {
      ctx.verdicts[ctx.nv++] = ruleError(rule, err);
      continue;
    }
    // Obligations are read after the pass, and only when nothing denies (a denied call has none).
    if (withObligations && list.withObligations[k]) ctx.obligationRules[ctx.nr++] = rule;
    if (out === undefined) continue;
    if (out !== list.lastIn[k]) {
      // anything but a well-formed verdict (or a list of them) is the rule failing: it denies
      const bad = Array.isArray(out) ? badVerdicts(out) : badVerdict(out);
      if (bad !== undefined) {
        ctx.verdicts[ctx.nv++] = ruleError(rule, new TypeError(`returned ${bad}`));
        continue;
      }
    }
    if (ctx.probe) {
      // Probing for nextPermittedAt: only denials matter, and only their retryAt.
      if (Array.isArray(out)) {
        for (const v of out as readonly VerdictInput[]) if (v.outcome === 'deny') ctx.verdicts[ctx.nv++] = probeVerdict(rule, v);
      } else if ((out as VerdictInput).outcome === 'deny') ctx.verdicts[ctx.nv++] = probeVerdict(rule, out as VerdictInput);
      continue;
    }
    if (Array.isArray(out)) for (const v of out as readonly VerdictInput[]) ctx.verdicts[ctx.nv++] = toVerdict(rule, v);
    else if (out === list.lastIn[k]) ctx.verdicts[ctx.nv++] = list.lastOut[k]!;
    else if (Object.isFrozen(out)) {
      // a shared verdict: remembered, since the same input gives it again
      const v = sharedVerdict(rule, out as VerdictInput, list.sharedIn[k]!);
      list.lastIn[k] = out as VerdictInput;
      list.lastOut[k] = v;
      ctx.verdicts[ctx.nv++] = v;
    } else ctx.verdicts[ctx.nv++] = new LazyVerdict(rule, out as VerdictInput);
  }
}

const OUTCOMES: ReadonlySet<unknown> = new Set(['allow', 'deny', 'warn']);
const CONFIDENCES: ReadonlySet<unknown> = new Set(['V', 'S', 'unverified']);

/**
 * What is wrong with a rule's result, or undefined when it is a well-formed verdict input: an
 * object with an outcome of allow / deny / warn, a string code, and a retryAt (if any) that is a
 * finite epoch ms or a valid Date. A result of another shape (a Promise from an async rule, a
 * misspelled outcome) must never pass as "no denial".
 */
function badVerdict(v: unknown): string | undefined {
  if (typeof v !== 'object' || v === null) return `${v === null ? 'null' : typeof v} instead of a verdict`;
  const o = v as { outcome?: unknown; code?: unknown; retryAt?: unknown; details?: unknown; citation?: unknown; confidence?: unknown };
  if (!OUTCOMES.has(o.outcome)) return `a verdict with outcome ${JSON.stringify(o.outcome) ?? 'undefined'} (not allow, deny or warn)`;
  if (typeof o.code !== 'string') return 'a verdict without a string code';
  const r = o.retryAt;
  if (r !== undefined && !(typeof r === 'number' ? Number.isFinite(r) : r instanceof Date && Number.isFinite(r.getTime()))) return 'a verdict whose retryAt is not a finite instant';
  if (o.details !== undefined && (typeof o.details !== 'object' || o.details === null)) return 'a verdict whose details are not an object';
  if (o.citation !== undefined && typeof o.citation !== 'string') return 'a verdict whose citation is not a string';
  if (o.confidence !== undefined && !CONFIDENCES.has(o.confidence)) return `a verdict with confidence ${JSON.stringify(o.confidence) ?? 'undefined'} (not V, S or unverified)`;
  return undefined;
}

function badVerdicts(vs: readonly unknown[]): string | undefined {
  for (let k = 0; k < vs.length; k++) {
    const bad = badVerdict(vs[k]);
    if (bad !== undefined) return `${bad} at index ${k}`;
  }
  return undefined;
}

/** What is wrong with a rule's obligations result, or undefined when it is a list of well-formed obligation inputs (or nothing). */
function badObligations(obs: unknown): string | undefined {
  if (obs === undefined) return undefined;
  if (!Array.isArray(obs)) return `${obs === null ? 'null' : typeof obs} instead of a list of obligations`;
  for (let k = 0; k < obs.length; k++) {
    const o = obs[k] as { code?: unknown; description?: unknown } | null | undefined;
    if (typeof o !== 'object' || o === null || typeof o.code !== 'string' || typeof o.description !== 'string') return `an obligation without a string code and description at index ${k}`;
  }
  return undefined;
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
  let t = intent.at;
  let next = -Infinity;
  for (const d of denials) {
    if (d.retryAt === undefined) return null;
    next = Math.max(next, d.retryAt.getTime());
  }
  // The probes move the intent's own instant and put it back: a copy per probe would cost more
  // than the probe. Rules are synchronous and pure, so nothing sees the intent in between.
  if (Object.isFrozen(intent)) intent = atInstant(intent, intent.at); // a host's frozen copy: probe a writable one
  const record = intent as { at: number; instant: Date };
  const savedAt = record.at;
  const savedInstant = record.instant;
  try {
    return probeUntilPermitted(rules, record as NormalizedIntent, facts, unavailable, t, next, limit);
  } finally {
    record.at = savedAt;
    record.instant = savedInstant;
  }
}

function probeUntilPermitted(
  rules: readonly Rule[],
  intent: NormalizedIntent,
  facts: Facts,
  unavailable: ReadonlySet<FactKind> | undefined,
  t: number,
  next: number,
  limit: number,
): Date | null {
  const record = intent as { at: number; instant: Date };
  for (let i = 0; i < 200; i++) {
    if (!(next > t) || next > limit) return null;
    t = next;
    record.at = t;
    record.instant = new Date(t);
    const r = runRules(rules, intent, factsAt(facts, t), unavailable, false, true);
    // Probing keeps only denials: the engine's own (unreadable fact, rule error) have no retry instant.
    let denied = false;
    next = -Infinity;
    for (const v of r.verdicts) {
      if (v.outcome !== 'deny') continue;
      denied = true;
      const ms = (v as Partial<ProbeVerdict>).retryMs;
      if (ms === undefined) return null;
      next = Math.max(next, ms);
    }
    if (!denied) return new Date(t);
  }
  return null;
}
