/**
 * Generic builders: each turns one {@link StateLaw} row into the rules it needs —
 * `state.<ST>.calling-hours`, `state.<ST>.holiday`, `state.<ST>.call-frequency`, `state.<ST>.consent`,
 * `state.<ST>.call-restrictions`, `state.<ST>.dnc`, `state.<ST>.emergency` and `state.<ST>.call-obligations`. A rule applies when the state is one of the intent's candidate
 * states (area code and address) and the call is in the item's scope; every candidate state's
 * rules run, so the strictest outcome wins.
 *
 * Time-based denials carry a `retryAt`: the next instant at which the state's window is open in
 * every candidate zone on a day that is neither banned (e.g. Sunday) nor a banned holiday.
 *
 * @module
 */
import { defineRule, type FactKind, type Facts, type ObligationInput, type Rule, type RuleDefinition, type VerdictInput } from '../../core/rule';
import type { CallType, Channel, Confidence, NormalizedIntent, Purpose, StoredAttempt, StoredEmergency } from '../../core/types';
import { holidaysOn, type Holiday } from '../../time/holidays';
import { weekdayFromDays } from '../../time/civil';
import { checkWindow, dateString, formatWindow, hm, localDays, localTime, zoneOffsetMinutes, type DayWindow } from '../../time/zone';
import { capVerdict, constant, coveringConsent, isWirelessClass, utcDate, windowInAllZones } from '../shared';
import { ebrInForce } from '../tcpa';
import { zonesForState } from '../../phone/nanp';
import {
  UNDATED,
  weakest,
  type CallRestriction,
  type CallScope,
  type CapKey,
  type DayLimit,
  type Effective,
  type EmergencyBan,
  type Exemption,
  type FrequencyCap,
  type HolidayRestriction,
  type HoursProvision,
  type StateLaw,
  type TimeWindow,
} from './table';

// ---------------------------------------------------------------------------------------------
// Scope, dates, exemptions

/**
 * Whether a call (or a stored attempt) is within an item's scope: purpose and call type listed,
 * and a voice call or a text the item covers.
 * @param scope - the item's scope
 * @param call - purpose, call type and channel of the call
 * @returns true when the item governs the call
 * @category State law
 */
export function inScope(scope: CallScope, call: { purpose: Purpose; callType: CallType; channel: Channel }): boolean {
  return (
    scope.purposes.includes(call.purpose) &&
    scope.callTypes.includes(call.callType) &&
    (call.channel === 'voice' || scope.texts !== 'not-covered')
  );
}


function inForceOn(e: Effective, date: string): boolean {
  return date >= e.from && (e.to === undefined || date < e.to);
}

// The last answer of localDates: the state rules of one check ask in turn.
let lastDatesIntent: NormalizedIntent | undefined;
const lastDatesAt = new Float64Array([Number.NaN]); // typed: a module number would be boxed per update
let lastDatesZones: readonly string[] | undefined;
let lastDates: readonly string[] = [];

const POW3 = [1, 3, 9, 27, 81];
/** Per zone set: the dates arrays by a number coding the local days (see {@link localDates}). */
const datesByZones = new WeakMap<readonly string[], Map<number, readonly string[]>>();

/**
 * The local dates of the instant in every candidate zone (UTC date when there is none). The same
 * zone set and local days give the same frozen array, so callers can cache by its identity.
 */
function localDates(intent: NormalizedIntent): readonly string[] {
  if (intent === lastDatesIntent && intent.at === lastDatesAt[0] && intent.zones === lastDatesZones) return lastDates;
  const zones = intent.zones;
  let dates: readonly string[];
  if (zones.length === 0) dates = [new Date(intent.at).toISOString().slice(0, 10)];
  else {
    // key: the first zone's day, and each other zone's day as -1/0/+1 from it in base 3
    const d0 = localDays(zones[0]!, intent.at);
    let key = d0 * 729;
    let coded = zones.length <= 6;
    for (let k = 1; k < zones.length && coded; k++) {
      const diff = localDays(zones[k]!, intent.at) - d0;
      if (diff < -1 || diff > 1) coded = false;
      else key += (diff + 1) * POW3[k - 1]!;
    }
    let byKey = datesByZones.get(zones);
    if (byKey === undefined) datesByZones.set(zones, (byKey = new Map()));
    const hit = coded ? byKey.get(key) : undefined;
    if (hit !== undefined) dates = hit;
    else {
      dates = Object.freeze(zones.map((z) => dateString(localDays(z, intent.at))));
      if (coded) {
        if (byKey.size > 10_000) byKey.clear();
        byKey.set(key, dates);
      }
    }
  }
  lastDatesIntent = intent;
  lastDatesAt[0] = intent.at;
  lastDatesZones = zones;
  lastDates = dates;
  return dates;
}

/**
 * Whether any of the scopes covers the intent (a loop: appliesTo runs for every check). The
 * builders pass the items' scopes as an array made once: reading `.scope` off items of several
 * shapes would be a slow (megamorphic) read on every check.
 */
function anyInScope(scopes: readonly CallScope[], intent: NormalizedIntent): boolean {
  for (let k = 0; k < scopes.length; k++) if (inScope(scopes[k]!, intent)) return true;
  return false;
}

/** In force on the local date of any candidate zone (conservative near midnight). */
function inForceAt(e: Effective, dates: readonly string[]): boolean {
  return dates.some((d) => inForceOn(e, d));
}

/** The first exemption the records establish, in words; undefined when none. */
function heldExemption(exemptions: readonly Exemption[] | undefined, intent: NormalizedIntent, facts: Facts): string | undefined {
  for (const e of exemptions ?? []) {
    if (e === 'prior-express-consent') {
      const c = coveringConsent(intent, facts, false);
      if (c) return `prior express consent on file (consent ${c.id})`;
    } else {
      const ebr = ebrInForce(intent, facts);
      if (ebr) return `established business relationship (${ebr.kind} on ${dateString(ebr.sinceDay)})`;
    }
  }
  return undefined;
}

/** An exemption in words, for reason sentences: as a requirement, and as missing from the records. */
const EXEMPTION_WORDS: Record<Exemption, string> = {
  'prior-express-consent': "the called person's consent",
  'established-business-relationship': 'an established business relationship',
};
const MISSING_WORDS: Record<Exemption, string> = {
  'prior-express-consent': 'no consent of the called person covering the call',
  'established-business-relationship': 'no established business relationship',
};

/**
 * Each required fact the records establish (in words, with the record) and each they do not: a
 * restriction's `requires` are all needed.
 */
function heldEach(required: readonly Exemption[], intent: NormalizedIntent, facts: Facts): { held: string[]; missing: Exemption[] } {
  const held: string[] = [];
  const missing: Exemption[] = [];
  for (const e of required) {
    const h = heldExemption([e], intent, facts);
    if (h === undefined) missing.push(e);
    else held.push(h);
  }
  return { held, missing };
}

function needsOf(items: readonly { exemptions?: readonly Exemption[] }[], base: readonly FactKind[] = []): FactKind[] {
  const out = new Set<FactKind>(base);
  for (const i of items) {
    for (const e of i.exemptions ?? []) {
      if (e === 'prior-express-consent') {
        out.add('consents');
        out.add('reassigned'); // a consent the number has outlived does not exempt (liveConsents)
      } else out.add('relationships');
    }
  }
  return [...out];
}

/** The rule's effective range: from the earliest item; open-ended unless every item ends. */
function spanOf(items: readonly { effective: Effective }[]): Effective {
  const froms = items.map((i) => i.effective.from).sort();
  const tos = items.map((i) => i.effective.to);
  const out: Effective = { from: froms[0]! };
  if (tos.every((t): t is string => t !== undefined)) out.to = [...tos].sort()[tos.length - 1]!;
  return out;
}

/**
 * The dates strictly inside the rule's span on which one of its items starts or ends: what the
 * rule requires changes there (UNDATED, "start not recorded", is no change).
 */
function changesOf(items: readonly { effective: Effective }[]): string[] {
  const span = spanOf(items);
  const out = new Set<string>();
  for (const i of items) {
    for (const d of [i.effective.from, i.effective.to]) {
      if (d !== undefined && d !== UNDATED && d > span.from && (span.to === undefined || d < span.to)) out.add(d);
    }
  }
  return [...out].sort();
}

/**
 * The declared part of a state rule built from dated row items: id, title, pack, jurisdiction, its
 * state, and the citation, effective range, change dates and weakest mark of the items.
 */
function ruleHeader(law: StateLaw, topic: string, title: string, items: readonly { effective: Effective; citation: string; confidence: Confidence }[]) {
  return {
    id: `state.${law.state}.${topic}`,
    title,
    pack: PACK,
    jurisdiction: law.state,
    states: [law.state],
    citation: citationOf(items),
    effective: spanOf(items),
    changes: changesOf(items),
    confidence: confidenceOf(items),
  };
}

function citationOf(items: readonly { citation: string }[]): string {
  return [...new Set(items.map((i) => i.citation))].join('; ');
}

function confidenceOf(items: readonly { confidence: Confidence }[]): Confidence {
  return weakest(items.map((i) => i.confidence)) ?? 'unverified';
}

const citationCache = new WeakMap<readonly object[], string>();
/** `citationOf` for stable (cached) arrays. */
function citationOfCached(items: readonly HoursProvision[]): string {
  let c = citationCache.get(items);
  if (c === undefined) citationCache.set(items, (c = citationOf(items)));
  return c;
}

const describedCache = new WeakMap<readonly object[], readonly object[]>();
/** `describe` of each item, cached for stable (cached) arrays. */
function described(items: readonly HoursProvision[]): readonly object[] {
  let d = describedCache.get(items);
  if (d === undefined) describedCache.set(items, (d = Object.freeze(items.map(describe))));
  return d;
}

function describe(i: { citation: string; confidence: Confidence; effective: Effective }) {
  return { citation: i.citation, confidence: i.confidence, from: i.effective.from, ...(i.effective.to ? { to: i.effective.to } : {}) };
}

// ---------------------------------------------------------------------------------------------
// Day windows

const OPEN_DAY = Object.freeze({ start: 0, end: 24 * 60 } as const);

/**
 * One frozen object per distinct window, so that verdicts cached by window (allowHours) are found
 * again on every day with the same hours.
 */
const windows = new Map<number, { readonly start: number; readonly end: number }>();
function windowOf(start: number, end: number): { readonly start: number; readonly end: number } {
  const key = start * 2048 + end;
  let w = windows.get(key);
  if (w === undefined) windows.set(key, (w = Object.freeze({ start, end })));
  return w;
}

function toWindow(w: TimeWindow): { readonly start: number; readonly end: number } {
  return windowOf(hm(w.start), hm(w.end));
}

function intersect(a: DayWindow, b: DayWindow): DayWindow {
  if (a === null || b === null) return null;
  const start = Math.max(a.start, b.start);
  const end = Math.min(a.end, b.end);
  return end > start ? windowOf(start, end) : null;
}

function limitOn(p: HoursProvision, weekday: number): DayLimit | undefined {
  return weekday === 0 ? p.sunday : weekday === 6 ? p.saturday : p.weekday;
}

/** What a holiday restriction does on one day. */
interface HolidayHit {
  /** Combined window of every restriction hitting the day (null = no calls). */
  window: DayWindow;
  holidays: Holiday[];
  restrictions: HolidayRestriction[];
}

/**
 * The state's calendar for one intent: the provisions and holiday restrictions that govern it
 * (in scope, no exemption held), as day windows by local day number.
 */
interface DayModel {
  hours: readonly HoursProvision[];
  holidays: readonly HolidayRestriction[];
  /** The hours window of local day `days` in `zone` (the zone matters only for fixed-clock provisions). */
  hoursWindow(days: number, weekday: number, zone: string): DayWindow;
  holidayOn(days: number): HolidayHit | undefined;
  /** Hours and holidays together: the window a call may use that day. */
  fullWindow(days: number, weekday: number, zone: string): DayWindow;
  /** The hours provisions in force on any of the dates (a cached, stable array per date set). */
  activeHours(dates: readonly string[]): readonly HoursProvision[];
}

/**
 * Day models depend only on the row, the call's purpose / type / channel and which exemptions the
 * records hold, so they are built once per such key and shared (with their per-day memos).
 */
const models = new WeakMap<StateLaw, Map<string, DayModel>>();

/** The provisions of a row in scope for a kind of call, and the model when no exemption can apply. */
interface Scoped {
  hoursIn: readonly HoursProvision[];
  holidaysIn: readonly HolidayRestriction[];
  /** Set when no provision in scope has exemptions: the model does not depend on the records. */
  model?: DayModel;
}
const scopedCache = new WeakMap<StateLaw, Map<string, Map<string, Map<string, Scoped>>>>();

// The last records-independent answer of dayModel: the rules of one state ask in turn.
let lastModelLaw: StateLaw | undefined;
let lastModelPurpose = '';
let lastModelType = '';
let lastModelChannel = '';
let lastModel: DayModel | undefined;

function dayModel(law: StateLaw, intent: NormalizedIntent, facts: Facts): DayModel {
  if (law === lastModelLaw && intent.purpose === lastModelPurpose && intent.callType === lastModelType && intent.channel === lastModelChannel) return lastModel!;
  let byPurpose = scopedCache.get(law);
  if (byPurpose === undefined) scopedCache.set(law, (byPurpose = new Map()));
  let byType = byPurpose.get(intent.purpose);
  if (byType === undefined) byPurpose.set(intent.purpose, (byType = new Map()));
  let byChannel = byType.get(intent.callType);
  if (byChannel === undefined) byType.set(intent.callType, (byChannel = new Map()));
  let sc = byChannel.get(intent.channel);
  if (sc === undefined) {
    const hoursIn = law.hours.filter((p) => !p.restatesFederal && inScope(p.scope, intent));
    const holidaysIn = law.holidayBan.filter((h) => inScope(h.scope, intent));
    sc = { hoursIn, holidaysIn };
    if (![...hoursIn, ...holidaysIn].some((x) => x.exemptions?.length)) sc.model = buildDayModel(hoursIn, holidaysIn);
    byChannel.set(intent.channel, sc);
  }
  if (sc.model !== undefined) {
    lastModelLaw = law;
    lastModelPurpose = intent.purpose;
    lastModelType = intent.callType;
    lastModelChannel = intent.channel;
    lastModel = sc.model;
    return sc.model;
  }
  const { hoursIn, holidaysIn } = sc;
  let key = `${intent.purpose}|${intent.callType}|${intent.channel}|`;
  for (const p of hoursIn) key += p.exemptions?.length ? (heldExemption(p.exemptions, intent, facts) === undefined ? '0' : '1') : '-';
  for (const h of holidaysIn) key += h.exemptions?.length ? (heldExemption(h.exemptions, intent, facts) === undefined ? '0' : '1') : '-';
  let byKey = models.get(law);
  if (byKey === undefined) models.set(law, (byKey = new Map()));
  let m = byKey.get(key);
  if (m === undefined) {
    m = buildDayModel(
      hoursIn.filter((p) => heldExemption(p.exemptions, intent, facts) === undefined),
      holidaysIn.filter((h) => heldExemption(h.exemptions, intent, facts) === undefined),
    );
    byKey.set(key, m);
  }
  return m;
}

/**
 * A fixed-clock window of calendar day `days` as local minutes of that day in `zone`: each end is
 * the instant the fixed clock shows it, read on the zone's clock (clamped to the local day).
 */
function onLocalClock(w: { start: number; end: number }, days: number, zone: string, clockOffset: number): DayWindow {
  const local = (minute: number): number => {
    const instant = days * 86_400_000 + (minute - clockOffset) * 60_000;
    return Math.min(24 * 60, Math.max(0, minute + zoneOffsetMinutes(zone, instant) - clockOffset));
  };
  const start = local(w.start);
  const end = local(w.end);
  return end > start ? windowOf(start, end) : null;
}

function buildDayModel(hours: readonly HoursProvision[], holidays: readonly HolidayRestriction[]): DayModel {
  const holidayCache = new Map<number, HolidayHit | undefined>();
  const hoursCache = new Map<number, DayWindow>();
  // With a fixed-clock provision the window also depends on the zone: one cache per zone.
  const clocked = hours.some((p) => p.fixedClock !== undefined);
  const byZone = new Map<string, Map<number, DayWindow>>();

  function hoursWindow(days: number, weekday: number, zone: string): DayWindow {
    if (hours.length === 0) return OPEN_DAY;
    let cache = hoursCache;
    if (clocked) {
      let c = byZone.get(zone);
      if (c === undefined) byZone.set(zone, (c = new Map()));
      cache = c;
    }
    let cached = cache.get(days);
    if (cached === undefined && !cache.has(days)) {
      cached = computeHoursWindow(days, weekday, zone);
      if (cache.size > 50_000) cache.clear();
      cache.set(days, cached);
    }
    return cached ?? null;
  }

  function computeHoursWindow(days: number, weekday: number, zone: string): DayWindow {
    const date = dateString(days);
    let w: DayWindow = OPEN_DAY;
    for (const p of hours) {
      if (!inForceOn(p.effective, date)) continue;
      const lim = limitOn(p, weekday);
      if (lim === undefined) continue;
      const pw = lim === null ? null : p.fixedClock === undefined ? toWindow(lim) : onLocalClock(toWindow(lim), days, zone, p.fixedClock.utcOffsetMinutes);
      w = intersect(w, pw);
      if (w === null) return null;
    }
    return w;
  }

  function holidayOn(days: number): HolidayHit | undefined {
    if (holidays.length === 0) return undefined;
    if (holidayCache.has(days)) return holidayCache.get(days);
    const date = dateString(days);
    let hit: HolidayHit | undefined;
    for (const r of holidays) {
      if (!inForceOn(r.effective, date)) continue;
      const found = holidaysOn(r.calendar, date);
      if (found.length === 0) continue;
      hit ??= { window: OPEN_DAY, holidays: [], restrictions: [] };
      hit.window = intersect(hit.window, r.window === null ? null : toWindow(r.window));
      for (const h of found) if (!hit.holidays.some((x) => x.name === h.name)) hit.holidays.push(h);
      hit.restrictions.push(r);
    }
    if (holidayCache.size > 50_000) holidayCache.clear();
    holidayCache.set(days, hit);
    return hit;
  }

  function fullWindow(days: number, weekday: number, zone: string): DayWindow {
    const w = hoursWindow(days, weekday, zone);
    const h = holidayOn(days);
    return h === undefined ? w : intersect(w, h.window);
  }

  // By the identity of the (cached) dates array; one frozen array per subset of provisions, so
  // that verdicts cached by it (allowHours) are found again on other dates.
  const activeCache = new WeakMap<readonly string[], readonly HoursProvision[]>();
  const subsets = new Map<string, readonly HoursProvision[]>();
  function activeHours(dates: readonly string[]): readonly HoursProvision[] {
    let a = activeCache.get(dates);
    if (a === undefined) {
      let key = '';
      for (let k = 0; k < hours.length; k++) key += inForceAt(hours[k]!.effective, dates) ? '1' : '0';
      a = subsets.get(key);
      if (a === undefined) subsets.set(key, (a = Object.freeze(hours.filter((_, k) => key[k] === '1'))));
      activeCache.set(dates, a);
    }
    return a;
  }

  return { hours, holidays, hoursWindow, holidayOn, fullWindow, activeHours };
}

// ---------------------------------------------------------------------------------------------
// Builders

const PACK = 'states';

const allowHoursCache = new WeakMap<readonly HoursProvision[], WeakMap<object, WeakMap<readonly string[], VerdictInput>>>();

/**
 * The frozen allow verdict of a state's hours, shared by every intent with the same provisions
 * (a cached array per model and date), window (cached per model and day) and zone set.
 */
function allowHours(law: StateLaw, active: readonly HoursProvision[], window: { start: number; end: number }, zones: readonly string[]): VerdictInput {
  let byWindow = allowHoursCache.get(active);
  if (byWindow === undefined) allowHoursCache.set(active, (byWindow = new WeakMap()));
  let byZones = byWindow.get(window);
  if (byZones === undefined) byWindow.set(window, (byZones = new WeakMap()));
  let v = byZones.get(zones);
  if (v === undefined) {
    v = Object.freeze({
      outcome: 'allow',
      code: 'within_calling_hours',
      details: Object.freeze({ window, zones, state: law.name, provisions: active.map(describe) }),
      citation: citationOf(active),
    } as const);
    byZones.set(zones, v);
  }
  return v;
}

const ownZones = new WeakMap<readonly string[], Map<string, readonly string[]>>();

/**
 * The candidate zones that lie in a state: RULES.md §7 applies a state's rule "to the zone(s) of
 * that state before intersecting". When none of them does (a data gap), every candidate zone counts.
 */
function zonesInState(zones: readonly string[], st: string): readonly string[] {
  let byState = ownZones.get(zones);
  if (byState === undefined) ownZones.set(zones, (byState = new Map()));
  let z = byState.get(st);
  if (z === undefined) {
    const own = zonesForState(st);
    const inState = zones.filter((x) => own.includes(x));
    z = inState.length === 0 || inState.length === zones.length ? zones : Object.freeze(inState);
    byState.set(st, z);
  }
  return z;
}

/** The intent as a state's rule sees it: its zones narrowed to that state's (the same object when nothing narrows). */
function stateView(intent: NormalizedIntent, st: string): NormalizedIntent {
  const zones = zonesInState(intent.zones, st);
  if (zones === intent.zones) return intent;
  // The rules of one state ask in turn: one copy per intent, instant and state.
  if (intent === lastViewOf && intent.at === lastViewAt[0] && intent.zones === lastViewZones && st === lastViewState) return lastView!;
  lastViewOf = intent;
  lastViewAt[0] = intent.at;
  lastViewZones = intent.zones;
  lastViewState = st;
  lastView = { ...intent, zones };
  return lastView;
}
let lastViewOf: NormalizedIntent | undefined;
const lastViewAt = new Float64Array([Number.NaN]);
let lastViewZones: readonly string[] | undefined;
let lastViewState = '';
let lastView: NormalizedIntent | undefined;

/**
 * `state.<ST>.calling-hours`: the row's dated hours provisions (those stricter than, or reaching
 * beyond, the federal window), intersected when several govern the call, applied in every
 * candidate zone. Days a provision bans (`null`) deny with `no_calls_on_day`. The retry search
 * skips banned holidays, so a Saturday-evening denial in Rhode Island before a Monday holiday
 * points at Tuesday 09:00.
 * @param law - the state row
 * @returns the rule, or undefined when the row has no such provision
 * @category State law
 */
export function buildCallingHoursRule(law: StateLaw): Rule | undefined {
  const st = law.state;
  const provisions = law.hours.filter((p) => !p.restatesFederal);
  const scopes = provisions.map((p) => p.scope);
  if (provisions.length === 0) return undefined;
  let lastAllow: { active: unknown; window: unknown; zones: unknown; v: VerdictInput | undefined } = { active: undefined, window: undefined, zones: undefined, v: undefined };
  return defineRule({
    ...ruleHeader(law, 'calling-hours', `${law.name}: calling hours`, provisions),
    needs: needsOf([...provisions, ...law.holidayBan]),
    appliesTo: (i) => i.states.includes(st) && anyInScope(scopes, i),
    evaluate(intent, facts) {
      intent = stateView(intent, st); // RULES.md §7: the state's law, in the state's own zones
      const m = dayModel(law, intent, facts);
      const dates = localDates(intent);
      const active = m.activeHours(dates);
      if (active.length === 0) return undefined;
      // Fast path: open now in every candidate zone -> one shared allow verdict per (provisions, window, zones).
      let open = intent.zones.length > 0;
      let window: DayWindow = null;
      for (let kZ = 0; kZ < intent.zones.length; kZ++) {
        const z = intent.zones[kZ]!;
        const localMs = intent.at + zoneOffsetMinutes(z, intent.at) * 60_000;
        const days = Math.floor(localMs / 86_400_000);
        const minute = Math.floor((localMs - days * 86_400_000) / 60_000);
        const w = m.hoursWindow(days, weekdayFromDays(days), z);
        if (w === null || minute < w.start || minute >= w.end) {
          open = false;
          break;
        }
        window ??= w;
      }
      if (open) {
        // this state's last allow first: its inputs are shared objects
        if (active === lastAllow.active && window === lastAllow.window && intent.zones === lastAllow.zones) return lastAllow.v!;
        const v = allowHours(law, active, window!, intent.zones);
        lastAllow = { active, window, zones: intent.zones, v };
        return v;
      }
      const today = new Map<string, number>();
      for (const z of intent.zones) today.set(z, localDays(z, intent.at));
      // (closed now: the slow path, with the retry search)
      // Today: hours only (holidays are state.<ST>.holiday's verdict). Later days: hours and
      // holidays, so the retry instant is never on a banned holiday.
      const v = windowInAllZones(
        intent,
        (zone, days, weekday) => (days > (today.get(zone) ?? days) ? m.fullWindow(days, weekday, zone) : m.hoursWindow(days, weekday, zone)),
        { state: law.name, provisions: described(active) },
      );
      v.citation = citationOfCached(active);
      return v;
    },
  });
}

/**
 * `state.<ST>.holiday`: no calls in scope on a holiday of the row's calendar (actual or observed
 * date, in any candidate zone), or only inside the row's holiday window (Nebraska). The retryAt
 * is the next opening of the state's window on a day that is not a banned holiday.
 * @param law - the state row
 * @returns the rule, or undefined when the row has no holiday restriction
 * @category State law
 */
export function buildHolidayRule(law: StateLaw): Rule | undefined {
  const st = law.state;
  const restrictions = law.holidayBan;
  const scopes = restrictions.map((r) => r.scope);
  if (restrictions.length === 0) return undefined;
  const notAHoliday = new WeakMap<readonly string[], VerdictInput>();
  return defineRule({
    ...ruleHeader(law, 'holiday', `${law.name}: holidays`, restrictions),
    needs: needsOf([...restrictions, ...law.hours]),
    appliesTo: (i) => i.states.includes(st) && anyInScope(scopes, i),
    evaluate(intent, facts): VerdictInput | undefined {
      intent = stateView(intent, st); // RULES.md §7: the state's law, in the state's own zones
      const m = dayModel(law, intent, facts);
      const dates = localDates(intent);
      if (!m.holidays.some((r) => inForceAt(r.effective, dates))) return undefined;
      if (intent.zones.length === 0) return { outcome: 'deny', code: 'unknown_time_zone', details: { state: law.name } };
      let closed: { zone: string; date: string; time: string; hit: HolidayHit } | undefined;
      let openHoliday: { zone: string; time: string; hit: HolidayHit } | undefined;
      let retryAt = -Infinity;
      let unknown = false;
      for (let kZone = 0; kZone < intent.zones.length; kZone++) {
        const zone = intent.zones[kZone]!;
        const local = localTime(zone, intent.at);
        const hit = m.holidayOn(local.days);
        if (hit === undefined) continue;
        const w = hit.window;
        if (w !== null && local.minuteOfDay >= w.start && local.minuteOfDay < w.end) {
          openHoliday ??= { zone, time: local.time, hit };
          continue;
        }
        closed ??= { zone, date: local.date, time: local.time, hit };
        const r = checkWindow(zone, intent.at, (d, wd) => m.fullWindow(d, wd, zone));
        if (r.retryAt === undefined) unknown = true;
        else retryAt = Math.max(retryAt, r.retryAt);
      }
      if (closed === undefined) {
        if (openHoliday !== undefined) {
          return {
            outcome: 'allow',
            code: 'within_calling_hours',
            details: {
              window: openHoliday.hit.window,
              zones: intent.zones,
              holiday: openHoliday.hit.holidays.map((h) => h.name).join(', '),
              state: law.name,
            },
            citation: citationOf(openHoliday.hit.restrictions),
          };
        }
        // one frozen verdict per dates array (a cached array per zone set and local days)
        let v = notAHoliday.get(dates);
        if (v === undefined) notAHoliday.set(dates, (v = constant({ outcome: 'allow', code: 'not_a_holiday', details: { dates: [...new Set(dates)], state: law.name } })));
        return v;
      }
      const holiday = closed.hit.holidays.map((h) => h.name).join(', ');
      const details = {
        date: closed.date,
        holiday,
        state: law.name,
        zone: closed.zone,
        calendar: closed.hit.restrictions.map((r) => r.calendar)[0],
        provisions: closed.hit.restrictions.map(describe),
      };
      const v: VerdictInput =
        closed.hit.window === null
          ? { outcome: 'deny', code: 'holiday_ban', details, citation: citationOf(closed.hit.restrictions) }
          : {
              outcome: 'deny',
              code: 'outside_calling_hours',
              details: { ...details, localTime: `${closed.date} ${closed.time}`, window: formatWindow(closed.hit.window) },
              citation: citationOf(closed.hit.restrictions),
            };
      if (!unknown) v.retryAt = retryAt;
      return v;
    },
  });
}

/**
 * Which stored attempts a cap counts for an intent, keyed by `per` (default the cap's own key; a
 * `'number-or-subject'` cap is counted twice, by `'number'` and by `'subject'`).
 */
function counter(cap: FrequencyCap, intent: NormalizedIntent, per: Exclude<CapKey, 'number-or-subject'> = cap.per === 'number-or-subject' ? 'number' : cap.per): (a: StoredAttempt) => boolean {
  const outcomes = cap.countedOutcomes;
  const subject = intent.subject;
  const keyed =
    per === 'number'
      ? (a: StoredAttempt) => a.e164 === intent.e164
      : per === 'number-and-subject'
        ? (a: StoredAttempt) => a.e164 === intent.e164 && (subject === undefined || a.subject === undefined || a.subject === subject)
        : // 'subject' and 'debt': the subject on any number, and subject-less attempts to this number
          (a: StoredAttempt) =>
            subject === undefined ? a.e164 === intent.e164 : a.subject === subject || (a.e164 === intent.e164 && a.subject === undefined);
  const uses = cap.numberUses;
  // an attempt whose number use was not recorded counts toward every use-specific cap (conservative)
  return (a) =>
    inScope(cap.scope, a) &&
    (outcomes === undefined || outcomes.includes(a.outcome)) &&
    (uses === undefined || a.numberUse === undefined || uses.includes(a.numberUse)) &&
    keyed(a);
}

/** What a cap counts, in words; a `'number-or-subject'` cap says which of its two counts. */
function countsOf(cap: FrequencyCap, by: 'number' | 'subject'): string {
  if (cap.per !== 'number-or-subject') return cap.counts;
  return by === 'number' ? `${cap.counts} on this number` : `${cap.counts} about this subject, on any number`;
}

/**
 * The verdict of two counts of one cap: a denial when either denies (both: the one that passes
 * later, so retryAt is when both pass at the earliest), else the allow with the larger count.
 */
function stricterCount(a: VerdictInput, b: VerdictInput): VerdictInput {
  if (a.outcome === 'deny' && b.outcome === 'deny') return (b.retryAt ?? Infinity) > (a.retryAt ?? Infinity) ? b : a;
  if (a.outcome === 'deny') return a;
  if (b.outcome === 'deny') return b;
  return Number(b.details?.['count'] ?? 0) > Number(a.details?.['count'] ?? 0) ? b : a;
}

/** Whether a cap covers the intent's number: no use list, the use not given (conservative), or listed. */
function coversUse(cap: FrequencyCap, intent: NormalizedIntent): boolean {
  return cap.numberUses === undefined || intent.numberUse === undefined || cap.numberUses.includes(intent.numberUse);
}

/**
 * `state.<ST>.call-frequency`: every cap of the row in force and in scope, one verdict each
 * (capVerdict from ../shared: a denial's retryAt is when the oldest counted attempt leaves the window).
 * Reads `facts.attempts`, which include pending reservations.
 * @param law - the state row
 * @returns the rule, or undefined when the row has no cap
 * @category State law
 */
export function buildFrequencyRule(law: StateLaw): Rule | undefined {
  const st = law.state;
  const caps = law.frequencyCaps;
  const scopes = caps.map((c) => c.scope);
  if (caps.length === 0) return undefined;
  // Per cap: the frozen allow when no attempt is on file (and no subject to name), what capVerdict gives then.
  const noAttempts = caps.map((cap) => {
    const v = capVerdict([], 0, cap.windowMs, cap.limit, countsOf(cap, 'number'), cap.windowLabel, () => false, {
      state: law.name,
      per: cap.per,
      ...(cap.numberUses !== undefined ? { numberUses: cap.numberUses } : {}),
    });
    v.citation = cap.citation;
    return constant(v);
  });
  return defineRule({
    ...ruleHeader(law, 'call-frequency', `${law.name}: call-frequency caps`, caps),
    needs: needsOf(caps, ['attempts']),
    appliesTo: (i) => i.states.includes(st) && anyInScope(scopes, i),
    evaluate(intent, facts) {
      intent = stateView(intent, st); // RULES.md §7: the state's law, in the state's own zones
      const dates = localDates(intent);
      // one verdict per cap in force and in scope: a single one is returned as is, not in an array
      let first: VerdictInput | undefined;
      let out: VerdictInput[] | undefined;
      for (let k = 0; k < caps.length; k++) {
        const cap = caps[k]!;
        if (!inScope(cap.scope, intent) || !coversUse(cap, intent) || !inForceAt(cap.effective, dates)) continue;
        let v: VerdictInput;
        const exempt = heldExemption(cap.exemptions, intent, facts);
        if (exempt !== undefined) {
          v = { outcome: 'allow', code: 'not_applicable', details: { why: `${exempt}: exempt from the ${law.name} cap`, state: law.name }, citation: cap.citation };
        } else if (facts.attempts.length === 0 && intent.subject === undefined) {
          v = noAttempts[k]!; // nothing counted: the cap's shared allow
        } else {
          const extra: Record<string, unknown> = { state: law.name, per: cap.per };
          if (intent.subject !== undefined) extra['subject'] = intent.subject;
          if (cap.numberUses !== undefined) {
            extra['numberUses'] = cap.numberUses;
            extra['numberUse'] = intent.numberUse ?? 'not given';
          }
          if (cap.per !== 'number-or-subject') {
            v = capVerdict(facts.attempts, intent.at, cap.windowMs, cap.limit, cap.counts, cap.windowLabel, counter(cap, intent), extra);
          } else {
            // two counts: by number, and (with a subject) by subject on any number; either at the limit denies
            v = capVerdict(facts.attempts, intent.at, cap.windowMs, cap.limit, countsOf(cap, 'number'), cap.windowLabel, counter(cap, intent, 'number'), { ...extra, countedBy: 'number' });
            if (intent.subject !== undefined) {
              const bySubject = capVerdict(facts.attempts, intent.at, cap.windowMs, cap.limit, countsOf(cap, 'subject'), cap.windowLabel, counter(cap, intent, 'subject'), { ...extra, countedBy: 'subject' });
              v = stricterCount(v, bySubject);
            }
          }
          v.citation = cap.citation;
        }
        if (first === undefined) first = v;
        else (out ??= [first]).push(v);
      }
      return out ?? first;
    },
  });
}

/**
 * `state.<ST>.consent`: the row's written-consent requirements in force and in scope ("mini-TCPA"
 * laws: FL, OK, MD) deny the call unless the seller holds a live prior express written consent
 * whose scope covers it (a consent the Reassigned Numbers Database says the number has outlived
 * does not count).
 * @param law - the state row
 * @returns the rule, or undefined when the row has no such requirement
 * @category State law
 */
export function buildConsentRule(law: StateLaw): Rule | undefined {
  const st = law.state;
  const items = law.writtenConsent;
  if (items.length === 0) return undefined;
  const scopes = items.map((p) => p.scope);
  return defineRule({
    ...ruleHeader(law, 'consent', `${law.name}: prior express written consent for automated sales calls`, items),
    needs: ['consents', 'reassigned'],
    appliesTo: (i) => i.states.includes(st) && anyInScope(scopes, i),
    evaluate(intent, facts) {
      const dates = localDates(stateView(intent, st)); // in force on the state's own local date
      const active = items.filter((p) => inScope(p.scope, intent) && inForceAt(p.effective, dates));
      if (active.length === 0) return undefined;
      const citation = citationOf(active);
      const c = coveringConsent(intent, facts, true);
      if (c !== undefined) {
        return { outcome: 'allow', code: 'consent_on_file', details: { required: 'prior-express-written', consentId: c.id, kind: c.kind, state: law.name }, citation };
      }
      return { outcome: 'deny', code: 'state_written_consent_required', details: { state: law.name, callType: intent.callType, channel: intent.channel }, citation };
    },
  });
}

/**
 * `state.<ST>.call-restrictions`: the row's technology bans in force and in scope (New Mexico:
 * prerecorded-message autodialing only with an EBR and consent; Nebraska: no ADAD solicitation to a
 * cellular number; Michigan: no solicitation by recorded message). One verdict per restriction
 * that reaches the call: `state_call_barred` unless the records establish every fact the
 * restriction `requires` (then `state_call_conditions_met`). A restriction limited to wireless
 * lines reaches wireless, VoIP and unknown lines (the stricter reading).
 * @param law - the state row
 * @returns the rule, or undefined when the row has no such restriction
 * @category State law
 */
export function buildRestrictionsRule(law: StateLaw): Rule | undefined {
  const st = law.state;
  const items: readonly CallRestriction[] = law.callRestrictions ?? [];
  if (items.length === 0) return undefined;
  const scopes = items.map((p) => p.scope);
  const reaches = (r: CallRestriction, i: NormalizedIntent): boolean => inScope(r.scope, i) && (r.lines === undefined || isWirelessClass(i));
  return defineRule({
    ...ruleHeader(law, 'call-restrictions', `${law.name}: calls barred by technology or line`, items),
    needs: needsOf(items.map((r) => ({ exemptions: r.requires ?? [] }))),
    appliesTo: (i) => i.states.includes(st) && anyInScope(scopes, i),
    evaluate(intent, facts) {
      const dates = localDates(stateView(intent, st)); // in force on the state's own local date
      let first: VerdictInput | undefined;
      let out: VerdictInput[] | undefined;
      for (const r of items) {
        if (!reaches(r, intent) || !inForceAt(r.effective, dates)) continue;
        const base: Record<string, unknown> = { state: law.name, barred: r.barred };
        if (r.lines !== undefined) base['lineType'] = intent.lineType;
        let v: VerdictInput;
        const required = r.requires ?? [];
        const { held, missing } = heldEach(required, intent, facts);
        if (required.length > 0 && missing.length === 0) {
          v = { outcome: 'allow', code: 'state_call_conditions_met', details: { ...base, requires: required.map((e) => EXEMPTION_WORDS[e]), held }, citation: r.citation };
        } else {
          v = {
            outcome: 'deny',
            code: 'state_call_barred',
            details: required.length > 0 ? { ...base, requires: required.map((e) => EXEMPTION_WORDS[e]), missing: missing.map((e) => MISSING_WORDS[e]) } : base,
            citation: r.citation,
          };
        }
        if (first === undefined) first = v;
        else (out ??= [first]).push(v);
      }
      return out ?? first;
    },
  });
}

/**
 * `state.<ST>.call-obligations`: what a permitted call in scope must do under the row's
 * `callObligations` in force on the state's local date (Connecticut's PA 23-98 disclosures, say),
 * returned as obligations. It gives no verdict: it never denies, and a denied call has no obligations.
 * @param law - the state row
 * @returns the rule, or undefined when the row has no such provision
 * @category State law
 */
export function buildObligationsRule(law: StateLaw): Rule | undefined {
  const st = law.state;
  const items = law.callObligations ?? [];
  if (items.length === 0) return undefined;
  const scopes = items.map((p) => p.scope);
  // per item, its obligations with the item's citation, frozen once
  const outputs: readonly ObligationInput[][] = items.map((p) => p.obligations.map((o) => Object.freeze({ ...o, citation: p.citation, ...(o.details ? { details: { ...o.details, state: law.name } } : { details: { state: law.name } }) })));
  return defineRule({
    ...ruleHeader(law, 'call-obligations', `${law.name}: what a permitted call must do`, items),
    // the facts an exemption is read from (a consent, an EBR record)
    needs: needsOf(items),
    appliesTo: (i) => i.states.includes(st) && anyInScope(scopes, i),
    evaluate: () => undefined,
    obligations(intent, facts) {
      const dates = localDates(stateView(intent, st)); // in force on the state's own local date
      let out: ObligationInput[] | undefined;
      for (let k = 0; k < items.length; k++) {
        if (!inScope(items[k]!.scope, intent) || !inForceAt(items[k]!.effective, dates)) continue;
        // waived by a fact on record (an unreadable fact denies the call before obligations are read)
        if (items[k]!.exemptions !== undefined && heldExemption(items[k]!.exemptions, intent, facts) !== undefined) continue;
        out = out === undefined ? outputs[k]! : [...out, ...outputs[k]!];
      }
      return out;
    },
  });
}

/**
 * `state.<ST>.dnc`: deny calls in scope to a number on the state's own list
 * (`facts.suppressions.has('state:ST')`). No exemption is applied (conservative).
 * @param law - the state row
 * @returns the rule, or undefined when the state keeps no list of its own
 * @category State law
 */
export function buildDncRule(law: StateLaw): Rule | undefined {
  const st = law.state;
  const dnc = law.dnc;
  if (!dnc.ownList || dnc.scope === undefined) return undefined;
  const list = dnc.list ?? `state:${st}`;
  const sc = dnc.scope;
  // The rule's one allow verdict, frozen: the engine shares a single Verdict for it.
  const notOnList = constant({ outcome: 'allow', code: 'not_on_dnc', details: { list: `${law.name} state (${list})` } });
  return defineRule({
    id: `state.${st}.dnc`,
    title: `${law.name}: state do-not-call list`,
    pack: PACK,
    jurisdiction: st,
    states: [st],
    citation: dnc.citation,
    effective: dnc.effective,
    confidence: dnc.confidence,
    needs: ['suppressions'],
    appliesTo: (i) => i.states.includes(st) && inScope(sc, i),
    evaluate(_intent, facts) {
      if (facts.suppressions.has(list)) return { outcome: 'deny', code: 'on_state_dnc', details: { state: law.name, list } };
      return notOnList;
    },
  });
}

/** A place name compared with others: its normalized words, and whether it said it is a county. */
interface Place {
  name: string;
  county: boolean;
}

const places = new Map<string, Place>();
/**
 * A place name normalized for comparison: case, punctuation and spacing ignored, a leading "The",
 * "St."/"Ste." read as "Saint"/"Sainte", and a "County"/"Parish"/"Borough" designation ("Erie
 * County", "County of Erie") removed and noted.
 */
function normPlace(raw: string): Place {
  let p = places.get(raw);
  if (p !== undefined) return p;
  let name = raw.normalize('NFKC').toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ' ').trim();
  name = name.replace(/^the /, '');
  let county = false;
  const before = /^(?:county|parish|borough) of (.+)$/.exec(name);
  if (before) {
    name = before[1]!;
    county = true;
  }
  const after = /^(.+) (?:county|parish|borough)$/.exec(name);
  if (after) {
    name = after[1]!;
    county = true;
  }
  name = name.replace(/\bst\b/g, 'saint').replace(/\bste\b/g, 'sainte');
  p = { name, county };
  if (places.size > 10_000) places.clear();
  places.set(raw, p);
  return p;
}

/** A ban's county list, normalized: the names, and those that also name a wider place. */
interface KnownCounties {
  names: ReadonlySet<string>;
  ambiguous: ReadonlySet<string>;
}

const knownCache = new WeakMap<EmergencyBan, KnownCounties | null>();
function knownCounties(ban: EmergencyBan): KnownCounties | undefined {
  let k = knownCache.get(ban);
  if (k === undefined) {
    k = ban.counties?.length
      ? { names: new Set(ban.counties.map((c) => normPlace(c).name)), ambiguous: new Set((ban.ambiguousCounties ?? []).map((c) => normPlace(c).name)) }
      : null;
    knownCache.set(ban, k);
  }
  return k ?? undefined;
}

/**
 * Whether a declaration covers the called party: no areas listed, or the intent's county is one
 * of them; when the county is unknown (or the address is in another state, so the county says
 * nothing about where in this state the phone is) it covers them (conservative). With the state's
 * county list (`known`): an address county not on it counts as unknown, and a declared area not on
 * it (a city, town or village the engine cannot place in a county), or a bare ambiguous name,
 * covers every address in the state (fail closed).
 */
function covers(e: StoredEmergency, st: string, intent: NormalizedIntent, known: KnownCounties | undefined): boolean {
  if (e.counties === undefined || e.counties.length === 0) return true;
  const county = intent.address?.county;
  if (county === undefined) return true;
  const addrState = intent.address?.state;
  if (addrState !== undefined && addrState.toUpperCase() !== st) return true;
  const c = normPlace(county).name;
  if (known !== undefined && !known.names.has(c)) return true;
  return e.counties.some((x) => {
    const area = normPlace(x);
    if (area.name === c) return true;
    if (known === undefined) return false;
    return !known.names.has(area.name) || (!area.county && known.ambiguous.has(area.name));
  });
}

/**
 * `state.<ST>.emergency`: deny calls in scope while a declaration for the state is active
 * (`from` ≤ instant < `to`) and covers the called party; retryAt = the latest end of the
 * declarations in effect. Exemptions of the row (New York: consent, EBR) allow the call.
 * @param law - the state row
 * @returns the rule, or undefined when the state has no emergency ban
 * @category State law
 */
export function buildEmergencyRule(law: StateLaw): Rule | undefined {
  const st = law.state;
  const ban = law.emergencyBan;
  if (ban === undefined) return undefined;
  // The allow verdict without an active declaration, frozen: the engine shares a single Verdict for it.
  const noEmergency = constant({ outcome: 'allow', code: 'no_emergency', details: { state: law.name } });
  return defineRule({
    id: `state.${st}.emergency`,
    title: `${law.name}: no solicitation during a declared emergency`,
    pack: PACK,
    jurisdiction: st,
    states: [st],
    citation: ban.citation,
    effective: ban.effective,
    confidence: ban.confidence,
    needs: needsOf([ban], ['emergencies']),
    appliesTo: (i) => i.states.includes(st) && inScope(ban.scope, i),
    evaluate(intent, facts) {
      intent = stateView(intent, st); // RULES.md §7: the state's law, in the state's own zones
      const active = activeEmergencies(st, intent, facts, ban);
      if (active.length === 0) return noEmergency;
      const exempt = heldExemption(ban.exemptions, intent, facts);
      if (exempt !== undefined) return { outcome: 'allow', code: 'not_applicable', details: { why: `${exempt}: not an unsolicited call`, state: law.name } };
      const until = Math.max(...active.map((e) => e.to));
      return { outcome: 'deny', code: 'emergency_ban', details: emergencyDetails(law, active, until), retryAt: until };
    },
  });
}

/** The declarations in force for the intent in a state (its own zones, its counties). */
function activeEmergencies(st: string, intent: NormalizedIntent, facts: Facts, ban: EmergencyBan): StoredEmergency[] {
  const known = knownCounties(ban);
  return facts.emergencies.filter((e) => e.state.toUpperCase() === st && e.from <= intent.at && intent.at < e.to && covers(e, st, intent, known));
}

/** What a verdict says about the declarations in force: the state, their counties (when every one names some), the end, their ids. */
function emergencyDetails(law: StateLaw, active: readonly StoredEmergency[], until: number): Record<string, unknown> {
  const counties = [...new Set(active.flatMap((e) => e.counties ?? []))];
  return {
    state: law.name,
    ...(counties.length > 0 && active.every((e) => e.counties?.length) ? { counties } : {}),
    to: new Date(until).toISOString(),
    declarations: active.map((e) => e.id),
  };
}

/**
 * `state.<ST>.emergency-advisory`: calls outside the ban that a weaker source says are barred too
 * during a declared emergency (Louisiana: debt-collection calls, RULES.md §4.3 [S]) get a warning,
 * `emergency_advisory`. An advisory rule: it never denies, not even when the declarations cannot be
 * read (then it warns that they could not be).
 * @param law - the state row
 * @returns the rule, or undefined when the row's emergency ban has no advisory
 * @category State law
 */
export function buildEmergencyAdvisoryRule(law: StateLaw): Rule | undefined {
  const st = law.state;
  const advisory = law.emergencyBan?.advisory;
  if (advisory === undefined) return undefined;
  const noEmergency = constant({ outcome: 'allow', code: 'no_emergency', details: { state: law.name } });
  return defineRule({
    id: `state.${st}.emergency-advisory`,
    title: `${law.name}: calls a weaker source says are barred during a declared emergency (warning)`,
    pack: PACK,
    jurisdiction: st,
    states: [st],
    citation: advisory.citation,
    effective: law.emergencyBan!.effective,
    confidence: advisory.confidence,
    needs: ['emergencies'],
    advisory: true,
    appliesTo: (i) => i.states.includes(st) && inScope(advisory.scope, i),
    evaluate(intent, facts) {
      intent = stateView(intent, st);
      const active = activeEmergencies(st, intent, facts, law.emergencyBan!);
      if (active.length === 0) return noEmergency;
      const until = Math.max(...active.map((e) => e.to));
      return { outcome: 'warn', code: 'emergency_advisory', details: { ...emergencyDetails(law, active, until), note: advisory.note } };
    },
  });
}

/**
 * Every rule a state row needs, in a fixed order (hours, holiday, frequency, consent, call
 * restrictions, DNC, emergency, call obligations).
 * @param law - the state row
 * @returns the rules (empty for a row with nothing stricter than federal law)
 * @category State law
 */
export function buildStateRules(law: StateLaw): Rule[] {
  return [buildCallingHoursRule(law), buildHolidayRule(law), buildFrequencyRule(law), buildConsentRule(law), buildRestrictionsRule(law), buildDncRule(law), buildEmergencyRule(law), buildEmergencyAdvisoryRule(law), buildObligationsRule(law)].filter(
    (r): r is Rule => r !== undefined,
  );
}

/**
 * The rules of many rows (the `states` pack is `buildStatePack(stateLaws)`).
 * @param laws - state rows
 * @returns the rules, frozen
 * @category State law
 */
export function buildStatePack(laws: readonly StateLaw[]): readonly Rule[] {
  return Object.freeze(laws.flatMap(buildStateRules));
}
