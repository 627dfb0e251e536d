/**
 * Property: the shape of every decision (DESIGN.md §2: "any deny wins", "a denial is a value").
 * For random intents (random NPAs of the tables, call types, purposes, channels, line types,
 * instants) and random stored facts: allowed <=> denials.length === 0, no allowed decision holds a
 * deny verdict, denials/warnings are exactly the deny/warn verdicts, a denied decision has no
 * obligations, nextPermittedAt is null unless every denial carries a retryAt, and the decision is
 * deterministic.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { defaultRules, type AttemptRecord, type CallIntent, type ConsentGrant, type Decision, type Revocation } from '../../src/index';
import { FEDERAL, makeEngine } from '../rules/helpers';
import { T2024, T2031, usNpas } from './oracle';

const SEED = 4_242;
const NPAS = usNpas();
const DAY = 86_400_000;

const callType = fc.constantFrom('autodialed', 'prerecorded', 'live') as fc.Arbitrary<CallIntent['callType']>;
const purpose = fc.constantFrom('telemarketing', 'informational', 'debt-collection', 'emergency', 'healthcare', 'opt-out-confirmation') as fc.Arbitrary<CallIntent['purpose']>;
const channel = fc.constantFrom('voice', 'sms') as fc.Arbitrary<'voice' | 'sms'>;
const lineType = fc.option(fc.constantFrom('wireless', 'landline', 'voip', 'unknown') as fc.Arbitrary<NonNullable<CallIntent['lineType']>>, { nil: undefined });
const outcome = fc.constantFrom('answered-live', 'voicemail', 'no-answer', 'busy', 'abandoned', 'failed') as fc.Arbitrary<AttemptRecord['outcome']>;

const phone = fc.oneof(
  { weight: 12, arbitrary: fc.record({ npa: fc.constantFrom(...NPAS), nxx: fc.integer({ min: 200, max: 999 }).filter((n) => n % 100 !== 11) }).map(({ npa, nxx }) => `+1${npa}${nxx}5678`) },
  { weight: 1, arbitrary: fc.constantFrom('900-555-1234', '416-555-1234', '800-555-1234', 'nonsense', '212-411-1234') },
);

const scenario = fc
  .record({
    to: phone,
    callType,
    purpose,
    channel,
    lineType,
    at: fc.integer({ min: T2024, max: T2031 }),
    subject: fc.option(fc.constantFrom('debt-1', 'debt-2', 'matter-9'), { nil: undefined }),
    campaignId: fc.option(fc.constantFrom('c1', 'c2'), { nil: undefined }),
    addressState: fc.option(fc.constantFrom('NY', 'IL', 'CA', 'AZ', 'FL', 'HI', 'TX'), { nil: undefined }),
    callerId: fc.option(fc.constant('+12125550100'), { nil: undefined }),
    consents: fc.array(
      fc.record({
        kind: fc.constantFrom('prior-express', 'prior-express-written') as fc.Arbitrary<ConsentGrant['kind']>,
        offsetDays: fc.integer({ min: -400, max: 5 }),
        seller: fc.constantFrom('Firm', 'Firm', 'Other LLP'),
        callTypes: fc.option(fc.subarray(['autodialed', 'prerecorded', 'live'] as const, { minLength: 1 }), { nil: undefined }),
        channels: fc.option(fc.subarray(['voice', 'sms'] as const, { minLength: 1 }), { nil: undefined }),
        purposes: fc.option(fc.subarray(['telemarketing', 'informational', 'debt-collection', 'healthcare'] as const, { minLength: 1 }), { nil: undefined }),
      }),
      { maxLength: 3 },
    ),
    revocations: fc.array(fc.record({ offsetMinutes: fc.integer({ min: -60 * 24 * 60, max: 60 }), via: fc.constantFrom('sms', 'voice', 'email') as fc.Arbitrary<Revocation['via']> }), { maxLength: 2 }),
    national: fc.boolean(),
    internal: fc.boolean(),
    relationships: fc.array(fc.record({ kind: fc.constantFrom('transaction', 'inquiry') as fc.Arbitrary<'transaction' | 'inquiry'>, offsetDays: fc.integer({ min: -700, max: 5 }) }), { maxLength: 2 }),
    attempts: fc.array(
      fc.record({
        offsetMinutes: fc.integer({ min: -35 * 24 * 60, max: 2 * 24 * 60 }),
        callType,
        channel,
        purpose,
        outcome,
        conversation: fc.boolean(),
        sameSubject: fc.boolean(),
      }),
      { maxLength: 14 },
    ),
    withState: fc.boolean(),
  });

type Scenario = typeof scenario extends fc.Arbitrary<infer T> ? T : never;

async function run(s: Scenario): Promise<{ d: Decision; again: Decision; many: Decision }> {
  // the engine clock after every generated fact (some are dated after the call, on purpose): none is in its future
  const engine = makeEngine(s.withState ? defaultRules : FEDERAL, { clock: () => new Date(s.at + 400 * DAY) });
  const intent: CallIntent = {
    to: s.to,
    callType: s.callType,
    purpose: s.purpose,
    channel: s.channel,
    at: new Date(s.at),
    ...(s.lineType ? { lineType: s.lineType } : {}),
    ...(s.subject ? { subject: s.subject } : {}),
    ...(s.campaignId ? { campaignId: s.campaignId } : {}),
    ...(s.addressState ? { address: { state: s.addressState as 'NY' } } : {}),
    ...(s.callerId ? { callerId: s.callerId } : {}),
  };
  const dialable = (await engine.check(intent)).intent.e164 !== '';
  if (dialable) {
    const e164 = (await engine.check(intent)).intent.e164;
    for (const c of s.consents) {
      const scope = { ...(c.callTypes ? { callTypes: [...c.callTypes] } : {}), ...(c.channels ? { channels: [...c.channels] } : {}), ...(c.purposes ? { purposes: [...c.purposes] } : {}) };
      await engine.consents.grant({
        phone: e164, kind: c.kind, seller: c.seller, scope,
        evidence: { method: 'e-sign', capturedAt: new Date(s.at + c.offsetDays * DAY), signature: 'sig', disclosureText: 'I agree' },
      });
    }
    for (const r of s.revocations) await engine.consents.revoke({ phone: e164, via: r.via, at: new Date(s.at + r.offsetMinutes * 60_000) });
    if (s.national) await engine.suppressions.add('national', e164);
    if (s.internal) await engine.suppressions.add('internal', e164);
    for (const r of s.relationships) await engine.relationships.record({ phone: e164, kind: r.kind, at: new Date(s.at + r.offsetDays * DAY) });
    if (s.attempts.length) {
      await engine.attempts.record(
        s.attempts.map((a) => ({
          phone: e164, at: new Date(s.at + a.offsetMinutes * 60_000), callType: a.callType, channel: a.channel, purpose: a.purpose,
          outcome: a.outcome, conversation: a.conversation && a.outcome === 'answered-live',
          ...(s.subject && a.sameSubject ? { subject: s.subject } : {}),
          ...(s.campaignId ? { campaignId: s.campaignId } : {}),
        })),
      );
    }
  }
  const d = await engine.check(intent);
  const again = await engine.check(intent);
  const [many] = await engine.checkMany([intent]);
  return { d, again, many: many! };
}

const summary = (d: Decision) => d.verdicts.map((v) => `${v.rule}:${v.outcome}:${v.code}:${v.retryAt?.toISOString() ?? ''}`);

describe('property: decision invariants', () => {
  it('DESIGN.md §2 (any deny wins): allowed <=> no deny verdict; denials/warnings partition the verdicts; denied => no obligations; nextPermittedAt only when every denial is time-based', async () => {
    await fc.assert(
      fc.asyncProperty(scenario, async (s) => {
        const { d, again, many } = await run(s);
        const denies = d.verdicts.filter((v) => v.outcome === 'deny');
        const warns = d.verdicts.filter((v) => v.outcome === 'warn');
        expect(d.allowed).toBe(d.denials.length === 0);
        expect(d.allowed).toBe(denies.length === 0);
        expect(d.denials).toEqual(denies);
        expect(d.warnings).toEqual(warns);
        for (const v of d.verdicts) {
          expect(['allow', 'deny', 'warn']).toContain(v.outcome);
          expect(v.rule).toMatch(/^[a-z][a-zA-Z0-9]*\.[A-Za-z0-9.-]+$/);
          expect(typeof v.citation).toBe('string');
          expect(v.citation.length).toBeGreaterThan(0);
          expect(typeof v.reason).toBe('string');
          expect(v.reason.length).toBeGreaterThan(0);
          if (v.retryAt) expect(v.retryAt.getTime() % 60_000).toBe(0);
        }
        if (d.allowed) {
          expect(d.nextPermittedAt).toBeNull();
        } else {
          expect(d.obligations).toEqual([]);
          if (d.denials.some((v) => v.retryAt === undefined)) expect(d.nextPermittedAt).toBeNull();
          if (d.nextPermittedAt !== null) {
            expect(d.nextPermittedAt.getTime()).toBeGreaterThan(d.intent.at);
            const maxRetry = Math.max(...d.denials.map((v) => v.retryAt!.getTime()));
            expect(d.nextPermittedAt.getTime()).toBeGreaterThanOrEqual(maxRetry);
          }
        }
        if (d.intent.unsupported) {
          expect(d.allowed).toBe(false);
          expect(d.denials.map((v) => v.rule)).toEqual(['engine.unsupported-number']);
        }
        // deterministic: same facts, same instant -> same verdicts, through check and checkMany
        expect(summary(again)).toEqual(summary(d));
        expect(summary(many)).toEqual(summary(d));
        expect(again.nextPermittedAt?.getTime()).toBe(d.nextPermittedAt?.getTime());
        expect(again.decisionId).not.toBe(d.decisionId);
      }),
      { numRuns: 300, seed: SEED },
    );
  });
});
