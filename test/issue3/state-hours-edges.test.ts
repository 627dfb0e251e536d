/**
 * Audit of state.<ST>.calling-hours (RULES.md §4.1, §4.2): for every state whose row has an hours
 * provision stricter than (or reaching beyond) the federal window, a denial just outside the window
 * and an allow just inside it, at both ends, with the retry instant the window gives. Days a
 * provision bans (Sundays, weekends) are tested against the next opening. Tue 2026-06-16 is an
 * ordinary weekday in every state (no state or federal holiday); Sun 2026-06-21 / Mon 2026-06-22 too.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { createEngine, defaultRules, stateLaws, states, type CallType, type Channel, type LineType, type Purpose } from '../../src/index';
import { PHONE, ZONE, at, engineOf, local, only, tm, verdicts, type St } from './helpers';

const engine = engineOf(states);
// Md. Com. Law 14-4502(a)(3): the automated texts below need prior express written consent (state.MD.consent)
beforeAll(async () => {
  await engine.consents.grant({
    phone: PHONE.MD,
    kind: 'prior-express-written',
    evidence: { method: 'e-sign', capturedAt: '2023-01-01T00:00:00Z', signature: '/s/ Test', disclosureText: 'I agree to automated marketing texts from Firm.' },
  });
});
const full = createEngine({ rules: defaultRules, seller: 'Firm', auditDecisions: false });

const TUE = '2026-06-16';
const WED = '2026-06-17';

interface Edge {
  st: St;
  cite: string;
  callType: CallType;
  purpose: Purpose;
  channel?: Channel;
  open: string; // HH:MM, first allowed minute
  close: string; // HH:MM, first denied minute in the evening
  /** Zone in which open/close are read (default the state's main zone). */
  zone?: string;
  /** The number has several candidate zones (retryAt is then only a lower bound). */
  multiZone?: boolean;
}

/** RULES.md §4.1: each window below is quoted from the state's row (the cited text). */
const EDGES: Edge[] = [
  { st: 'AL', cite: 'Ala. Admin. Code r. 770-X-5-.17(1)(b) (automated)', callType: 'autodialed', purpose: 'telemarketing', open: '08:00', close: '20:00' },
  { st: 'AL', cite: 'Ala. Admin. Code r. 770-X-5-.17(1)(b) (live, unverified)', callType: 'live', purpose: 'telemarketing', open: '08:00', close: '20:00' },
  { st: 'CA', cite: 'Cal. Pub. Util. Code 2872(c) (ADAD 09:00–21:00)', callType: 'prerecorded', purpose: 'informational', open: '09:00', close: '21:00' },
  { st: 'CT', cite: 'Conn. Gen. Stat. 42-288a / PA 23-98 (09:00–20:00)', callType: 'live', purpose: 'telemarketing', open: '09:00', close: '20:00' },
  { st: 'CT', cite: 'Conn. Gen. Stat. 42-288a / PA 23-98 (texts covered)', callType: 'autodialed', purpose: 'telemarketing', channel: 'sms', open: '09:00', close: '20:00' },
  { st: 'FL', cite: 'Fla. Stat. 501.616(6)(a) (08:00–20:00)', callType: 'live', purpose: 'telemarketing', open: '08:00', close: '20:00' },
  { st: 'KY', cite: 'KRS 367.46955 (reported live 10:00–21:00, unverified)', callType: 'live', purpose: 'telemarketing', open: '10:00', close: '21:00' },
  { st: 'LA', cite: 'La. R.S. 45:811 (08:00–20:00 Mon–Sat)', callType: 'live', purpose: 'telemarketing', open: '08:00', close: '20:00' },
  { st: 'MA', cite: '201 CMR 12.02(2) (08:00–20:00)', callType: 'live', purpose: 'telemarketing', open: '08:00', close: '20:00' },
  { st: 'MD', cite: 'Md. Com. Law 14-4502(c) (08:00–20:00)', callType: 'live', purpose: 'telemarketing', open: '08:00', close: '20:00' },
  { st: 'MD', cite: 'Md. Com. Law 14-4502(c) (texts covered)', callType: 'autodialed', purpose: 'telemarketing', channel: 'sms', open: '08:00', close: '20:00' },
  { st: 'ME', cite: '10 M.R.S. 1498(3) (ADAD weekdays 09:00–17:00)', callType: 'prerecorded', purpose: 'telemarketing', open: '09:00', close: '17:00' },
  { st: 'MI', cite: 'MCL 750.540e(1)(f) (reported 09:00–21:00)', callType: 'live', purpose: 'telemarketing', open: '09:00', close: '21:00' },
  { st: 'MN', cite: 'Minn. Stat. 325E.30 (reported 09:00–21:00)', callType: 'live', purpose: 'telemarketing', open: '09:00', close: '21:00' },
  // June is daylight time: 77-3-603(a)'s 08:00 Central STANDARD Time is 09:00 CDT; 77-3-723(1)'s 20:00 closes.
  { st: 'MS', cite: 'Miss. Code 77-3-723(1) (08:00–20:00) and 77-3-603(a) (08:00–21:00 CST = 09:00–22:00 CDT)', callType: 'live', purpose: 'telemarketing', open: '09:00', close: '20:00' },
  { st: 'NE', cite: 'Neb. Rev. Stat. 86-244 to 86-256 (ADAD non-solicitation 08:00–21:00)', callType: 'prerecorded', purpose: 'debt-collection', open: '08:00', close: '21:00' },
  { st: 'NM', cite: 'NMSA 1978, 57-12-22(A) (09:00–21:00)', callType: 'live', purpose: 'telemarketing', open: '09:00', close: '21:00' },
  { st: 'NV', cite: 'NRS 597.814 (ADAD 09:00–21:00)', callType: 'autodialed', purpose: 'telemarketing', open: '09:00', close: '21:00' },
  { st: 'OK', cite: '15 O.S. 775C (OTSA, 08:00–20:00)', callType: 'live', purpose: 'telemarketing', open: '08:00', close: '20:00' },
  { st: 'OK', cite: '15 O.S. 755.1 (ADAD 09:00–21:00, non-collection)', callType: 'prerecorded', purpose: 'informational', open: '09:00', close: '21:00' },
  { st: 'OR', cite: 'Oregon HB 3865 (08:00–20:00 from 2026-01-01)', callType: 'live', purpose: 'telemarketing', open: '08:00', close: '20:00' },
  { st: 'RI', cite: 'R.I. Gen. Laws 5-61-2(2) (Mon–Fri 09:00–18:00)', callType: 'live', purpose: 'telemarketing', open: '09:00', close: '18:00' },
  { st: 'SC', cite: 'S.C. Code 16-17-446 (ADAD 08:00–19:00)', callType: 'autodialed', purpose: 'telemarketing', open: '08:00', close: '19:00' },
  { st: 'SC', cite: 'S.C. Code 16-17-446 (ADAD 08:00–19:00, any purpose)', callType: 'prerecorded', purpose: 'debt-collection', open: '08:00', close: '19:00' },
  // 605 has a Mountain and a Central candidate zone: 09:00 MDT opens both; 21:00 CDT = 20:00 MDT closes one.
  { st: 'SD', cite: 'SDCL 37-30-28 (ATDS weekdays 09:00–21:00)', callType: 'autodialed', purpose: 'telemarketing', open: '09:00', close: '20:00', multiZone: true },
  { st: 'TX', cite: 'Tex. Bus. & Com. Code 301.051 (Mon–Sat 09:00–21:00)', callType: 'live', purpose: 'telemarketing', open: '09:00', close: '21:00' },
  { st: 'WA', cite: 'RCW 19.158.040(2) (08:00–20:00)', callType: 'live', purpose: 'telemarketing', open: '08:00', close: '20:00' },
  { st: 'WY', cite: 'Wyo. Stat. 40-12-302 (reported 08:00–20:00, unverified)', callType: 'live', purpose: 'telemarketing', open: '08:00', close: '20:00' },
];

const minus1 = (hhmm: string): string => {
  const [h, m] = hhmm.split(':').map(Number) as [number, number];
  const t = h * 60 + m - 1;
  return `${String(Math.floor(t / 60)).padStart(2, '0')}:${String(t % 60).padStart(2, '0')}`;
};

describe('state calling hours: just outside denied, just inside allowed (RULES.md §4.1)', () => {
  for (const e of EDGES) {
    const zone = e.zone ?? ZONE[e.st];
    const id = `state.${e.st}.calling-hours`;
    const call = (date: string, time: string) =>
      engine.check(tm(PHONE[e.st], local(zone, date, time), { callType: e.callType, purpose: e.purpose, ...(e.channel ? { channel: e.channel } : {}) }));
    const label = `${e.cite}: ${e.callType} ${e.purpose}${e.channel === 'sms' ? ' text' : ''}`;

    it(`${label} — ${minus1(e.open)} denied (retry ${e.open}), ${e.open} allowed`, async () => {
      const before = await call(TUE, minus1(e.open));
      const v = only(before, id);
      expect(v).toMatchObject({ outcome: 'deny', code: 'outside_calling_hours' });
      expect(v.retryAt?.toISOString()).toBe(local(zone, TUE, e.open).toISOString());
      expect(before.nextPermittedAt?.toISOString()).toBe(local(zone, TUE, e.open).toISOString());
      expect(only(await call(TUE, e.open), id).outcome).toBe('allow');
    });

    it(`${label} — ${minus1(e.close)} allowed, ${e.close} denied (retry next day ${e.open})`, async () => {
      expect(only(await call(TUE, minus1(e.close)), id).outcome).toBe('allow');
      const after = await call(TUE, e.close);
      const v = only(after, id);
      expect(v).toMatchObject({ outcome: 'deny', code: 'outside_calling_hours' });
      if (e.multiZone) {
        // retryAt is a lower bound: the closed zone's own opening (DESIGN: the engine re-checks from there).
        expect(v.retryAt!.getTime()).toBeGreaterThan(local(zone, TUE, e.close).getTime());
        expect(v.retryAt!.getTime()).toBeLessThanOrEqual(local(zone, WED, e.open).getTime());
      } else {
        expect(v.retryAt?.toISOString()).toBe(local(zone, WED, e.open).toISOString());
      }
      expect(after.nextPermittedAt?.toISOString()).toBe(local(zone, WED, e.open).toISOString());
    });
  }

  it('every state whose row builds a calling-hours rule is covered by this table or by the day-ban table below', () => {
    const withRule = [...new Set(states.filter((r) => r.id.endsWith('.calling-hours')).map((r) => r.jurisdiction))].sort();
    const covered = new Set<string>([...EDGES.map((e) => e.st), ...DAY_BANS.map((b) => b.st)]);
    expect(withRule.filter((s) => !covered.has(s))).toEqual([]);
    // …and every stricter hours provision of every row is exercised by some call type / purpose above.
    for (const row of stateLaws) {
      for (const p of row.hours.filter((h) => !h.restatesFederal)) {
        const hit =
          EDGES.some((e) => e.st === row.state && p.scope.purposes.includes(e.purpose) && p.scope.callTypes.includes(e.callType)) ||
          DAY_BANS.some((b) => b.st === row.state && p.scope.purposes.includes(b.purpose) && p.scope.callTypes.includes(b.callType));
        expect(hit, `${row.state} ${p.citation}`).toBe(true);
      }
    }
  });
});

interface DayBan {
  st: St;
  cite: string;
  callType: CallType;
  purpose: Purpose;
  /** Local date/time that is denied, the expected verdict code, and the next opening. */
  deny: [string, string];
  code: 'no_calls_on_day' | 'outside_calling_hours';
  retry: [string, string];
  /** A nearby instant the same provision allows. */
  allow: [string, string];
  /** The line called (default: not given, read as wireless). */
  lineType?: LineType;
}

const SAT = '2026-06-20';
const SUN = '2026-06-21';
const MON = '2026-06-22';

/** RULES.md §4.1 / §4.2 day bans. */
const DAY_BANS: DayBan[] = [
  { st: 'AL', cite: 'Ala. Admin. Code r. 770-X-5-.17(1)(b): no calls on Sundays', callType: 'autodialed', purpose: 'telemarketing', deny: [SUN, '12:00'], code: 'no_calls_on_day', retry: [MON, '08:00'], allow: [SAT, '19:59'] },
  { st: 'AL', cite: 'Ala. Admin. Code r. 770-X-5-.17(1)(b): no calls on Sundays (live, unverified)', callType: 'live', purpose: 'telemarketing', deny: [SUN, '08:00'], code: 'no_calls_on_day', retry: [MON, '08:00'], allow: [MON, '08:00'] },
  { st: 'LA', cite: 'La. R.S. 45:811: no Sunday solicitation', callType: 'live', purpose: 'telemarketing', deny: [SUN, '12:00'], code: 'no_calls_on_day', retry: [MON, '08:00'], allow: [SAT, '19:59'] },
  { st: 'MS', cite: 'Miss. Code 77-3-723(1) (RULES.md §4.2): no telephone solicitations on Sunday', callType: 'live', purpose: 'telemarketing', deny: [SUN, '12:00'], code: 'no_calls_on_day', retry: [MON, '09:00'], allow: [SAT, '12:00'] },
  { st: 'MS', cite: 'Miss. Code 77-3-723(1): Saturday 20:00 is past the window and Sunday is banned, so Monday 09:00 CDT (77-3-603(a): 08:00 CST)', callType: 'live', purpose: 'telemarketing', deny: [SAT, '20:00'], code: 'outside_calling_hours', retry: [MON, '09:00'], allow: [SAT, '19:59'] },
  { st: 'RI', cite: 'R.I. Gen. Laws 5-61-2(2): Saturday 10:00–17:00, no Sunday', callType: 'live', purpose: 'telemarketing', deny: [SUN, '12:00'], code: 'no_calls_on_day', retry: [MON, '09:00'], allow: [SAT, '10:00'] },
  { st: 'SD', cite: 'SDCL 37-30-28: ATDS solicitations weekdays only (Sunday)', callType: 'autodialed', purpose: 'telemarketing', deny: [SUN, '12:00'], code: 'no_calls_on_day', retry: [MON, '09:00'], allow: [MON, '09:00'] },
  { st: 'ME', cite: '10 M.R.S. 1498(3): no weekend ADAD solicitations (Sunday)', callType: 'prerecorded', purpose: 'telemarketing', deny: [SUN, '12:00'], code: 'no_calls_on_day', retry: [MON, '09:00'], allow: [MON, '09:00'] },
  { st: 'UT', cite: 'Utah Code 13-25a-103(3): no solicitation on Sundays', callType: 'live', purpose: 'telemarketing', deny: [SUN, '12:00'], code: 'no_calls_on_day', retry: [MON, '00:00'], allow: [SAT, '12:00'] },
  { st: 'TX', cite: 'Tex. Bus. & Com. Code 301.051: Sunday 12:00–21:00', callType: 'live', purpose: 'telemarketing', deny: [SUN, '11:59'], code: 'outside_calling_hours', retry: [SUN, '12:00'], allow: [SUN, '12:00'] },
  { st: 'TX', cite: 'Tex. Bus. & Com. Code 301.051: Saturday 09:00–21:00 (Saturday 08:59)', callType: 'live', purpose: 'telemarketing', deny: [SAT, '08:59'], code: 'outside_calling_hours', retry: [SAT, '09:00'], allow: [SAT, '20:59'] },
  { st: 'TX', cite: 'Tex. Bus. & Com. Code 301.051: Saturday 21:00 → Sunday 12:00', callType: 'live', purpose: 'telemarketing', deny: [SAT, '21:00'], code: 'outside_calling_hours', retry: [SUN, '12:00'], allow: [SUN, '20:59'] },
  { st: 'NE', cite: 'Neb. Admin. Code tit. 291 ch. 11 (reported): prerecorded on Sundays 13:00–21:00', callType: 'prerecorded', purpose: 'informational', deny: [SUN, '12:59'], code: 'outside_calling_hours', retry: [SUN, '13:00'], allow: [SUN, '13:00'] },
  { st: 'NE', cite: 'Neb. Admin. Code tit. 291 ch. 11 (reported): Sunday 21:00 closes, Monday 08:00 (86-244) opens', callType: 'prerecorded', purpose: 'informational', deny: [SUN, '21:00'], code: 'outside_calling_hours', retry: [MON, '08:00'], allow: [SUN, '20:59'] },
  { st: 'NE', cite: 'Neb. Admin. Code tit. 291 ch. 11 (reported): the Sunday window binds prerecorded solicitations too', callType: 'prerecorded', purpose: 'telemarketing', deny: [SUN, '12:00'], code: 'outside_calling_hours', retry: [SUN, '13:00'], allow: [SUN, '13:00'], lineType: 'landline' }, // ADAD solicitations to wireless numbers are barred outright (state.NE.call-restrictions)
];

describe('Sunday and weekend bans (RULES.md §4.1, §4.2)', () => {
  for (const b of DAY_BANS) {
    const id = `state.${b.st}.calling-hours`;
    const call = (d: string, t: string) => engine.check(tm(PHONE[b.st], at(b.st, d, t), { callType: b.callType, purpose: b.purpose, ...(b.lineType ? { lineType: b.lineType } : {}) }));
    it(`${b.cite} — ${b.deny.join(' ')} denied (${b.code}), next opening ${b.retry.join(' ')}; ${b.allow.join(' ')} allowed`, async () => {
      const d = await call(...b.deny);
      const v = only(d, id);
      expect(v).toMatchObject({ outcome: 'deny', code: b.code });
      expect(v.retryAt?.toISOString()).toBe(at(b.st, ...b.retry).toISOString());
      expect(d.nextPermittedAt?.toISOString()).toBe(at(b.st, ...b.retry).toISOString());
      const ok = await call(...b.allow);
      expect(verdicts(ok, id).every((x) => x.outcome === 'allow'), JSON.stringify(verdicts(ok, id))).toBe(true);
      expect(ok.allowed).toBe(true);
    });
  }

  it('SDCL 37-30-28 / 10 M.R.S. 1498(3): Saturday is banned too for ATDS / ADAD solicitations; live calls are outside both', async () => {
    for (const [st, callType] of [['SD', 'autodialed'], ['ME', 'prerecorded']] as const) {
      const v = only(await engine.check(tm(PHONE[st], at(st, SAT, '12:00'), { callType })), `state.${st}.calling-hours`);
      expect(v, st).toMatchObject({ outcome: 'deny', code: 'no_calls_on_day' });
      expect(verdicts(await engine.check(tm(PHONE[st], at(st, SAT, '12:00'))), `state.${st}.calling-hours`), st).toHaveLength(0);
    }
  });

  it('Miss. Code 77-3-723(1): the Sunday ban reaches texts (conservative: texts assumed), not debt collection', async () => {
    expect(only(await engine.check(tm(PHONE.MS, at('MS', SUN, '12:00'), { callType: 'autodialed', channel: 'sms' })), 'state.MS.calling-hours').outcome).toBe('deny');
    expect(verdicts(await engine.check(tm(PHONE.MS, at('MS', SUN, '12:00'), { purpose: 'debt-collection' })), 'state.MS.calling-hours')).toHaveLength(0);
  });

  it('Miss. Code 77-3-723(1) with defaultRules: a live solicitation on Sunday is denied, next permitted Monday 09:00 CDT (77-3-603(a): 08:00 CST)', async () => {
    const d = await full.check(tm(PHONE.MS, at('MS', SUN, '15:00')));
    expect(d.allowed).toBe(false);
    expect(d.denials.map((v) => v.rule)).toEqual(['state.MS.calling-hours']);
    expect(d.nextPermittedAt?.toISOString()).toBe(at('MS', MON, '09:00').toISOString());
  });
});

describe('live solicitations with defaultRules: the state window decides the evening and morning edges', () => {
  // Live telemarketing needs no TCPA consent; only hours rules can deny these calls.
  const cases: [St, string, string][] = [
    ['FL', '08:00', '20:00'],
    ['CT', '09:00', '20:00'],
    ['KY', '10:00', '21:00'],
    ['MA', '08:00', '20:00'],
    ['MD', '08:00', '20:00'],
    ['MI', '09:00', '21:00'],
    ['MN', '09:00', '21:00'],
    ['NM', '09:00', '21:00'],
    ['OK', '08:00', '20:00'],
    ['OR', '08:00', '20:00'],
    ['RI', '09:00', '18:00'],
    ['TX', '09:00', '21:00'],
    ['WA', '08:00', '20:00'],
    ['WY', '08:00', '20:00'],
  ];
  for (const [st, open, close] of cases) {
    it(`${st}: ${minus1(close)} allowed; ${close} denied only by state.${st}.calling-hours, next permitted ${open} the next day`, async () => {
      expect((await full.check(tm(PHONE[st], at(st, TUE, minus1(close))))).allowed).toBe(true);
      const d = await full.check(tm(PHONE[st], at(st, TUE, close)));
      expect(d.allowed).toBe(false);
      expect(d.denials.map((v) => v.rule)).toContain(`state.${st}.calling-hours`);
      expect(d.nextPermittedAt?.toISOString()).toBe(at(st, WED, open).toISOString());
    });
  }
});

describe('every candidate state applies; the strictest outcome wins (issue 3, RULES.md §7)', () => {
  it('a Connecticut number with a Texas address on Sunday 11:00 EDT: CT (09:00–20:00) allows, TX (Sun 12:00–21:00) denies; next permitted 12:00 in the latest Texas zone (Mountain)', async () => {
    const d = await full.check(tm(PHONE.CT, '2026-06-21T11:00:00-04:00', { address: { state: 'TX' } }));
    expect(d.intent.states).toEqual(['CT', 'TX']);
    expect(only(d, 'state.CT.calling-hours').outcome).toBe('allow');
    expect(only(d, 'state.TX.calling-hours').outcome).toBe('deny');
    expect(d.allowed).toBe(false);
    expect(d.nextPermittedAt?.toISOString()).toBe(new Date('2026-06-21T12:00:00-06:00').toISOString());
  });
  it('the same number and address on Tuesday at 20:00 EDT: CT denies (20:00 close) although Texas would allow; next permitted Wednesday 09:00 in every zone (TX 09:00 MDT is latest)', async () => {
    const d = await full.check(tm(PHONE.CT, '2026-06-16T20:00:00-04:00', { address: { state: 'TX' } }));
    expect(only(d, 'state.CT.calling-hours').outcome).toBe('deny');
    expect(d.allowed).toBe(false);
    expect(d.nextPermittedAt?.toISOString()).toBe(new Date('2026-06-17T09:00:00-06:00').toISOString());
  });
});
