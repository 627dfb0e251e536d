/**
 * Shared fixtures for the federal-engine tests (test/rules, test/engine, test/property).
 * Not a test file: vitest only collects `*.test.ts`.
 */
import { expect } from 'vitest';
import {
  createEngine,
  regF,
  tcpa,
  tsr,
  type CallIntent,
  type ConsentGrant,
  type Decision,
  type Engine,
  type EngineOptions,
  type Rule,
  type Verdict,
} from '../../src/index';

/** The seller every test engine acts for. */
export const SELLER = 'Firm';

/** 212-736: New York, America/New_York only. */
export const NYC = '+12127361234';
/** 312-555: Chicago, America/Chicago only. */
export const CHI = '+13125550123';
/** 602: Phoenix, America/Phoenix (no DST, RULES.md §7). */
export const PHX = '+16025550123';
/** 808: Honolulu, Pacific/Honolulu (no DST, RULES.md §7). */
export const HNL = '+18085550123';
/** 787: Puerto Rico, America/Puerto_Rico (no DST, RULES.md §7). */
export const SJU = '+17875550123';

/**
 * The federal packs under test (TCPA, TSR, Reg F). `defaultRules` also holds state and ethics
 * rules, whose verdicts are not the subject of these tests.
 */
export const FEDERAL: readonly Rule[] = Object.freeze([...tcpa, ...tsr, ...regF]);

/** A built-in federal rule by id (throws when missing, so a renamed id fails loudly). */
export function rule(id: string): Rule {
  const r = FEDERAL.find((x) => x.id === id);
  if (r === undefined) throw new Error(`no built-in rule ${id}`);
  return r;
}

/** Built-in rules by id. */
export function rules(...ids: string[]): Rule[] {
  return ids.map(rule);
}

/** An engine for seller 'Firm' with the given rules (default: the federal packs). */
export function makeEngine(ruleList: readonly Rule[] = FEDERAL, options: Omit<EngineOptions, 'rules' | 'seller'> = {}): Engine {
  return createEngine({ seller: SELLER, rules: ruleList, auditDecisions: false, ...options });
}

/** The verdicts of one rule in a decision. */
export function verdictsOf(d: Decision, ruleId: string): Verdict[] {
  return d.verdicts.filter((v) => v.rule === ruleId);
}

/** The single verdict of one rule (fails the test when there is not exactly one). */
export function verdictOf(d: Decision, ruleId: string): Verdict {
  const vs = verdictsOf(d, ruleId);
  expect(vs, `verdicts of ${ruleId}: ${JSON.stringify(d.verdicts.map((v) => `${v.rule}:${v.outcome}:${v.code}`))}`).toHaveLength(1);
  return vs[0]!;
}

/** The outcome of one rule in a decision, or 'none' when the rule gave no verdict. */
export function outcomeOf(d: Decision, ruleId: string): Verdict['outcome'] | 'none' {
  const vs = verdictsOf(d, ruleId);
  if (vs.length === 0) return 'none';
  if (vs.some((v) => v.outcome === 'deny')) return 'deny';
  if (vs.some((v) => v.outcome === 'warn')) return 'warn';
  return 'allow';
}

/** A compact summary of the denials, for assertion messages. */
export function denialSummary(d: Decision): string[] {
  return d.denials.map((v) => `${v.rule}:${v.code}`);
}

/** A call intent with defaults (live telemarketing voice call to NYC at a lawful hour). */
export function intent(over: Partial<CallIntent> = {}): CallIntent {
  return { to: NYC, callType: 'live', purpose: 'telemarketing', at: '2026-06-10T12:00:00-04:00', ...over };
}

/** A prior express written consent grant (64.1200(f)(9): signed agreement with disclosure). */
export function pewc(phone: string, at: string, over: Partial<ConsentGrant> = {}): ConsentGrant {
  return {
    phone,
    kind: 'prior-express-written',
    evidence: {
      method: 'e-sign',
      capturedAt: at,
      signature: 'Jane Doe (e-sign)',
      disclosureText: 'I agree to receive autodialed and prerecorded marketing calls and texts from Firm at this number. Consent is not a condition of purchase.',
    },
    ...over,
  };
}

/** A prior express (oral) consent grant. */
export function pec(phone: string, at: string, over: Partial<ConsentGrant> = {}): ConsentGrant {
  return { phone, kind: 'prior-express', evidence: { method: 'verbal', capturedAt: at }, ...over };
}

/** ISO instant helper: epoch ms -> Date. */
export const ms = (iso: string): number => {
  const t = Date.parse(iso);
  if (!Number.isFinite(t)) throw new Error(`bad instant ${iso}`);
  return t;
};

/** Minutes, hours and days in ms. */
export const MIN = 60_000;
export const HOUR = 3_600_000;
export const DAY = 86_400_000;
