/**
 * Fail closed (DESIGN.md §2: "a rule or fact that errors counts as a deny"; "bad input never becomes
 * an allow"): malformed rule results, malformed adapter snapshots, out-of-range instants, sparse
 * batches, blank consent evidence, and unmatched inbound replies kept as evidence. Each case was an
 * allow, a crash or a silent loss before it was fixed.
 */
import { describe, expect, it } from 'vitest';
import { DialguardError, InvalidInputError, StorageError, createEngine, defaultRules, defineRule, memoryStorage, type FactSnapshot, type Storage } from '../../src/index';

const N = '+13055550123';
const NOW = Date.parse('2026-03-10T17:00:00Z');
const clock = () => new Date(NOW);
const AT = '2026-03-10T12:00:00-05:00';
const informational = { to: N, callType: 'live', purpose: 'informational', at: AT } as const;
const textAd = { to: N, callType: 'autodialed', purpose: 'telemarketing', channel: 'sms', at: AT } as const;
const grantWritten = { phone: N, kind: 'prior-express-written', evidence: { method: 'e-sign', capturedAt: '2026-01-01T00:00:00Z', signature: 's', disclosureText: 'd' } } as const;

// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Any = any;
const withRule = (evaluate: Any, extra: Any = {}) =>
  createEngine({ clock, rules: [...defaultRules, defineRule({ id: 'x.custom', citation: 'c', effective: { from: '2000-01-01' }, evaluate, ...extra })] });

/** The memory storage behind an adapter with a bug: its snapshots pass through `mut`. */
function mangled(mut: (snap: Any) => Any): Storage {
  const m = memoryStorage();
  return { ...m, name: 'mangled', audit: m.audit, capabilities: m.capabilities, loadFacts: async (q) => mut(await m.loadFacts(q)), reserve: (q, d) => m.reserve(q, (s) => d(mut(s))) } as Storage;
}
const mapByNumber = (f: (rec: Any) => Any) => (s: FactSnapshot) => ({ ...s, byNumber: new Map([...s.byNumber!].map(([k, v]) => [k, f(v)])) });

describe('DESIGN.md §2 fail closed: a rule result that is not a well-formed verdict denies with rule_error', () => {
  for (const [name, evaluate, extra] of [
    ['a misspelled outcome', () => ({ outcome: 'alow', code: 'x' }), {}],
    ['an upper-case DENY', () => ({ outcome: 'DENY', code: 'x' }), {}],
    ['an async evaluate (a Promise)', async () => ({ outcome: 'deny', code: 'x' }), {}],
    ['null', () => null, {}],
    ['[undefined]', () => [undefined], {}],
    ['a string', () => 'deny', {}],
    ['retryAt as an ISO string', () => ({ outcome: 'deny', code: 'x', retryAt: '2026-03-11T00:00:00Z' }), {}],
    ['a confidence that is no mark', () => ({ outcome: 'allow', code: 'x', confidence: 'high' }), {}],
    ['obligations returning [undefined]', () => undefined, { obligations: () => [undefined] }],
    ['an appliesTo that throws', () => undefined, { appliesTo: () => { throw new Error('boom'); } }],
  ] as const) {
    it(`${name}: denied, rule_error names the rule`, async () => {
      const d = await withRule(evaluate, extra).check(informational);
      expect(d.allowed).toBe(false);
      const v = d.denials.find((x) => x.code === 'rule_error');
      expect(v?.details?.['forRule']).toBe('x.custom');
      expect(d.nextPermittedAt).toBeNull();
    });
  }

  it('one malformed result does not break the batch: the other intents of a checkMany are decided', async () => {
    const engine = withRule((i: Any) => (i.subject === 'bad' ? null : undefined));
    const ds = await engine.checkMany([{ ...informational, subject: 'bad' }, informational]);
    expect(ds.map((d) => d.allowed)).toEqual([false, true]);
  });
});

describe('DESIGN.md §1.2: a malformed adapter snapshot reads as unavailable (denies), never as "nothing on file"', () => {
  it('47 CFR 64.1200(a)(10): a revocation with an Invalid Date receivedAt does not let the revoked consent allow', async () => {
    const e = createEngine({ clock, storage: mangled(mapByNumber((r) => ({ ...r, revocations: r.revocations.map((x: Any) => ({ ...x, receivedAt: new Date(Number.NaN) })) }))) });
    await e.consents.grant(grantWritten);
    await e.consents.revoke({ phone: N, via: 'sms', at: '2026-02-01T00:00:00Z' });
    const d = await e.check(textAd);
    expect(d.allowed).toBe(false);
    expect(d.denials.some((v) => v.code === 'fact_unavailable')).toBe(true);
  });

  it('12 CFR 1006.14(b)(2)(i): attempts whose at is an ISO string are not silently uncounted', async () => {
    const iso = (a: Any) => ({ ...a, at: new Date(a.at).toISOString() });
    const e = createEngine({
      clock,
      storage: mangled((s) => ({ ...mapByNumber((r) => ({ ...r, attempts: r.attempts.map(iso) }))(s), attemptsBySubject: new Map([...s.attemptsBySubject].map(([k, v]: Any) => [k, v.map(iso)])) })),
    });
    for (let k = 0; k < 7; k++) await e.attempts.record({ phone: N, at: new Date(NOW - 86_400_000 + k * 60_000), callType: 'live', purpose: 'debt-collection', outcome: 'no-answer', subject: 'd1' });
    expect((await e.check({ to: N, callType: 'live', purpose: 'debt-collection', subject: 'd1', at: AT })).allowed).toBe(false);
  });

  it('Fla. Stat. 501.616(4) (3 per 24 h, RULES.md §4.1): attempts whose kind is spelled otherwise ("TELEMARKETING", "LIVE") are not silently uncounted', async () => {
    const upper = (a: Any) => ({ ...a, purpose: String(a.purpose).toUpperCase(), callType: String(a.callType).toUpperCase() });
    const e = createEngine({
      clock,
      storage: mangled((s) => ({ ...mapByNumber((r) => ({ ...r, attempts: r.attempts.map(upper) }))(s), attemptsBySubject: new Map([...s.attemptsBySubject].map(([k, v]: Any) => [k, v.map(upper)])) })),
    });
    for (const h of [9, 10, 11]) await e.attempts.record({ phone: N, at: new Date(NOW - (12 - h) * 3_600_000), callType: 'live', purpose: 'telemarketing', subject: 'm1', outcome: 'answered-live' });
    const d = await e.check({ to: N, callType: 'live', purpose: 'telemarketing', relationship: 'client', subject: 'm1', at: AT });
    expect(d.allowed).toBe(false);
    expect(d.denials.some((v) => v.code === 'fact_unavailable')).toBe(true);
    // the same history read as stored is the cap itself
    const plain = createEngine({ clock });
    for (const h of [9, 10, 11]) await plain.attempts.record({ phone: N, at: new Date(NOW - (12 - h) * 3_600_000), callType: 'live', purpose: 'telemarketing', subject: 'm1', outcome: 'answered-live' });
    expect((await plain.check({ to: N, callType: 'live', purpose: 'telemarketing', relationship: 'client', subject: 'm1', at: AT })).denials.map((v) => v.rule)).toContain('state.FL.call-frequency');
  });

  it('La. R.S. 45:844.31 (RULES.md §4.3): an emergency declaration with dates as strings, no end or a state name is unavailable, not "no emergency"', async () => {
    const LA = '+15045550123';
    const breakages: ((x: Any) => Any)[] = [
      (x) => ({ ...x, from: new Date(x.from).toISOString(), to: new Date(x.to).toISOString() }),
      (x) => ({ ...x, to: undefined }),
      (x) => ({ ...x, from: Number.NaN }),
      (x) => ({ ...x, state: 'Louisiana' }),
      (x) => ({ ...x, counties: [''] }),
      (x) => ({ ...x, from: x.to + 1 }),
    ];
    for (const broken of breakages) {
      const e = createEngine({ clock, storage: mangled((s) => ({ ...s, emergencies: s.emergencies.map(broken) })) });
      await e.emergencies.declare({ state: 'LA', from: '2026-03-01T00:00:00-06:00', to: '2026-03-20T00:00:00-05:00' });
      const d = await e.check({ to: LA, callType: 'live', purpose: 'telemarketing', relationship: 'client', at: '2026-03-10T12:00:00-05:00' });
      expect(d.allowed, String(broken)).toBe(false);
      expect(d.denials.some((v) => v.code === 'fact_unavailable')).toBe(true);
    }
    const ok = createEngine({ clock });
    await ok.emergencies.declare({ state: 'LA', from: '2026-03-01T00:00:00-06:00', to: '2026-03-20T00:00:00-05:00' });
    expect((await ok.check({ to: LA, callType: 'live', purpose: 'telemarketing', relationship: 'client', at: '2026-03-10T12:00:00-05:00' })).denials.map((v) => v.code)).toContain('emergency_ban');
  });

  it('12 CFR 1006.14(b)(2), 1006.6(b)(2): rows a SQL driver hands back with null subjects, a null numberUse or a seller in another spelling are unavailable, not "no such call"', async () => {
    const nulls = (s: FactSnapshot): Any => ({
      ...s,
      byNumber: new Map(
        [...s.byNumber!].map(([k, r]: Any) => [k, { ...r, attempts: r.attempts.map((a: Any) => ({ ...a, subject: a.subject ?? null, numberUse: a.numberUse ?? null })), restrictions: r.restrictions?.map((x: Any) => ({ ...x, subject: x.subject ?? null })) }]),
      ),
    });
    const debt = { to: N, callType: 'live', purpose: 'debt-collection', subject: 'acct-1', at: AT } as const;
    const e = createEngine({ clock, storage: mangled(nulls) });
    for (let k = 0; k < 7; k++) await e.attempts.record({ phone: N, at: new Date(NOW - 86_400_000 + k * 60_000), callType: 'live', purpose: 'debt-collection', outcome: 'no-answer' });
    let d = await e.check(debt);
    expect(d.allowed).toBe(false);
    expect(d.denials.some((v) => v.code === 'fact_unavailable')).toBe(true);
    const r = createEngine({ clock, storage: mangled(nulls) });
    await r.debtCollection.restrict({ kind: 'represented-by-counsel', phone: N, at: '2026-03-01T10:00:00-05:00' });
    d = await r.check(debt);
    expect(d.allowed).toBe(false);
    // a seller spelled otherwise than the checks ask ("Firm" for "firm") matches no check: unavailable
    const sellers = createEngine({ clock, seller: 'Firm', storage: mangled(mapByNumber((x) => ({ ...x, revocations: x.revocations.map((v: Any) => ({ ...v, seller: 'Firm' })) }))) });
    await sellers.consents.grant(grantWritten);
    await sellers.consents.revoke({ phone: N, via: 'sms', at: '2026-02-01T00:00:00Z' });
    d = await sellers.check(textAd);
    expect(d.allowed).toBe(false);
    expect(d.denials.some((v) => v.code === 'fact_unavailable')).toBe(true);
  });

  it('47 CFR 64.1200(d): an unavailable list given as a Set (not an array) cannot bypass the internal list', async () => {
    const e = createEngine({ clock, storage: mangled((s) => ({ ...mapByNumber((r) => ({ ...r, suppressions: new Set() }))(s), unavailable: new Set(['suppressions']) })) });
    await e.suppressions.add('internal', N);
    expect((await e.check({ ...informational, purpose: 'telemarketing' })).allowed).toBe(false);
  });

  it('47 CFR 64.1200(d): facts filed under numbers the query did not ask for (no "+") make the kinds unavailable', async () => {
    const e = createEngine({ clock, storage: mangled((s) => ({ ...s, byNumber: new Map([...s.byNumber!].map(([k, v]) => [k.slice(1), v])) })) });
    await e.suppressions.add('internal', N);
    const d = await e.check({ ...informational, purpose: 'telemarketing' });
    expect(d.allowed).toBe(false);
    expect(d.denials.some((v) => v.code === 'fact_unavailable')).toBe(true);
  });

  it('a record filed under another number (a consent of someone else) is not read as this number\'s', async () => {
    const e = createEngine({ clock, storage: mangled(mapByNumber((r) => ({ ...r, consents: r.consents.map((c: Any) => ({ ...c, phone: '+12125550100' })) }))) });
    await e.consents.grant(grantWritten);
    const d = await e.check(textAd);
    expect(d.allowed).toBe(false);
    expect(d.denials.some((v) => v.code === 'fact_unavailable')).toBe(true);
  });

  it('a snapshot missing its maps denies with fact_unavailable instead of rejecting with a TypeError (check, checkMany and reserve)', async () => {
    const e = createEngine({ clock, storage: mangled(() => ({})) });
    const d = await e.check(informational);
    expect(d.denials.some((v) => v.code === 'fact_unavailable')).toBe(true);
    const ds = await e.checkMany([informational, informational]);
    expect(ds.every((x) => !x.allowed)).toBe(true);
    const r = await e.reserve(informational);
    expect(r.decision.allowed).toBe(false);
    expect(r.reservation).toBeUndefined();
  });

  it('a snapshot that is not an object denies every fact kind', async () => {
    const e = createEngine({ clock, storage: mangled(() => 42) });
    const d = await e.check({ ...informational, purpose: 'telemarketing' });
    expect(d.allowed).toBe(false);
  });

  it('a memory store whose loadFacts was patched in place is checked like any adapter (every snapshot is checked)', async () => {
    const m = memoryStorage();
    const own = m.loadFacts.bind(m);
    (m as { loadFacts: Storage['loadFacts'] }).loadFacts = async (q) => ({ ...(await own(q)), consents: {} as never });
    const e = createEngine({ clock, storage: m });
    await e.consents.grant(grantWritten);
    const d = await e.check(textAd);
    expect(d.allowed).toBe(false);
    expect(d.denials.some((v) => v.code === 'fact_unavailable')).toBe(true);
  });

  it('47 CFR 64.1200(a)(10): a stored record the host changed after it was handed back (an Invalid Date) is caught at the next check', async () => {
    const e = createEngine({ clock });
    await e.consents.grant(grantWritten);
    const rev = await e.consents.revoke({ phone: N, via: 'sms', text: 'STOP', at: '2026-02-01T00:00:00Z' });
    (rev as { receivedAt: Date }).receivedAt = new Date(Number.NaN);
    const d = await e.check(textAd);
    expect(d.allowed).toBe(false);
    expect(d.denials.some((v) => v.code === 'fact_unavailable')).toBe(true);
  });

  it('Fla. Stat. 501.616(6)(b): attempts written straight into the memory store with string instants (restored from JSON) are not silently uncounted', async () => {
    const storage = memoryStorage();
    const e = createEngine({ clock, storage, rules: defaultRules });
    const base = { e164: N, callType: 'live', channel: 'voice', purpose: 'telemarketing', seller: 'default', outcome: 'no-answer', conversation: false, subject: 's', campaignId: undefined, expiresAt: undefined, numberUse: undefined };
    await storage.addAttempts([1, 2, 3].map((h) => ({ ...base, id: `a${h}`, at: new Date(NOW - h * 3_600_000).toISOString() }) as never));
    const d = await e.check({ to: N, callType: 'live', purpose: 'telemarketing', subject: 's', lineType: 'landline', at: AT });
    expect(d.allowed).toBe(false);
  });

  it('the memory store\'s own snapshots pass the check (nothing is marked unavailable)', async () => {
    const e = createEngine({ clock });
    await e.consents.grant(grantWritten);
    await e.attempts.record({ phone: N, at: new Date(NOW - 3_600_000), callType: 'live', purpose: 'debt-collection', outcome: 'no-answer', subject: 'd1' });
    const d = await e.check({ ...textAd, subject: 'd1' });
    expect(d.denials.filter((v) => v.code === 'fact_unavailable')).toEqual([]);
  });
});

describe('instants outside 1970-9999 are refused, not evaluated with no rule in force', () => {
  it('a typo year (0026) is an InvalidInputError naming at', async () => {
    const err = await createEngine({ clock }).check({ to: N, callType: 'prerecorded', purpose: 'telemarketing', at: '0026-03-10T12:00:00-05:00' }).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(InvalidInputError);
    expect((err as InvalidInputError).issues[0]!.path).toEqual(['at']);
  });
  it('the largest Date is an InvalidInputError, not an Intl RangeError', async () => {
    await expect(createEngine({ clock }).check({ ...informational, at: new Date(8.64e15) })).rejects.toBeInstanceOf(InvalidInputError);
  });
  it('records too: an attempt in year 0026 is refused', async () => {
    await expect(createEngine({ clock }).attempts.record({ phone: N, at: '0026-03-10T12:00:00Z', callType: 'live', purpose: 'debt-collection', outcome: 'no-answer' })).rejects.toBeInstanceOf(InvalidInputError);
  });
  it('an engine clock that throws or returns an invalid Date is a DialguardError about the clock, not about the intent', async () => {
    const { at: _omit, ...noAt } = informational;
    await expect(createEngine({ clock: () => new Date(Number.NaN) }).check(noAt)).rejects.toThrow(/engine clock/);
    const err = await createEngine({ clock: () => { throw new Error('ntp'); } }).check(noAt).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(DialguardError);
    expect(err).not.toBeInstanceOf(InvalidInputError);
  });
});

it('checkMany with a hole in a sparse array: InvalidInputError naming the index', async () => {
  // eslint-disable-next-line no-sparse-arrays
  const err = await createEngine({ clock }).checkMany([informational, , informational] as Any).catch((e: unknown) => e);
  expect(err).toBeInstanceOf(InvalidInputError);
  expect((err as InvalidInputError).issues[0]!.path[0]).toBe(1);
});

it('47 CFR 64.1200(f)(9): written consent whose signature and disclosure are blank is refused', async () => {
  const e = createEngine({ clock });
  const err = await e.consents.grant({ ...grantWritten, evidence: { ...grantWritten.evidence, signature: ' ', disclosureText: '\t' } }).catch((x: unknown) => x);
  expect(err).toBeInstanceOf(InvalidInputError);
  expect((err as InvalidInputError).issues.map((i) => i.path.join('.'))).toEqual(expect.arrayContaining(['evidence.signature', 'evidence.disclosureText']));
});

it('47 CFR 64.1200(a)(10): an inbound reply read as no revocation is still kept in the audit log (evidence)', async () => {
  const e = createEngine({ clock });
  const r = await e.optOuts.fromMessage({ phone: N, text: 'see you at the bus stop', channel: 'sms' });
  expect(r.revoked).toBe(false);
  const lines: string[] = [];
  for await (const l of e.audit.export()) lines.push(l);
  const entry = lines.map((l) => JSON.parse(l) as { type: string; data: Any }).find((x) => x.type === 'inbound-message');
  expect(entry?.data).toMatchObject({ phone: N, channel: 'sms', text: 'see you at the bus stop', revoked: false });
});

describe('47 CFR 64.1200(a)(10): one seller, however its name is spelled (case, spaces, Unicode width)', () => {
  it('a revocation recorded under "smith & lee llp " revokes the consent granted to "Smith & Lee LLP"', async () => {
    const e = createEngine({ clock, seller: 'Smith & Lee LLP' });
    await e.consents.grant(grantWritten);
    expect((await e.check(textAd)).allowed).toBe(true);
    await e.consents.revoke({ phone: N, via: 'sms', text: 'STOP', at: '2026-03-01T00:00:00Z', seller: ' smith  &  lee llp ' });
    const d = await e.check(textAd);
    expect(d.allowed).toBe(false);
    expect(d.denials.map((v) => v.rule)).toContain('tcpa.revocation');
  });
  it('an opt-out reply filed under a fullwidth-cased variant revokes too', async () => {
    const e = createEngine({ clock, seller: 'Smith & Lee LLP' });
    await e.consents.grant(grantWritten);
    await e.optOuts.fromMessage({ phone: N, text: 'STOP', channel: 'sms', at: '2026-03-01T00:00:00Z', seller: 'ＳＭＩＴＨ & LEE LLP' });
    expect((await e.check(textAd)).allowed).toBe(false);
  });
  it('full case folding and invisible characters: "STRASSE LLP" is "straße llp", "ΟΔΟΣ" is "οδοσ", a soft hyphen or zero-width space is nothing; a blank name is refused', async () => {
    for (const [a, b] of [['STRASSE LLP', 'straße llp'], ['ΟΔΟΣ', 'οδοσ'], ['Smith & Lee', 'Smi\u00ADth\u200B & Lee']]) {
      const e = createEngine({ clock, seller: a });
      await e.consents.grant(grantWritten);
      await e.consents.revoke({ phone: N, via: 'sms', text: 'STOP', at: '2026-03-01T00:00:00Z', seller: b });
      expect((await e.check(textAd)).allowed, `${a} / ${b}`).toBe(false);
    }
    expect(() => createEngine({ seller: '   ' })).toThrow(InvalidInputError);
  });

  it('an intent naming the seller in another case sees the same consents', async () => {
    const e = createEngine({ clock, seller: 'Smith & Lee LLP' });
    await e.consents.grant(grantWritten);
    expect((await e.check({ ...textAd, seller: 'SMITH & LEE LLP' })).allowed).toBe(true);
    expect((await e.check({ ...textAd, seller: 'Other Firm' })).allowed).toBe(false);
  });
});

describe('records that would contradict or escape the ledger are refused (review round 2)', () => {
  it('complete: a second completion with another outcome is refused; the same one again is accepted', async () => {
    const e = createEngine({ clock });
    const r = await e.reserve(informational);
    await e.complete(r.reservation!.id, { outcome: 'answered-live', conversation: true });
    await expect(e.complete(r.reservation!.id, { outcome: 'busy' })).rejects.toBeInstanceOf(InvalidInputError);
    await expect(e.complete(r.reservation!.id, { outcome: 'answered-live', conversation: true })).resolves.toBeUndefined();
  });

  it('suppressions.add: the audit entry names the numbers added; a list of an unknown state is refused', async () => {
    const e = createEngine({ clock });
    await e.suppressions.add('internal', [N, '(212) 555-0100']);
    const lines: string[] = [];
    for await (const l of e.audit.export()) lines.push(l);
    const entry = lines.map((l) => JSON.parse(l) as { type: string; data: Any }).find((x) => x.type === 'suppression');
    expect(entry?.data).toMatchObject({ op: 'add', list: 'internal', phones: [N, '+12125550100'] });
    await expect(e.suppressions.add('state:XX' as never, N)).rejects.toBeInstanceOf(InvalidInputError);
    expect(await e.suppressions.add('state:FL', N)).toBe(1);
  });

  it('emergencies.declare: a blank county or a comma-joined list is refused (it would narrow the ban to nothing)', async () => {
    const e = createEngine({ clock });
    const base = { state: 'LA', from: '2026-03-01T00:00:00Z', to: '2026-04-01T00:00:00Z' } as const;
    await expect(e.emergencies.declare({ ...base, counties: [' '] })).rejects.toBeInstanceOf(InvalidInputError);
    await expect(e.emergencies.declare({ ...base, counties: ['Orleans Parish,Jefferson Parish'] })).rejects.toBeInstanceOf(InvalidInputError);
    await expect(e.emergencies.declare({ ...base, counties: ['Orleans Parish', 'Jefferson Parish'] })).resolves.toBeDefined();
  });

  it('a consent from the future, or dated before its evidence, is refused; a reassigned-number answer from the future too', async () => {
    const e = createEngine({ clock });
    const err1 = await e.consents.grant({ ...grantWritten, evidence: { ...grantWritten.evidence, capturedAt: '2027-01-01T00:00:00Z' } }).catch((x: unknown) => x);
    expect((err1 as InvalidInputError).issues[0]!.path).toEqual(['evidence', 'capturedAt']);
    const err2 = await e.consents.grant({ ...grantWritten, at: '2020-01-01T00:00:00Z' }).catch((x: unknown) => x);
    expect((err2 as InvalidInputError).issues[0]!.path).toEqual(['at']);
    await expect(e.reassignedNumbers.record({ phone: N, since: '2026-01-01T00:00:00Z', queriedAt: '2030-01-01T00:00:00Z', result: 'no' })).rejects.toBeInstanceOf(InvalidInputError);
    expect((await e.consents.list(N)).consents).toEqual([]);
  });

  it('a reservation made for an instant already past runs its TTL from the engine clock (FL 3 per 24 h cannot be exceeded by queued intents)', async () => {
    const e = createEngine({ clock, rules: defaultRules });
    const fl = (at: number) => ({ to: N, callType: 'live', purpose: 'telemarketing', subject: 's', lineType: 'landline', at: new Date(at) }) as const;
    const queued = await Promise.all([0, 1, 2].map(() => e.reserve(fl(NOW - 15 * 60_000))));
    expect(queued.every((r) => r.reservation !== undefined)).toBe(true);
    expect((await e.reserve(fl(NOW))).reservation).toBeUndefined();
  });
});

describe('a lapsed reservation holds no place, judged at the later of the intent\'s instant and the engine clock', () => {
  it('Fla. Stat. 501.616(6)(b): a queued intent stamped before a lapsed reservation\'s expiry is not blocked by it once the clock has passed that expiry', async () => {
    let now = NOW;
    const e = createEngine({ clock: () => new Date(now), rules: defaultRules, reservationTtlMs: 10 * 60_000 });
    const fl = (at: number) => ({ to: N, callType: 'live', purpose: 'telemarketing', subject: 's', lineType: 'landline', at: new Date(at) }) as const;
    await e.attempts.record([3, 2].map((h) => ({ phone: N, at: new Date(NOW - h * 3_600_000), callType: 'live', purpose: 'telemarketing', subject: 's', outcome: 'no-answer' }) as const));
    const r = await e.reserve(fl(NOW - 30 * 60_000)); // the 3rd of 3 in 24 h, for an intent queued 30 minutes ago
    expect(r.reservation?.expiresAt.getTime()).toBe(NOW + 10 * 60_000);
    // while it is live, a 4th call is refused...
    expect((await e.check(fl(NOW - 20 * 60_000))).allowed).toBe(false);
    // ...and once the clock passes its expiry (never completed: the call did not happen), it no longer counts,
    // even for an intent stamped before that expiry
    now = NOW + 15 * 60_000;
    expect((await e.check(fl(NOW - 20 * 60_000))).allowed).toBe(true);
  });
});

describe('DESIGN.md §2 errors: an adapter that fails on a write surfaces as a StorageError with the cause', () => {
  function failing(method: 'addConsent' | 'addRevocation' | 'addSuppressions' | 'addAttempts'): Storage {
    const m = memoryStorage({ name: 'flaky-db' });
    return { ...m, audit: m.audit, [method]: async () => { throw new Error('db down'); } } as Storage;
  }
  it('consents.grant, consents.revoke, suppressions.add and attempts.record reject with StorageError naming the adapter and the operation', async () => {
    const cases: [Parameters<typeof failing>[0], (e: ReturnType<typeof createEngine>) => Promise<unknown>][] = [
      ['addConsent', (e) => e.consents.grant(grantWritten)],
      ['addRevocation', (e) => e.consents.revoke({ phone: N, via: 'sms', text: 'STOP', at: '2026-03-01T00:00:00Z' })],
      ['addSuppressions', (e) => e.suppressions.add('internal', N)],
      ['addAttempts', (e) => e.attempts.record({ phone: N, at: '2026-03-01T00:00:00Z', callType: 'live', purpose: 'informational', outcome: 'no-answer' })],
    ];
    for (const [method, run] of cases) {
      const err = await run(createEngine({ clock, storage: failing(method) })).catch((x: unknown) => x);
      expect(err, method).toBeInstanceOf(StorageError);
      expect((err as StorageError).name).toBe('StorageError');
      expect((err as StorageError).adapter).toBe('flaky-db');
      expect((err as StorageError).message).toContain(method);
      expect(((err as StorageError).cause as Error).message).toBe('db down');
    }
  });
});
