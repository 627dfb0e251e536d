/**
 * rndStatus (47 CFR 64.1200(m); RULES.md §1.11) against a world where the database tells the
 * truth: the number was permanently disconnected at instant X (or never), and a query "since D"
 * made at Q answers "yes" exactly when X lies in [D, Q] ("no data" at random). Properties:
 * - a "yes" for a date on or after the consent means the number outlived it: 'reassigned';
 * - 'safe-harbor' is only given when the number was not disconnected between the consent and the
 *   answer's query (the safe harbor's premise);
 * - the order in which a storage returns the answers does not matter.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { ConsentRecord, StoredReassignedQuery } from '../core/types';
import { rndStatus } from './rnd';

const DAY = 86_400_000;
const T0 = Date.parse('2024-01-01T00:00:00Z');

const world = fc.record({
  disconnect: fc.option(fc.integer({ min: 0, max: 800 }), { nil: undefined }),
  grant: fc.integer({ min: 0, max: 800 }),
  queries: fc.array(fc.record({ since: fc.integer({ min: 0, max: 800 }), after: fc.integer({ min: 0, max: 30 }), noData: fc.integer({ min: 0, max: 9 }).map((n) => n === 0) }), { maxLength: 6 }),
  shuffle: fc.array(fc.nat(), { minLength: 6, maxLength: 6 }),
});

function build(w: typeof world extends fc.Arbitrary<infer T> ? T : never) {
  const at = (d: number) => T0 + d * DAY;
  const consent = { id: 'c', grantedAt: new Date(at(w.grant)) } as ConsentRecord;
  const answers: StoredReassignedQuery[] = w.queries.map((q, k) => {
    const since = Math.min(q.since, w.grant + q.after); // the date given is not after the query
    const queriedAt = w.grant + q.after - (q.after % 3); // queried after the consent (often several on one day)
    const yes = w.disconnect !== undefined && w.disconnect >= since && w.disconnect <= queriedAt;
    return { id: `q${k}`, e164: '+12127361234', since: at(since), queriedAt: at(queriedAt), result: q.noData ? 'no-data' : yes ? 'yes' : 'no' };
  });
  return { consent, answers, t: at(w.grant + 301) };
}

describe('rndStatus against a truthful database (property, 2000 runs)', () => {
  it('a "yes" dated on or after the consent gives reassigned; the safe harbor only when not disconnected between consent and query; order-independent', () => {
    fc.assert(
      fc.property(world, (w) => {
        const { consent, answers, t } = build(w);
        const s = rndStatus(consent, answers, t);
        const g = consent.grantedAt.getTime();
        if (answers.some((a) => a.result === 'yes' && a.since >= g)) expect(s.kind).toBe('reassigned');
        if (s.kind === 'safe-harbor') {
          expect(s.q.since).toBeLessThanOrEqual(g);
          const x = w.disconnect === undefined ? undefined : T0 + w.disconnect * DAY;
          expect(x === undefined || x < g || x > s.q.queriedAt, 'disconnected between the consent and the query').toBe(true);
        }
        // any storage order gives the same word
        const shuffled = [...answers].sort((a, b) => (w.shuffle[Number(a.id.slice(1))]! - w.shuffle[Number(b.id.slice(1))]!));
        expect(rndStatus(consent, shuffled, t).kind).toBe(s.kind);
      }),
      { numRuns: 2000, seed: 20261130 },
    );
  });
});
