/**
 * createEngine's options (issue #2: "every input is validated by an exported zod schema; errors
 * name the field"), the default fact-read timeout (2 s) and the hot path's local time without an
 * Intl call per decision.
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { InvalidInputError, createEngine, engineOptionsSchema, memoryStorage, type EngineOptions, type Storage } from '../../src/index';
import { setOffsetCache } from '../../src/time/zone';
import { NYC } from '../rules/helpers';

const CALL = { to: NYC, callType: 'live', purpose: 'informational', at: '2026-06-10T12:00:00-04:00' } as const;

function rejects(options: unknown, path: string): void {
  let err: unknown;
  try {
    createEngine(options as EngineOptions);
  } catch (e) {
    err = e;
  }
  expect(err, path).toBeInstanceOf(InvalidInputError);
  expect((err as InvalidInputError).issues.map((i) => i.path.join('.')), path).toContain(path);
}

describe('createEngine options (engineOptionsSchema)', () => {
  it('a batchSize that is not a positive whole number is refused (NaN once made checkMany return empty slots)', () => {
    rejects({ batchSize: Number.NaN }, 'batchSize');
    rejects({ batchSize: 0 }, 'batchSize');
    rejects({ batchSize: 2.5 }, 'batchSize');
  });

  it('each mistyped option is named: seller, factTimeoutMs, reservationTtlMs, clock, auditDecisions, businessTimeZone, optOutDigits', () => {
    rejects({ seller: 5 }, 'seller');
    rejects({ seller: '' }, 'seller');
    rejects({ factTimeoutMs: 'x' }, 'factTimeoutMs');
    rejects({ factTimeoutMs: -1 }, 'factTimeoutMs');
    rejects({ factTimeoutMs: 2 ** 31 }, 'factTimeoutMs');
    rejects({ reservationTtlMs: Infinity }, 'reservationTtlMs');
    rejects({ clock: new Date() }, 'clock');
    rejects({ auditDecisions: 'yes' }, 'auditDecisions');
    rejects({ businessTimeZone: 'Eastern' }, 'businessTimeZone');
    rejects({ optOutDigits: ['99'] }, 'optOutDigits.0');
  });

  it('a misspelled option is an error, not a default silently taken', () => {
    rejects({ batchsize: 10 }, '');
    expect(() => createEngine({ batchsize: 10 } as never)).toThrow(/Unrecognized key: "batchsize"/);
  });

  it('a storage missing a required method, and a rule without evaluate, are named', () => {
    const { loadFacts: _drop, ...noLoad } = memoryStorage();
    rejects({ storage: noLoad }, 'storage.loadFacts');
    rejects({ storage: { ...memoryStorage(), audit: {} } }, 'storage.audit.append');
    rejects({ rules: [{ id: 'x.y', needs: [], effective: { from: '2020-01-01' } }] }, 'rules.0.evaluate');
  });

  it('valid options pass, and the engine keeps the objects given (a storage built on a prototype)', async () => {
    const inner = memoryStorage();
    const storage = Object.create(inner) as Storage;
    expect(engineOptionsSchema.safeParse({ storage, batchSize: 10, seller: 'Firm', businessTimeZone: 'America/Chicago', optOutDigits: ['9', '*'] }).success).toBe(true);
    const engine = createEngine({ storage, batchSize: 1, seller: 'Firm' });
    const ds = await engine.checkMany([CALL, CALL, CALL]);
    expect(ds).toHaveLength(3);
    expect(ds.every((d) => d !== undefined && typeof d.allowed === 'boolean')).toBe(true);
    await engine.suppressions.add('internal', NYC);
    expect(await inner.hasSuppression('internal', NYC)).toBe(true);
  });

  it('the check reads only the declared keys: a storage\'s getters (the memory audit log\'s entries) are not touched', () => {
    const inner = memoryStorage();
    let touched = 0;
    const audit = Object.defineProperty({ append: inner.audit.append, verify: inner.audit.verify, export: inner.audit.export }, 'entries', {
      enumerable: true,
      get() {
        touched++;
        return [];
      },
    });
    const storage = Object.defineProperty({ ...inner, audit }, 'stats', {
      enumerable: true,
      get() {
        touched++;
        return {};
      },
    }) as Storage;
    createEngine({ storage });
    expect(touched).toBe(0);
  });

  it('suppressions.add: meta that is not a plain object is refused by name', async () => {
    await expect(createEngine().suppressions.add('internal', NYC, 5 as never)).rejects.toBeInstanceOf(InvalidInputError);
    expect(await createEngine().suppressions.add('internal', NYC, { source: 'web form' })).toBe(1);
  });
});

describe('the default fact-read timeout is 2 s (issue #2, DESIGN.md §2)', () => {
  afterEach(() => {
    vi.useRealTimers();
  });

  it('a read that never answers: still pending at 1,999 ms, denied with engine.fact-unavailable at 2,000 ms', async () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
    const inner = memoryStorage();
    const storage: Storage = { ...inner, loadFacts: () => new Promise(() => {}) };
    const engine = createEngine({ storage });
    let settled = false;
    const p = engine.check(CALL).then((d) => {
      settled = true;
      return d;
    });
    await vi.advanceTimersByTimeAsync(1999);
    expect(settled).toBe(false);
    await vi.advanceTimersByTimeAsync(1);
    const d = await p;
    expect(settled).toBe(true);
    expect(d.allowed).toBe(false);
    expect(d.denials.some((v) => v.rule === 'engine.fact-unavailable')).toBe(true);
  });
});

describe('local time on the hot path: no Intl call per decision (issue #2 "Time")', () => {
  afterEach(() => {
    setOffsetCache(true);
    vi.restoreAllMocks();
  });

  it('1,000 checks in one hour after a warm-up make no Intl.DateTimeFormat#formatToParts call; with the offset cache off they do', async () => {
    const spy = vi.spyOn(Intl.DateTimeFormat.prototype, 'formatToParts');
    const engine = createEngine({ auditDecisions: false });
    const at = (k: number) => new Date(Date.parse('2026-06-10T16:00:00Z') + k * 3_000);
    const batch = Array.from({ length: 1000 }, (_, k) => ({ ...CALL, at: at(k), purpose: 'telemarketing' as const }));
    await engine.check({ ...CALL, at: at(0) }); // warm-up: fills the zone's offsets for the day
    spy.mockClear();
    await engine.checkMany(batch);
    expect(spy).toHaveBeenCalledTimes(0);
    // the same batch without the cache computes every local time with date-fns-tz (Intl): the spy sees them
    setOffsetCache(false);
    await engine.checkMany(batch);
    expect(spy.mock.calls.length).toBeGreaterThan(0);
  });
});
