/**
 * What the Reassigned Numbers Database answers say about one consent (47 CFR 64.1200(m);
 * RULES.md §1.11). Shared by tcpa.reassigned-number (which explains it) and by every rule that
 * relies on a consent (through liveConsents in ./shared: a consent the number has outlived is not
 * the called party's consent).
 * @module
 */
import type { ConsentRecord, StoredReassignedQuery } from '../core/types';

/** The RND's word on one consent at one instant. */
export type RndStatus =
  | { kind: 'reassigned'; q: StoredReassignedQuery }
  | { kind: 'safe-harbor'; q: StoredReassignedQuery }
  | { kind: 'no-safe-harbor'; q?: StoredReassignedQuery; why: string };

/**
 * The answers queried in [from, to] (from = the consent), in query order: a copy sorted by
 * queriedAt, answers of the same instant in a fixed order (storage order is not trusted).
 */
function answersIn(answers: readonly StoredReassignedQuery[], from: number, to: number): StoredReassignedQuery[] {
  const out: StoredReassignedQuery[] = [];
  for (let k = 0; k < answers.length; k++) {
    const a = answers[k]!;
    if (a.queriedAt >= from && a.queriedAt <= to) out.push(a);
  }
  // answers of the same instant, whatever order a storage keeps: "no data", then a "no" for a date
  // after `from`, then one on or before it, then a "yes" (the strongest word last, a "yes" strongest)
  const rank = (a: StoredReassignedQuery): number => (a.result === 'no-data' ? 0 : a.result === 'yes' ? 3 : a.since <= from ? 2 : 1);
  if (out.length > 1) out.sort((x, y) => x.queriedAt - y.queriedAt || rank(x) - rank(y));
  return out;
}

/**
 * The RND's word on a consent at instant t, from the answers queried between the consent and t,
 * oldest first:
 * - "yes" (permanently disconnected on or after the date D given): the consent is outlived,
 *   whatever D (conservative when D is before the consent);
 * - a later "no" for a date on or before the consent: not disconnected since the consent (the
 *   safe harbor; it supersedes an earlier "yes" as the most recent data);
 * - a later "no" for a date after the consent clears the earlier "yes" answers only if its date is
 *   on or before the earliest of their dates (it contradicts them all), and then leaves no safe
 *   harbor for the gap;
 * - "no data" changes nothing about an earlier "yes" and gives no safe harbor.
 * @internal
 */
export function rndStatus(c: ConsentRecord, answers: readonly StoredReassignedQuery[], t: number): RndStatus {
  const g = c.grantedAt.getTime();
  const seen = answersIn(answers, g, t);
  if (seen.length === 0) return { kind: 'no-safe-harbor', why: 'not queried since the consent' };
  let yes: StoredReassignedQuery | undefined;
  let safe: StoredReassignedQuery | undefined;
  let last: { q: StoredReassignedQuery; why: string } | undefined;
  for (const a of seen) {
    if (a.result === 'yes') {
      // keep the "yes" with the earliest date: a later "no" must reach back to it to contradict them all
      if (yes === undefined || a.since < yes.since) yes = a;
      safe = undefined;
    } else if (a.result === 'no') {
      if (a.since <= g) {
        yes = undefined;
        safe = a;
      } else {
        if (yes !== undefined && a.since <= yes.since) yes = undefined;
        safe = undefined;
        last = { q: a, why: 'the query date is after the consent date' };
      }
    } else {
      safe = undefined;
      last = { q: a, why: 'the database had no data' };
    }
  }
  if (yes !== undefined) return { kind: 'reassigned', q: yes };
  if (safe !== undefined) return { kind: 'safe-harbor', q: safe };
  return { kind: 'no-safe-harbor', q: last!.q, why: last!.why };
}

/**
 * Whether the Reassigned Numbers Database says the number has outlived a consent at instant t.
 * @internal
 */
export function outlived(c: ConsentRecord, answers: readonly StoredReassignedQuery[], t: number): boolean {
  return answers.length > 0 && rndStatus(c, answers, t).kind === 'reassigned';
}
