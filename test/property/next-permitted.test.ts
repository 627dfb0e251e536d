/**
 * Property: nextPermittedAt (DESIGN.md §1.3, §2) is the earliest permitted instant when every denial is
 * time-based. With only time-based rules (calling hours: 47 CFR 64.1200(c)(1), 16 CFR 310.4(c),
 * 12 CFR 1006.6(b)(1)(i); frequency caps: 12 CFR 1006.14(b)(2), 47 CFR 64.1200(a)(3)(ii)-(v);
 * abandonment: 64.1200(a)(7)) and random intents plus random call history: a non-null
 * nextPermittedAt re-checked at that instant is allowed, and one minute earlier is not.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { AttemptRecord, CallIntent, Decision } from '../../src/index';
import { makeEngine, rules } from '../rules/helpers';
import { T2024, T2031, usZoneSets } from './oracle';

const SEED = 777;
const MIN = 60_000;
const DAY = 86_400_000;
const TIME_RULES = rules('tcpa.calling-hours', 'tsr.calling-hours', 'regf.inconvenient-time', 'regf.call-frequency', 'tcpa.exempt-call-limit', 'tcpa.abandonment');
const SETS = usZoneSets();

const attempt = fc.record({
  offsetMs: fc.oneof(
    { weight: 4, arbitrary: fc.integer({ min: -8 * DAY, max: 0 }) },
    { weight: 2, arbitrary: fc.integer({ min: -31 * DAY, max: 0 }) },
    { weight: 1, arbitrary: fc.integer({ min: 1, max: 2 * DAY }) },
  ),
  kind: fc.constantFrom('same', 'same', 'same', 'collect', 'prerecorded', 'healthcare', 'campaign'),
  outcome: fc.constantFrom('answered-live', 'voicemail', 'no-answer', 'busy', 'abandoned', 'failed') as fc.Arbitrary<AttemptRecord['outcome']>,
  conversation: fc.integer({ min: 0, max: 9 }).map((n) => n === 0),
});

const scenario = fc.record({
  set: fc.integer({ min: 0, max: SETS.length - 1 }),
  at: fc.integer({ min: T2024, max: T2031 }),
  kind: fc.constantFrom('collect', 'telemarketing', 'prerecorded', 'healthcare', 'collect-sms'),
  address: fc.option(fc.constantFrom('NY', 'IL', 'CA', 'AZ', 'HI'), { nil: undefined }),
  history: fc.array(attempt, { maxLength: 20 }),
});
type Scenario = typeof scenario extends fc.Arbitrary<infer T> ? T : never;

function intentOf(s: Scenario, to: string, at: number): CallIntent {
  const base = { to, at: new Date(at), lineType: 'landline' as const, ...(s.address ? { address: { state: s.address as 'NY' } } : {}) };
  switch (s.kind) {
    case 'collect':
      return { ...base, callType: 'live', purpose: 'debt-collection', subject: 'debt-1' };
    case 'collect-sms':
      return { ...base, callType: 'autodialed', channel: 'sms', purpose: 'debt-collection', subject: 'debt-1' };
    case 'telemarketing':
      return { ...base, callType: 'autodialed', purpose: 'telemarketing', campaignId: 'c1' };
    case 'prerecorded':
      return { ...base, callType: 'prerecorded', purpose: 'informational' };
    case 'healthcare':
      return { ...base, callType: 'prerecorded', purpose: 'healthcare' };
  }
}

function recordOf(s: Scenario, a: Scenario['history'][number], to: string, at: number): AttemptRecord {
  const when = new Date(at + a.offsetMs);
  const kind = a.kind !== 'same' ? a.kind : s.kind === 'telemarketing' ? 'campaign' : s.kind === 'collect-sms' ? 'collect' : s.kind;
  switch (kind) {
    case 'collect':
      return { phone: to, at: when, callType: 'live', purpose: 'debt-collection', subject: 'debt-1', outcome: a.outcome, conversation: a.conversation && a.outcome === 'answered-live' };
    case 'prerecorded':
      return { phone: to, at: when, callType: 'prerecorded', purpose: 'informational', outcome: a.outcome };
    case 'healthcare':
      return { phone: to, at: when, callType: 'prerecorded', purpose: 'healthcare', outcome: a.outcome };
    default:
      return { phone: to, at: when, callType: 'autodialed', purpose: 'telemarketing', campaignId: 'c1', outcome: a.outcome === 'answered-live' || a.outcome === 'abandoned' ? a.outcome : 'answered-live' };
  }
}

const denialsOf = (d: Decision) => d.denials.map((v) => `${v.rule}:${v.code}:${v.retryAt?.toISOString() ?? '-'}`).join(', ');

describe('property: nextPermittedAt', () => {
  it('DESIGN.md §2: when every denial is time-based, nextPermittedAt re-checked is allowed and one minute earlier is not', async () => {
    let withNext = 0;
    let withCaps = 0;
    await fc.assert(
      fc.asyncProperty(scenario, async (s) => {
        const engine = makeEngine(TIME_RULES);
        const to = SETS[s.set]!.e164;
        if (s.history.length) await engine.attempts.record(s.history.map((a) => recordOf(s, a, to, s.at)));
        const d = await engine.check(intentOf(s, to, s.at));
        for (const v of d.denials) expect(v.retryAt, `${v.rule} is time-based and must carry retryAt`).toBeDefined();
        if (d.nextPermittedAt === null) return; // allowed, or the next opening lies beyond the 14-day look-ahead
        withNext++;
        if (d.denials.some((v) => v.code !== 'outside_calling_hours')) withCaps++;
        const next = d.nextPermittedAt.getTime();
        const label = `${SETS[s.set]!.zones.join('+')} ${s.kind} @ ${new Date(s.at).toISOString()} -> ${d.nextPermittedAt.toISOString()} [${denialsOf(d)}]`;
        const atNext = await engine.check(intentOf(s, to, next));
        expect(atNext.allowed, `${label}; at next: [${denialsOf(atNext)}]`).toBe(true);
        if (next - MIN >= s.at) {
          const before = await engine.check(intentOf(s, to, next - MIN));
          expect(before.allowed, `${label}; one minute earlier was allowed`).toBe(false);
        }
      }),
      { numRuns: 400, seed: SEED },
    );
    // the generator reaches both kinds of time-based denial
    expect(withNext).toBeGreaterThan(60);
    expect(withCaps).toBeGreaterThan(20);
  });
});

/**
 * The same property for hours a consumer named inconvenient (12 CFR 1006.6(b)(1)(i)), with the
 * federal debt-collection window, in every candidate zone set of the tables: random named hours
 * (15-minute steps, some spanning midnight), sometimes ending on a date (`until`).
 */
describe('property: nextPermittedAt with named inconvenient hours', () => {
  const quarter = fc.integer({ min: 0, max: 95 }).map((q) => `${String(Math.floor(q / 4)).padStart(2, '0')}:${String((q % 4) * 15).padStart(2, '0')}`);
  const named = fc
    .record({
      set: fc.integer({ min: 0, max: SETS.length - 1 }),
      at: fc.integer({ min: T2024, max: T2031 }),
      start: quarter,
      end: quarter,
      untilDays: fc.option(fc.integer({ min: 0, max: 3 }), { nil: undefined }),
      channel: fc.constantFrom('voice', 'sms') as fc.Arbitrary<'voice' | 'sms'>,
    })
    .filter((s) => s.start !== s.end);

  it('DESIGN.md §2: a non-null nextPermittedAt re-checked is allowed and one minute earlier is not', async () => {
    let withNext = 0;
    await fc.assert(
      fc.asyncProperty(named, async (s) => {
        const engine = makeEngine(rules('regf.inconvenient-time', 'regf.communication-restrictions'));
        const to = SETS[s.set]!.e164;
        await engine.debtCollection.restrict({
          kind: 'inconvenient-time',
          subject: 'debt-1',
          window: { start: s.start, end: s.end },
          at: new Date(T2024 - DAY),
          ...(s.untilDays !== undefined ? { until: new Date(s.at + s.untilDays * DAY + 7 * MIN) } : {}),
        });
        const intent = (at: number): CallIntent => ({ to, at: new Date(at), callType: 'live', channel: s.channel, purpose: 'debt-collection', subject: 'debt-1' });
        const d = await engine.check(intent(s.at));
        for (const v of d.denials) expect(v.retryAt, `${v.rule} is time-based and must carry retryAt`).toBeDefined();
        if (d.nextPermittedAt === null) return;
        withNext++;
        const next = d.nextPermittedAt.getTime();
        const label = `${SETS[s.set]!.zones.join('+')} named ${s.start}-${s.end} @ ${new Date(s.at).toISOString()} -> ${d.nextPermittedAt.toISOString()} [${denialsOf(d)}]`;
        const atNext = await engine.check(intent(next));
        expect(atNext.allowed, `${label}; at next: [${denialsOf(atNext)}]`).toBe(true);
        if (next - MIN >= s.at) expect((await engine.check(intent(next - MIN))).allowed, `${label}; one minute earlier was allowed`).toBe(false);
      }),
      { numRuns: 300, seed: SEED + 1 },
    );
    expect(withNext).toBeGreaterThan(60);
  });
});
