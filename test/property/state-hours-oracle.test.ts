/**
 * Property: the state calling-hours and holiday rules (RULES.md §4.1 state table, §4.2 Sunday and
 * holiday bans, §7 "local time at the called party") equal an independent oracle that reads the
 * `stateLaws` rows directly and takes the local date, time and weekday from the Temporal polyfill
 * (never from src/time). Holiday dates come from `holidaysOn` (the calendars are data here).
 *
 * Numbers are single-zone US numbers whose one candidate state is the row's state and whose zone
 * is one of that state's zones, so RULES.md §7's multi-zone intersection does not enter. No
 * consent or relationship is stored, so no exemption of a row (e.g. Utah's prior express consent)
 * can apply.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  createEngine,
  holidayCalendars,
  holidaysOn,
  lookupNanp,
  placeNumber,
  stateLaws,
  states,
  zonesForState,
  type CallIntent,
  type CallScope,
  type CallType,
  type Channel,
  type Decision,
  type Effective,
  type HoursProvision,
  type Purpose,
  type StateLaw,
  type TimeWindow,
} from '../../src/index';
import { Temporal } from './oracle';

const SEED = 20_260_412;
const MIN = 60_000;
const DAY = 86_400_000;
const HORIZON = 14 * DAY; // NEXT_PERMITTED_HORIZON_MS (src/core/evaluate.ts)
const FIRST_DAY = Temporal.PlainDate.from('2021-01-01');
const LAST_DAY = Temporal.PlainDate.from('2030-12-31');
const SPAN_DAYS = FIRST_DAY.until(LAST_DAY).days;

// ---------------------------------------------------------------------------------------------
// Oracle: the rows read directly, local time per Temporal

interface Call {
  purpose: Purpose;
  callType: CallType;
  channel: Channel;
}
type RuleOutcome = 'none' | 'allow' | 'deny';
interface OracleVerdict {
  hours: RuleOutcome;
  holiday: RuleOutcome;
  permitted: boolean;
}

const covers = (s: CallScope, c: Call): boolean =>
  s.purposes.includes(c.purpose) && s.callTypes.includes(c.callType) && (c.channel === 'voice' || s.texts !== 'not-covered');
const inForce = (e: Effective, date: string): boolean => date >= e.from && (e.to === undefined || date < e.to);
const minutes = (hhmm: string): number => Number(hhmm.slice(0, 2)) * 60 + Number(hhmm.slice(3, 5));
const inside = (w: TimeWindow, m: number): boolean => m >= minutes(w.start) && m < minutes(w.end);
const offsetId = (min: number): string => {
  const a = Math.abs(min);
  return `${min < 0 ? '-' : '+'}${String(Math.floor(a / 60)).padStart(2, '0')}:${String(a % 60).padStart(2, '0')}`;
};

/** Whether one provision lets the call through at the instant (on its fixed clock when it has one). */
function provisionAllows(p: HoursProvision, local: Temporal.ZonedDateTime): boolean {
  const clock = p.fixedClock === undefined ? local : local.withTimeZone(offsetId(p.fixedClock.utcOffsetMinutes));
  const dow = clock.dayOfWeek; // 1 = Monday … 7 = Sunday
  const limit = dow === 7 ? p.sunday : dow === 6 ? p.saturday : p.weekday;
  if (limit === undefined) return true; // the provision does not restrict this day
  if (limit === null) return false; // no calls this day
  return inside(limit, clock.hour * 60 + clock.minute);
}

/**
 * The oracle's verdicts: calling hours = every in-force, in-scope provision (not a federal
 * restatement) allows; holiday = no in-force, in-scope restriction whose calendar has a holiday
 * (actual or observed) on the local date bans the day or leaves the time outside its window.
 */
function oracle(law: StateLaw, call: Call, zone: string, ms: number): OracleVerdict {
  const local = Temporal.Instant.fromEpochMilliseconds(ms).toZonedDateTimeISO(zone);
  const date = local.toPlainDate().toString();
  const minute = local.hour * 60 + local.minute;
  const provisions = law.hours.filter((p) => !p.restatesFederal && covers(p.scope, call) && inForce(p.effective, date));
  const hours: RuleOutcome = provisions.length === 0 ? 'none' : provisions.every((p) => provisionAllows(p, local)) ? 'allow' : 'deny';
  const restrictions = law.holidayBan.filter((r) => covers(r.scope, call) && inForce(r.effective, date));
  const hits = restrictions.filter((r) => holidaysOn(r.calendar, date).length > 0);
  const holiday: RuleOutcome = restrictions.length === 0 ? 'none' : hits.every((r) => r.window !== null && inside(r.window, minute)) ? 'allow' : 'deny';
  return { hours, holiday, permitted: hours !== 'deny' && holiday !== 'deny' };
}

/** Every 'HH:MM' at which a restriction of the row can lift, local and on fixed clocks, plus midnight. */
function openingTimes(law: StateLaw): { local: string[]; fixed: { offset: number; times: string[] }[] } {
  const local = new Set<string>(['00:00']);
  const fixed: { offset: number; times: string[] }[] = [];
  for (const p of law.hours) {
    const ts = [p.weekday, p.saturday, p.sunday].flatMap((w) => (w ? [w.start, w.end] : []));
    if (p.fixedClock === undefined) ts.forEach((t) => local.add(t));
    else fixed.push({ offset: p.fixedClock.utcOffsetMinutes, times: ['00:00', ...ts] });
  }
  for (const r of law.holidayBan) if (r.window) [r.window.start, r.window.end].forEach((t) => local.add(t));
  return { local: [...local], fixed };
}

/**
 * The oracle's first permitted minute at or after `at`: the permitted set is a union of intervals
 * that open at a window start, a local midnight or a fixed-clock boundary, so the answer is the
 * rounded-up instant itself or the first such edge at which the oracle permits.
 */
function oracleNext(law: StateLaw, call: Call, zone: string, at: number): number {
  const t0 = Math.ceil(at / MIN) * MIN;
  if (oracle(law, call, zone, t0).permitted) return t0;
  const { local, fixed } = openingTimes(law);
  const start = Temporal.Instant.fromEpochMilliseconds(at).toZonedDateTimeISO(zone).toPlainDate();
  for (let d = -1; d <= 16; d++) {
    const date = start.add({ days: d });
    const cands: number[] = [];
    for (const t of local) cands.push(date.toZonedDateTime({ timeZone: zone, plainTime: Temporal.PlainTime.from(t) }).epochMilliseconds);
    for (const f of fixed) {
      for (const t of f.times) cands.push(date.toZonedDateTime({ timeZone: offsetId(f.offset), plainTime: Temporal.PlainTime.from(t) }).epochMilliseconds);
    }
    for (const c of [...new Set(cands)].filter((x) => x >= t0).sort((a, b) => a - b)) {
      if (oracle(law, call, zone, c).permitted) return c;
    }
  }
  throw new Error(`oracle: no permitted instant within 16 days of ${new Date(at).toISOString()} (${law.state})`);
}

// ---------------------------------------------------------------------------------------------
// Test population

interface Target {
  law: StateLaw;
  /** Whether the pack has a calling-hours or holiday rule for the row (not only federal restatements). */
  hasRule: boolean;
  numbers: { e164: string; zone: string }[];
  /** Days (from 2021-01-01) worth weighting: holidays of the row's calendars and effective-date edges. */
  specialDays: number[];
}

/** Up to 3 single-zone numbers (distinct area codes) per state and zone, confirmed by placeNumber. */
function numbersByState(): Map<string, { e164: string; zone: string }[]> {
  const out = new Map<string, { e164: string; zone: string }[]>();
  const perKey = new Map<string, Set<number>>();
  for (let npa = 200; npa < 1000; npa++) {
    if (npa % 100 === 11 || npa === 900 || npa === 976 || [800, 833, 844, 855, 866, 877, 888].includes(npa)) continue;
    for (let nxx = 200; nxx < 1000; nxx++) {
      if (nxx % 100 === 11) continue;
      const loc = lookupNanp(npa, nxx);
      if (loc === undefined || loc.region !== 'US' || loc.states.length !== 1 || loc.zones.length !== 1) continue;
      const st = loc.states[0]!;
      const zone = loc.zones[0]!;
      if (!zonesForState(st).includes(zone)) continue;
      const key = `${st}|${zone}`;
      const npas = perKey.get(key) ?? new Set<number>();
      if (npas.size >= 3 || npas.has(npa)) continue;
      const p = placeNumber(npa, nxx);
      if (!p.ok || p.zones.length !== 1 || p.zones[0] !== zone || p.states.length !== 1 || p.states[0] !== st) continue;
      npas.add(npa);
      perKey.set(key, npas);
      const list = out.get(st) ?? [];
      list.push({ e164: `+1${npa}${nxx}4${String(list.length).padStart(3, '0')}`, zone });
      out.set(st, list);
    }
  }
  return out;
}

const dayIndex = (date: string): number => FIRST_DAY.until(Temporal.PlainDate.from(date)).days;

function specialDaysOf(law: StateLaw): number[] {
  const out = new Set<number>();
  for (const cal of new Set(law.holidayBan.map((r) => r.calendar))) {
    for (let y = 2021; y <= 2030; y++) {
      for (const h of holidayCalendars[cal].holidays(y)) for (const d of [h.date, h.observed]) for (const k of [-2, -1, 0, 1]) out.add(dayIndex(d) + k);
    }
  }
  for (const e of [...law.hours, ...law.holidayBan].map((i) => i.effective)) {
    for (const d of [e.from, e.to]) if (d !== undefined) for (const k of [-1, 0]) out.add(dayIndex(d) + k);
  }
  return [...out].filter((d) => d >= 0 && d <= SPAN_DAYS).sort((a, b) => a - b);
}

const NUMBERS = numbersByState();
const TARGETS: Target[] = stateLaws
  .filter((l) => l.hours.length > 0 || l.holidayBan.length > 0)
  .map((law) => ({
    law,
    hasRule: law.holidayBan.length > 0 || law.hours.some((p) => !p.restatesFederal),
    numbers: NUMBERS.get(law.state) ?? [],
    specialDays: specialDaysOf(law),
  }));

/** Local times worth hitting: both sides of every window edge in the data (and the brief's), midnight. */
const EDGE_MINUTES: number[] = [
  ...new Set([
    0,
    24 * 60 - 1,
    ...stateLaws.flatMap((l) => [
      ...l.hours.flatMap((p) => {
        const shift = p.fixedClock ? 60 : 0; // a fixed standard-time clock reads one hour early under DST
        return [p.weekday, p.saturday, p.sunday].flatMap((w) => (w ? [w.start, w.end].flatMap((t) => [minutes(t), minutes(t) + shift]) : []));
      }),
      ...l.holidayBan.flatMap((r) => (r.window ? [minutes(r.window.start), minutes(r.window.end)] : [])),
    ]),
    ...['07:59', '08:00', '19:59', '20:00', '20:59', '21:00'].map(minutes),
  ]),
].flatMap((m) => [m - 1, m]).filter((m) => m >= 0 && m < 24 * 60);

/** The DST transitions of a zone in a year (none for Phoenix, Honolulu, …). */
function dstTransitions(zone: string, year: number): number[] {
  const out: number[] = [];
  let z: Temporal.ZonedDateTime | null = Temporal.PlainDate.from({ year, month: 1, day: 1 }).toZonedDateTime({ timeZone: zone });
  const end = Temporal.PlainDate.from({ year: year + 1, month: 1, day: 1 }).toZonedDateTime({ timeZone: zone }).epochMilliseconds;
  for (;;) {
    z = z.getTimeZoneTransition('next');
    if (z === null || z.epochMilliseconds >= end) return out;
    out.push(z.epochMilliseconds);
  }
}

const wallInstant = (zone: string, day: number, minute: number): number =>
  FIRST_DAY.add({ days: day }).toZonedDateTime({ timeZone: zone, plainTime: Temporal.PlainTime.from({ hour: Math.floor(minute / 60), minute: minute % 60 }) })
    .epochMilliseconds;

const callArb: fc.Arbitrary<Call> = fc.record({
  purpose: fc.oneof(
    { weight: 6, arbitrary: fc.constant<Purpose>('telemarketing') },
    { weight: 2, arbitrary: fc.constant<Purpose>('debt-collection') },
    { weight: 1, arbitrary: fc.constantFrom<Purpose>('informational', 'healthcare') },
  ),
  callType: fc.constantFrom<CallType>('live', 'autodialed', 'prerecorded'),
  channel: fc.oneof({ weight: 3, arbitrary: fc.constant<Channel>('voice') }, { weight: 1, arbitrary: fc.constant<Channel>('sms') }),
});

/** Half the time a call inside one of the row's own scopes, so that most rows' items are reached. */
function callFor(law: StateLaw): fc.Arbitrary<Call> {
  const scopes = [...law.hours, ...law.holidayBan].map((i) => i.scope);
  const scoped = fc.constantFrom(...scopes).chain((s) =>
    fc.record({
      purpose: fc.constantFrom(...s.purposes),
      callType: fc.constantFrom(...s.callTypes),
      channel: s.texts === 'not-covered' ? fc.constant<Channel>('voice') : fc.constantFrom<Channel>('voice', 'sms'),
    }),
  );
  return fc.oneof(callArb, scoped);
}

interface Case {
  target: Target;
  number: { e164: string; zone: string };
  call: Call;
  at: number;
  withAddress: boolean;
}

/** An instant in 2021-2030 for the zone: uniform, or near a window edge / midnight on a uniform or special day, or near a DST change. */
function instantArb(zone: string, special: readonly number[]): fc.Arbitrary<number> {
  const day = special.length === 0 ? fc.integer({ min: 0, max: SPAN_DAYS }) : fc.oneof(fc.integer({ min: 0, max: SPAN_DAYS }), fc.constantFrom(...special));
  const nearEdge = fc
    .record({ day, minute: fc.constantFrom(...EDGE_MINUTES), deltaMs: fc.integer({ min: -90_000, max: 90_000 }) })
    .map(({ day: d, minute, deltaMs }) => wallInstant(zone, d, minute) + deltaMs);
  const anyTime = fc
    .record({ day, ms: fc.integer({ min: 0, max: DAY - 1 }) })
    .map(({ day: d, ms }) => wallInstant(zone, d, 0) + ms);
  const nearDst = fc
    .record({ year: fc.integer({ min: 2021, max: 2030 }), k: fc.nat(), hours: fc.integer({ min: -30 * 60, max: 30 * 60 }), edge: fc.constantFrom(...EDGE_MINUTES), ms: fc.integer({ min: -90_000, max: 90_000 }) })
    .map(({ year, k, hours, edge, ms }) => {
      const ts = dstTransitions(zone, year);
      if (ts.length === 0) return Date.UTC(year, 2, 10) + hours * MIN;
      const t = ts[k % ts.length]!;
      // either minutes around the transition, or a window edge on the day of the change
      if (hours % 2 === 0) return t + hours * MIN + ms;
      return wallInstant(zone, FIRST_DAY.until(Temporal.Instant.fromEpochMilliseconds(t).toZonedDateTimeISO(zone).toPlainDate()).days, edge) + ms;
    });
  return fc.oneof(
    { weight: 3, arbitrary: fc.integer({ min: wallInstant(zone, 0, 0), max: wallInstant(zone, SPAN_DAYS + 1, 0) - 1 }) },
    { weight: 2, arbitrary: anyTime },
    { weight: 4, arbitrary: nearEdge },
    { weight: 2, arbitrary: nearDst },
  );
}

const caseArb: fc.Arbitrary<Case> = fc
  .oneof(
    { weight: 4, arbitrary: fc.constantFrom(...TARGETS.filter((t) => t.hasRule)) },
    { weight: 1, arbitrary: fc.constantFrom(...TARGETS.filter((t) => !t.hasRule)) },
  )
  .chain((target) =>
    fc.constantFrom(...target.numbers).chain((number) =>
      fc.record({
        target: fc.constant(target),
        number: fc.constant(number),
        call: callFor(target.law),
        at: instantArb(number.zone, target.specialDays),
        // an address in the same state adds no zone only when the state has one zone
        withAddress: zonesForState(target.law.state).length === 1 ? fc.boolean() : fc.constant(false),
      }),
    ),
  );

// ---------------------------------------------------------------------------------------------
// Engines and helpers

const engine = createEngine({ rules: states, seller: 'Firm', auditDecisions: false });
/** Only the time rules (calling hours, holiday): other state rules (written consent) deny with no retry instant. */
const timeEngine = createEngine({
  rules: states.filter((r) => /^state\.[A-Z]{2}\.(calling-hours|holiday)$/.test(r.id)),
  seller: 'Firm',
  auditDecisions: false,
});

function intentOf(c: Case, at: number = c.at): CallIntent {
  return {
    to: c.number.e164,
    purpose: c.call.purpose,
    callType: c.call.callType,
    channel: c.call.channel,
    at: new Date(at),
    ...(c.withAddress ? { address: { state: c.target.law.state } } : {}),
  };
}

function outcomeOf(d: Decision, rule: string): RuleOutcome {
  const vs = d.verdicts.filter((v) => v.rule === rule);
  if (vs.length === 0) return 'none';
  return vs.some((v) => v.outcome === 'deny') ? 'deny' : 'allow';
}

const label = (c: Case): string => {
  const local = Temporal.Instant.fromEpochMilliseconds(c.at).toZonedDateTimeISO(c.number.zone);
  return `${c.target.law.state} ${c.number.e164} ${c.call.purpose}/${c.call.callType}/${c.call.channel}${c.withAddress ? ' +address' : ''} @ ${new Date(c.at).toISOString()} (local ${local.toPlainDateTime().toString()} ${local.dayOfWeek})`;
};

// ---------------------------------------------------------------------------------------------

describe('property: state calling-hours and holiday rules == Temporal oracle over stateLaws', () => {
  it('finds single-zone numbers for every row with hours or holiday items, in each of the state\'s zones that has one', () => {
    expect(TARGETS.filter((t) => t.hasRule).length).toBeGreaterThanOrEqual(20);
    for (const t of TARGETS) expect(t.numbers.length, t.law.state).toBeGreaterThan(0);
    const multi = TARGETS.filter((t) => new Set(t.numbers.map((n) => n.zone)).size > 1).map((t) => t.law.state);
    expect(multi).toEqual(expect.arrayContaining(['FL', 'KY', 'TX', 'OR', 'NE', 'SD']));
  });

  it('RULES.md §4.1/§4.2/§7: state calling-hours and holiday verdicts == Temporal oracle over stateLaws', async () => {
    await fc.assert(
      fc.asyncProperty(caseArb, async (c) => {
        const st = c.target.law.state;
        const d = await engine.check(intentOf(c));
        const msg = label(c);
        expect(d.intent.zones, msg).toEqual([c.number.zone]);
        expect(d.intent.states, msg).toEqual([st]);
        const o = oracle(c.target.law, c.call, c.number.zone, c.at);
        const hours = outcomeOf(d, `state.${st}.calling-hours`);
        const holiday = outcomeOf(d, `state.${st}.holiday`);
        expect({ hours, holiday }, msg).toEqual({ hours: o.hours, holiday: o.holiday });
        const timeDenied = d.denials.some((v) => v.rule === `state.${st}.calling-hours` || v.rule === `state.${st}.holiday`);
        expect(timeDenied, msg).toBe(!o.permitted);
        if (!o.permitted) expect(d.allowed, msg).toBe(false);
      }),
      { numRuns: 2000, seed: SEED },
    );
  });

  it('RULES.md §4.1/§4.2/§7: nextPermittedAt of a state hours/holiday denial is the oracle\'s first permitted minute (permitted there, not one minute earlier)', async () => {
    await fc.assert(
      fc.asyncProperty(
        caseArb.filter((c) => !oracle(c.target.law, c.call, c.number.zone, c.at).permitted),
        async (c) => {
          const msg = label(c);
          const d = await timeEngine.check(intentOf(c));
          expect(d.allowed, msg).toBe(false);
          const next = oracleNext(c.target.law, c.call, c.number.zone, c.at);
          if (next > c.at + HORIZON) {
            expect(d.nextPermittedAt, msg).toBeNull();
            return;
          }
          expect(d.nextPermittedAt?.toISOString(), msg).toBe(new Date(next).toISOString());
          const at = d.nextPermittedAt!.getTime();
          expect(oracle(c.target.law, c.call, c.number.zone, at).permitted, msg).toBe(true);
          // The minute before is still closed: windows open on whole local minutes, and the denied
          // instant lies in the same closed stretch (when the minute before precedes it, it is in
          // the same minute as the denied instant, which was closed).
          expect(oracle(c.target.law, c.call, c.number.zone, at - MIN).permitted, msg).toBe(false);
          // The full pack's answer, when it has one (written-consent denials have no retry instant), is the same.
          const full = await engine.check(intentOf(c));
          if (full.nextPermittedAt !== null) expect(full.nextPermittedAt.toISOString(), msg).toBe(d.nextPermittedAt!.toISOString());
          // Re-checked at that instant, the engine allows the call.
          const again = await timeEngine.check(intentOf(c, at));
          expect(again.allowed, msg).toBe(true);
        },
      ),
      { numRuns: 1000, seed: SEED + 1 },
    );
  });
});
