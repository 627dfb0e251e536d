/**
 * Engine API edges from issue 2: assertAllowed (DESIGN.md §2), one storage round trip per checkMany
 * batch, and typed errors that name the field for phone arguments (fail closed on bad input).
 */
import { describe, expect, it } from 'vitest';
import { CallBlockedError, InvalidInputError, UnsupportedNumberError, assertAllowed, createEngine, memoryStorage, type Storage } from '../../src/index';
import { NYC, intent, makeEngine } from '../rules/helpers';

describe('assertAllowed', () => {
  it('passes an allowed decision and throws CallBlockedError carrying a denied one', async () => {
    const engine = makeEngine();
    const ok = await engine.check(intent());
    expect(ok.allowed).toBe(true);
    expect(() => assertAllowed(ok)).not.toThrow();
    await engine.suppressions.add('internal', NYC);
    const denied = await engine.check(intent({ purpose: 'telemarketing', callType: 'live' }));
    expect(denied.allowed).toBe(false);
    let thrown: unknown;
    try {
      assertAllowed(denied);
    } catch (err) {
      thrown = err;
    }
    expect(thrown).toBeInstanceOf(CallBlockedError);
    expect((thrown as CallBlockedError).decision).toBe(denied);
    expect((thrown as Error).message).toContain(denied.denials[0]!.rule);
  });
});

describe('checkMany reads the facts once per batch (issue 2: "one storage round trip per batch")', () => {
  for (const [n, batchSize] of [
    [1, 1000],
    [1000, 1000],
    [2500, 1000],
    [10, 3],
  ] as const) {
    it(`${n} intents with batchSize ${batchSize}: ${Math.ceil(n / batchSize)} loadFacts calls`, async () => {
      const inner = memoryStorage();
      let reads = 0;
      const counting: Storage = Object.assign(Object.create(inner) as Storage, {
        loadFacts: (q: Parameters<Storage['loadFacts']>[0]) => {
          reads++;
          return inner.loadFacts(q);
        },
      });
      const engine = createEngine({ storage: counting, batchSize });
      const ds = await engine.checkMany(Array.from({ length: n }, (_, k) => intent({ at: new Date(Date.UTC(2026, 5, 10, 16, 0, k)) })));
      expect(ds).toHaveLength(n);
      expect(reads).toBe(Math.ceil(n / batchSize));
    });
  }
});

describe('phone arguments: typed errors that name the field', () => {
  const engine = makeEngine();
  it('a phone that is not a string is an InvalidInputError naming the argument', async () => {
    await expect(engine.suppressions.add('internal', 42 as unknown as string)).rejects.toBeInstanceOf(InvalidInputError);
    await expect(engine.suppressions.add('internal', [NYC, null as unknown as string])).rejects.toThrow(/phones\[1\]/);
    await expect(engine.suppressions.has('internal', undefined as unknown as string)).rejects.toBeInstanceOf(InvalidInputError);
    await expect(engine.suppressions.remove('internal', {} as unknown as string)).rejects.toBeInstanceOf(InvalidInputError);
    await expect(engine.consents.list(7 as unknown as string)).rejects.toBeInstanceOf(InvalidInputError);
  });
  it('a string that is not a dialable US number is an UnsupportedNumberError', async () => {
    await expect(engine.suppressions.has('internal', 'not a number')).rejects.toBeInstanceOf(UnsupportedNumberError);
  });
});
