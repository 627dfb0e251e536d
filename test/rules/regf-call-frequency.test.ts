/**
 * regf.call-frequency — 12 CFR 1006.14(b)(2)-(3): at most 7 calls in 7 consecutive days per debt, none
 * within 7 days after a telephone conversation (conversation day = day 1). RULES.md §3.
 */
import { describe, expect, it } from 'vitest';
import type { AttemptRecord, CallIntent, Engine } from '../../src/index';
import { CHI, DAY, MIN, NYC, intent, makeEngine, ms, outcomeOf, rules, verdictOf } from './helpers';

const ONLY = rules('regf.call-frequency');
const collect = (at: string | Date, over: Partial<CallIntent> = {}) =>
  intent({ callType: 'live', purpose: 'debt-collection', subject: 'debt-1', at, ...over });
const attempt = (at: string, over: Partial<AttemptRecord> = {}): AttemptRecord => ({
  phone: NYC, at, callType: 'live', channel: 'voice', purpose: 'debt-collection', subject: 'debt-1', outcome: 'no-answer', ...over,
});
/** Calls on 2026-06-01 .. 06-0n at 10:00 EDT. */
const daily = (n: number, over: Partial<AttemptRecord> = {}) =>
  Array.from({ length: n }, (_, k) => attempt(`2026-06-0${k + 1}T10:00:00-04:00`, over));

async function engineWith(records: AttemptRecord[], ruleList = ONLY): Promise<Engine> {
  const engine = makeEngine(ruleList);
  if (records.length) await engine.attempts.record(records);
  return engine;
}

describe('7 calls within 7 consecutive days (12 CFR 1006.14(b)(2)(i))', () => {
  it('12 CFR 1006.14(b)(2)(i): the 7th call in 7 days is allowed', async () => {
    const engine = await engineWith(daily(6));
    const d = await engine.check(collect('2026-06-07T09:00:00-04:00'));
    expect(verdictOf(d, 'regf.call-frequency')).toMatchObject({ outcome: 'allow', code: 'within_limit' });
    expect(verdictOf(d, 'regf.call-frequency').details).toMatchObject({ count: 6, limit: 7, subject: 'debt-1' });
  });

  it('12 CFR 1006.14(b)(2)(i): the 8th call in 7 consecutive days about the same debt is denied, retry when the oldest leaves', async () => {
    const engine = await engineWith(daily(7));
    const d = await engine.check(collect('2026-06-07T15:00:00-04:00'));
    const v = verdictOf(d, 'regf.call-frequency');
    expect(v).toMatchObject({ outcome: 'deny', code: 'limit_reached' });
    expect(v.details).toMatchObject({ count: 7, limit: 7 });
    expect(v.retryAt?.toISOString()).toBe('2026-06-08T14:00:00.000Z'); // 06-01 10:00 EDT + 7 days
    expect(d.nextPermittedAt?.toISOString()).toBe('2026-06-08T14:00:00.000Z');
    expect((await engine.check(collect('2026-06-08T10:00:00-04:00'))).allowed).toBe(true);
    expect((await engine.check(collect(new Date(ms('2026-06-08T10:00:00-04:00') - MIN)))).allowed).toBe(false);
  });

  it('RULES.md §3 (what counts): unanswered calls and voicemails count toward the 7', async () => {
    const records = daily(7).map((r, k) => ({ ...r, outcome: (['no-answer', 'voicemail', 'answered-live', 'abandoned'] as const)[k % 4]! }));
    const engine = await engineWith(records);
    expect(outcomeOf(await engine.check(collect('2026-06-07T15:00:00-04:00')), 'regf.call-frequency')).toBe('deny');
  });

  it('12 CFR 1006.14(b)(3)(ii): calls that do not connect (busy, network failure) are not counted', async () => {
    const records = daily(7).map((r, k) => (k === 2 ? { ...r, outcome: 'busy' as const } : k === 4 ? { ...r, outcome: 'failed' as const } : r));
    const engine = await engineWith(records);
    const d = await engine.check(collect('2026-06-07T15:00:00-04:00'));
    expect(verdictOf(d, 'regf.call-frequency')).toMatchObject({ outcome: 'allow' });
    expect(verdictOf(d, 'regf.call-frequency').details).toMatchObject({ count: 5 });
  });

  it('CFPB comment 14(a)-1 (RULES.md §3): texts are not counted in the 7-in-7', async () => {
    const engine = await engineWith(daily(7, { channel: 'sms', callType: 'autodialed' }));
    expect(outcomeOf(await engine.check(collect('2026-06-07T15:00:00-04:00')), 'regf.call-frequency')).toBe('allow');
  });

  it('CFPB comment 14(a)-1: a debt collection text is not itself subject to the call cap', async () => {
    const engine = await engineWith(daily(7));
    expect(outcomeOf(await engine.check(collect('2026-06-07T15:00:00-04:00', { channel: 'sms', callType: 'autodialed' })), 'regf.call-frequency')).toBe('none');
  });

  it('RULES.md §3 (counts are per debt, across all of the person\'s numbers): calls to two numbers about one debt add up', async () => {
    const records = daily(7).map((r, k) => (k % 2 === 0 ? r : { ...r, phone: CHI }));
    const engine = await engineWith(records);
    expect(outcomeOf(await engine.check(collect('2026-06-07T15:00:00-04:00')), 'regf.call-frequency')).toBe('deny');
    expect(outcomeOf(await engine.check(collect('2026-06-07T15:00:00-04:00', { to: CHI })), 'regf.call-frequency')).toBe('deny');
  });

  it('12 CFR 1006.14(b)(2): calls about another debt do not count toward this debt\'s cap', async () => {
    const engine = await engineWith(daily(7, { subject: 'debt-2' }));
    expect(outcomeOf(await engine.check(collect('2026-06-07T15:00:00-04:00')), 'regf.call-frequency')).toBe('allow');
    expect(outcomeOf(await engine.check(collect('2026-06-07T15:00:00-04:00', { subject: 'debt-2' })), 'regf.call-frequency')).toBe('deny');
  });

  it('12 CFR 1006.14(b)(2)(i): calls more than 7 days old do not count', async () => {
    const records = [attempt('2026-05-20T10:00:00-04:00'), ...daily(6)];
    const engine = await engineWith(records);
    expect(outcomeOf(await engine.check(collect('2026-06-07T15:00:00-04:00')), 'regf.call-frequency')).toBe('allow');
  });

  it('RULES.md §3: Reg F is effective 2021-11-30; the presumption does not apply the day before', async () => {
    const records = Array.from({ length: 7 }, (_, k) => attempt(`2021-11-2${k + 3}T10:00:00-05:00`));
    const engine = await engineWith(records);
    expect(outcomeOf(await engine.check(collect('2021-11-29T15:00:00-05:00')), 'regf.call-frequency')).toBe('none');
    expect(outcomeOf(await engine.check(collect('2021-11-30T09:00:00-05:00')), 'regf.call-frequency')).toBe('deny');
  });

  it('the rule does not govern non-collection calls', async () => {
    const engine = await engineWith(daily(7));
    expect(outcomeOf(await engine.check(collect('2026-06-07T15:00:00-04:00', { purpose: 'informational' })), 'regf.call-frequency')).toBe('none');
  });
});

describe('calls whose debt is not named (fail closed; RULES.md §3: counts are per debt, across all of the person\'s numbers)', () => {
  const noSubject = (at: string, over: Partial<CallIntent> = {}) => intent({ callType: 'live', purpose: 'debt-collection', at, ...over });

  it('12 CFR 1006.14(b)(2): a debt-collection call without a subject is denied (subject_required): its calls cannot be counted per debt', async () => {
    const engine = await engineWith([]);
    const d = await engine.check(noSubject('2026-06-07T15:00:00-04:00'));
    expect(verdictOf(d, 'regf.call-frequency')).toMatchObject({ outcome: 'deny', code: 'subject_required' });
    expect(verdictOf(d, 'regf.call-frequency').reason).toMatch(/subject/);
    expect(d.nextPermittedAt).toBeNull(); // not time-based: naming the debt is the fix
    // a text is not a call (comment 14(a)-1): no subject needed
    expect(outcomeOf(await engine.check(noSubject('2026-06-07T15:00:00-04:00', { channel: 'sms', callType: 'autodialed' })), 'regf.call-frequency')).toBe('none');
  });

  it('12 CFR 1006.14(b)(2)(i): debt-collection calls recorded without a subject count toward every debt of that number, not of other numbers', async () => {
    const engine = await engineWith(daily(7, { subject: undefined }));
    expect(outcomeOf(await engine.check(collect('2026-06-07T15:00:00-04:00')), 'regf.call-frequency')).toBe('deny');
    expect(outcomeOf(await engine.check(collect('2026-06-07T15:00:00-05:00', { to: CHI })), 'regf.call-frequency')).toBe('allow');
    // subject-less calls of another purpose are not about a debt
    const informational = await engineWith(daily(7, { subject: undefined, purpose: 'informational' }));
    expect(outcomeOf(await informational.check(collect('2026-06-07T15:00:00-04:00')), 'regf.call-frequency')).toBe('allow');
  });

  it('12 CFR 1006.14(b)(2)(ii): a debt-collection conversation recorded without a subject starts the wait for every debt of that number; an informational one does not', async () => {
    const engine = await engineWith([attempt('2026-06-01T10:00:00-04:00', { subject: undefined, outcome: 'answered-live', conversation: true })]);
    expect(verdictOf(await engine.check(collect('2026-06-03T10:00:00-04:00')), 'regf.call-frequency')).toMatchObject({ outcome: 'deny', code: 'post_conversation_wait' });
    const other = await engineWith([attempt('2026-06-01T10:00:00-04:00', { subject: undefined, purpose: 'informational', outcome: 'answered-live', conversation: true })]);
    expect(verdictOf(await other.check(collect('2026-06-03T10:00:00-04:00')), 'regf.call-frequency')).toMatchObject({ outcome: 'allow' });
  });
});

describe('no call within 7 days after a telephone conversation (12 CFR 1006.14(b)(2)(ii))', () => {
  const conversation = attempt('2026-06-01T10:00:00-04:00', { outcome: 'answered-live', conversation: true });

  it('12 CFR 1006.14(b)(2)(ii): only a telephone conversation starts the wait: an exchange of texts marked as a conversation does not', async () => {
    const engine = await engineWith([{ ...conversation, channel: 'sms', callType: 'autodialed' }]);
    expect(verdictOf(await engine.check(collect('2026-06-03T10:00:00-04:00')), 'regf.call-frequency')).toMatchObject({ outcome: 'allow' });
  });

  it('12 CFR 1006.14(b)(2)(ii): a conversation on day 1 (06-01) blocks calls through day 7 (06-07 23:59 local)', async () => {
    const engine = await engineWith([conversation]);
    for (const at of ['2026-06-01T15:00:00-04:00', '2026-06-04T12:00:00-04:00', '2026-06-07T23:59:00-04:00']) {
      const d = await engine.check(collect(at));
      const v = verdictOf(d, 'regf.call-frequency');
      expect(v).toMatchObject({ outcome: 'deny', code: 'post_conversation_wait', citation: '12 CFR 1006.14(b)(2)(ii)' });
      expect(v.details).toMatchObject({ conversationDate: '2026-06-01', subject: 'debt-1' });
      expect(v.retryAt?.toISOString()).toBe('2026-06-08T04:00:00.000Z'); // 06-08 00:00 EDT
    }
  });

  it('12 CFR 1006.14(b)(2)(ii): the call is allowed again on day 8 at local midnight', async () => {
    const engine = await engineWith([conversation]);
    expect(outcomeOf(await engine.check(collect('2026-06-08T00:00:00-04:00')), 'regf.call-frequency')).toBe('allow');
  });

  it('12 CFR 1006.14(b)(2)(ii) with 1006.6(b)(1)(i): with the hours rule, the next permitted call is day 8 at 08:00 local', async () => {
    const engine = await engineWith([conversation], rules('regf.call-frequency', 'regf.inconvenient-time'));
    const d = await engine.check(collect('2026-06-05T12:00:00-04:00'));
    expect(d.allowed).toBe(false);
    expect(d.nextPermittedAt?.toISOString()).toBe('2026-06-08T12:00:00.000Z');
  });

  it('12 CFR 1006.14(b)(2)(ii): day 1 is the consumer\'s local date (a 23:30 CDT conversation in Chicago is day 1 there)', async () => {
    const engine = await engineWith([attempt('2026-06-02T04:30:00Z', { phone: CHI, outcome: 'answered-live', conversation: true })]);
    const d = await engine.check(collect('2026-06-07T23:59:00-05:00', { to: CHI }));
    expect(verdictOf(d, 'regf.call-frequency').details).toMatchObject({ conversationDate: '2026-06-01' });
    expect(outcomeOf(await engine.check(collect('2026-06-08T00:00:00-05:00', { to: CHI })), 'regf.call-frequency')).toBe('allow');
  });

  it('RULES.md §3 (conversation counts for each debt discussed): a conversation about another debt does not block this one', async () => {
    const engine = await engineWith([{ ...conversation, subject: 'debt-2' }]);
    expect(outcomeOf(await engine.check(collect('2026-06-03T12:00:00-04:00')), 'regf.call-frequency')).toBe('allow');
    expect(outcomeOf(await engine.check(collect('2026-06-03T12:00:00-04:00', { subject: 'debt-2' })), 'regf.call-frequency')).toBe('deny');
  });

  it('12 CFR 1006.14(b)(2)(ii): a conversation after the instant checked does not block earlier calls', async () => {
    const engine = await engineWith([attempt('2026-06-05T10:00:00-04:00', { outcome: 'answered-live', conversation: true })]);
    expect(outcomeOf(await engine.check(collect('2026-06-04T12:00:00-04:00')), 'regf.call-frequency')).toBe('allow');
  });

  it('12 CFR 1006.14(b)(2)(ii): with several candidate zones the latest local midnight of day 8 counts', async () => {
    const engine = await engineWith([conversation]);
    const address = { state: 'IL' as const }; // 212 number, Chicago address
    const d = await engine.check(collect('2026-06-07T23:30:00-04:00', { address }));
    expect(verdictOf(d, 'regf.call-frequency').retryAt?.toISOString()).toBe('2026-06-08T05:00:00.000Z'); // 06-08 00:00 CDT
    expect(outcomeOf(await engine.check(collect('2026-06-08T00:30:00-04:00', { address })), 'regf.call-frequency')).toBe('deny');
    expect(outcomeOf(await engine.check(collect('2026-06-08T01:00:00-04:00', { address })), 'regf.call-frequency')).toBe('allow');
  });

  it('12 CFR 1006.14(b)(2)(ii): a conversation 8+ days ago no longer blocks', async () => {
    const engine = await engineWith([conversation]);
    const d = await engine.check(collect(new Date(ms('2026-06-01T10:00:00-04:00') + 8 * DAY)));
    expect(outcomeOf(d, 'regf.call-frequency')).toBe('allow');
  });
});
