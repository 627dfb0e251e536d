/**
 * Malformed input rejects with InvalidInputError naming the field (DESIGN.md §2 "Errors"); bad input
 * never becomes an allow.
 */
import { describe, expect, it } from 'vitest';
import { DialguardError, InvalidInputError, type CallIntent } from '../../src/index';
import { NYC, intent, makeEngine, pewc } from '../rules/helpers';

const engine = makeEngine();

async function rejection(p: Promise<unknown>): Promise<InvalidInputError> {
  const err = await p.then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(err).toBeInstanceOf(InvalidInputError);
  expect(err).toBeInstanceOf(DialguardError);
  expect((err as Error).name).toBe('InvalidInputError');
  return err as InvalidInputError;
}

const paths = (e: InvalidInputError) => e.issues.map((i) => i.path);

describe('engine.check: InvalidInputError names the field', () => {
  it('`at` without an offset -> issues path [\'at\']', async () => {
    const e = await rejection(engine.check(intent({ at: '2026-03-10T19:30:00' })));
    expect(paths(e)).toEqual([['at']]);
    expect(e.fields).toEqual(['at']);
    expect(e.message).toMatch(/at:/);
  });

  it('a date-only `at` and an invalid Date are rejected on `at`', async () => {
    expect(paths(await rejection(engine.check(intent({ at: '2026-03-10' }))))).toEqual([['at']]);
    expect(paths(await rejection(engine.check(intent({ at: new Date('not a date') }))))).toEqual([['at']]);
    expect(paths(await rejection(engine.check(intent({ at: '2026-02-30T10:00:00Z' }))))).toEqual([['at']]);
  });

  it('a bad enum value names the field (callType, purpose, channel, lineType)', async () => {
    expect(paths(await rejection(engine.check(intent({ callType: 'robocall' as CallIntent['callType'] }))))).toEqual([['callType']]);
    expect(paths(await rejection(engine.check(intent({ purpose: 'marketing' as CallIntent['purpose'] }))))).toEqual([['purpose']]);
    expect(paths(await rejection(engine.check(intent({ channel: 'fax' as CallIntent['channel'] }))))).toEqual([['channel']]);
    expect(paths(await rejection(engine.check(intent({ lineType: 'cell' as CallIntent['lineType'] }))))).toEqual([['lineType']]);
  });

  it('a missing `to` -> issues path [\'to\']', async () => {
    const { to: _to, ...rest } = intent();
    expect(paths(await rejection(engine.check(rest as CallIntent)))).toEqual([['to']]);
    expect(paths(await rejection(engine.check(intent({ to: '' }))))).toEqual([['to']]);
  });

  it('a missing callType and purpose are both named', async () => {
    const e = await rejection(engine.check({ to: NYC } as CallIntent));
    expect(paths(e)).toEqual(expect.arrayContaining([['callType'], ['purpose']]));
  });

  it('a nested field is named by its full path (address.state)', async () => {
    const e = await rejection(engine.check(intent({ address: { state: 'XX' } })));
    expect(paths(e)).toEqual([['address', 'state']]);
    expect(e.fields).toEqual(['address.state']);
  });

  it('a non-object intent is rejected, not allowed', async () => {
    await rejection(engine.check(null as unknown as CallIntent));
    await rejection(engine.check('212-736-1234' as unknown as CallIntent));
  });
});

describe('engine.checkMany: InvalidInputError names the element index', () => {
  it('the bad element\'s index leads the path', async () => {
    const e = await rejection(engine.checkMany([intent(), intent(), intent({ at: '2026-03-10T19:30:00' })]));
    expect(paths(e)).toEqual([[2, 'at']]);
  });

  it('the index is the position in the whole input, across batches', async () => {
    const small = makeEngine(undefined, { batchSize: 2 });
    const e = await rejection(small.checkMany([intent(), intent(), intent(), intent({ callType: 'robocall' as CallIntent['callType'] }), intent()]));
    expect(paths(e)).toEqual([[3, 'callType']]);
  });

  it('a non-array input is rejected', async () => {
    await rejection(engine.checkMany({} as unknown as CallIntent[]));
  });

  it('an empty array resolves to no decisions', async () => {
    expect(await engine.checkMany([])).toEqual([]);
  });
});

describe('other inputs', () => {
  it('47 CFR 64.1200(f)(9): consents.grant rejects PEWC without a signature or document (issues path evidence.signature)', async () => {
    const g = pewc(NYC, '2026-01-01T00:00:00Z');
    const { signature: _s, ...evidence } = g.evidence;
    const e = await rejection(engine.consents.grant({ ...g, evidence }));
    expect(paths(e)).toEqual([['evidence', 'signature']]);
    expect(e.fields).toEqual(['evidence.signature']);
  });

  it('47 CFR 64.1200(f)(9): consents.grant rejects PEWC without the disclosure text (issues path evidence.disclosureText)', async () => {
    const g = pewc(NYC, '2026-01-01T00:00:00Z');
    const { disclosureText: _d, ...evidence } = g.evidence;
    expect(paths(await rejection(engine.consents.grant({ ...g, evidence })))).toEqual([['evidence', 'disclosureText']]);
  });

  it('47 CFR 64.1200(f)(9): a PEWC with neither names both fields, and nothing is stored', async () => {
    const e = makeEngine();
    const err = await rejection(e.consents.grant({ phone: NYC, kind: 'prior-express-written', evidence: { method: 'web-form', capturedAt: '2026-01-01T00:00:00Z' } }));
    expect(paths(err)).toEqual(expect.arrayContaining([['evidence', 'signature'], ['evidence', 'disclosureText']]));
    expect((await e.consents.list(NYC)).consents).toEqual([]);
  });

  it('47 CFR 64.1200(f)(9): a PEWC with a document reference (instead of a signature) and the disclosure is accepted', async () => {
    const rec = await engine.consents.grant({
      phone: NYC, kind: 'prior-express-written',
      evidence: { method: 'paper', capturedAt: '2026-01-01T00:00:00Z', documentRef: 'scan-0042.pdf', disclosureText: 'I agree ...' },
    });
    expect(rec.kind).toBe('prior-express-written');
  });

  it('an oral consent needs no signature', async () => {
    const rec = await engine.consents.grant({ phone: NYC, kind: 'prior-express', evidence: { method: 'verbal', capturedAt: '2026-01-01T00:00:00Z' } });
    expect(rec.kind).toBe('prior-express');
  });

  it('attempts.record, revoke and complete validate too', async () => {
    expect(paths(await rejection(engine.attempts.record({ phone: NYC, at: '2026-06-01T10:00:00Z', callType: 'live', purpose: 'telemarketing', outcome: 'hung-up' as 'busy' })))[0]).toEqual(['outcome']);
    expect(paths(await rejection(engine.consents.revoke({ phone: NYC, via: 'carrier-pigeon' as 'sms' })))).toEqual([['via']]);
    expect(paths(await rejection(engine.complete('no-such-reservation', { outcome: 'busy' })))).toEqual([['reservationId']]);
    expect(paths(await rejection(engine.complete('x', { outcome: 'gone' as 'busy' })))).toEqual([['outcome']]);
  });
});
