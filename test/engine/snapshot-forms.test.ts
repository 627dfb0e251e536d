/**
 * FactSnapshot may carry each number's facts in one record (`byNumber`, what the memory store
 * gives) or in per-kind maps (what a simpler adapter may give): the decisions are the same.
 */
import { describe, expect, it } from 'vitest';
import { createEngine, memoryStorage, type CallIntent, type Decision, type FactSnapshot, type Storage } from '../../src/index';
import { pewc } from '../rules/helpers';

/** The memory store, answering with per-kind maps only (or, `legacy`, without the maps of the kinds added later). */
function perKindStorage(legacy = false): Storage {
  const inner = memoryStorage();
  return {
    ...inner,
    async loadFacts(q) {
      const snap = await inner.loadFacts(q);
      expect(snap.byNumber).toBeDefined();
      const perKind: FactSnapshot = {
        consents: new Map(),
        revocations: new Map(),
        suppressions: new Map(),
        relationships: new Map(),
        attemptsByNumber: new Map(),
        attemptsBySubject: snap.attemptsBySubject,
        campaigns: snap.campaigns,
        emergencies: snap.emergencies,
        ...(legacy ? {} : { reassigned: new Map(), restrictions: new Map(), restrictionsBySubject: snap.restrictionsBySubject, ...(snap.registry ? { registry: snap.registry } : {}) }),
      };
      for (const [e, r] of snap.byNumber!) {
        if (!legacy) {
          (perKind.reassigned as Map<string, unknown>).set(e, r.reassigned);
          (perKind.restrictions as Map<string, unknown>).set(e, r.restrictions);
        }
        (perKind.consents as Map<string, unknown>).set(e, r.consents);
        (perKind.revocations as Map<string, unknown>).set(e, r.revocations);
        (perKind.suppressions as Map<string, unknown>).set(e, r.suppressions);
        (perKind.relationships as Map<string, unknown>).set(e, r.relationships);
        (perKind.attemptsByNumber as Map<string, unknown>).set(e, r.attempts);
      }
      return perKind;
    },
  };
}

const NYC = '+12127361234';
const MIA = '+13055550123';
const CHI = '+13125550123';
const AT = '2026-06-10T12:00:00-04:00';

async function seed(engine: ReturnType<typeof createEngine>): Promise<void> {
  await engine.consents.grant(pewc(NYC, '2026-01-01T00:00:00Z'));
  await engine.consents.revoke({ phone: MIA, via: 'sms', at: new Date('2026-05-01T00:00:00Z') });
  await engine.suppressions.add('national', MIA);
  await engine.relationships.record({ phone: NYC, kind: 'inquiry', at: new Date('2026-05-01T00:00:00Z') });
  // three telemarketing calls to MIA this morning (Fla. Stat. 501.616(6): 3 per 24 h)
  await engine.attempts.record(
    [0, 1, 2].map((k) => ({ phone: MIA, at: new Date(Date.parse('2026-06-10T09:00:00-04:00') + k * 600_000), callType: 'live' as const, channel: 'voice' as const, purpose: 'telemarketing' as const, outcome: 'no-answer' as const })),
  );
  // seven debt-collection calls about acct-1 to MIA in the last 7 days (12 CFR 1006.14(b)(2)(i))
  await engine.attempts.record(
    [1, 2, 3, 4, 5, 6].map((d) => ({ phone: MIA, at: new Date(Date.parse('2026-06-10T10:00:00-04:00') - d * 86_400_000), callType: 'live' as const, channel: 'voice' as const, purpose: 'debt-collection' as const, subject: 'acct-1', outcome: 'no-answer' as const })),
  );
  await engine.attempts.record([{ phone: MIA, at: new Date('2026-06-10T10:30:00-04:00'), callType: 'live', channel: 'voice', purpose: 'debt-collection', subject: 'acct-1', outcome: 'no-answer' }]);
  // an RND "yes" for the consent to CHI (47 CFR 64.1200(m)), a cease request on acct-2 and a
  // refused medium at CHI (12 CFR 1006.6(c), 1006.14(h))
  await engine.consents.grant(pewc(CHI, '2026-01-01T00:00:00Z'));
  await engine.reassignedNumbers.record({ phone: CHI, since: '2026-01-01T00:00:00Z', result: 'yes', queriedAt: '2026-06-01T00:00:00Z' });
  await engine.debtCollection.restrict({ kind: 'cease-communication', subject: 'acct-2', at: '2026-06-01T00:00:00Z' });
  await engine.debtCollection.restrict({ kind: 'medium-refused', phone: CHI, channel: 'sms', at: '2026-06-01T00:00:00Z' });
}

const intents: CallIntent[] = [
  { to: NYC, callType: 'autodialed', channel: 'sms', purpose: 'telemarketing', lineType: 'wireless', at: AT },
  { to: MIA, callType: 'live', purpose: 'telemarketing', at: AT },
  { to: MIA, callType: 'live', purpose: 'debt-collection', subject: 'acct-1', at: AT },
  { to: '+13125550123', callType: 'live', purpose: 'debt-collection', subject: 'acct-1', at: AT },
  { to: '+13125550123', callType: 'prerecorded', purpose: 'informational', lineType: 'landline', at: AT },
  { to: CHI, callType: 'autodialed', channel: 'sms', purpose: 'telemarketing', lineType: 'wireless', at: AT },
  { to: NYC, callType: 'live', purpose: 'debt-collection', subject: 'acct-2', at: AT },
  { to: CHI, callType: 'live', channel: 'sms', purpose: 'debt-collection', subject: 'acct-3', at: AT },
];

const summary = (ds: Decision[]) => ds.map((d) => ({ allowed: d.allowed, verdicts: d.verdicts.map((v) => `${v.rule}:${v.outcome}:${v.code}`), next: d.nextPermittedAt?.toISOString() ?? null }));

describe('FactSnapshot forms', () => {
  it('byNumber records and per-kind maps give the same decisions (consent, revocation, DNC, EBR, FL 3-per-24h across numbers)', async () => {
    const a = createEngine({ seller: 'Firm' });
    const b = createEngine({ seller: 'Firm', storage: perKindStorage() });
    await seed(a);
    await seed(b);
    const da = await a.checkMany(intents);
    const db = await b.checkMany(intents);
    expect(summary(db)).toEqual(summary(da));
    // the facts were read, not missed: consent on file for NYC, national DNC and the FL cap for MIA
    expect(da[0]!.verdicts.find((v) => v.rule === 'tcpa.consent')?.code).toBe('consent_on_file');
    expect(da[1]!.denials.map((v) => v.rule)).toContain('tcpa.national-dnc');
    expect(da[1]!.denials.map((v) => v.rule)).toContain('state.FL.call-frequency');
    // another number, the same debt: the subject's attempts count (Reg F is per debt)
    expect(da[3]!.denials.map((v) => v.rule)).toContain('regf.call-frequency');
    // RND answers and debt-collection restrictions reach both forms
    expect(da[5]!.denials.map((v) => v.rule)).toContain('tcpa.reassigned-number');
    expect(da[6]!.denials.map((v) => v.rule)).toContain('regf.cease-communication');
    expect(da[7]!.denials.map((v) => `${v.rule}:${v.code}`)).toContain('regf.cease-communication:medium_refused');
  });

  it('fail closed: an adapter that stores RND answers and restrictions but leaves their maps out of the snapshot (written before they existed) makes the rules that need them deny with engine.fact-unavailable', async () => {
    const b = createEngine({ seller: 'Firm', storage: perKindStorage(true) });
    await seed(b);
    const db = await b.checkMany(intents);
    for (const k of [5, 6, 7]) {
      expect(db[k]!.allowed).toBe(false);
      const unread = db[k]!.denials.filter((v) => v.rule === 'engine.fact-unavailable').flatMap((v) => v.details?.['facts'] as string[]);
      expect(unread, String(k)).toEqual(expect.arrayContaining([k === 5 ? 'reassigned' : 'restrictions']));
    }
  });
});
