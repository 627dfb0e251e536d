/**
 * Audit of state.<ST>.emergency (RULES.md §4.3: La. R.S. 45:844.31, GBL 399-z(5-a)) with
 * `engine.emergencies.declare`, state.<ST>.dnc (RULES.md §4.4) for every state with its own list,
 * and ethics.solicitation / ethics.advertising-label (RULES.md §5) plus the firm pack.
 */
import { describe, expect, it } from 'vitest';
import { createEngine, defaultRules, ethics, firm, listRules, stateLaws, states, type CallIntent } from '../../src/index';
import { MIN, PHONE, at, engineOf, only, stateVerdicts, tm, verdicts, type St } from './helpers';

describe('La. R.S. 45:844.31: no telephonic solicitation during a governor-declared emergency', () => {
  const FROM = at('LA', '2026-08-24', '06:00');
  const TO = at('LA', '2026-08-27', '15:00');
  async function declared() {
    const e = engineOf(states);
    const rec = await e.emergencies.declare({ state: 'LA', from: FROM, to: TO });
    expect(rec).toMatchObject({ state: 'LA', from: FROM.getTime(), to: TO.getTime() });
    return e;
  }
  it('the declaration runs from `from` (inclusive) to `to` (exclusive)', async () => {
    const e = await declared();
    expect(only(await e.check(tm(PHONE.LA, new Date(FROM.getTime() - MIN))), 'state.LA.emergency').outcome).toBe('allow');
    expect(only(await e.check(tm(PHONE.LA, FROM)), 'state.LA.emergency').outcome).toBe('deny');
    expect(only(await e.check(tm(PHONE.LA, new Date(TO.getTime() - MIN))), 'state.LA.emergency').outcome).toBe('deny');
    expect(only(await e.check(tm(PHONE.LA, TO)), 'state.LA.emergency')).toMatchObject({ outcome: 'allow', code: 'no_emergency' });
  });
  it('a denial during the declaration is next permitted when it ends (15:00 on a Thursday is inside the Louisiana window)', async () => {
    const e = await declared();
    const d = await e.check(tm(PHONE.LA, at('LA', '2026-08-25', '10:00')));
    expect(only(d, 'state.LA.emergency').retryAt?.toISOString()).toBe(TO.toISOString());
    expect(d.nextPermittedAt?.toISOString()).toBe(TO.toISOString());
  });
  it('LPSC notice 2024-09-24 (RULES.md §4.3: all telephonic solicitation prohibited, even exempt calls): consent and an EBR do not lift the Louisiana ban', async () => {
    const e = await declared();
    await e.consents.grant({ phone: PHONE.LA, kind: 'prior-express', evidence: { method: 'verbal', capturedAt: '2026-08-01T10:00:00-05:00' } });
    await e.relationships.record({ phone: PHONE.LA, kind: 'transaction', at: '2026-05-01T10:00:00-05:00' });
    expect(only(await e.check(tm(PHONE.LA, at('LA', '2026-08-25', '10:00'))), 'state.LA.emergency').outcome).toBe('deny');
  });
  it('texts are covered (conservative); informational calls are not solicitation', async () => {
    const e = await declared();
    expect(only(await e.check(tm(PHONE.LA, at('LA', '2026-08-25', '10:00'), { channel: 'sms', callType: 'autodialed' })), 'state.LA.emergency').outcome).toBe('deny');
    expect(verdicts(await e.check(tm(PHONE.LA, at('LA', '2026-08-25', '10:00'), { purpose: 'informational' })), 'state.LA.emergency')).toHaveLength(0);
  });
  it('two overlapping declarations: retry at the later end', async () => {
    const e = await declared();
    const later = at('LA', '2026-08-29', '12:00');
    await e.emergencies.declare({ state: 'LA', counties: ['Jefferson'], from: at('LA', '2026-08-26', '00:00'), to: later });
    const v = only(await e.check(tm(PHONE.LA, at('LA', '2026-08-26', '10:00'), { address: { state: 'LA', county: 'Jefferson Parish' } })), 'state.LA.emergency');
    expect(v.retryAt?.toISOString()).toBe(later.toISOString());
  });
  it('a Louisiana declaration does not reach a New York number; a New York declaration does not reach a Louisiana number', async () => {
    const e = await declared();
    await e.emergencies.declare({ state: 'NY', from: FROM, to: TO });
    expect(verdicts(await e.check(tm(PHONE.NY, at('NY', '2026-08-25', '11:00'))), 'state.LA.emergency')).toHaveLength(0);
    expect(verdicts(await e.check(tm(PHONE.LA, at('LA', '2026-08-25', '10:00'))), 'state.NY.emergency')).toHaveLength(0);
  });
});

describe('GBL 399-z(5-a): no unsolicited telemarketing sales call into a county under a declared emergency', () => {
  const FROM = at('NY', '2026-01-20', '00:00');
  const TO = at('NY', '2026-01-23', '00:00');
  const AT = at('NY', '2026-01-21', '12:00');
  it('declared for Kings: an address in "Kings County" is denied; an address in New York County is not', async () => {
    const e = engineOf(states);
    await e.emergencies.declare({ state: 'NY', counties: ['Kings'], from: FROM, to: TO });
    expect(only(await e.check(tm(PHONE.NY, AT, { address: { state: 'NY', county: 'Kings County' } })), 'state.NY.emergency').outcome).toBe('deny');
    expect(only(await e.check(tm(PHONE.NY, AT, { address: { state: 'NY', county: 'New York' } })), 'state.NY.emergency').outcome).toBe('allow');
  });
  it('RULES.md §4.3 (calls with an EBR are not "unsolicited"): a transaction 12 months ago allows the call; an inquiry 4 months ago does not', async () => {
    const e1 = engineOf(states);
    await e1.emergencies.declare({ state: 'NY', from: FROM, to: TO });
    await e1.relationships.record({ phone: PHONE.NY, kind: 'transaction', at: '2025-01-21T12:00:00-05:00' });
    expect(only(await e1.check(tm(PHONE.NY, AT)), 'state.NY.emergency')).toMatchObject({ outcome: 'allow', code: 'not_applicable' });
    const e2 = engineOf(states);
    await e2.emergencies.declare({ state: 'NY', from: FROM, to: TO });
    await e2.relationships.record({ phone: PHONE.NY, kind: 'inquiry', at: '2025-09-21T12:00:00-04:00' });
    expect(only(await e2.check(tm(PHONE.NY, AT)), 'state.NY.emergency')).toMatchObject({ outcome: 'deny', code: 'emergency_ban' });
  });
  it('a Florida number whose address is in New York is covered (every candidate state)', async () => {
    const e = engineOf(states);
    await e.emergencies.declare({ state: 'NY', from: FROM, to: TO });
    expect(only(await e.check(tm(PHONE.FL, AT, { address: { state: 'NY' } })), 'state.NY.emergency').outcome).toBe('deny');
  });
  it('RULES.md §4.3 ("No verified emergency ban found for GA, NC, SC, VA, DC"): a declaration there changes nothing', async () => {
    for (const st of ['GA', 'NC', 'SC', 'VA', 'DC'] as St[]) {
      const e = engineOf(defaultRules);
      await e.emergencies.declare({ state: st, from: FROM, to: TO });
      const d = await e.check(tm(PHONE[st], AT));
      expect(stateVerdicts(d).filter((v) => v.rule.endsWith('.emergency')), st).toEqual([]);
      expect(d.allowed, st).toBe(true);
    }
  });
});

describe('state do-not-call lists (RULES.md §4.4): every row with its own list', () => {
  const own = stateLaws.filter((r) => r.dnc.ownList).map((r) => r.state as St);
  it('the rows with their own list', () => {
    expect(own).toEqual(['CT', 'FL', 'IN', 'LA', 'MA', 'NJ', 'OK', 'PA', 'SD', 'TN', 'TX', 'WI']);
  });
  for (const st of own) {
    const law = stateLaws.find((r) => r.state === st)!;
    it(`${st} (${law.dnc.citation}): on state:${st} → denied (calls and texts); removed → allowed; debt collection untouched`, async () => {
      const e = engineOf(states);
      const when = at(st, '2026-06-16', '12:00');
      await e.suppressions.add(`state:${st}`, PHONE[st]);
      const v = only(await e.check(tm(PHONE[st], when)), `state.${st}.dnc`);
      expect(v).toMatchObject({ outcome: 'deny', code: 'on_state_dnc', confidence: law.dnc.confidence });
      expect(only(await e.check(tm(PHONE[st], when, { channel: 'sms', callType: 'autodialed' })), `state.${st}.dnc`).outcome).toBe('deny');
      expect(verdicts(await e.check(tm(PHONE[st], when, { purpose: 'debt-collection' })), `state.${st}.dnc`)).toHaveLength(0);
      await e.suppressions.remove(`state:${st}`, PHONE[st]);
      expect(only(await e.check(tm(PHONE[st], when)), `state.${st}.dnc`)).toMatchObject({ outcome: 'allow', code: 'not_on_dnc' });
    });
  }
  it('another state\'s list does not matter: a Florida number on state:GA and state:TX is allowed by state.FL.dnc', async () => {
    const e = engineOf(states);
    await e.suppressions.add('state:GA', PHONE.FL);
    await e.suppressions.add('state:TX', PHONE.FL);
    expect(only(await e.check(tm(PHONE.FL, at('FL', '2026-06-16', '12:00'))), 'state.FL.dnc').outcome).toBe('allow');
  });
});

// ---------------------------------------------------------------------------------------------

const T = '2026-03-10T11:00:00-05:00'; // Tuesday, inside every window
const call = (over: Partial<CallIntent>): CallIntent => ({ to: PHONE.NY, at: T, callType: 'live', purpose: 'telemarketing', ...over });

describe('ethics.solicitation — ABA Model Rule 7.3, R. Regulating Fla. Bar 4-7.18(a), Tex. R. 7.03 (RULES.md §5)', () => {
  const e = createEngine({ rules: ethics, seller: 'Smith & Lee LLP', auditDecisions: false });
  it('7.3 cmt. [2] ("live telephone"): an autodialed call that connects a live agent to a prospect is live contact: denied under 7.3(b)', async () => {
    const v = only(await e.check(call({ callType: 'autodialed', relationship: 'prospect' })), 'ethics.solicitation');
    expect(v).toMatchObject({ outcome: 'deny', code: 'attorney_live_solicitation', citation: 'ABA Model Rule 7.3(b)' });
  });
  it('7.3(c)(1) applies to texts too (any solicitation, not only live contact)', async () => {
    const v = only(await e.check(call({ channel: 'sms', callType: 'autodialed', relationship: 'prospect', doNotSolicit: true })), 'ethics.solicitation');
    expect(v.code).toBe('attorney_do_not_solicit');
  });
  it('4-7.18(a) (telephone solicitation of prospects barred, "not limited to live calls"): a live, an autodialed and a prerecorded call to a Florida prospect are denied; a text is not a telephone call', async () => {
    for (const callType of ['live', 'autodialed', 'prerecorded'] as const) {
      const v = only(await e.check(call({ to: PHONE.FL, callType, relationship: 'prospect' })), 'ethics.solicitation');
      expect(v, callType).toMatchObject({ outcome: 'deny', code: 'attorney_telephone_solicitation' });
    }
    expect(verdicts(await e.check(call({ to: PHONE.FL, channel: 'sms', callType: 'autodialed', relationship: 'prospect' })), 'ethics.solicitation')).toHaveLength(0);
  });
  it('4-7.18(a) exceptions: family or a prior professional relationship (former client) allow the Florida call', async () => {
    for (const relationship of ['family', 'former-client'] as const) {
      expect(only(await e.check(call({ to: PHONE.FL, callType: 'prerecorded', relationship })), 'ethics.solicitation').outcome, relationship).toBe('allow');
    }
  });
  it('Tex. R. 7.03 ("ADVERTISEMENT" designation): a text to a Texas prospect is allowed with the obligation; a New York prospect text has none', async () => {
    const tx = await e.check(call({ to: PHONE.TX, channel: 'sms', callType: 'autodialed', relationship: 'prospect' }));
    expect(tx.allowed).toBe(true);
    expect(tx.obligations.map((o) => o.code)).toContain('advertisement_label');
    const ny = await e.check(call({ channel: 'sms', callType: 'autodialed', relationship: 'prospect' }));
    expect(ny.obligations.map((o) => o.code)).not.toContain('advertisement_label');
  });
  it('Tex. R. 7.03 via the address state: a New York number with a Texas address carries the obligation', async () => {
    const d = await e.check(call({ callType: 'prerecorded', relationship: 'prospect', address: { state: 'TX' } }));
    expect(d.obligations.map((o) => o.code)).toContain('advertisement_label');
  });
  it('Tex. R. 7.03: no label for an existing client (not a solicitation of a non-client)', async () => {
    const d = await e.check(call({ to: PHONE.TX, callType: 'prerecorded', relationship: 'client' }));
    expect(d.obligations.map((o) => o.code)).not.toContain('advertisement_label');
  });
  it('Tex. R. 7.03 effective 2021-07-01: the label obligation starts that day (local Texas date)', async () => {
    const rec = (when: string) => e.check(call({ to: PHONE.TX, at: when, callType: 'prerecorded', relationship: 'prospect' }));
    expect((await rec('2021-06-30T23:59:00-05:00')).obligations.map((o) => o.code)).not.toContain('advertisement_label');
    expect((await rec('2021-07-01T00:00:00-05:00')).obligations.map((o) => o.code)).toContain('advertisement_label');
  });
});

describe('firm pack (opt-in): quiet hours for every purpose, sensitive matters by a live person, unknown zone denies', () => {
  const e = createEngine({ rules: firm, seller: 'Smith & Lee LLP', auditDecisions: false });
  it('firm.quiet-hours: healthcare at 07:59 and a debt-collection text at 21:00 are denied; 08:00 and 20:59 allowed', async () => {
    const hc = (t: string) => e.check({ to: PHONE.NY, at: t, callType: 'live', purpose: 'healthcare' });
    expect((await hc('2026-03-10T07:59:00-04:00')).denials.map((v) => v.rule)).toEqual(['firm.quiet-hours']);
    expect((await hc('2026-03-10T08:00:00-04:00')).allowed).toBe(true);
    const txt = (t: string) => e.check({ to: PHONE.NY, at: t, callType: 'autodialed', channel: 'sms', purpose: 'debt-collection' });
    expect((await txt('2026-03-10T20:59:00-04:00')).allowed).toBe(true);
    expect((await txt('2026-03-10T21:00:00-04:00')).allowed).toBe(false);
  });
  it('firm.sensitive-matter: an emergency call is exempt; a prerecorded sensitive message is not', async () => {
    expect((await e.check({ to: PHONE.NY, at: T, callType: 'prerecorded', purpose: 'emergency', sensitivity: 'sensitive' })).allowed).toBe(true);
    expect((await e.check({ to: PHONE.NY, at: T, callType: 'prerecorded', purpose: 'healthcare', sensitivity: 'sensitive' })).denials.map((v) => v.code)).toContain('sensitive_matter_requires_live');
  });
  it('listRules([...defaultRules, ...firm]) lists the firm rules with pack "firm", a citation, dates and a mark', () => {
    const info = listRules([...defaultRules, ...firm]).filter((r) => r.pack === 'firm');
    expect(info.map((r) => r.id).sort()).toEqual(['firm.quiet-hours', 'firm.sensitive-matter', 'firm.unknown-time-zone']);
    for (const r of info) expect(r.citation.length, r.id).toBeGreaterThan(3);
  });
  it('listRules() (default) lists every state rule of the table with its row\'s state as jurisdiction', () => {
    const info = listRules();
    const stateIds = info.filter((r) => r.pack === 'states').map((r) => r.id);
    expect(stateIds.length).toBe(states.length);
    for (const r of info.filter((x) => x.pack === 'states')) expect(r.id.split('.')[1]).toBe(r.jurisdiction);
  });
});
