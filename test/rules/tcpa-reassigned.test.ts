/**
 * tcpa.reassigned-number: 47 CFR 64.1200(m) (FCC 18-177; DA 21-1649), RULES.md §1.11. Consent
 * from a number's previous holder does not pass to the new one. The Reassigned Numbers Database
 * (live 2021-11-01) answers a query "number + date consent was obtained" with "yes" (permanently
 * disconnected on or after that date: do not call), "no" (not disconnected since: safe harbor) or
 * "no data" (no safe harbor).
 */
import { describe, expect, it } from 'vitest';
import { createEngine, memoryStorage, reassignedNumberQuerySchema, StorageError, InvalidInputError, type Storage } from '../../src/index';
import { FEDERAL, NYC, intent, makeEngine, pec, pewc, verdictOf, verdictsOf } from './helpers';

const CONSENT_AT = '2025-02-01T10:00:00-05:00';
const AT = '2026-06-10T12:00:00-04:00';
// an autodialed telemarketing text to a wireless number: needs prior express written consent
const text = (over = {}) => intent({ callType: 'autodialed', channel: 'sms', lineType: 'wireless', at: AT, ...over });

async function withConsent() {
  const engine = makeEngine(FEDERAL);
  await engine.consents.grant(pewc(NYC, CONSENT_AT));
  return engine;
}

describe('tcpa.reassigned-number (47 CFR 64.1200(m); RULES.md §1.11)', () => {
  it('no RND answer on file: allowed, rnd_not_queried (querying is how the safe harbor is earned, not a duty)', async () => {
    const d = await (await withConsent()).check(text());
    expect(d.allowed).toBe(true);
    expect(verdictOf(d, 'tcpa.reassigned-number')).toMatchObject({ outcome: 'allow', code: 'rnd_not_queried', citation: '47 CFR 64.1200(m); FCC 18-177; DA 21-1649', confidence: 'V' });
  });

  it('RND "yes" (permanently disconnected on or after the consent date): the consent does not count, denied number_reassigned, not time-based', async () => {
    const engine = await withConsent();
    const q = await engine.reassignedNumbers.record({ phone: '(212) 736-1234', since: CONSENT_AT, result: 'yes', queriedAt: '2026-06-01T09:00:00-04:00' });
    expect(q).toMatchObject({ e164: NYC, result: 'yes' });
    const d = await engine.check(text());
    expect(d.allowed).toBe(false);
    // the outlived consent is not the called party's: tcpa.consent no longer counts it either
    expect(verdictOf(d, 'tcpa.consent')).toMatchObject({ code: 'consent_required', details: { outlived: true } });
    expect(verdictOf(d, 'tcpa.consent').reason).toContain('Reassigned Numbers Database');
    const v = verdictOf(d, 'tcpa.reassigned-number');
    expect(v).toMatchObject({ outcome: 'deny', code: 'number_reassigned', details: { consentGrantedAt: '2025-02-01', since: '2025-02-01', queriedAt: '2026-06-01', queryId: q.id } });
    expect(v.reason).toContain('"yes"');
    expect(d.nextPermittedAt).toBeNull();
  });

  it('a check at an instant before the "yes" query does not use it (the caller did not know yet)', async () => {
    const engine = await withConsent();
    await engine.reassignedNumbers.record({ phone: NYC, since: CONSENT_AT, result: 'yes', queriedAt: '2026-06-01T09:00:00-04:00' });
    expect((await engine.check(text({ at: '2026-05-20T12:00:00-04:00' }))).allowed).toBe(true);
  });

  it('a new consent given after the "yes" query (by the new holder) counts again', async () => {
    const engine = await withConsent();
    await engine.reassignedNumbers.record({ phone: NYC, since: CONSENT_AT, result: 'yes', queriedAt: '2026-06-01T09:00:00-04:00' });
    await engine.consents.grant(pewc(NYC, '2026-06-05T10:00:00-04:00'));
    const d = await engine.check(text());
    expect(d.allowed).toBe(true);
    expect(verdictOf(d, 'tcpa.reassigned-number')).toMatchObject({ outcome: 'allow', code: 'rnd_no_safe_harbor', details: { consentGrantedAt: '2026-06-05', why: 'not queried since the consent' } });
  });

  it('RND "no" for the consent date: the safe harbor can apply, allowed rnd_not_disconnected', async () => {
    const engine = await withConsent();
    await engine.reassignedNumbers.record({ phone: NYC, since: '2025-02-01T00:00:00-05:00', result: 'no', queriedAt: '2026-06-01T09:00:00-04:00' });
    const v = verdictOf(await engine.check(text()), 'tcpa.reassigned-number');
    expect(v).toMatchObject({ outcome: 'allow', code: 'rnd_not_disconnected', details: { since: '2025-02-01', queriedAt: '2026-06-01' } });
  });

  it('RND "no" for a date after the consent: no safe harbor for the gap (allowed, rnd_no_safe_harbor)', async () => {
    const engine = await withConsent();
    await engine.reassignedNumbers.record({ phone: NYC, since: '2026-01-01T00:00:00-05:00', result: 'no', queriedAt: '2026-06-01T09:00:00-04:00' });
    expect(verdictOf(await engine.check(text()), 'tcpa.reassigned-number')).toMatchObject({ outcome: 'allow', code: 'rnd_no_safe_harbor', details: { why: 'the query date is after the consent date' } });
  });

  it('RND "no data": no protection (RULES.md §1.11 "treat no data as no protection"), allowed rnd_no_safe_harbor', async () => {
    const engine = await withConsent();
    await engine.reassignedNumbers.record({ phone: NYC, since: CONSENT_AT, result: 'no-data', queriedAt: '2026-06-01T09:00:00-04:00' });
    expect(verdictOf(await engine.check(text()), 'tcpa.reassigned-number')).toMatchObject({ outcome: 'allow', code: 'rnd_no_safe_harbor', details: { why: 'the database had no data', result: 'no-data' } });
  });

  it('the most recent answer counts: "yes" then a later "no" for the consent date allows; "no" then a later "yes" denies', async () => {
    const a = await withConsent();
    await a.reassignedNumbers.record({ phone: NYC, since: CONSENT_AT, result: 'yes', queriedAt: '2026-05-01T09:00:00-04:00' });
    await a.reassignedNumbers.record({ phone: NYC, since: CONSENT_AT, result: 'no', queriedAt: '2026-06-01T09:00:00-04:00' });
    expect((await a.check(text())).allowed).toBe(true);
    const b = await withConsent();
    // recorded out of order: the store keeps query order
    await b.reassignedNumbers.record({ phone: NYC, since: CONSENT_AT, result: 'yes', queriedAt: '2026-06-01T09:00:00-04:00' });
    await b.reassignedNumbers.record({ phone: NYC, since: CONSENT_AT, result: 'no', queriedAt: '2026-05-01T09:00:00-04:00' });
    expect((await b.check(text())).allowed).toBe(false);
  });

  it('an answer that does not contradict a "yes" does not clear it: a later "no" for a date after the yes\'s date, or "no data", leaves the number outlived', async () => {
    for (const later of [{ result: 'no' as const, since: '2026-05-15T00:00:00-04:00' }, { result: 'no-data' as const, since: CONSENT_AT }]) {
      const engine = await withConsent();
      await engine.reassignedNumbers.record({ phone: NYC, since: CONSENT_AT, result: 'yes', queriedAt: '2026-05-01T09:00:00-04:00' });
      await engine.reassignedNumbers.record({ phone: NYC, ...later, queriedAt: '2026-06-01T09:00:00-04:00' });
      const d = await engine.check(text());
      expect(d.allowed, later.result).toBe(false);
      expect(verdictOf(d, 'tcpa.reassigned-number').code).toBe('number_reassigned');
    }
  });

  it('a later "no" for a date after the consent but on or before the "yes"\'s date contradicts it: not outlived, but no safe harbor for the gap', async () => {
    const engine = await withConsent();
    await engine.reassignedNumbers.record({ phone: NYC, since: '2026-03-01T00:00:00-05:00', result: 'yes', queriedAt: '2026-05-01T09:00:00-04:00' });
    await engine.reassignedNumbers.record({ phone: NYC, since: '2026-02-01T00:00:00-05:00', result: 'no', queriedAt: '2026-06-01T09:00:00-04:00' });
    const d = await engine.check(text());
    expect(d.allowed).toBe(true);
    expect(verdictOf(d, 'tcpa.reassigned-number')).toMatchObject({ code: 'rnd_no_safe_harbor', details: { why: 'the query date is after the consent date' } });
  });

  it('two "yes" answers and a later "no" dated between them: the earlier "yes" still stands (disconnected between its date and the "no"\'s), outlived', async () => {
    const engine = await withConsent();
    await engine.reassignedNumbers.record({ phone: NYC, since: '2025-06-01T00:00:00-04:00', result: 'yes', queriedAt: '2026-03-01T09:00:00-05:00' });
    await engine.reassignedNumbers.record({ phone: NYC, since: '2025-09-01T00:00:00-04:00', result: 'yes', queriedAt: '2026-04-01T09:00:00-04:00' });
    await engine.reassignedNumbers.record({ phone: NYC, since: '2025-08-01T00:00:00-04:00', result: 'no', queriedAt: '2026-05-01T09:00:00-04:00' });
    expect((await engine.check(text())).allowed).toBe(false);
  });

  it('answers queried at the same instant are read with the "yes" last, whatever order they were recorded in', async () => {
    for (const order of [['yes', 'no'], ['no', 'yes']] as const) {
      const engine = await withConsent();
      for (const result of order) {
        await engine.reassignedNumbers.record({ phone: NYC, since: result === 'yes' ? '2026-03-01T00:00:00-05:00' : CONSENT_AT, result, queriedAt: '2026-06-01T09:00:00-04:00' });
      }
      expect((await engine.check(text())).allowed, order.join(',')).toBe(false);
    }
  });

  it('47 CFR 64.1200(a)(12): the one opt-out confirmation text needs the sender\'s prior consent; a consent the number had outlived does not count', async () => {
    const engine = await withConsent();
    await engine.reassignedNumbers.record({ phone: NYC, since: CONSENT_AT, result: 'yes', queriedAt: '2026-06-01T09:00:00-04:00' });
    await engine.consents.revoke({ phone: NYC, via: 'sms', text: 'STOP', at: '2026-06-10T11:58:00-04:00' });
    const d = await engine.check(text({ purpose: 'opt-out-confirmation' }));
    expect(d.allowed).toBe(false);
  });

  it('answers are taken in query order whatever order a storage returns them in', async () => {
    const inner = memoryStorage();
    const storage: Storage = {
      ...inner,
      loadFacts: (q) =>
        inner.loadFacts(q).then((s) => ({
          ...s,
          byNumber: new Map([...(s.byNumber ?? new Map())].map(([k, v]) => [k, { ...v, reassigned: [...(v.reassigned ?? [])].reverse() }])),
        })),
    };
    const engine = makeEngine(FEDERAL, { storage });
    await engine.consents.grant(pewc(NYC, CONSENT_AT));
    await engine.reassignedNumbers.record({ phone: NYC, since: CONSENT_AT, result: 'no', queriedAt: '2026-05-01T09:00:00-04:00' });
    await engine.reassignedNumbers.record({ phone: NYC, since: CONSENT_AT, result: 'yes', queriedAt: '2026-06-01T09:00:00-04:00' });
    expect((await engine.check(text())).allowed).toBe(false);
  });

  it('47 CFR 64.1200(a)(3): an outlived consent does not lift the exempt prerecorded-call cap either (4th informational prerecorded call to a landline in 30 days)', async () => {
    const engine = makeEngine(FEDERAL);
    await engine.consents.grant(pec(NYC, CONSENT_AT));
    await engine.attempts.record([20, 10, 5].map((d) => ({ phone: NYC, at: new Date(Date.parse(AT) - d * 86_400_000), callType: 'prerecorded' as const, purpose: 'informational' as const, outcome: 'voicemail' as const })));
    const call = intent({ callType: 'prerecorded', purpose: 'informational', lineType: 'landline', at: AT });
    expect((await engine.check(call)).allowed).toBe(true);
    await engine.reassignedNumbers.record({ phone: NYC, since: CONSENT_AT, result: 'yes', queriedAt: '2026-06-01T09:00:00-04:00' });
    const d = await engine.check(call);
    expect(d.allowed).toBe(false);
    expect(verdictOf(d, 'tcpa.exempt-call-limit').code).toBe('limit_reached');
  });

  it('an answer queried before the consent says nothing about it', async () => {
    const engine = makeEngine(FEDERAL);
    await engine.reassignedNumbers.record({ phone: NYC, since: '2024-01-01T00:00:00-05:00', result: 'yes', queriedAt: '2025-01-15T09:00:00-05:00' });
    await engine.consents.grant(pewc(NYC, CONSENT_AT));
    expect((await engine.check(text())).allowed).toBe(true);
  });

  it('calls that need no TCPA consent are outside the rule: a live call, an emergency call', async () => {
    const engine = await withConsent();
    await engine.reassignedNumbers.record({ phone: NYC, since: CONSENT_AT, result: 'yes', queriedAt: '2026-06-01T09:00:00-04:00' });
    expect(verdictsOf(await engine.check(intent({ at: AT })), 'tcpa.reassigned-number')).toHaveLength(0);
    expect(verdictsOf(await engine.check(text({ purpose: 'emergency' })), 'tcpa.reassigned-number')).toHaveLength(0);
  });

  it('informational autodialed calls to a wireless number rely on prior express consent: a "yes" answer denies them too', async () => {
    const engine = makeEngine(FEDERAL);
    await engine.consents.grant(pec(NYC, CONSENT_AT));
    await engine.reassignedNumbers.record({ phone: NYC, since: CONSENT_AT, result: 'yes', queriedAt: '2026-06-01T09:00:00-04:00' });
    const d = await engine.check(text({ purpose: 'informational', channel: 'voice' }));
    expect(verdictOf(d, 'tcpa.reassigned-number').code).toBe('number_reassigned');
  });

  it('in force from 2021-11-01 (the RND went live, DA 21-1649): a check on 2021-10-31 gives no verdict', async () => {
    const engine = makeEngine(FEDERAL);
    await engine.consents.grant(pewc(NYC, '2021-01-01T10:00:00-05:00'));
    await engine.reassignedNumbers.record({ phone: NYC, since: '2021-01-01T00:00:00-05:00', result: 'yes', queriedAt: '2021-10-01T09:00:00-04:00' });
    expect(verdictsOf(await engine.check(text({ at: '2021-10-31T12:00:00-04:00' })), 'tcpa.reassigned-number')).toHaveLength(0);
    expect((await engine.check(text({ at: '2021-11-01T12:00:00-04:00' }))).allowed).toBe(false);
  });

  it('47 CFR 64.1200(c)(2)(ii): a signed agreement the RND says the number has outlived does not exempt a live solicitation to a nationally registered number', async () => {
    const engine = await withConsent();
    await engine.suppressions.add('national', NYC);
    const live = intent({ at: AT, relationship: 'client' });
    expect(verdictOf(await engine.check(live), 'tcpa.national-dnc').code).toBe('dnc_written_agreement');
    await engine.reassignedNumbers.record({ phone: NYC, since: CONSENT_AT, result: 'yes', queriedAt: '2026-06-01T09:00:00-04:00' });
    expect(verdictOf(await engine.check(live), 'tcpa.national-dnc')).toMatchObject({ outcome: 'deny', code: 'on_national_dnc' });
    // an RND "no" keeps the agreement
    const other = await withConsent();
    await other.suppressions.add('national', NYC);
    await other.reassignedNumbers.record({ phone: NYC, since: CONSENT_AT, result: 'no', queriedAt: '2026-06-01T09:00:00-04:00' });
    expect(verdictOf(await other.check(live), 'tcpa.national-dnc').code).toBe('dnc_written_agreement');
  });

  it('the answer is audited, and bad input is a typed error naming the field', async () => {
    const engine = createEngine({ seller: 'Firm' });
    await engine.reassignedNumbers.record({ phone: NYC, since: CONSENT_AT, result: 'no' });
    const lines: string[] = [];
    for await (const l of engine.audit.export()) lines.push(l);
    expect(lines.some((l) => l.includes('"reassigned-query"'))).toBe(true);
    await expect(engine.reassignedNumbers.record({ phone: NYC, since: '2025-02-01', result: 'no' })).rejects.toBeInstanceOf(InvalidInputError);
    await expect(engine.reassignedNumbers.record({ phone: NYC, since: CONSENT_AT, result: 'maybe' as 'no' })).rejects.toMatchObject({ issues: [{ path: ['result'] }] });
    await expect(engine.reassignedNumbers.record({ phone: NYC, since: '2026-06-02T00:00:00Z', result: 'no', queriedAt: '2026-06-01T00:00:00Z' })).rejects.toMatchObject({ issues: [{ path: ['since'] }] });
    expect(reassignedNumberQuerySchema.safeParse({ phone: NYC, since: CONSENT_AT, result: 'yes' }).success).toBe(true);
  });

  it('a storage that cannot hold RND answers rejects the record with StorageError (never drops it)', async () => {
    const { addReassignedQuery: _drop, ...rest } = memoryStorage();
    const engine = createEngine({ seller: 'Firm', storage: rest as Storage });
    await expect(engine.reassignedNumbers.record({ phone: NYC, since: CONSENT_AT, result: 'yes' })).rejects.toBeInstanceOf(StorageError);
  });

  it('fail closed: when the RND answers cannot be read, a consent-based call is denied with engine.fact-unavailable', async () => {
    const inner = memoryStorage();
    const storage: Storage = { ...inner, loadFacts: (q) => inner.loadFacts(q).then((s) => ({ ...s, unavailable: ['reassigned'] })) };
    const engine = makeEngine(FEDERAL, { storage });
    await engine.consents.grant(pewc(NYC, CONSENT_AT));
    const d = await engine.check(text());
    expect(d.allowed).toBe(false);
    expect(d.denials.map((v) => v.rule)).toContain('engine.fact-unavailable');
  });
});
