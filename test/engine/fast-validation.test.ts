import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { callIntentSchema, fastCallIntent } from '../../src/core/schemas';
import { createEngine } from '../../src/core/engine';
import type { Decision } from '../../src/core/types';

const maybe = <T>(a: fc.Arbitrary<T>) => fc.option(a, { nil: undefined });
const anyish = fc.oneof(fc.string(), fc.integer(), fc.boolean(), fc.constant(null), fc.date(), fc.constant(undefined));

/** Intents near the schema's edges: valid values, wrong values, wrong types, whitespace, extra keys. */
const intentish = fc.record(
  {
    to: fc.oneof(fc.constantFrom('(212) 736-1234', ' 2127361234', '2127361234 ', '', 'x'.repeat(41), '+1 212 736 1234'), fc.string(), anyish),
    callType: fc.oneof(fc.constantFrom('autodialed', 'prerecorded', 'live', 'robot'), anyish),
    channel: maybe(fc.oneof(fc.constantFrom('voice', 'sms', 'fax'), anyish)),
    purpose: fc.oneof(fc.constantFrom('telemarketing', 'informational', 'debt-collection', 'emergency', 'healthcare', 'opt-out-confirmation', 'sales'), anyish),
    at: maybe(fc.oneof(fc.date({ noInvalidDate: false }), fc.constantFrom('2026-03-10T19:30:00-05:00', '2026-03-10T19:30:00'), anyish)),
    lineType: maybe(fc.oneof(fc.constantFrom('wireless', 'landline', 'voip', 'unknown', 'pager'), anyish)),
    numberUse: maybe(fc.oneof(fc.constantFrom('personal', 'work', 'other', 'home'), anyish)),
    address: maybe(fc.oneof(fc.record({ state: maybe(fc.constantFrom('FL', 'XX', 'fl')), zip: maybe(fc.constantFrom('33101', '3310', '33101-1234', 'abcde')), county: maybe(fc.oneof(fc.constant(''), fc.string())) }, { requiredKeys: [] }), anyish, fc.constant({ city: 'Miami' }))),
    subject: maybe(fc.oneof(fc.string({ maxLength: 3 }), fc.constant('x'.repeat(201)), anyish)),
    campaignId: maybe(fc.string({ maxLength: 3 })),
    relationship: maybe(fc.constantFrom('client', 'former-client', 'prospect', 'lawyer', 'family', 'business-user', 'friend')),
    sensitivity: maybe(fc.constantFrom('routine', 'sensitive', 'secret')),
    callerId: maybe(fc.oneof(fc.string({ maxLength: 3 }), fc.constant('9'.repeat(41)))),
    seller: maybe(fc.string({ maxLength: 3 })),
    doNotSolicit: maybe(fc.oneof(fc.boolean(), anyish)),
    extra: maybe(fc.constant(1)),
  },
  { requiredKeys: [] },
);

/** Mostly valid intents, with one field at a time pushed off. */
const validish = fc.record(
  {
    to: fc.constantFrom('(212) 736-1234', '+1 212 736 1234', '2127361234', '\u00a02127361234', '212\u2011736\u20111234'),
    callType: fc.constantFrom('autodialed', 'prerecorded', 'live'),
    purpose: fc.constantFrom('telemarketing', 'informational', 'debt-collection', 'emergency', 'healthcare', 'opt-out-confirmation'),
    channel: maybe(fc.constantFrom('voice', 'sms')),
    at: maybe(fc.date({ noInvalidDate: false })),
    lineType: maybe(fc.constantFrom('wireless', 'landline', 'voip', 'unknown')),
    numberUse: maybe(fc.constantFrom('personal', 'work', 'other', 'Work')),
    address: maybe(fc.record({ state: maybe(fc.constantFrom('FL', 'TX', 'PR', 'XX')), zip: maybe(fc.constantFrom('33101', '33101-1234', '3310')), county: maybe(fc.constantFrom('Orleans', '')) }, { requiredKeys: [] })),
    subject: maybe(fc.constantFrom('debt-1', '', 'x'.repeat(201))),
    relationship: maybe(fc.constantFrom('client', 'prospect', 'friend')),
    sensitivity: maybe(fc.constantFrom('routine', 'sensitive')),
    callerId: maybe(fc.constantFrom('+13055550100', '')),
    doNotSolicit: maybe(fc.boolean()),
  },
  { requiredKeys: ['to', 'callType', 'purpose'] },
);

describe('fastCallIntent agrees with callIntentSchema', () => {
  it('whatever the fast path accepts, zod accepts with the same values (property, 3000 runs)', () => {
    let accepted = 0;
    fc.assert(
      fc.property(fc.oneof(validish, intentish), (x) => {
        const fast = fastCallIntent(x);
        const z = callIntentSchema.safeParse(x);
        if (fast === undefined) return;
        accepted++;
        expect(z.success).toBe(true);
        for (const [k, v] of Object.entries(z.data!)) expect((fast as Record<string, unknown>)[k]).toEqual(v);
      }),
      { numRuns: 3000, seed: 20261129 },
    );
    expect(accepted).toBeGreaterThan(0);
  });

  it('an ISO instant string passes the fast path exactly when zod accepts it (property, 3000 runs)', () => {
    const digits = (n: number) => fc.string({ unit: fc.constantFrom('0', '1', '2', '3', '5', '9'), minLength: n, maxLength: n });
    const isoish = fc.oneof(
      fc.date({ min: new Date('1900-01-01'), max: new Date('2100-01-01'), noInvalidDate: true }).map((d) => d.toISOString()),
      fc
        .tuple(digits(4), digits(2), digits(2), digits(2), digits(2), fc.option(digits(2), { nil: undefined }), fc.constantFrom('Z', '+05:00', '-04:00', '+24:00', '-0500', '', 'z'))
        .map(([y, mo, d, h, mi, sec, z]) => `${y}-${mo}-${d}T${h}:${mi}${sec === undefined ? '' : `:${sec}`}${z}`),
      fc.string(),
    );
    fc.assert(
      fc.property(isoish, (at) => {
        const x = { to: '2127361234', callType: 'live', purpose: 'informational', at };
        expect(fastCallIntent(x) !== undefined).toBe(callIntentSchema.safeParse(x).success);
      }),
      { numRuns: 3000, seed: 20261130 },
    );
  });

  it('the fast path carries every field the schema knows (a field added to the schema must be added to it too)', () => {
    const fast = fastCallIntent({ to: '2127361234', callType: 'live', purpose: 'informational' });
    expect(Object.keys(fast!).sort()).toEqual(Object.keys(callIntentSchema.shape).sort());
  });

  it('an intent checked from inside the validation of another (a host Date whose getTime checks) leaves both intact', async () => {
    // the engine reuses one object for the fast check's result; a nested check must not write into it
    const engine = createEngine({ clock: () => new Date('2026-03-10T16:00:00Z') });
    let inner: Promise<Decision> | undefined;
    let reads = 0;
    class CheckingDate extends Date {
      override getTime(): number {
        // every read after the first (the validation's): the engine holds the checked fields by then
        if (++reads > 1) inner ??= engine.check({ to: '(305) 555-0123', callType: 'autodialed', channel: 'sms', purpose: 'informational', lineType: 'landline', subject: 'debt-9' });
        return super.getTime();
      }
    }
    const outer = await engine.check({ to: '(212) 736-1234', callType: 'live', purpose: 'telemarketing', at: new CheckingDate('2026-03-10T15:00:00Z'), campaignId: 'c-1' });
    expect(inner).toBeDefined();
    const nested = await inner!;
    expect(outer.intent).toMatchObject({ e164: '+12127361234', callType: 'live', channel: 'voice', purpose: 'telemarketing', lineType: 'unknown', campaignId: 'c-1', subject: undefined });
    expect(outer.intent.at).toBe(Date.parse('2026-03-10T15:00:00Z'));
    expect(nested.intent).toMatchObject({ e164: '+13055550123', callType: 'autodialed', channel: 'sms', purpose: 'informational', lineType: 'landline', subject: 'debt-9', campaignId: undefined });
  });

  it('the common well-formed intent takes the fast path; malformed ones do not', () => {
    expect(fastCallIntent({ to: '(212) 736-1234', callType: 'live', purpose: 'telemarketing', at: new Date() })).toBeDefined();
    expect(fastCallIntent({ to: '(212) 736-1234', callType: 'live', purpose: 'telemarketing', at: '2026-03-10T19:30:00' })).toBeUndefined();
    expect(fastCallIntent({ to: ' 2127361234', callType: 'live', purpose: 'telemarketing' })).toBeUndefined();
    expect(fastCallIntent({ to: '2127361234', callType: 'live', purpose: 'telemarketing', bogus: 1 })).toBeUndefined();
  });
});
