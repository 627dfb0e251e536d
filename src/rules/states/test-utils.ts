/**
 * Helpers shared by the state-pack tests.
 * @internal
 */
import { expect } from 'vitest';
import type { Decision, Verdict } from '../../core/types';

/** The verdicts of one rule in a decision. */
export const verdicts = (d: Decision, id: string): Verdict[] => d.verdicts.filter((v) => v.rule === id);

/** The one verdict of a rule (fails the test when there is not exactly one). */
export function only(d: Decision, id: string): Verdict {
  const vs = verdicts(d, id);
  expect(vs, JSON.stringify(d.verdicts.map((v) => `${v.rule}:${v.code}`))).toHaveLength(1);
  return vs[0]!;
}

/** An instant as ISO-8601 UTC. */
export const iso = (s: string): string => new Date(s).toISOString();
