/**
 * engine.fact-unavailable: a store that fails or times out makes the rules that need it deny
 * (DESIGN.md §1.2, §2 "Errors": fail closed; bad input or broken storage never becomes an allow).
 */
import { describe, expect, it } from 'vitest';
import { defineRule, memoryStorage, type FactKind, type Storage } from '../../src/index';
import { FEDERAL, NYC, intent, makeEngine, outcomeOf, pewc, rules, verdictsOf } from '../rules/helpers';

const TIMEOUT = 50;

function failingStorage(mode: 'reject' | 'hang' | { unavailable: FactKind[] }): Storage {
  const inner = memoryStorage();
  return {
    ...inner,
    loadFacts(q) {
      if (mode === 'reject') return Promise.reject(new Error('connection refused'));
      if (mode === 'hang') return new Promise(() => {});
      return inner.loadFacts(q).then((snap) => ({ ...snap, unavailable: mode.unavailable }));
    },
  };
}

const AT = '2026-06-10T12:00:00-04:00';

describe('engine.fact-unavailable', () => {
  it('DESIGN.md §2: a storage whose loadFacts rejects -> denied with engine.fact-unavailable', async () => {
    const engine = makeEngine(FEDERAL, { storage: failingStorage('reject'), factTimeoutMs: TIMEOUT });
    const d = await engine.check(intent({ at: AT }));
    expect(d.allowed).toBe(false);
    const fu = verdictsOf(d, 'engine.fact-unavailable');
    expect(fu.length).toBeGreaterThan(0);
    for (const v of fu) expect(v).toMatchObject({ outcome: 'deny', code: 'fact_unavailable' });
    // every rule that needs stored facts is named; rules needing none still evaluate
    const forRules = fu.map((v) => v.details?.['forRule']);
    expect(forRules).toEqual(expect.arrayContaining(['tcpa.consent', 'tcpa.national-dnc', 'tcpa.internal-dnc']));
    expect(outcomeOf(d, 'tcpa.calling-hours')).toBe('allow');
    expect(d.nextPermittedAt).toBeNull();
    expect(d.obligations).toEqual([]);
  });

  it('DESIGN.md §2: a storage whose loadFacts never resolves -> denied within factTimeoutMs (50 ms)', async () => {
    const engine = makeEngine(FEDERAL, { storage: failingStorage('hang'), factTimeoutMs: TIMEOUT });
    const t0 = performance.now();
    const d = await engine.check(intent({ at: AT }));
    const elapsed = performance.now() - t0;
    expect(d.allowed).toBe(false);
    expect(d.denials.some((v) => v.rule === 'engine.fact-unavailable')).toBe(true);
    expect(elapsed).toBeGreaterThanOrEqual(TIMEOUT - 5);
    expect(elapsed).toBeLessThan(TIMEOUT + 500);
  });

  it('DESIGN.md §2: a hanging store denies every intent of a checkMany batch', async () => {
    const engine = makeEngine(FEDERAL, { storage: failingStorage('hang'), factTimeoutMs: TIMEOUT });
    const ds = await engine.checkMany([intent({ at: AT }), intent({ at: AT, purpose: 'informational' }), intent({ at: AT, to: '900-555-1234' })]);
    expect(ds.map((d) => d.allowed)).toEqual([false, false, false]);
    expect(ds[0]!.denials.some((v) => v.rule === 'engine.fact-unavailable')).toBe(true);
    expect(ds[2]!.denials[0]!.rule).toBe('engine.unsupported-number');
  });

  it('DESIGN.md §1.2: a fact kind the adapter reports unavailable makes only the rules needing it deny', async () => {
    const engine = makeEngine(FEDERAL, { storage: failingStorage({ unavailable: ['suppressions'] }), factTimeoutMs: TIMEOUT });
    await engine.consents.grant(pewc(NYC, '2026-01-01T00:00:00Z'));
    const d = await engine.check(intent({ at: AT, callType: 'autodialed', lineType: 'wireless' }));
    expect(d.allowed).toBe(false);
    const forRules = verdictsOf(d, 'engine.fact-unavailable').map((v) => v.details?.['forRule']).sort();
    expect(forRules).toEqual(['tcpa.internal-dnc', 'tcpa.national-dnc']);
    expect(outcomeOf(d, 'tcpa.consent')).toBe('allow'); // consents were readable
  });

  it('DESIGN.md §2: a rule that throws counts as a deny (rule_error)', async () => {
    const broken = defineRule({
      id: 'firm.broken',
      citation: 'Firm policy 0',
      effective: { from: '2000-01-01' },
      evaluate: () => {
        throw new Error('boom');
      },
    });
    const engine = makeEngine([...rules('tcpa.calling-hours'), broken]);
    const d = await engine.check(intent({ at: AT }));
    expect(d.allowed).toBe(false);
    expect(verdictsOf(d, 'firm.broken')[0]).toMatchObject({ outcome: 'deny', code: 'rule_error' });
    expect(d.nextPermittedAt).toBeNull();
  });

  it('DESIGN.md §2: a reserve whose storage never answers resolves denied (fact-unavailable) with no reservation', async () => {
    const inner = memoryStorage();
    const storage: Storage = { ...inner, reserve: () => new Promise(() => {}) };
    const engine = makeEngine(FEDERAL, { storage, factTimeoutMs: TIMEOUT });
    const t0 = performance.now();
    const r = await engine.reserve(intent({ at: AT }));
    expect(performance.now() - t0).toBeLessThan(TIMEOUT + 500);
    expect(r.reservation).toBeUndefined();
    expect(r.decision.allowed).toBe(false);
    expect(r.decision.denials.some((v) => v.rule === 'engine.fact-unavailable')).toBe(true);
  });

  it('an engine whose rules need no stored facts never reads the store', async () => {
    const engine = makeEngine(rules('tcpa.calling-hours', 'tsr.calling-hours'), { storage: failingStorage('reject'), factTimeoutMs: TIMEOUT });
    expect((await engine.check(intent({ at: AT }))).allowed).toBe(true);
  });
});
