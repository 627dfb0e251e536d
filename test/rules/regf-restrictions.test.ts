/**
 * regf.communication-restrictions and regf.cease-communication (RULES.md §3): what the collector
 * has learned about the consumer limits its communications.
 * - 12 CFR 1006.6(b)(2) / 15 U.S.C. 1692c(a)(2): no communication once the collector knows the
 *   consumer is represented by an attorney on the debt [S CFPB FAQ].
 * - 1006.6(b)(3) / 1692c(a)(3): not at work if the employer prohibits it or the consumer asks [S].
 * - 1006.6(c) / 1692c(c): after a written refusal to pay or a cease request, stop (unverified wording).
 * - 1006.14(h): not by a medium the person asked not to be used, e.g. "don't call my cell" (unverified wording).
 */
import { describe, expect, it } from 'vitest';
import { createEngine, memoryStorage, InvalidInputError, StorageError, type CallIntent, type Storage } from '../../src/index';
import { CHI, FEDERAL, NYC, makeEngine, verdictOf, verdictsOf } from './helpers';

const AT = '2026-06-10T12:00:00-04:00';
// restrictions recorded without `at` take the engine clock: before the calls checked below
const CLOCK = { clock: () => new Date('2026-06-01T00:00:00Z') };
const dc = (over: Partial<CallIntent> = {}): CallIntent => ({ to: NYC, callType: 'live', purpose: 'debt-collection', subject: 'debt-1', numberUse: 'personal', at: AT, ...over });

describe('regf.communication-restrictions (12 CFR 1006.6(b)(2), (b)(3); 15 U.S.C. 1692c(a)(2), (a)(3))', () => {
  it('nothing on file: one shared allow (no_restriction) for each rule', async () => {
    const e = makeEngine(FEDERAL, CLOCK);
    const d = await e.check(dc());
    expect(verdictOf(d, 'regf.communication-restrictions')).toMatchObject({ outcome: 'allow', code: 'no_restriction', confidence: 'S' });
    expect(verdictOf(d, 'regf.cease-communication')).toMatchObject({ outcome: 'allow', code: 'no_restriction', confidence: 'unverified' });
    expect(d.allowed).toBe(true);
  });

  it('1006.6(b)(2): represented by counsel on debt-1: every call about debt-1, on any number, is denied (not time-based); debt-2 is not', async () => {
    const e = makeEngine(FEDERAL, CLOCK);
    const r = await e.debtCollection.restrict({ kind: 'represented-by-counsel', subject: 'debt-1', at: '2026-06-01T10:00:00-04:00', note: 'letter from Doe & Roe LLP' });
    for (const to of [NYC, CHI]) {
      const d = await e.check(dc({ to }));
      expect(d.allowed).toBe(false);
      const v = verdictOf(d, 'regf.communication-restrictions');
      expect(v).toMatchObject({ outcome: 'deny', code: 'represented_by_counsel', citation: '12 CFR 1006.6(b)(2); 15 U.S.C. 1692c(a)(2)', details: { restrictionId: r.id, since: '2026-06-01', subject: 'debt-1' } });
      expect(v.reason).toContain('attorney');
      expect(d.nextPermittedAt).toBeNull();
    }
    expect((await e.check(dc({ subject: 'debt-2' }))).allowed).toBe(true);
    // before the collector learned of it, calls were not limited by it
    expect((await e.check(dc({ at: '2026-05-31T12:00:00-04:00' }))).allowed).toBe(true);
    // texts are communications too
    expect((await e.check(dc({ channel: 'sms' }))).allowed).toBe(false);
  });

  it('an end date (the attorney consented to direct contact): denied until then, with retryAt and nextPermittedAt at the end', async () => {
    const e = makeEngine(FEDERAL, CLOCK);
    await e.debtCollection.restrict({ kind: 'represented-by-counsel', subject: 'debt-1', at: '2026-06-01T10:00:00-04:00', until: '2026-06-10T15:00:00-04:00' });
    const d = await e.check(dc());
    expect(verdictOf(d, 'regf.communication-restrictions').retryAt?.toISOString()).toBe('2026-06-10T19:00:00.000Z');
    expect(d.nextPermittedAt?.toISOString()).toBe('2026-06-10T19:00:00.000Z');
    expect((await e.check(dc({ at: '2026-06-10T15:00:00-04:00' }))).allowed).toBe(true);
  });

  it('a restriction recorded with a phone only covers every debt called at that number, not the person\'s other numbers', async () => {
    const e = makeEngine(FEDERAL, CLOCK);
    await e.debtCollection.restrict({ kind: 'represented-by-counsel', phone: '(212) 736-1234' });
    expect((await e.check(dc({ subject: 'debt-7' }))).allowed).toBe(false);
    expect((await e.check(dc({ to: CHI }))).allowed).toBe(true);
  });

  it('1006.6(b)(3): no calls at work on debt-1: a work number is denied, a personal number is not; without numberUse it is denied (it may be a work number)', async () => {
    const e = makeEngine(FEDERAL, CLOCK);
    await e.debtCollection.restrict({ kind: 'no-calls-at-work', subject: 'debt-1' });
    expect(verdictOf(await e.check(dc({ numberUse: 'work' })), 'regf.communication-restrictions')).toMatchObject({ outcome: 'deny', code: 'no_calls_at_work', details: { numberUse: 'work' } });
    expect((await e.check(dc({ numberUse: 'personal' }))).allowed).toBe(true);
    const unknown = verdictOf(await e.check(dc({ numberUse: undefined })), 'regf.communication-restrictions');
    expect(unknown).toMatchObject({ outcome: 'deny', details: { numberUse: 'not given' } });
    expect(unknown.reason).toContain('numberUse');
  });

  it('1006.6(b)(3): recorded with the work number itself, that number is denied whatever numberUse says', async () => {
    const e = makeEngine(FEDERAL, CLOCK);
    await e.debtCollection.restrict({ kind: 'no-calls-at-work', phone: CHI, subject: 'debt-1' });
    expect((await e.check(dc({ to: CHI, numberUse: 'personal' }))).allowed).toBe(false);
    expect((await e.check(dc({ numberUse: 'personal' }))).allowed).toBe(true);
  });

  it('a debt-collection text or call without a subject is denied (subject_required): restrictions recorded for a debt could not be checked', async () => {
    const e = makeEngine(FEDERAL, CLOCK);
    await e.debtCollection.restrict({ kind: 'represented-by-counsel', subject: 'debt-2641' });
    const d = await e.check(dc({ channel: 'sms', callType: 'live', subject: undefined }));
    expect(d.allowed).toBe(false);
    const v = verdictOf(d, 'regf.communication-restrictions');
    expect(v).toMatchObject({ outcome: 'deny', code: 'subject_required' });
    expect(v.reason).toContain('cannot be checked');
    expect(verdictOf(d, 'regf.cease-communication').code).toBe('subject_required');
    expect(d.nextPermittedAt).toBeNull();
  });

  it('restrictions are for debt collection: an informational call to the same number is not limited', async () => {
    const e = makeEngine(FEDERAL, CLOCK);
    await e.debtCollection.restrict({ kind: 'represented-by-counsel', phone: NYC });
    const d = await e.check(dc({ purpose: 'informational' }));
    expect(verdictsOf(d, 'regf.communication-restrictions')).toHaveLength(0);
    expect(d.allowed).toBe(true);
  });
});

describe('12 CFR 1006.6(b)(1)(i): "any time ... the consumer says is inconvenient" (named hours, every candidate location)', () => {
  it('"not before 10 in the morning" (08:00–10:00): 09:00 EDT denied with retry 10:00 EDT; 10:00 allowed', async () => {
    const e = makeEngine(FEDERAL, CLOCK);
    await e.debtCollection.restrict({ kind: 'inconvenient-time', subject: 'debt-1', window: { start: '08:00', end: '10:00' } });
    const d = await e.check(dc({ at: '2026-06-10T09:00:00-04:00' }));
    const v = verdictOf(d, 'regf.communication-restrictions');
    expect(v).toMatchObject({ outcome: 'deny', code: 'inconvenient_time_named', citation: '12 CFR 1006.6(b)(1)(i); 15 U.S.C. 1692c(a)(1)', details: { window: '08:00–10:00' } });
    expect(v.retryAt?.toISOString()).toBe('2026-06-10T14:00:00.000Z');
    expect(d.nextPermittedAt?.toISOString()).toBe('2026-06-10T14:00:00.000Z');
    expect((await e.check(dc({ at: '2026-06-10T10:00:00-04:00' }))).allowed).toBe(true);
    expect((await e.check(dc({ at: '2026-06-10T07:59:00-04:00' }))).allowed).toBe(false); // the federal 08:00 still applies
  });

  it('hours spanning midnight (20:00–10:00): 20:30 denied until 10:00 the next morning, later than the federal 08:00', async () => {
    const e = makeEngine(FEDERAL, CLOCK);
    await e.debtCollection.restrict({ kind: 'inconvenient-time', phone: NYC, window: { start: '20:00', end: '10:00' } });
    const d = await e.check(dc({ at: '2026-06-10T20:30:00-04:00' }));
    expect(d.allowed).toBe(false);
    expect(d.nextPermittedAt?.toISOString()).toBe('2026-06-11T14:00:00.000Z');
    expect((await e.check(dc({ at: '2026-06-10T19:59:00-04:00' }))).allowed).toBe(true);
  });

  it('every candidate location: a Chicago number with a New York address, "not at lunch" (12:00–13:00): 12:30 EDT is lunch in New York; once that ends it is lunch in Chicago, so next permitted 13:00 CDT', async () => {
    const e = makeEngine(FEDERAL, CLOCK);
    await e.debtCollection.restrict({ kind: 'inconvenient-time', subject: 'debt-1', window: { start: '12:00', end: '13:00' } });
    const d = await e.check(dc({ to: CHI, address: { state: 'NY' }, at: '2026-06-10T12:30:00-04:00' }));
    expect(d.intent.zones).toEqual(expect.arrayContaining(['America/Chicago', 'America/New_York']));
    expect(d.allowed).toBe(false);
    expect(d.nextPermittedAt?.toISOString()).toBe('2026-06-10T18:00:00.000Z');
  });

  it('DST start (Sun 2026-03-08): 08:00–10:00 named, 09:30 EDT denied with retry 10:00 EDT (14:00Z)', async () => {
    const e = makeEngine(FEDERAL, { clock: () => new Date('2026-03-01T00:00:00Z') });
    await e.debtCollection.restrict({ kind: 'inconvenient-time', subject: 'debt-1', window: { start: '08:00', end: '10:00' } });
    const d = await e.check(dc({ at: '2026-03-08T09:30:00-04:00' }));
    expect(d.nextPermittedAt?.toISOString()).toBe('2026-03-08T14:00:00.000Z');
  });

  it('the window is validated: required for this kind, refused for others, not empty or the whole day', async () => {
    const e = makeEngine(FEDERAL, CLOCK);
    await expect(e.debtCollection.restrict({ kind: 'inconvenient-time', subject: 'debt-1' })).rejects.toMatchObject({ issues: [{ path: ['window'] }] });
    await expect(e.debtCollection.restrict({ kind: 'represented-by-counsel', subject: 'debt-1', window: { start: '08:00', end: '09:00' } })).rejects.toMatchObject({ issues: [{ path: ['window'] }] });
    await expect(e.debtCollection.restrict({ kind: 'inconvenient-time', subject: 'debt-1', window: { start: '09:00', end: '09:00' } })).rejects.toBeInstanceOf(InvalidInputError);
    await expect(e.debtCollection.restrict({ kind: 'inconvenient-time', subject: 'debt-1', window: { start: '00:00', end: '24:00' } })).rejects.toBeInstanceOf(InvalidInputError);
    await expect(e.debtCollection.restrict({ kind: 'inconvenient-time', subject: 'debt-1', window: { start: '9:00', end: '10:00' } })).rejects.toMatchObject({ issues: [{ path: ['window', 'start'] }] });
  });
});

describe('regf.cease-communication (12 CFR 1006.6(c), 1006.14(h); 15 U.S.C. 1692c(c))', () => {
  it('1006.6(c): after a cease request on debt-1, calls and texts about it are denied', async () => {
    const e = makeEngine(FEDERAL, CLOCK);
    await e.debtCollection.restrict({ kind: 'cease-communication', subject: 'debt-1', at: '2026-06-02T09:00:00-04:00' });
    for (const channel of ['voice', 'sms'] as const) {
      const v = verdictOf(await e.check(dc({ channel })), 'regf.cease-communication');
      expect(v).toMatchObject({ outcome: 'deny', code: 'cease_communication', citation: '12 CFR 1006.6(c); 15 U.S.C. 1692c(c)', confidence: 'unverified' });
    }
    expect((await e.check(dc({ subject: 'debt-2' }))).allowed).toBe(true);
  });

  it('1006.14(h): "don\'t text me" at a number: texts there are denied, calls are not, texts elsewhere are not', async () => {
    const e = makeEngine(FEDERAL, CLOCK);
    await e.debtCollection.restrict({ kind: 'medium-refused', phone: NYC, channel: 'sms' });
    const text = verdictOf(await e.check(dc({ channel: 'sms' })), 'regf.cease-communication');
    expect(text).toMatchObject({ outcome: 'deny', code: 'medium_refused', citation: '12 CFR 1006.14(h)', details: { channel: 'sms', phone: NYC } });
    expect(text.reason).toContain('by text');
    expect((await e.check(dc())).allowed).toBe(true);
    expect((await e.check(dc({ to: CHI, channel: 'sms' }))).allowed).toBe(true);
  });

  it('1006.14(h) is Regulation F (2021-11-30): a refused medium does not deny before it; a cease request (1692c(c)) does', async () => {
    const e = makeEngine(FEDERAL, CLOCK);
    await e.debtCollection.restrict({ kind: 'medium-refused', phone: NYC, at: '2021-01-01T00:00:00-05:00' });
    expect(verdictOf(await e.check(dc({ at: '2021-11-29T12:00:00-05:00' })), 'regf.cease-communication').code).toBe('no_restriction');
    expect(verdictOf(await e.check(dc({ at: '2021-11-30T12:00:00-05:00' })), 'regf.cease-communication').code).toBe('medium_refused');
    await e.debtCollection.restrict({ kind: 'cease-communication', phone: NYC, at: '2021-01-01T00:00:00-05:00' });
    expect(verdictOf(await e.check(dc({ at: '2021-11-29T12:00:00-05:00' })), 'regf.cease-communication').code).toBe('cease_communication');
  });

  it('both kinds at once: one verdict per kind', async () => {
    const e = makeEngine(FEDERAL, CLOCK);
    await e.debtCollection.restrict({ kind: 'cease-communication', subject: 'debt-1' });
    await e.debtCollection.restrict({ kind: 'medium-refused', phone: NYC });
    expect(verdictsOf(await e.check(dc()), 'regf.cease-communication').map((v) => v.code)).toEqual(['cease_communication', 'medium_refused']);
  });
});

describe('engine.debtCollection.restrict', () => {
  it('validates with typed errors naming the field', async () => {
    const e = makeEngine(FEDERAL, CLOCK);
    await expect(e.debtCollection.restrict({ kind: 'represented-by-counsel' })).rejects.toMatchObject({ issues: [{ path: ['phone'] }] });
    await expect(e.debtCollection.restrict({ kind: 'medium-refused', subject: 'debt-1' })).rejects.toBeInstanceOf(InvalidInputError);
    await expect(e.debtCollection.restrict({ kind: 'cease-communication', subject: 'debt-1', channel: 'sms' })).rejects.toMatchObject({ issues: [{ path: ['channel'] }] });
    await expect(e.debtCollection.restrict({ kind: 'cease-communication', subject: 'd', at: '2026-06-02T09:00:00Z', until: '2026-06-01T09:00:00Z' })).rejects.toMatchObject({ issues: [{ path: ['until'] }] });
    await expect(e.debtCollection.restrict({ kind: 'gone' as 'cease-communication', subject: 'd' })).rejects.toMatchObject({ issues: [{ path: ['kind'] }] });
    // an end before the start (at defaults to the engine clock, 2026-06-01): the record would never bind
    await expect(e.debtCollection.restrict({ kind: 'cease-communication', subject: 'd', until: '2026-01-01T00:00:00Z' })).rejects.toMatchObject({ issues: [{ path: ['until'] }] });
  });

  it('records are audited; a storage without addRestriction rejects with StorageError (never drops one)', async () => {
    const e = createEngine({ seller: 'Firm' });
    await e.debtCollection.restrict({ kind: 'cease-communication', subject: 'debt-1' });
    const lines: string[] = [];
    for await (const l of e.audit.export()) lines.push(l);
    expect(lines.some((l) => l.includes('"restriction"') && l.includes('cease-communication'))).toBe(true);
    const { addRestriction: _drop, ...rest } = memoryStorage();
    const bare = createEngine({ seller: 'Firm', storage: rest as Storage });
    await expect(bare.debtCollection.restrict({ kind: 'cease-communication', subject: 'debt-1' })).rejects.toBeInstanceOf(StorageError);
  });

  it('fail closed: when restrictions cannot be read, debt-collection calls are denied with engine.fact-unavailable', async () => {
    const inner = memoryStorage();
    const storage: Storage = { ...inner, loadFacts: (q) => inner.loadFacts(q).then((s) => ({ ...s, unavailable: ['restrictions'] })) };
    const d = await makeEngine(FEDERAL, { storage, ...CLOCK }).check(dc());
    expect(d.allowed).toBe(false);
    expect(d.denials.map((v) => v.rule)).toContain('engine.fact-unavailable');
  });

  it('checkMany: restrictions by subject reach every intent of the batch about that debt', async () => {
    const e = makeEngine(FEDERAL, CLOCK);
    await e.debtCollection.restrict({ kind: 'represented-by-counsel', subject: 'debt-1' });
    const ds = await e.checkMany([dc(), dc({ to: CHI }), dc({ subject: 'debt-2' })]);
    expect(ds.map((d) => d.allowed)).toEqual([false, false, true]);
  });
});
