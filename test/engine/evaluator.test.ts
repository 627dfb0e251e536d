/**
 * The evaluator's bookkeeping (DESIGN.md §1.2): obligations only on allowed calls, shared frozen
 * obligations, an obligation that throws denies (fail closed), and nextPermittedAt probing leaves
 * the decision's intent as it was.
 */
import { describe, expect, it } from 'vitest';
import { defineRule } from '../../src/index';
import { FEDERAL, NYC, intent, makeEngine, pewc, rules, verdictsOf } from '../rules/helpers';

const DAY_AT = '2026-06-10T12:00:00-04:00'; // Wednesday noon in New York
const NIGHT_AT = '2026-06-10T22:30:00-04:00'; // after 21:00 in New York

describe('obligations', () => {
  it('47 CFR 64.1200(b)(1)-(2): an allowed informational prerecorded call to a wireless line carries identification and callback obligations (no (b)(3) opt-out: not telemarketing, not an exempt residential call); the same obligation object is shared between decisions', async () => {
    const engine = makeEngine(rules('tcpa.prerecorded-content'));
    const [a, b, c] = await engine.checkMany([
      intent({ at: DAY_AT, callType: 'prerecorded', purpose: 'informational', lineType: 'wireless' }),
      intent({ at: DAY_AT, callType: 'prerecorded', purpose: 'informational', lineType: 'wireless' }),
      intent({ at: DAY_AT, callType: 'prerecorded', purpose: 'informational', lineType: 'landline' }),
    ]);
    expect(a!.allowed).toBe(true);
    expect(a!.obligations.map((o) => o.code)).toEqual(['identify_at_start', 'state_callback_number']);
    // 64.1200(b)(3) as amended by FCC 20-186: exempt prerecorded calls to residential lines add the opt-out
    expect(c!.obligations.map((o) => o.code)).toEqual(['identify_at_start', 'state_callback_number', 'interactive_opt_out', 'voicemail_toll_free_opt_out']);
    expect(a!.obligations[0]).toBe(b!.obligations[0]);
    expect(Object.isFrozen(a!.obligations[0])).toBe(true);
    expect(a!.obligations[0]).toMatchObject({ rule: 'tcpa.prerecorded-content', citation: '47 CFR 64.1200(b)(1)' });
  });

  it('a denied call carries no obligations, and the obligation functions are not called for it', async () => {
    let calls = 0;
    const counting = defineRule({
      id: 'firm.counting',
      citation: 'Firm policy 1',
      effective: { from: '2000-01-01' },
      evaluate: () => undefined,
      obligations: () => {
        calls++;
        return [{ code: 'transmit_caller_id', description: 'x' }];
      },
    });
    const engine = makeEngine([...rules('tcpa.calling-hours'), counting]);
    const night = await engine.check(intent({ at: NIGHT_AT }));
    expect(night.allowed).toBe(false);
    expect(night.obligations).toEqual([]);
    expect(calls).toBe(0);
    const day = await engine.check(intent({ at: DAY_AT }));
    expect(day.allowed).toBe(true);
    expect(day.obligations.map((o) => o.rule)).toEqual(['firm.counting']);
    expect(calls).toBe(1);
  });

  it('DESIGN.md §2: a rule whose obligations throw denies the call (rule_error) and leaves no obligations', async () => {
    const broken = defineRule({
      id: 'firm.broken-obligations',
      citation: 'Firm policy 2',
      effective: { from: '2000-01-01' },
      evaluate: () => ({ outcome: 'allow', code: 'not_applicable' }),
      obligations: () => {
        throw new Error('boom');
      },
    });
    const engine = makeEngine([...rules('tcpa.caller-id'), broken]);
    const d = await engine.check(intent({ at: DAY_AT }));
    expect(d.allowed).toBe(false);
    expect(verdictsOf(d, 'firm.broken-obligations').map((v) => v.code)).toContain('rule_error');
    expect(d.obligations).toEqual([]);
  });
});

describe('nextPermittedAt probing', () => {
  it('47 CFR 64.1200(c)(1): the decision keeps the intent\'s own instant after probing for the next window', async () => {
    const engine = makeEngine(FEDERAL);
    await engine.consents.grant(pewc(NYC, '2026-01-01T00:00:00Z'));
    const d = await engine.check(intent({ at: NIGHT_AT, callType: 'autodialed', lineType: 'wireless', campaignId: 'c1' }));
    expect(d.allowed).toBe(false);
    expect(d.nextPermittedAt?.toISOString()).toBe('2026-06-11T12:00:00.000Z'); // 08:00 EDT next day
    expect(d.intent.at).toBe(Date.parse(NIGHT_AT));
    expect(d.intent.instant.toISOString()).toBe(new Date(NIGHT_AT).toISOString());
  });
});

describe('findNextPermitted on a frozen intent', () => {
  it('47 CFR 64.1200(c)(1): probes a copy, finds the same instant and leaves the frozen intent as it was', async () => {
    const { findNextPermitted } = await import('../../src/core/evaluate');
    const engine = makeEngine(rules('tcpa.calling-hours'));
    const d = await engine.check(intent({ at: NIGHT_AT }));
    expect(d.nextPermittedAt?.toISOString()).toBe('2026-06-11T12:00:00.000Z');
    const frozen = Object.freeze({ ...d.intent });
    const facts = { consents: [], revocations: [], suppressions: new Set<never>(), relationships: [], attempts: [], campaign: undefined, emergencies: [], reassigned: [], restrictions: [], registryAt: undefined, registryInUse: false };
    const next = findNextPermitted(engine.rules, frozen, facts, undefined, d.denials);
    expect(next?.toISOString()).toBe('2026-06-11T12:00:00.000Z');
    expect(frozen.at).toBe(Date.parse(NIGHT_AT));
  });
});
