/**
 * State law as data: one {@link StateLaw} row for each of the 50 states and DC, transcribed from
 * RULES.md §4 (4.1 state table, 4.2 Sunday/holiday bans, 4.3 emergency bans, 4.4 state DNC lists)
 * and the §1.14 timeline. The generic builders in `./builders` turn each row into the rules
 * `state.<ST>.calling-hours`, `.holiday`, `.call-frequency`, `.consent`, `.call-restrictions`,
 * `.dnc`, `.emergency` and `.call-obligations`; adding a state is adding a row.
 *
 * Every item carries its RULES.md mark: `'V'` primary text checked, `'S'` secondary sources only,
 * `'unverified'` not confirmed. Conservative readings (texts assumed covered, residential-only
 * rules applied to every line, exemptions that the engine cannot see ignored) are stated in the
 * item's `notes` or in the row's `notes`.
 *
 * @module
 */
import type { CallType, Confidence, NumberUse, ObligationCode, Outcome, Purpose, SuppressionList } from '../../core/types';
import { holidayCalendars, type HolidayCalendarId } from '../../time/holidays';

/**
 * The `effective.from` of a provision that was in force before any date dialguard evaluates and
 * whose enactment date RULES.md does not record. It is a placeholder, not an enactment date; the
 * item's citation says which text it rests on.
 * @category State law
 */
export const UNDATED = '1970-01-01';

/**
 * When an item is in force: local dates `'YYYY-MM-DD'` at the called party, `from` inclusive,
 * `to` exclusive. `from` is {@link UNDATED} when RULES.md records no start date.
 * @category State law
 */
export interface Effective {
  from: string;
  to?: string;
}

/** A daily window in local time, `'HH:MM'`, `start` inclusive, `end` exclusive. @category State law */
export interface TimeWindow {
  start: string;
  end: string;
}

/**
 * The limit a provision sets on one kind of day: a window, or `null` = no calls that day.
 * (An omitted day property means the provision does not restrict that day.)
 * @category State law
 */
export type DayLimit = TimeWindow | null;

/**
 * Whether an item reaches text messages: `'covered'` RULES.md says so; `'assumed'` RULES.md is
 * silent and texts are included as the conservative reading; `'not-covered'` texts are outside it
 * (device-only rules for voice announcing devices, or a law before the change that added texts).
 * @category State law
 */
export type TextCoverage = 'covered' | 'assumed' | 'not-covered';

/**
 * Which calls an item governs. A call is in scope when its purpose and call type are listed and
 * it is a voice call, or a text and `texts` is not `'not-covered'`.
 * @category State law
 */
export interface CallScope {
  purposes: readonly Purpose[];
  callTypes: readonly CallType[];
  texts: TextCoverage;
  /** The statute's own words for what it covers, shortened. */
  description: string;
}

/**
 * A fact that takes a call out of an item, checked against the engine's records:
 * `'prior-express-consent'` a live consent of the seller covering the call;
 * `'established-business-relationship'` a transaction within 18 months or an inquiry within 3
 * months (the engine's EBR record, 47 CFR 64.1200(f)(5)).
 * @category State law
 */
export type Exemption = 'prior-express-consent' | 'established-business-relationship';

/**
 * A dated calling-hours provision. Weekday = Monday–Friday. Each day property is a window, `null`
 * (banned), or omitted (not restricted by this provision). Several provisions in force for the
 * same call intersect.
 * @category State law
 */
export interface HoursProvision {
  effective: Effective;
  scope: CallScope;
  weekday?: DayLimit;
  saturday?: DayLimit;
  sunday?: DayLimit;
  /** The provision gives the same window as federal law for the same calls: kept as data, no rule is built. */
  restatesFederal?: boolean;
  /**
   * The windows are read on a fixed clock all year instead of local time, e.g.
   * `{ utcOffsetMinutes: -360, label: 'CST' }` for a statute that says "Central Standard Time":
   * under daylight saving time 08:00 CST is 09:00 CDT. Omitted: local time in each candidate zone.
   */
  fixedClock?: { utcOffsetMinutes: number; label: string };
  exemptions?: readonly Exemption[];
  citation: string;
  confidence: Confidence;
  notes?: string;
}

/**
 * A holiday restriction: on a holiday of `calendar` (actual or observed date), no calls in scope
 * (`window: null`) or calls only inside `window`.
 * @category State law
 */
export interface HolidayRestriction {
  calendar: HolidayCalendarId;
  window: TimeWindow | null;
  effective: Effective;
  scope: CallScope;
  exemptions?: readonly Exemption[];
  citation: string;
  confidence: Confidence;
  notes?: string;
}

/**
 * What a frequency cap is keyed by. `'number'`: attempts to the called number.
 * `'number-and-subject'`: attempts to the called number about the intent's subject (attempts with
 * no subject count too; an intent without a subject counts every attempt in scope to the number).
 * `'subject'`: "to a person on the same subject": attempts about the intent's subject on any number
 * (a subject names one person's matter or debt, DESIGN.md, so its calls to that person's other
 * numbers count), plus attempts to the called number with no subject (an intent without a subject
 * counts every attempt in scope to the number). `'debt'`: the same keying, for a debt.
 * `'number-or-subject'`: "to a party" when dialguard has no person id: two counts, attempts to the
 * called number (whatever their subject), and, when the intent has a subject, attempts keyed as
 * `'subject'` (about it on any number, plus subject-less ones to the number); either count at the
 * limit denies.
 * @category State law
 */
export type CapKey = 'number' | 'number-and-subject' | 'subject' | 'debt' | 'number-or-subject';

/**
 * At most `limit` attempts in any `windowMs` ending at the call. Counted: stored attempts (pending
 * reservations included) in `scope`, keyed by `per`, whose outcome is in `countedOutcomes`
 * (default every outcome: conservative).
 * @category State law
 */
export interface FrequencyCap {
  limit: number;
  windowMs: number;
  /** The window in words, e.g. `'24 hours'`. */
  windowLabel: string;
  /** What is counted, in words, e.g. `'solicitation calls on this subject'`. */
  counts: string;
  per: CapKey;
  countedOutcomes?: readonly (Outcome | 'pending')[];
  /**
   * The cap covers only calls to numbers of these uses (e.g. 940 CMR 7.04(1)(f): 2 per 7 days to
   * a personal number, 2 per 30 days elsewhere). An intent whose `numberUse` is not given is
   * covered, and a stored attempt with none is counted (conservative). Omitted: every number.
   */
  numberUses?: readonly NumberUse[];
  scope: CallScope;
  exemptions?: readonly Exemption[];
  effective: Effective;
  citation: string;
  confidence: Confidence;
  notes?: string;
}

/**
 * The state's own do-not-call list. When `ownList`, the rule `state.<ST>.dnc` denies calls in
 * `scope` to numbers the host has put on `list` (`engine.suppressions.add('state:XX', phone)`).
 * @category State law
 */
export interface StateDnc {
  ownList: boolean;
  list?: SuppressionList;
  scope?: CallScope;
  effective: Effective;
  citation: string;
  confidence: Confidence;
  notes?: string;
}

/**
 * A state law that requires prior express written consent for the calls in `scope` (a
 * "mini-TCPA": e.g. automated telephonic sales calls, whatever the line type). The rule
 * `state.<ST>.consent` denies them unless the seller holds a live written consent covering the call.
 * @category State law
 */
export interface WrittenConsentProvision {
  scope: CallScope;
  effective: Effective;
  citation: string;
  confidence: Confidence;
  notes?: string;
}

/**
 * Which lines a {@link CallRestriction} reaches: `'wireless'` numbers on paging, cellular or other
 * called-party-charged service, read as every wireless-class line (wireless, and VoIP or unknown
 * lines, which dialguard treats as wireless: the stricter case).
 * @category State law
 */
export type RestrictedLines = 'wireless';

/**
 * A state law that bars the calls in `scope` outright (a technology ban: recorded-message
 * solicitations, ADAD calls to cellular numbers, ...), on every line or only on `lines`, unless the
 * records establish every fact in `requires` (all of them: New Mexico allows prerecorded-message
 * autodialing only with an established business relationship *and* the called person's consent).
 * The rule `state.<ST>.call-restrictions` denies such a call with `state_call_barred`.
 * @category State law
 */
export interface CallRestriction {
  scope: CallScope;
  /** What the law bars, in words that fit a sentence ("Michigan law bars …"), e.g. `'telephone solicitations by recorded message'`. */
  barred: string;
  /** Only calls to these lines are barred. Omitted: every line. */
  lines?: RestrictedLines;
  /**
   * The call is allowed only when the records establish every one of these. Omitted or empty: no
   * exception, every call in scope is denied.
   */
  requires?: readonly Exemption[];
  effective: Effective;
  citation: string;
  confidence: Confidence;
  notes?: string;
}

/**
 * What a permitted call in `scope` must do under a state's law (disclosures at the start, an offer
 * to end the call, ...), returned as obligations by `state.<ST>.call-obligations`.
 * @category State law
 */
export interface CallObligationProvision {
  scope: CallScope;
  effective: Effective;
  obligations: readonly { code: ObligationCode; description: string; details?: Record<string, unknown> }[];
  /** Facts on record that waive the obligations (any one of them): e.g. Nevada's natural-voice introduction is not needed with a preexisting business relationship. Omitted: always owed. */
  exemptions?: readonly Exemption[];
  citation: string;
  confidence: Confidence;
  notes?: string;
}

/**
 * A ban on calls in `scope` while a declared emergency covers the called party
 * (`engine.emergencies.declare`).
 * @category State law
 */
export interface EmergencyBan {
  scope: CallScope;
  /**
   * Calls outside `scope` that a source says are barred too, on weaker ground: during a declared
   * emergency they get a warning (`emergency_advisory`), not a denial.
   */
  advisory?: { scope: CallScope; note: string; citation: string; confidence: Confidence };
  exemptions?: readonly Exemption[];
  /**
   * The state's counties (parishes, boroughs) by name. When given, a declared area that is not one
   * of them (names compared after normalizing case, punctuation, "St."/"Saint" and a "County"
   * designation) is a city, town or village the engine cannot place in a county: it is treated as
   * covering every address in the state (fail closed); and an address whose county is not one of
   * them tells nothing about where the party is (every declaration covers it). Omitted: declared
   * areas are compared with the address's county by name only.
   */
  counties?: readonly string[];
  /**
   * County names that also name a wider place (New York: the county, the city and the state): a
   * declared area with such a bare name covers every address in the state; written with "County"
   * ("New York County") it is the county.
   */
  ambiguousCounties?: readonly string[];
  effective: Effective;
  citation: string;
  confidence: Confidence;
  notes?: string;
}

/**
 * One state's (or DC's) calling law, as far as RULES.md reports it.
 * @category State law
 */
export interface StateLaw {
  /** USPS code, e.g. `'FL'`. */
  state: string;
  name: string;
  /**
   * Whether RULES.md reports anything stricter than federal law (encoded as a rule or not; what is
   * not encoded is listed in `notes`). `false` rows say where that report comes from in `source`.
   */
  stricterThanFederal: boolean;
  /** Where in RULES.md the row comes from. */
  source: string;
  hours: readonly HoursProvision[];
  holidayBan: readonly HolidayRestriction[];
  frequencyCaps: readonly FrequencyCap[];
  /** State written-consent requirements (FL, OK, MD), read by `state.<ST>.consent`. */
  writtenConsent: readonly WrittenConsentProvision[];
  /** What permitted calls must do under the state's law (CT PA 23-98 disclosures), read by `state.<ST>.call-obligations`. */
  callObligations: readonly CallObligationProvision[];
  /**
   * Calls the state's law bars outright (NM, NE, MI technology bans), read by
   * `state.<ST>.call-restrictions`. Omitted: none.
   */
  callRestrictions?: readonly CallRestriction[];
  dnc: StateDnc;
  /** Only LA and NY. */
  emergencyBan?: EmergencyBan;
  /** One-paragraph summary of what the row covers. */
  covers: string;
  /** The row's sources. */
  citation: string;
  /** The earliest `effective` of the encoded items ({@link UNDATED} when none is dated). */
  effective: Effective;
  /** The weakest mark among the encoded items; for a row with none, the mark of its report. */
  confidence: Confidence;
  notes: readonly string[];
}

// ---------------------------------------------------------------------------------------------
// Building blocks

const HOUR_MS = 3_600_000;
const DAY_MS = 86_400_000;

const TM: readonly Purpose[] = ['telemarketing'];
const DC: readonly Purpose[] = ['debt-collection'];
/**
 * Every purpose: device rules (ADAD statutes) whose text, as RULES.md reports it, names no purpose
 * and records no emergency exemption reach every call the device makes, opt-out confirmations and
 * emergency calls included (fail closed).
 */
const EVERY_PURPOSE: readonly Purpose[] = ['telemarketing', 'informational', 'debt-collection', 'healthcare', 'opt-out-confirmation', 'emergency'];
/** The note of an ADAD hours item applied to every purpose. */
const ADAD_ALL_PURPOSES =
  'RULES.md records no emergency exemption for this ADAD statute: applied to every purpose, emergency calls and opt-out confirmations included (the stricter reading).';
const ALL_CALLS: readonly CallType[] = ['live', 'autodialed', 'prerecorded'];
const AUTOMATED: readonly CallType[] = ['autodialed', 'prerecorded'];
const LIVE: readonly CallType[] = ['live'];
/** Calls a live agent may speak on: dialed by hand or by an autodialer (a prerecorded call plays a message). */
const LIVE_AGENT: readonly CallType[] = ['live', 'autodialed'];

const scope = (purposes: readonly Purpose[], callTypes: readonly CallType[], texts: TextCoverage, description: string): CallScope => ({
  purposes,
  callTypes,
  texts,
  description,
});
const win = (start: string, end: string): TimeWindow => ({ start, end });
const everyDay = (w: TimeWindow) => ({ weekday: w, saturday: w, sunday: w });
const from = (date: string, to?: string): Effective => (to === undefined ? { from: date } : { from: date, to });
const always = from(UNDATED);

const TEXTS_ASSUMED = 'RULES.md does not say whether texts are covered; texts are included (conservative).';
const ADAD_VOICE =
  'Device rule for automatic dialing-announcing devices: applied to autodialed and prerecorded voice calls (conservative: an autodialed call with a live agent is treated as an ADAD call); texts are not ADAD calls.';

const NO_OWN_LIST = (citation: string, confidence: Confidence, notes?: string): StateDnc => ({
  ownList: false,
  effective: always,
  citation,
  confidence,
  ...(notes ? { notes } : {}),
});
const OWN_LIST = (st: string, citation: string, confidence: Confidence, texts: TextCoverage, notes?: string): StateDnc => ({
  ownList: true,
  list: `state:${st}`,
  scope: scope(TM, ALL_CALLS, texts, 'Telephone solicitations to numbers on the state list'),
  effective: always,
  citation,
  confidence,
  ...(notes ? { notes } : {}),
});

const RANK: Record<Confidence, number> = { V: 2, S: 1, unverified: 0 };

/** The weaker of confidence marks. @internal */
export function weakest(marks: readonly Confidence[]): Confidence | undefined {
  let out: Confidence | undefined;
  for (const m of marks) if (out === undefined || RANK[m] < RANK[out]) out = m;
  return out;
}

interface RowInput {
  state: string;
  name: string;
  stricterThanFederal: boolean;
  source: string;
  covers: string;
  citation: string;
  notes?: string[];
  hours?: HoursProvision[];
  holidayBan?: HolidayRestriction[];
  frequencyCaps?: FrequencyCap[];
  writtenConsent?: WrittenConsentProvision[];
  callObligations?: CallObligationProvision[];
  callRestrictions?: CallRestriction[];
  dnc: StateDnc;
  emergencyBan?: EmergencyBan;
  /** The mark of the row's report; required when the row encodes no rule. */
  confidence?: Confidence;
}

function deepFreeze<T>(o: T): T {
  if (o !== null && typeof o === 'object' && !Object.isFrozen(o)) {
    Object.freeze(o);
    for (const v of Object.values(o as Record<string, unknown>)) deepFreeze(v);
  }
  return o;
}

function row(input: RowInput): StateLaw {
  const hours = input.hours ?? [];
  // A holiday restriction is only as sure as its calendar: its mark is the weaker of the two.
  const holidayBan = (input.holidayBan ?? []).map((r) => {
    const mark = weakest([r.confidence, holidayCalendars[r.calendar].confidence])!;
    return mark === r.confidence ? r : { ...r, confidence: mark };
  });
  const frequencyCaps = input.frequencyCaps ?? [];
  const writtenConsent = input.writtenConsent ?? [];
  const callObligations = input.callObligations ?? [];
  const callRestrictions = input.callRestrictions ?? [];
  const encoded: { effective: Effective; confidence: Confidence }[] = [
    ...hours.filter((h) => !h.restatesFederal),
    ...holidayBan,
    ...frequencyCaps,
    ...writtenConsent,
    ...callObligations,
    ...callRestrictions,
    ...(input.dnc.ownList ? [input.dnc] : []),
    ...(input.emergencyBan ? [input.emergencyBan] : []),
  ];
  const confidence = weakest(encoded.map((e) => e.confidence)) ?? input.confidence;
  if (confidence === undefined) throw new TypeError(`[dialguard] state row ${input.state}: a row with no encoded rule needs a confidence`);
  const dated = (encoded.length ? encoded : hours).map((e) => e.effective.from).sort();
  const out: StateLaw = {
    state: input.state,
    name: input.name,
    stricterThanFederal: input.stricterThanFederal,
    source: input.source,
    hours,
    holidayBan,
    frequencyCaps,
    writtenConsent,
    callObligations,
    callRestrictions,
    dnc: input.dnc,
    ...(input.emergencyBan ? { emergencyBan: input.emergencyBan } : {}),
    covers: input.covers,
    citation: input.citation,
    effective: { from: dated[0] ?? UNDATED },
    confidence,
    notes: input.notes ?? [],
  };
  return deepFreeze(out);
}

/** A row for a state RULES.md reports as having nothing stricter than the federal rules. */
function federalOnly(state: string, name: string, mirror?: { citation: string }): StateLaw {
  const report = mirror
    ? `reported to mirror the federal 08:00–21:00 window (${mirror.citation})`
    : 'reported to have no solicitation-hours statute of its own';
  return row({
    state,
    name,
    stricterThanFederal: false,
    source: 'RULES.md §4.1, note after the table (secondary compilations only, not confirmed); §9',
    covers: `Nothing stricter than federal law is reported: ${report}. The federal rules (TCPA, TSR, Regulation F) apply.`,
    citation: mirror ? `${mirror.citation} (reported); RULES.md §4.1 note` : 'RULES.md §4.1 note (secondary compilations; no statute cited)',
    confidence: 'S',
    hours: mirror
      ? [
          {
            effective: always,
            scope: scope(TM, ALL_CALLS, 'assumed', 'Telephone solicitation to a residence'),
            ...everyDay(win('08:00', '21:00')),
            restatesFederal: true,
            citation: mirror.citation,
            confidence: 'S',
            notes: 'Reported by secondary compilations only; same window as 47 CFR 64.1200(c)(1).',
          },
        ]
      : [],
    dnc: NO_OWN_LIST('RULES.md §4.4 lists no own list', 'S'),
    notes: [
      `Report: ${report}; source is secondary compilations only (RULES.md §4.1 note, §9).`,
      ...(state === 'OH' || state === 'IA'
        ? ['Vendor charts that give this state a 09:00 start cite no statute that says so (RULES.md §4.1 note); not encoded.']
        : []),
      ...(state === 'DC' ? ['No emergency-declaration calling ban (RULES.md §4.1 note, §4.3: dnc.com [S]).'] : []),
    ],
  });
}

// ---------------------------------------------------------------------------------------------
// The table

const AL_TM_AUTOMATED = scope(TM, AUTOMATED, 'assumed', 'Automated (autodialed or prerecorded) telephone solicitation calls');
const AL_TM_LIVE = scope(TM, LIVE, 'assumed', 'Live telephone solicitation calls');
const AL_LIVE_NOTE =
  'RULES.md: the rule text addresses automated solicitation calls; live-call coverage is unverified. Applied to live calls as the conservative reading, marked unverified.';

const LA_SOLICITATION = scope(TM, ALL_CALLS, 'assumed', 'Sales/advertising calls by ADAD equipment or a live operator; residential telephonic solicitation');
const RI_SALES = scope(TM, ALL_CALLS, 'assumed', 'Telephonic sales calls');
const UT_SOLICITATION = scope(TM, ALL_CALLS, 'assumed', 'Telephone solicitations');
const NE_PRERECORDED = scope(EVERY_PURPOSE, ['prerecorded'], 'not-covered', 'Prerecorded messages');
/**
 * New York's 62 counties (the five boroughs of New York City are the counties Bronx, Kings, New
 * York, Queens and Richmond), as listed by the U.S. Census Bureau (FIPS county codes 36001 Albany
 * to 36123 Yates). Public knowledge, not from RULES.md; used to tell a county from a city, town or
 * village in an emergency declaration.
 */
const NY_COUNTIES: readonly string[] = [
  'Albany', 'Allegany', 'Bronx', 'Broome', 'Cattaraugus', 'Cayuga', 'Chautauqua', 'Chemung', 'Chenango', 'Clinton', 'Columbia',
  'Cortland', 'Delaware', 'Dutchess', 'Erie', 'Essex', 'Franklin', 'Fulton', 'Genesee', 'Greene', 'Hamilton', 'Herkimer',
  'Jefferson', 'Kings', 'Lewis', 'Livingston', 'Madison', 'Monroe', 'Montgomery', 'Nassau', 'New York', 'Niagara', 'Oneida',
  'Onondaga', 'Ontario', 'Orange', 'Orleans', 'Oswego', 'Otsego', 'Putnam', 'Queens', 'Rensselaer', 'Richmond', 'Rockland',
  'St. Lawrence', 'Saratoga', 'Schenectady', 'Schoharie', 'Schuyler', 'Seneca', 'Steuben', 'Suffolk', 'Sullivan', 'Tioga',
  'Tompkins', 'Ulster', 'Warren', 'Washington', 'Wayne', 'Westchester', 'Wyoming', 'Yates',
];
const TX_VOICE = scope(TM, ALL_CALLS, 'not-covered', 'Consumer telephone calls: unsolicited calls to a residential number to sell or finance consumer goods or services');
const TX_WITH_TEXTS = scope(TM, ALL_CALLS, 'covered', 'Consumer telephone calls and, from SB 140, texts/images (telephone solicitations)');

/** The rows, in any order. */
const ROWS: StateLaw[] = [
  row({
    state: 'AL',
    name: 'Alabama',
    stricterThanFederal: true,
    source: 'RULES.md §4.1 (AL), §4.2 (AL)',
    covers:
      'Telephone solicitation: 08:00–20:00, no calls on Sundays or holidays (Ala. Code 1-3-8 holidays plus federal Juneteenth). Automated calls [V]; live calls conservatively (coverage unverified).',
    citation: 'Ala. Admin. Code r. 770-X-5-.17(1)(b); Ala. Code 8-19C; Ala. Code 1-3-8',
    hours: [
      {
        effective: always,
        scope: AL_TM_AUTOMATED,
        ...everyDay(win('08:00', '20:00')),
        sunday: null,
        citation: 'Ala. Admin. Code r. 770-X-5-.17(1)(b)',
        confidence: 'V',
        notes: TEXTS_ASSUMED,
      },
      {
        effective: always,
        scope: AL_TM_LIVE,
        ...everyDay(win('08:00', '20:00')),
        sunday: null,
        citation: 'Ala. Admin. Code r. 770-X-5-.17(1)(b)',
        confidence: 'unverified',
        notes: AL_LIVE_NOTE,
      },
    ],
    holidayBan: [
      { calendar: 'AL', window: null, effective: always, scope: AL_TM_AUTOMATED, citation: 'Ala. Admin. Code r. 770-X-5-.17(1)(b); Ala. Code 1-3-8', confidence: 'V' },
      { calendar: 'AL', window: null, effective: always, scope: AL_TM_LIVE, citation: 'Ala. Admin. Code r. 770-X-5-.17(1)(b); Ala. Code 1-3-8', confidence: 'unverified', notes: AL_LIVE_NOTE },
    ],
    dnc: NO_OWN_LIST('Ala. Code 8-19C (state list merged with the national registry)', 'V'),
    notes: [
      'Not encoded (call-handling obligations): 10-second ADAD disconnect; identification within 20 s.',
      'Mardi Gras (a legal holiday only in Baldwin and Mobile counties) is in the AL calendar statewide (conservative).',
    ],
  }),
  federalOnly('AK', 'Alaska'),
  row({
    state: 'AZ',
    name: 'Arizona',
    stricterThanFederal: true,
    source: 'RULES.md §4.1 (AZ), §4.4',
    covers:
      'No state calling-hours statute found (federal 08:00–21:00 applies; absence not confirmed). Stricter rules not encoded here: automated solicitation without permission or EBR banned; unsolicited telephone sales calls to mobile or paging numbers prohibited.',
    citation: 'A.R.S. 13-2919; 44-1282; 44-1273(A); 44-1278(B) (Arizona Secretary of State overview)',
    confidence: 'S',
    dnc: NO_OWN_LIST('A.R.S. 44-1282 (national registry, incl. texts)', 'V'),
    notes: [
      'Not encoded: A.R.S. 13-2919 (automated selection/dialing plus recorded message or text for solicitation only with prior express invitation/permission or an existing business relationship) — a consent rule, left to the consent rules.',
      'Not encoded: the A.R.S. 44-1278(B) ban on unsolicited telephone sales calls to mobile or paging numbers [S]: its wording and the meaning of "unsolicited" were not read (RULES.md §4.1, §9).',
    ],
  }),
  federalOnly('AR', 'Arkansas'),
  row({
    state: 'CA',
    name: 'California',
    stricterThanFederal: true,
    source: 'RULES.md §4.1 (CA)',
    covers: 'Calls by automatic dialing-announcing device (ADAD): 09:00–21:00 California time, every day, and a natural-voice introduction before the recorded message unless the called person agreed in advance. Live calls follow the federal window.',
    citation: 'Cal. Pub. Util. Code 2871, 2872(c), 2873; 2874',
    hours: [
      {
        effective: always,
        scope: scope(EVERY_PURPOSE, AUTOMATED, 'not-covered', 'Calls by an automatic dialing-announcing device (any purpose)'),
        ...everyDay(win('09:00', '21:00')),
        citation: 'Cal. Pub. Util. Code 2872(c)',
        confidence: 'V',
        notes: `RULES.md: "no ADAD call received in CA between 21:00 and 09:00" — read as every ADAD call, not only solicitations. ${ADAD_ALL_PURPOSES} ${ADAD_VOICE}`,
      },
    ],
    callObligations: [
      {
        scope: scope(EVERY_PURPOSE, ['prerecorded'], 'not-covered', 'Calls by an automatic dialing-announcing device (any purpose)'),
        effective: always,
        obligations: [
          {
            code: 'natural_voice_introduction',
            description: 'Before the recorded message plays, introduce the call in an unrecorded, natural voice (California: an ADAD message only with the called person\'s prior agreement or after such an introduction).',
          },
        ],
        exemptions: ['prior-express-consent'],
        citation: 'Cal. Pub. Util. Code 2873; 2874',
        confidence: 'S',
        notes:
          'RULES.md: "ADAD only with the called person\'s prior agreement or after an unrecorded natural-voice introduction (PUC 2873–2874)" (2873 [V], 2874 [S title only]: marked S). A consent of the seller covering the call is read as the prior agreement; without one the introduction is owed. Applied to prerecorded voice calls (the recorded message); the introduction\'s content beyond that is not in RULES.md.',
      },
    ],
    dnc: NO_OWN_LIST('RULES.md §4.1: no California list', 'V'),
    notes: ['No California live-call hours statute found (not confirmed).'],
  }),
  federalOnly('CO', 'Colorado'),
  row({
    state: 'CT',
    name: 'Connecticut',
    stricterThanFederal: true,
    source: 'RULES.md §4.1 (CT), §1.14 (2023-10-01), §4.4',
    covers: 'Telephonic sales calls, texts included: 09:00–20:00 from 2023-10-01 (PA 23-98). State "no sales solicitation calls" listing (identical to the national registry).',
    citation: 'Conn. Gen. Stat. 42-284 et seq., 42-288a; PA 23-98 (SB 1058)',
    hours: [
      {
        effective: from('2023-10-01'),
        scope: scope(TM, ALL_CALLS, 'covered', 'Telephonic sales calls, incl. texts, OTT messages and soundboard calls'),
        ...everyDay(win('09:00', '20:00')),
        citation: 'Conn. Gen. Stat. 42-288a as amended by PA 23-98 (SB 1058)',
        confidence: 'S',
        notes: 'Effective date 2023-10-01 per RULES.md §1.14 [S]. Hours before that date are not in RULES.md and are not encoded.',
      },
    ],
    callObligations: [
      {
        effective: from('2023-10-01'),
        // the duties are about what is said on the call and how fast: voice calls (a text identifies its sender in writing)
        scope: scope(TM, ALL_CALLS, 'not-covered', 'Telephonic sales calls (voice)'),
        obligations: [
          {
            code: 'disclose_identity_and_purpose',
            description: 'Within the first 10 seconds, say who is calling, on whose behalf, and the purpose of the call.',
            details: { withinSeconds: 10 },
          },
          {
            code: 'offer_to_end_or_remove',
            description: 'Promptly ask whether the person wishes to continue the call, end it, or be removed from the caller\'s list.',
          },
          {
            code: 'end_call_on_request',
            description: 'If the person asks to end the call or to be removed, end the call within 10 seconds.',
            details: { withinSeconds: 10 },
          },
        ],
        citation: 'Conn. Gen. Stat. 42-288a as amended by PA 23-98 (SB 1058)',
        confidence: 'S',
        notes: 'RULES.md §4.1 (CT) [S]: "disclose identity, entity, purpose within 10 s; offer continue/end/remove; end within 10 s if asked".',
      },
    ],
    dnc: OWN_LIST('CT', 'Conn. Gen. Stat. 42-288a ("no sales solicitation calls" listing, identical to the national registry)', 'V', 'covered'),
    notes: [
      'Not encoded: PEWC "generally required for telephonic sales calls" (RULES.md §4.1 does not say which calls; PA 23-98 makes consent an exclusion from "telephonic sales call" rather than a freestanding requirement); CT area-code presumption.',
    ],
  }),
  federalOnly('DC', 'District of Columbia', { citation: 'D.C. Code 22-3226.08 (residence)' }),
  federalOnly('DE', 'Delaware'),
  row({
    state: 'FL',
    name: 'Florida',
    stricterThanFederal: true,
    source: 'RULES.md §4.1 (FL, FL collection), §1.14 (2021-07-01), §4.4',
    covers:
      'Commercial telephone solicitation: 08:00–20:00 and at most 3 calls per 24 h to a person on the same subject matter, from any number (both from 2021-07-01; before, the federal 08:00–21:00 window). Florida DNC list. Debt collection by any person (incl. creditors, law firms): no communication 21:00–08:00 — same as the federal window.',
    citation: 'Fla. Stat. 501.616(6)(a)–(b) (SB 1120, ch. 2021-185); Fla. Stat. 559.72(17); Florida DNC list',
    hours: [
      {
        effective: from('2021-07-01'),
        scope: scope(TM, ALL_CALLS, 'assumed', 'Commercial telephone solicitation calls'),
        ...everyDay(win('08:00', '20:00')),
        citation: 'Fla. Stat. 501.616(6)(a) (SB 1120, ch. 2021-185, eff. 2021-07-01)',
        confidence: 'V',
        notes: `${TEXTS_ASSUMED} Whether the hours bind parties otherwise exempt from the FL Telemarketing Act is unverified; applied to every caller (conservative).`,
      },
      {
        effective: always,
        scope: scope(DC, ALL_CALLS, 'covered', 'Communications by any person collecting a consumer debt'),
        ...everyDay(win('08:00', '21:00')),
        restatesFederal: true,
        citation: 'Fla. Stat. 559.72(17)',
        confidence: 'V',
        notes:
          'No communication 21:00–08:00 in the debtor\'s time zone without consent; area-code presumption; applies to any person incl. creditors and law firms; emails excluded since 2025-05-16 (SB 232). Same window as regf.inconvenient-time, which dialguard applies to every debt-collection call.',
      },
    ],
    frequencyCaps: [
      {
        limit: 3,
        windowMs: 24 * HOUR_MS,
        windowLabel: '24 hours',
        counts: 'commercial telephone solicitation calls to this person on this subject',
        per: 'subject',
        scope: scope(TM, ALL_CALLS, 'assumed', 'Commercial telephone solicitation calls, from any number'),
        effective: from('2021-07-01'),
        citation: 'Fla. Stat. 501.616(6)(b) (SB 1120, ch. 2021-185, eff. 2021-07-01)',
        confidence: 'V',
        notes: `Counts every attempt in scope about the subject, to any of the person's numbers, from any calling number and seller, and every subject-less attempt to the number; without a subject, every solicitation attempt to the number, whatever its subject (calls to the person's other numbers are seen only through a shared subject). ${TEXTS_ASSUMED}`,
      },
    ],
    writtenConsent: [
      {
        scope: scope(TM, AUTOMATED, 'covered', 'Telephonic sales calls (texts included) using an automated system for the selection and dialing of numbers, or a recorded message'),
        effective: always,
        citation: 'Fla. Stat. 501.059 (FTSA; "autodialer" as narrowed by HB 761, 2023)',
        confidence: 'V',
        notes: 'Prior express written consent for automated or recorded-message telephonic sales calls, whatever the line type (the TCPA needs none for an autodialed call with a live agent to a landline). RULES.md gives no start date for the requirement: applied to every instant (conservative). Florida\'s narrower "selection and dialing" definition is not modelled: every autodialed telemarketing call or text is treated as covered (conservative).',
      },
    ],
    dnc: OWN_LIST('FL', 'Florida do-not-call list (RULES.md §4.1 FL row, §4.4)', 'V', 'assumed'),
    notes: [
      'Not encoded here: 15-day "STOP" cure before suing over texts. HB 761 (2023) effective date unverified.',
    ],
  }),
  row({
    state: 'GA',
    name: 'Georgia',
    stricterThanFederal: true,
    source: 'RULES.md §4.1 (GA), §4.3, §4.4',
    covers: 'Hours 08:00–21:00 (same as federal). Recorded/computer solicitation calls need a live-operator introduction and consent (not encoded). State list merged into the national registry. No emergency ban.',
    citation: 'O.C.G.A. 46-5-187(3); GA consumer page',
    confidence: 'S',
    hours: [
      {
        effective: always,
        scope: scope(TM, ALL_CALLS, 'assumed', 'Telephone solicitation (telecom companies)'),
        ...everyDay(win('08:00', '21:00')),
        restatesFederal: true,
        citation: 'O.C.G.A. 46-5-187(3)',
        confidence: 'V',
      },
    ],
    dnc: NO_OWN_LIST('GA consumer page (state list merged into the national registry)', 'V'),
    notes: [
      'Not encoded: recorded or computer-generated solicitation calls need a live-operator introduction and the called person\'s consent [S consumer-sos].',
      'No emergency-declaration calling ban (RULES.md §4.3: dnc.com [S]).',
    ],
  }),
  federalOnly('HI', 'Hawaii', { citation: 'HRS 481P-3 (residence)' }),
  federalOnly('IA', 'Iowa'),
  federalOnly('ID', 'Idaho'),
  federalOnly('IL', 'Illinois', { citation: '815 ILCS 413/15' }),
  row({
    state: 'IN',
    name: 'Indiana',
    stricterThanFederal: true,
    source: 'RULES.md §4.1 (IN), §4.4',
    covers: 'No Indiana solicitation-hours provision found (federal window applies; absence not confirmed). Indiana do-not-call list, covering texts (SMS/MMS/OTT).',
    citation: 'IC 24-4.7; IC 24-4.7-2-9; IC 24-5-14-5',
    dnc: OWN_LIST('IN', 'IC 24-4.7 (Indiana do-not-call list; covers SMS/MMS/OTT)', 'V', 'covered'),
    notes: ['Not encoded: ADAD only with subscriber consent or a live-operator introduction obtaining consent (IC 24-5-14-5).', 'Hours: absence of a provision unverified.'],
  }),
  federalOnly('KS', 'Kansas'),
  row({
    state: 'KY',
    name: 'Kentucky',
    stricterThanFederal: true,
    source: 'RULES.md §4.1 (KY), §9',
    covers:
      'ADAD calls 08:00–21:00 (same as federal). Live solicitations to a residence reported as 10:00–21:00 (KRS 367.46955; unverified): encoded as an unverified rule, the conservative choice, for live and autodialed voice calls (an autodialed call may connect a live agent).',
    citation: 'KRS 367.461(2)(a)–(f); KRS 367.46994; KRS 367.46955 (reported)',
    hours: [
      {
        effective: always,
        scope: scope(TM, AUTOMATED, 'not-covered', 'Solicitation calls by automated calling equipment'),
        ...everyDay(win('08:00', '21:00')),
        restatesFederal: true,
        citation: 'KRS 367.461(2)',
        confidence: 'V',
      },
      {
        effective: always,
        scope: scope(TM, LIVE_AGENT, 'not-covered', 'Live telephone solicitations to a residence (a live agent, dialed by hand or by an autodialer)'),
        ...everyDay(win('10:00', '21:00')),
        citation: 'KRS 367.46955 (reported by the Drop Cowboy state chart, 2025-11; subsection text not read)',
        confidence: 'unverified',
        notes:
          'RULES.md: the 10:00 start rests on one secondary chart [S] and the statute text was not read (unverified). Encoded because a conservative library should not place a live solicitation at 09:00 on an unconfirmed report: the cost of waiting an hour is small, the cost of a violation is not. Applied to every line type (the report says "to a residence"). An autodialed voice call that connects a live agent is a live solicitation too: autodialed voice calls are in scope (dialguard cannot tell an autodialed call with a live agent from one that plays a message, so every autodialed call is held to 10:00; prerecorded calls follow the ADAD item). Drop or override this rule once the text is confirmed either way.',
      },
    ],
    dnc: NO_OWN_LIST('KRS 367.46994 ("zero call" list transferred to the national registry)', 'V'),
    notes: [
      'Not encoded (device obligations): consent; name and number in the first 25 s and at the end; disconnect within 10 s; attended device; no random/sequential dialing; no calls to unlisted numbers.',
    ],
  }),
  row({
    state: 'LA',
    name: 'Louisiana',
    stricterThanFederal: true,
    source: 'RULES.md §4.1 (LA), §4.2 (LA), §4.3 (LA), §4.4',
    covers:
      'Solicitation by ADAD or live operator: 08:00–20:00 Monday–Saturday, none on Sundays or state holidays (La. R.S. 1:55 list, incl. Mardi Gras). LPSC do-not-call list. No solicitation during a governor-declared state of emergency.',
    citation: 'La. R.S. 45:811(1)–(5); LPSC General Order R-29617; La. R.S. 45:844.14; La. R.S. 45:844.31; La. R.S. 1:55(A)(1)',
    hours: [
      {
        effective: always,
        scope: LA_SOLICITATION,
        weekday: win('08:00', '20:00'),
        saturday: win('08:00', '20:00'),
        sunday: null,
        citation: 'La. R.S. 45:811(1)–(5); LPSC General Order R-29617',
        confidence: 'V',
        notes: `R.S. 45:811 also covers poll calls, which have no purpose in dialguard. ${TEXTS_ASSUMED}`,
      },
    ],
    holidayBan: [
      {
        calendar: 'LA',
        window: null,
        effective: always,
        scope: LA_SOLICITATION,
        citation: 'La. R.S. 45:811(3); La. R.S. 1:55(A)(1)',
        confidence: 'V',
        notes:
          'The LPSC enforces its own list (not every statutory holiday); the statutory list is used (conservative). Governor-declared days (e.g. 2023-07-03) are not in the calendar: a host can enter one as an emergency declaration for LA, which state.LA.emergency enforces.',
      },
    ],
    dnc: OWN_LIST('LA', 'La. R.S. 45:844.14 (LPSC list)', 'V', 'assumed'),
    emergencyBan: {
      scope: scope(TM, ALL_CALLS, 'assumed', 'Telephonic solicitation'),
      effective: always,
      citation: 'La. R.S. 45:844.31; LPSC notice 2024-09-24',
      confidence: 'V',
      // RULES.md §4.3: "LPSC treats all telephonic solicitation (even exempt calls, incl. collection per one alert) as prohibited" [S]
      advisory: {
        scope: scope(DC, ALL_CALLS, 'assumed', 'Debt-collection calls'),
        note: 'the Louisiana PSC has treated all telephonic solicitation as barred while it reports to the EOC, and one alert says collection calls too: check before calling.',
        citation: 'LPSC notice 2024-09-24; allaboutadvertisinglaw 2021 (collection calls)',
        confidence: 'S',
      },
      notes:
        'The statutory exemptions (express request ≤6 months old, existing debt/contract, business relationship ≤6 months, some nonprofits) are not applied: the LPSC treats all telephonic solicitation as prohibited while it reports to the EOC. One alert says collection calls too [S]: debt-collection calls get a warning (emergency_advisory), not a denial.',
    },
    notes: ['Ad-hoc governor holidays and the LPSC list are not encoded (see the holiday item).'],
  }),
  row({
    state: 'MA',
    name: 'Massachusetts',
    stricterThanFederal: true,
    source: 'RULES.md §4.1 (MA), §4.4, §8 item 3',
    covers:
      'Telephone solicitation: 08:00–20:00. Debt collection: at most 2 calls per 7 days per debt to the debtor\'s residence, cell or other personal number, and 2 per 30 days per debt to any other number (e.g. work). Massachusetts do-not-call list.',
    citation: '201 CMR 12.02(2), (4); 201 CMR 12.00; M.G.L. c.159C; 940 CMR 7.04–7.05; 209 CMR 18.16',
    hours: [
      {
        effective: always,
        scope: scope(TM, ALL_CALLS, 'assumed', 'Telephone solicitation calls'),
        ...everyDay(win('08:00', '20:00')),
        citation: '201 CMR 12.02(2), (4)',
        confidence: 'V',
        notes: TEXTS_ASSUMED,
      },
    ],
    frequencyCaps: [
      {
        limit: 2,
        windowMs: 7 * DAY_MS,
        windowLabel: '7 days',
        counts: 'debt-collection calls and texts about this debt to a personal number',
        per: 'debt',
        numberUses: ['personal'],
        scope: scope(DC, ALL_CALLS, 'covered', 'Debt-collection communications by telephone (calls, texts, recorded messages) to a residence, cell or other personal number'),
        effective: always,
        citation: '940 CMR 7.04(1)(f) (creditors); 209 CMR 18.16(1)(d) (licensed collectors, incl. texts)',
        confidence: 'V',
        notes:
          'Counted per debt on any personal number (a residence and a cell together), and every attempt whatever its outcome (conservative). An intent or attempt without `numberUse` counts as personal here and as "elsewhere" in the 30-day cap (both apply).',
      },
      {
        limit: 2,
        windowMs: 30 * DAY_MS,
        windowLabel: '30 days',
        counts: 'debt-collection calls and texts about this debt to numbers other than a personal number',
        per: 'debt',
        numberUses: ['work', 'other'],
        scope: scope(DC, ALL_CALLS, 'covered', 'Debt-collection communications by telephone (calls, texts, recorded messages) other than to a residence, cell or other personal number'),
        effective: always,
        citation: '940 CMR 7.04(1)(f) (creditors); 209 CMR 18.16(1)(d) (licensed collectors, incl. texts)',
        confidence: 'V',
        notes:
          'Counted per debt on any number that is not a personal one, every outcome (conservative). An intent whose `numberUse` is not given is held to this cap as well (it may be a work number): set `numberUse: \'personal\'` for a residence or cell.',
      },
    ],
    dnc: OWN_LIST('MA', '201 CMR 12.00; M.G.L. c.159C (Massachusetts do-not-call list)', 'V', 'assumed'),
    notes: [
      'Not encoded: unsolicited sales calls by recorded message device prohibited (a technology ban, left to the consent rules); debt-collection visits ≤1 per 30 days (not a call).',
    ],
  }),
  row({
    state: 'MD',
    name: 'Maryland',
    stricterThanFederal: true,
    source: 'RULES.md §4.1 (MD), §1.14 (2024-01-01)',
    covers: 'Telephone solicitation calls and texts from 2024-01-01 (Stop the Spam Calls Act): 08:00–20:00, and at most 3 per 24 h on the same subject to the same person.',
    citation: 'Md. Code, Com. Law 14-4501, 14-4502(a); 14-4502(c) (reported); SB 90 (2023)',
    hours: [
      {
        effective: from('2024-01-01'),
        scope: scope(TM, ALL_CALLS, 'covered', 'Telephone solicitation calls and texts'),
        ...everyDay(win('08:00', '20:00')),
        citation: 'Md. Code, Com. Law 14-4502(c) (Stop the Spam Calls Act of 2023, SB 90; section reported by secondary sources)',
        confidence: 'S',
      },
    ],
    frequencyCaps: [
      {
        limit: 3,
        windowMs: 24 * HOUR_MS,
        windowLabel: '24 hours',
        counts: 'solicitation calls and texts to this person on this subject',
        per: 'subject',
        scope: scope(TM, ALL_CALLS, 'covered', 'Telephone solicitation calls and texts'),
        effective: from('2024-01-01'),
        citation: 'Md. Code, Com. Law 14-4502(c) (Stop the Spam Calls Act of 2023, SB 90; section reported by secondary sources)',
        confidence: 'S',
        notes: 'Counted: attempts about the subject to any of the person\'s numbers, and subject-less attempts to the number; without a subject, every solicitation attempt to the number, whatever its subject (calls to the person\'s other numbers are seen only through a shared subject).',
      },
    ],
    writtenConsent: [
      {
        scope: scope(TM, AUTOMATED, 'covered', 'Telephone solicitations using an automated system for the selection or dialing of numbers, or a recorded message'),
        effective: from('2024-01-01'),
        citation: 'Md. Code, Com. Law 14-4502(a)(3) (Stop the Spam Calls Act of 2023, SB 90)',
        confidence: 'V',
        notes: 'Prior express written consent for automated ("selection or dialing") or recorded-message solicitations, whatever the line type; texts covered. Applied to every autodialed or prerecorded telemarketing call and text (conservative).',
      },
    ],
    dnc: NO_OWN_LIST('RULES.md §4.1: national registry', 'S'),
    notes: ['Not encoded: anti-spoofing; the 14-4502(a)(1) exemptions (isolated transactions, certain nonprofits, B2B by a seller operating ≥3 years under the same name) are not applied (conservative).'],
  }),
  row({
    state: 'ME',
    name: 'Maine',
    stricterThanFederal: true,
    source: 'RULES.md §4.1 (ME), §4.2 (ME), §8 item 3',
    covers: 'ADAD solicitation calls: weekdays 09:00–17:00 only (none on weekends), and at most 1 completed call per number per 8 hours.',
    citation: '10 M.R.S. 1498(3) as quoted in LD 392 (121st Leg., 2003); 10 M.R.S. 1499-B(4)',
    hours: [
      {
        effective: always,
        scope: scope(TM, AUTOMATED, 'not-covered', 'Solicitation calls by automatic dialing-announcing device'),
        weekday: win('09:00', '17:00'),
        saturday: null,
        sunday: null,
        citation: '10 M.R.S. 1498(3) (as quoted in LD 392, 2003)',
        confidence: 'V',
        notes: `Checked against the 2003 bill text; the current version of 1498 was not read. ${ADAD_VOICE}`,
      },
    ],
    frequencyCaps: [
      {
        limit: 1,
        windowMs: 8 * HOUR_MS,
        windowLabel: '8 hours',
        counts: 'completed ADAD solicitation calls to this number',
        per: 'number',
        countedOutcomes: ['answered-live', 'voicemail', 'abandoned', 'pending'],
        scope: scope(TM, AUTOMATED, 'not-covered', 'Completed ADAD solicitation calls'),
        effective: always,
        citation: '10 M.R.S. 1498(3) (as quoted in LD 392, 2003)',
        confidence: 'V',
        notes: 'A call counts as completed when it was answered by a person or a machine (answered-live, voicemail, abandoned); pending reservations count (conservative).',
      },
    ],
    dnc: NO_OWN_LIST('10 M.R.S. 1499-B(4) (the national registry may serve as the Maine list)', 'V'),
    notes: ['Not encoded: ADAD solicitations barred to emergency numbers; device must disconnect ≤5 s after hang-up; permitted ADAD uses limited to listed exceptions.'],
  }),
  row({
    state: 'MI',
    name: 'Michigan',
    stricterThanFederal: true,
    source: 'RULES.md §4.1 (MI), §9',
    covers: 'Unsolicited commercial telephone calls: 09:00–21:00 (reported; statute text not read). No telephone solicitation by recorded message.',
    citation: 'MCL 750.540e(1)(f) (reported); MCL 445.111a; MI AG',
    hours: [
      {
        effective: always,
        scope: scope(TM, ALL_CALLS, 'assumed', 'Unsolicited commercial telephone calls'),
        ...everyDay(win('09:00', '21:00')),
        citation: 'MCL 750.540e(1)(f) (listed among MI telemarketing statutes; 09:00 start per Drop Cowboy chart 2025-11; statute text not read)',
        confidence: 'S',
        notes: `The clause sits in a malicious-use statute that requires intent to annoy or harass; RULES.md says to treat it as binding anyway. ${TEXTS_ASSUMED}`,
      },
    ],
    callRestrictions: [
      {
        scope: scope(TM, ['prerecorded'], 'not-covered', 'Telephone solicitations by recorded message'),
        barred: 'telephone solicitations by recorded message',
        effective: always,
        citation: 'MCL 445.111a (title); MI AG',
        // the statute's title and the AG's page were read [V], its text was not: marked S
        confidence: 'S',
        notes:
          'RULES.md: "Telephone solicitation by recorded message prohibited" (MCL 445.111a [V title]; MI AG [V]) and records no exception: none applied (consent or an EBR does not allow the call). The section text was not read. Applied to every prerecorded telemarketing voice call, artificial voices included, on every line; texts are not recorded messages.',
      },
    ],
    dnc: NO_OWN_LIST('RULES.md §4.1: national registry (state adopted)', 'V'),
    notes: [],
  }),
  row({
    state: 'MN',
    name: 'Minnesota',
    stricterThanFederal: true,
    source: 'RULES.md §4.1 (MN), §9',
    covers: 'Commercial telephone solicitation: 09:00–21:00 (reported; statute text not read).',
    citation: 'Minn. Stat. 325E.30 (reported); 325E.27; 325E.312–.314',
    hours: [
      {
        effective: always,
        scope: scope(TM, ALL_CALLS, 'assumed', 'Commercial telephone solicitation'),
        ...everyDay(win('09:00', '21:00')),
        citation: 'Minn. Stat. 325E.30 (hours per Drop Cowboy state chart 2025-11; statute text not read)',
        confidence: 'S',
        notes: `Reportedly limited to residential subscribers; applied to every line (conservative). ${TEXTS_ASSUMED}`,
      },
    ],
    dnc: NO_OWN_LIST('Minn. Stat. 325E.312–.314 (national registry; list access ≤90 days)', 'V'),
    notes: ['Not encoded: ADAD only with consent or a live-operator introduction (325E.27).'],
  }),
  federalOnly('MO', 'Missouri', { citation: 'RSMo 407.1076 (residence)' }),
  row({
    state: 'MS',
    name: 'Mississippi',
    stricterThanFederal: true,
    source: 'RULES.md §4.1 (MS), §4.2 (MS)',
    covers: 'Telephone solicitation: 08:00–20:00 and none on Sundays; unsolicited sales calls to residential numbers 08:00–21:00 Central Standard Time (09:00–22:00 CDT in summer), so 09:00–20:00 CDT in summer. The holiday ban was repealed in 2024 (not encoded, see notes).',
    citation: 'Miss. Code 77-3-723(1); 77-3-603; dnc.com 2024-06-03; ALFA',
    hours: [
      {
        effective: always,
        scope: scope(TM, ALL_CALLS, 'assumed', 'Telephone solicitations'),
        ...everyDay(win('08:00', '20:00')),
        sunday: null,
        citation: 'Miss. Code 77-3-723(1) (MTSA)',
        confidence: 'S',
        notes: TEXTS_ASSUMED,
      },
      {
        effective: always,
        scope: scope(TM, ALL_CALLS, 'assumed', 'Unsolicited telephonic sales calls to a residential telephone number'),
        ...everyDay(win('08:00', '21:00')),
        sunday: null,
        fixedClock: { utcOffsetMinutes: -360, label: 'CST' },
        citation: 'Miss. Code 77-3-603(a)',
        confidence: 'S',
        notes:
          '"Central Standard Time" read literally, the stricter reading: UTC−6 all year, so under daylight saving time the window is 09:00–22:00 CDT and, with the MTSA\'s 20:00, calls run 09:00–20:00 CDT. Applied to every line type (a cell phone can be a residential number) and to texts (assumed).',
      },
    ],
    dnc: NO_OWN_LIST('RULES.md §4.1: national registry', 'S'),
    notes: [
      'Holiday ban: repealed in 2024 (dnc.com 2024-06-03 [S]); RULES.md gives no repeal date and dialguard has no Mississippi holiday calendar, so the pre-repeal ban is not encoded (unverified history).',
      'Not encoded: $75,000 bond; ADAD needs consent; AG enforcement since 2023 (HB 1225).',
    ],
  }),
  federalOnly('MT', 'Montana', { citation: 'MCA 30-14-1412 (residence)' }),
  row({
    state: 'NC',
    name: 'North Carolina',
    stricterThanFederal: false,
    source: 'RULES.md §4.1 (NC), §4.3, §6 (state overlays), §9',
    covers: 'Hours 08:00–21:00 reported (same as federal). Removal within 30 business days (longer than the federal 10, so federal governs). No emergency ban. National registry.',
    citation: 'G.S. 75-102; 75-102(c)(3); HB 682 (2023)',
    confidence: 'unverified',
    hours: [
      {
        effective: always,
        scope: scope(TM, ALL_CALLS, 'assumed', 'Telephone solicitation'),
        ...everyDay(win('08:00', '21:00')),
        restatesFederal: true,
        citation: 'G.S. 75-102 (subsection not confirmed)',
        confidence: 'unverified',
      },
    ],
    dnc: NO_OWN_LIST('G.S. 75-102 (national registry)', 'V'),
    notes: ['Nothing stricter than federal: the hours equal the federal window and the 30-business-day removal period is longer than the federal 10 (RULES.md §6).', 'No emergency-declaration calling ban (RULES.md §4.3).'],
  }),
  row({
    state: 'ND',
    name: 'North Dakota',
    stricterThanFederal: true,
    source: 'RULES.md §4.1 (ND)',
    covers: 'Hours 08:00–21:00 (secondary; same as federal). Prerecorded/ADAD only with consent or a live-operator introduction (not encoded).',
    citation: 'N.D.C.C. 51-28-01, -02, -05, -09; tcpaguide (hours)',
    confidence: 'S',
    hours: [
      {
        effective: always,
        scope: scope(TM, ALL_CALLS, 'assumed', 'Telephone solicitation'),
        ...everyDay(win('08:00', '21:00')),
        restatesFederal: true,
        citation: 'N.D.C.C. 51-28 (hours per tcpaguide)',
        confidence: 'S',
      },
    ],
    dnc: NO_OWN_LIST('N.D.C.C. 51-28 (the AG may use the national registry)', 'V'),
    notes: ['Not encoded: prerecorded/ADAD only with consent or a live-operator introduction (exceptions incl. a current business relationship); EBR = 24 months (looser than federal).'],
  }),
  row({
    state: 'NE',
    name: 'Nebraska',
    stricterThanFederal: true,
    source: 'RULES.md §4.1 (NE), §4.2 (NE)',
    covers:
      'ADAD messages other than solicitations: 08:00–21:00. ADAD solicitations: 08:00–21:00 (same as federal), and none to cellular or other called-party-charged numbers. Prerecorded messages on Sundays and legal holidays: 13:00–21:00 (reported).',
    citation: 'Neb. Rev. Stat. 86-244, 86-248 (reported), 86-250, 86-256(2)(c); Neb. Admin. Code tit. 291, ch. 11 (reported); Neb. Rev. Stat. 25-2221',
    hours: [
      {
        effective: always,
        scope: scope(['informational', 'debt-collection', 'healthcare', 'opt-out-confirmation', 'emergency'], AUTOMATED, 'not-covered', 'ADAD messages other than solicitations'),
        ...everyDay(win('08:00', '21:00')),
        citation: 'Neb. Rev. Stat. 86-244 to 86-256 (ADAD)',
        confidence: 'V',
        notes: `Every purpose other than telemarketing (solicitations: next item). ${ADAD_ALL_PURPOSES} ${ADAD_VOICE}`,
      },
      {
        effective: always,
        scope: scope(TM, AUTOMATED, 'not-covered', 'ADAD solicitations to residential lines'),
        ...everyDay(win('08:00', '21:00')),
        restatesFederal: true,
        citation: 'Neb. Rev. Stat. 86-248 (reported by ClickPoint)',
        confidence: 'S',
      },
      {
        effective: always,
        scope: NE_PRERECORDED,
        sunday: win('13:00', '21:00'),
        citation: 'Neb. Admin. Code tit. 291, ch. 11 (reported by ClickPoint)',
        confidence: 'S',
        notes: 'The report says "prerecorded messages" without naming a purpose or an exemption; applied to every purpose, emergency calls and opt-out confirmations included (conservative).',
      },
    ],
    holidayBan: [
      {
        calendar: 'NE',
        window: win('13:00', '21:00'),
        effective: always,
        scope: NE_PRERECORDED,
        citation: 'Neb. Admin. Code tit. 291, ch. 11 (reported by ClickPoint); Neb. Rev. Stat. 25-2221',
        confidence: 'S',
        notes: 'Calls are limited to 13:00–21:00 on legal holidays, not banned.',
      },
    ],
    callRestrictions: [
      {
        scope: scope(TM, AUTOMATED, 'not-covered', 'ADAD solicitation calls to numbers on paging, cellular or other called-party-charged service'),
        barred: 'ADAD solicitation calls to numbers on paging, cellular or other called-party-charged service',
        lines: 'wireless',
        effective: always,
        citation: 'Neb. Rev. Stat. 86-244 to 86-256 (ADAD)',
        confidence: 'V',
        notes: `RULES.md: "ADAD solicitation calls barred to emergency lines, hospital/patient rooms and numbers on paging/cellular or other called-party-charged service" and records no consent exception: none applied (consent or an EBR does not allow the call). Applied to wireless-class lines: wireless, and VoIP or unknown lines, which dialguard reads as wireless (the stricter case). ${ADAD_VOICE}`,
      },
    ],
    dnc: NO_OWN_LIST('RULES.md §4.1: national registry', 'S'),
    notes: [
      'Not encoded: ADAD solicitation calls barred to emergency lines and hospital/patient rooms (dialguard has no line type for them; the cellular part is encoded); PSC permit per ADAD device ($500); registration of other ADAD devices.',
    ],
  }),
  federalOnly('NH', 'New Hampshire'),
  row({
    state: 'NJ',
    name: 'New Jersey',
    stricterThanFederal: true,
    source: 'RULES.md §4.1 (NJ)',
    covers: 'Hours 08:00–21:00 (same as federal). New Jersey do-not-call list (may use the national registry).',
    citation: 'N.J.S.A. 56:8-127; 56:8-128(b), (d)',
    hours: [
      {
        effective: always,
        scope: scope(TM, ALL_CALLS, 'assumed', 'Telemarketing sales calls'),
        ...everyDay(win('08:00', '21:00')),
        restatesFederal: true,
        citation: 'N.J.S.A. 56:8-128(b)',
        confidence: 'V',
      },
    ],
    dnc: OWN_LIST('NJ', 'N.J.S.A. 56:8-127 (New Jersey list; may use the national registry)', 'V', 'assumed', 'RULES.md §4.1 says "Yes (NJ list may use national)"; §4.4 does not list NJ.'),
    notes: ['Not encoded (obligations): identify within 30 s; no caller-ID blocking.'],
  }),
  row({
    state: 'NM',
    name: 'New Mexico',
    stricterThanFederal: true,
    source: 'RULES.md §4.1 (NM), §9',
    covers: 'Telephone solicitation calls: 09:00–21:00, not limited to residential lines. Prerecorded-message solicitations only with an established business relationship and the called person\'s consent.',
    citation: 'NMSA 1978, 57-12-22(A), (B)(1), (B)(5); 57-12A-4',
    hours: [
      {
        effective: always,
        scope: scope(TM, ALL_CALLS, 'assumed', 'Telephone solicitation calls (not limited to residential lines)'),
        ...everyDay(win('09:00', '21:00')),
        citation: 'NMSA 1978, 57-12-22(A) (2006 code copy; later amendments not checked)',
        confidence: 'V',
        notes: TEXTS_ASSUMED,
      },
    ],
    callRestrictions: [
      {
        scope: scope(TM, ['prerecorded'], 'not-covered', 'Telephone solicitations by autodialing with a prerecorded message'),
        barred: 'prerecorded-message autodialed telephone solicitations',
        requires: ['established-business-relationship', 'prior-express-consent'],
        effective: always,
        citation: 'NMSA 1978, 57-12-22 (2006 code copy; later amendments not checked)',
        confidence: 'V',
        notes:
          'RULES.md: "prerecorded-message autodialing only with an established business relationship and the called person\'s consent": both are needed. The EBR is dialguard\'s record (a transaction within 18 months or an inquiry within 3 months, the federal definition: RULES.md gives no New Mexico one); the consent is any live consent of the seller covering the call, oral or written. Applied to every prerecorded telemarketing call, however it is dialed (dialguard\'s call types do not say whether a prerecorded call was autodialed; conservative). An autodialed call with a live agent plays no prerecorded message and is outside it; texts are not prerecorded messages.',
      },
    ],
    dnc: NO_OWN_LIST('NMSA 1978, 57-12A-4 (national registry)', 'V'),
    notes: ['Not encoded: sponsor and purpose within 15 s; line release on hang-up; $500 per call private action.'],
  }),
  row({
    state: 'NV',
    name: 'Nevada',
    stricterThanFederal: true,
    source: 'RULES.md §4.1 (NV)',
    covers: 'ADAD calls: 09:00–21:00 every day; a natural-voice introduction before the recorded message unless a preexisting business relationship.',
    citation: 'NRS 597.814; NRS 228.540/.550',
    hours: [
      {
        effective: always,
        scope: scope(EVERY_PURPOSE, AUTOMATED, 'not-covered', 'Calls by an automatic dialing-announcing device (any purpose)'),
        ...everyDay(win('09:00', '21:00')),
        citation: 'NRS 597.814',
        confidence: 'V',
        notes: `RULES.md: "ADAD calls 09:00–21:00" — read as every ADAD call. ${ADAD_ALL_PURPOSES} ${ADAD_VOICE}`,
      },
    ],
    callObligations: [
      {
        scope: scope(EVERY_PURPOSE, ['prerecorded'], 'not-covered', 'Calls by an automatic dialing-announcing device (any purpose)'),
        effective: always,
        obligations: [
          {
            code: 'natural_voice_introduction',
            description: 'Before the recorded message plays, a natural (live) voice states the nature of the call and the name, address and telephone number of the caller (Nevada ADAD calls, unless a preexisting business relationship).',
          },
        ],
        exemptions: ['established-business-relationship'],
        citation: 'NRS 597.814',
        confidence: 'V',
        notes:
          'RULES.md: "ADAD: natural-voice intro with nature of call, name, address, number before message (unless preexisting business relationship)" (NRS 597.814 [V]). The engine\'s EBR record (a transaction within 18 months, an inquiry within 3) is read as the preexisting business relationship. Applied to prerecorded voice calls.',
      },
    ],
    dnc: NO_OWN_LIST('NRS 228.540 (national registry finding)', 'V'),
    notes: ['Not encoded: no ADAD call-back after hang-up (the engine does not know when the called party hung up).'],
  }),
  row({
    state: 'NY',
    name: 'New York',
    stricterThanFederal: true,
    source: 'RULES.md §4.1 (NY), §4.3 (NY), §4.4',
    covers: 'Hours 08:00–21:00 (same as federal). No unsolicited telemarketing sales call into a county/city/town/village under a declared emergency (from 2019-12-18).',
    citation: 'GBL 399-z(2), (5-a); 399-pp(7)(f)',
    hours: [
      {
        effective: always,
        scope: scope(TM, ALL_CALLS, 'assumed', 'Telemarketing sales calls'),
        ...everyDay(win('08:00', '21:00')),
        restatesFederal: true,
        citation: 'GBL 399-z(2)',
        confidence: 'S',
      },
    ],
    dnc: NO_OWN_LIST('RULES.md §4.1, §4.4: state registry folded into the national registry', 'V'),
    emergencyBan: {
      scope: scope(TM, ALL_CALLS, 'assumed', 'Unsolicited telemarketing sales calls'),
      exemptions: ['prior-express-consent', 'established-business-relationship'],
      counties: NY_COUNTIES,
      ambiguousCounties: ['New York'],
      effective: from('2019-12-18'),
      citation: 'GBL 399-z(5-a); 399-pp(7)(f)',
      confidence: 'S',
      notes:
        'Calls with consent or an EBR are not "unsolicited" and are allowed. A declaration may name counties, cities, towns or villages: list them in `counties`. Names are compared after normalizing case, punctuation, "St."/"Saint" and a "County" designation ("St. Lawrence" = "Saint Lawrence County"). The intent\'s address gives only a county, and dialguard cannot place a city, town or village in a county: a declared area that is not the name of one of New York\'s 62 counties (e.g. "Buffalo", "Town of Greene", "Brooklyn") is treated as covering every New York address (fail closed), and so is a bare "New York" (the county, the city or the state; "New York County" is the county). A bare county name is read as the county, not a same-named town elsewhere: name a town as "Town of …". An address whose county is not the name of a New York county is read as giving no county (every declaration covers it). Pending bill A1250 (2025) would narrow the ban.',
    },
    notes: ['Emergency declarations: a declared area that is not a New York county is treated as covering every New York address (fail closed; see the emergency item).'],
  }),
  federalOnly('OH', 'Ohio'),
  row({
    state: 'OK',
    name: 'Oklahoma',
    stricterThanFederal: true,
    source: 'RULES.md §4.1 (OK), §1.14 (2022-11-01), §4.4',
    covers:
      'Commercial telephonic sales calls from 2022-11-01 (OTSA): 08:00–20:00 and at most 3 per 24 h on the same subject. ADAD calls other than collection: 09:00–21:00. Oklahoma do-not-call registry.',
    citation: '15 O.S. 775C.1 et seq. (HB 3168, 2022); 15 O.S. 755.1; OK AG',
    hours: [
      {
        effective: from('2022-11-01'),
        scope: scope(TM, ALL_CALLS, 'assumed', 'Commercial telephonic sales calls'),
        ...everyDay(win('08:00', '20:00')),
        citation: '15 O.S. 775C.1 et seq. (Oklahoma Telephone Solicitation Act of 2022, HB 3168)',
        confidence: 'S',
        notes: TEXTS_ASSUMED,
      },
      {
        effective: always,
        scope: scope(['telemarketing', 'informational', 'healthcare'], AUTOMATED, 'not-covered', 'ADAD calls other than debt collection'),
        ...everyDay(win('09:00', '21:00')),
        citation: '15 O.S. 755.1',
        confidence: 'V',
        notes: `Collection ADAD calls follow the FDCPA hours (next item). ${ADAD_VOICE}`,
      },
      {
        effective: always,
        scope: scope(DC, AUTOMATED, 'not-covered', 'Debt-collection ADAD calls'),
        ...everyDay(win('08:00', '21:00')),
        restatesFederal: true,
        citation: '15 O.S. 755.1 (collection ADAD calls follow FDCPA hours)',
        confidence: 'V',
      },
    ],
    frequencyCaps: [
      {
        limit: 3,
        windowMs: 24 * HOUR_MS,
        windowLabel: '24 hours',
        counts: 'commercial telephonic sales calls to this person on this subject',
        per: 'subject',
        scope: scope(TM, ALL_CALLS, 'assumed', 'Commercial telephonic sales calls'),
        effective: from('2022-11-01'),
        citation: '15 O.S. 775C.1 et seq. (Oklahoma Telephone Solicitation Act of 2022, HB 3168)',
        confidence: 'S',
        notes: 'Counted: attempts about the subject to any of the person\'s numbers, and subject-less attempts to the number; without a subject, every solicitation attempt to the number, whatever its subject (calls to the person\'s other numbers are seen only through a shared subject).',
      },
    ],
    writtenConsent: [
      {
        scope: scope(TM, AUTOMATED, 'assumed', 'Commercial telephonic sales calls using an automated system for the selection or dialing of numbers, or a recorded message'),
        effective: from('2022-11-01'),
        citation: '15 O.S. 775C.1 et seq. (Oklahoma Telephone Solicitation Act of 2022, HB 3168)',
        confidence: 'S',
        notes: 'OTSA: prior express written consent for automated ("selection or dialing", broader than Duguid) or recorded-message sales calls, whatever the line type. Applied to every autodialed or prerecorded telemarketing call and text (conservative).',
      },
    ],
    dnc: OWN_LIST('OK', 'Oklahoma Telemarketer Restriction Act registry (OK AG)', 'V', 'assumed'),
    notes: ['Not encoded: caller ID; OK area-code presumption.'],
  }),
  row({
    state: 'OR',
    name: 'Oregon',
    stricterThanFederal: true,
    source: 'RULES.md §4.1 (OR), §1.14 (2026-01-01)',
    covers:
      'Telephone solicitations, texts included from 2026-01-01 (HB 3865): 08:00–20:00 (08:00–21:00 before) and at most 3 per 24 h to a party unless an established business relationship or a reply to the party\'s own inquiry.',
    citation: 'ORS 646A.372; 646.569/.572; HB 3865 (2025)',
    hours: [
      {
        effective: from(UNDATED, '2026-01-01'),
        scope: scope(TM, ALL_CALLS, 'not-covered', 'Telephone solicitations (texts added by HB 3865)'),
        ...everyDay(win('08:00', '21:00')),
        restatesFederal: true,
        citation: 'ORS 646A.372 (before HB 3865)',
        confidence: 'S',
      },
      {
        effective: from('2026-01-01'),
        scope: scope(TM, ALL_CALLS, 'covered', 'Telephone solicitations, incl. texts'),
        ...everyDay(win('08:00', '20:00')),
        citation: 'Oregon HB 3865 (2025, eff. 2026-01-01; codified sections reported as ORS 646.561–.563, not confirmed)',
        confidence: 'S',
      },
    ],
    frequencyCaps: [
      {
        limit: 3,
        windowMs: 24 * HOUR_MS,
        windowLabel: '24 hours',
        counts: 'telephone solicitations to this party',
        per: 'number-or-subject',
        scope: scope(TM, ALL_CALLS, 'covered', 'Telephone solicitations, incl. texts'),
        exemptions: ['established-business-relationship'],
        effective: from('2026-01-01'),
        citation: 'Oregon HB 3865 (2025, eff. 2026-01-01; codified sections reported as ORS 646.561–.563, not confirmed)',
        confidence: 'S',
        notes:
          'Exempt: an established business relationship (transaction within the preceding 18 months) or a reply to the party\'s own inquiry. dialguard reads both from its relationship records: a transaction within 18 months, or an inquiry within 3 months (the federal EBR inquiry window, used as the record of an inquiry being answered). "To a party": dialguard has no person id, so it counts twice, attempts to the number (whatever their subject) and, when the intent has a subject (the party\'s matter), attempts about that subject on any number; either count at 3 denies (the stricter reading). Calls to the party\'s other numbers on other subjects are not seen. Every outcome counts (conservative).',
      },
    ],
    dnc: NO_OWN_LIST('RULES.md §4.1, §4.4: national registry designated', 'V'),
    notes: [
      'Not encoded: area-code reliance for mobile numbers (the engine already treats an OR area code as a candidate state); identify caller and purpose at the start; ADAD disconnect within 10 s and single-key opt-out.',
    ],
  }),
  row({
    state: 'PA',
    name: 'Pennsylvania',
    stricterThanFederal: true,
    source: 'RULES.md §4.1 (PA), §4.2 (PA), §4.4',
    covers:
      'Telephone solicitation calls: 08:00–21:00 (same as federal); none on the listed legal holidays (incl. Flag Day, Election Day) from 2019-12-03 (Act 73 of 2019). Pennsylvania do-not-call list (business numbers allowed).',
    citation: '73 P.S. 2245(a)(1), (a)(10); 73 P.S. 2245.2; Act 73 of 2019 (HB 318); Jenkins Law Library',
    hours: [
      {
        effective: always,
        scope: scope(TM, ALL_CALLS, 'assumed', 'Telephone solicitation calls'),
        ...everyDay(win('08:00', '21:00')),
        restatesFederal: true,
        citation: '73 P.S. 2245(a)(1)',
        confidence: 'V',
      },
    ],
    holidayBan: [
      {
        calendar: 'PA',
        window: null,
        effective: from('2019-12-03'),
        scope: scope(TM, ALL_CALLS, 'assumed', 'Telephone solicitation calls (debt collection, EBR and nonprofit calls are not telephone solicitation calls)'),
        citation: '73 P.S. 2245(a)(10) (Act 73 of 2019, HB 318, eff. 2019-12-03)',
        confidence: 'S',
        notes:
          'RULES.md marks the statute [V] in §4.1 and the holiday provision [V/S] in §4.2; the holiday list itself rests on secondary sources (13 named days though §4.2 says 14): marked S. The EBR exclusion is not applied (the state definition of an EBR is not in RULES.md; conservative).',
      },
    ],
    dnc: OWN_LIST('PA', '73 P.S. 2245.2 (Pennsylvania list, permanent, business lines allowed)', 'V', 'assumed'),
    notes: ['Not encoded (obligation): robocalls must state the opt-out at the start (Act 73 of 2019).'],
  }),
  row({
    state: 'RI',
    name: 'Rhode Island',
    stricterThanFederal: true,
    source: 'RULES.md §4.1 (RI), §4.2 (RI)',
    covers: 'Telephonic sales calls: Monday–Friday 09:00–18:00, Saturday 10:00–17:00, none on Sundays or state or federal holidays (incl. RI Independence Day May 4, Victory Day).',
    citation: 'R.I. Gen. Laws 5-61-2(2), 5-61-3.4, 5-61-3.6; 25-1-1; 25-2-1',
    hours: [
      {
        effective: always,
        scope: RI_SALES,
        weekday: win('09:00', '18:00'),
        saturday: win('10:00', '17:00'),
        sunday: null,
        citation: 'R.I. Gen. Laws 5-61-2(2)',
        confidence: 'V',
        notes: TEXTS_ASSUMED,
      },
    ],
    holidayBan: [{ calendar: 'RI', window: null, effective: always, scope: RI_SALES, citation: 'R.I. Gen. Laws 5-61-2(2); 25-1-1; 25-2-1', confidence: 'V' }],
    dnc: NO_OWN_LIST('RULES.md §4.1: national registry', 'V'),
    notes: ['Not encoded: identification within 30 s; ADAD needs consent or a live operator; ADAD must release the line within 5 s.'],
  }),
  row({
    state: 'SC',
    name: 'South Carolina',
    stricterThanFederal: true,
    source: 'RULES.md §4.1 (SC), §4.3',
    covers: 'Hours 08:00–21:00 (same as federal); ADAD calls 08:00–19:00. No emergency ban.',
    citation: 'S.C. Code 37-21-20/-30/-60/-70; 16-17-446',
    hours: [
      {
        effective: always,
        scope: scope(TM, ALL_CALLS, 'covered', 'Telephone solicitations, incl. texts'),
        ...everyDay(win('08:00', '21:00')),
        restatesFederal: true,
        citation: 'S.C. Code 37-21-20 to -70',
        confidence: 'V',
      },
      {
        effective: always,
        scope: scope(EVERY_PURPOSE, AUTOMATED, 'not-covered', 'Calls by an automatic dialing-announcing device (any purpose)'),
        ...everyDay(win('08:00', '19:00')),
        citation: 'S.C. Code 16-17-446',
        confidence: 'V',
        notes: `RULES.md: "ADAD calls 08:00–19:00" — read as every ADAD call. ${ADAD_ALL_PURPOSES} ${ADAD_VOICE}`,
      },
    ],
    dnc: NO_OWN_LIST('RULES.md §4.1: national registry', 'V'),
    notes: ['Not encoded: internal DNC kept 5 years; abandoned-call ID and opt-out; $1,000–$5,000 private damages.', 'No emergency-declaration calling ban (RULES.md §4.3).'],
  }),
  row({
    state: 'SD',
    name: 'South Dakota',
    stricterThanFederal: true,
    source: 'RULES.md §4.1 (SD), §4.2 (SD), §9',
    covers: 'Solicitation calls by automatic telephone dialing system: weekdays only, 09:00–21:00 (none on Saturdays or Sundays). A state list is reported (unverified).',
    citation: 'SDCL 37-30-28',
    hours: [
      {
        effective: always,
        scope: scope(TM, AUTOMATED, 'assumed', 'Solicitation calls using an automatic telephone dialing system'),
        weekday: win('09:00', '21:00'),
        saturday: null,
        sunday: null,
        citation: 'SDCL 37-30-28',
        confidence: 'V',
        notes: `Prerecorded calls are included with autodialed calls (conservative). ${TEXTS_ASSUMED}`,
      },
    ],
    dnc: OWN_LIST('SD', 'South Dakota state list (reported by secondary sources; RULES.md §9: unverified)', 'unverified', 'assumed'),
    notes: ['Not encoded: disconnect within 20 s.'],
  }),
  row({
    state: 'TN',
    name: 'Tennessee',
    stricterThanFederal: true,
    source: 'RULES.md §4.1 (TN), §4.4',
    covers: 'Hours 08:00–21:00 (same as federal), calls and texts. Tennessee Do-Not-Call/Do-Not-Text register.',
    citation: 'Tenn. Comp. R. & Regs. 1220-04-11-.02; T.C.A. 65-4-401',
    hours: [
      {
        effective: always,
        scope: scope(TM, ALL_CALLS, 'covered', 'Telephone solicitations, calls and texts'),
        ...everyDay(win('08:00', '21:00')),
        restatesFederal: true,
        citation: 'Tenn. Comp. R. & Regs. 1220-04-11-.02',
        confidence: 'V',
      },
    ],
    dnc: OWN_LIST('TN', 'T.C.A. 65-4-401 (Do-Not-Call/Do-Not-Text register)', 'V', 'covered', 'EBR 12 months under the TN register; not applied (conservative).'),
    notes: ['Not encoded: ADAD name and number within 25 s and at the end.'],
  }),
  row({
    state: 'TX',
    name: 'Texas',
    stricterThanFederal: true,
    source: 'RULES.md §4.1 (TX), §4.2 (TX), §1.14 (2025-09-01), §4.4',
    covers:
      'Consumer telephone calls: Monday–Saturday 09:00–21:00, Sunday 12:00–21:00; texts are covered from 2025-09-01 (SB 140). Texas no-call list.',
    citation: 'Tex. Bus. & Com. Code 301.051 (reported); predecessor 37.01(4), 37.02; 304.004, 304.051; SB 140 (2025)',
    hours: [
      {
        effective: from(UNDATED, '2025-09-01'),
        scope: TX_VOICE,
        weekday: win('09:00', '21:00'),
        saturday: win('09:00', '21:00'),
        sunday: win('12:00', '21:00'),
        citation: 'Tex. Bus. & Com. Code 301.051 (section number and hours per secondary sources; predecessor 37.02 "permissible hours")',
        confidence: 'S',
        notes: 'Binds calls to a residential number; applied to every line (conservative).',
      },
      {
        effective: from('2025-09-01'),
        scope: TX_WITH_TEXTS,
        weekday: win('09:00', '21:00'),
        saturday: win('09:00', '21:00'),
        sunday: win('12:00', '21:00'),
        citation: 'Tex. Bus. & Com. Code 301.051 as amended by SB 140 (2025, eff. 2025-09-01: texts are telephone solicitations)',
        confidence: 'S',
        notes: 'Binds calls to a residential number; applied to every line (conservative).',
      },
    ],
    dnc: OWN_LIST('TX', 'Tex. Bus. & Com. Code 304.004, 304.051 (Texas no-call list)', 'V', 'assumed', 'Debt-collection calls are exempt from ch. 304 (the rule covers telemarketing only).'),
    notes: ['Not encoded: registration ($10,000 security) unless exempt; DTPA private action.'],
  }),
  row({
    state: 'UT',
    name: 'Utah',
    stricterThanFederal: true,
    source: 'RULES.md §4.1 (UT), §4.2 (UT)',
    covers: 'Telephone solicitations: 08:00–21:00 (same as federal); none on Sundays or legal holidays (incl. Pioneer Day) without prior express consent.',
    citation: 'Utah Code 13-25a-103(3); 13-25a-102(4); 63G-1-301',
    hours: [
      {
        effective: always,
        scope: UT_SOLICITATION,
        ...everyDay(win('08:00', '21:00')),
        restatesFederal: true,
        citation: 'Utah Code 13-25a-103(3)',
        confidence: 'V',
      },
      {
        effective: always,
        scope: UT_SOLICITATION,
        sunday: null,
        exemptions: ['prior-express-consent'],
        citation: 'Utah Code 13-25a-103(3)',
        confidence: 'V',
        notes: `No telephone solicitation on Sundays without prior express consent. ${TEXTS_ASSUMED}`,
      },
    ],
    holidayBan: [
      {
        calendar: 'UT',
        window: null,
        effective: always,
        scope: UT_SOLICITATION,
        exemptions: ['prior-express-consent'],
        citation: 'Utah Code 13-25a-103(3); 63G-1-301',
        confidence: 'V',
        notes: 'The ban rests on 13-25a-103 [V]; the holiday calendar (Utah Code 63G-1-301) is marked S in src/time/holidays.ts, so the restriction carries S.',
      },
    ],
    dnc: NO_OWN_LIST('RULES.md §4.1: national registry', 'V'),
    notes: ['Not encoded: automated dialing for solicitations only with consent (specific solicitor) or an EBR (18 months).'],
  }),
  row({
    state: 'VA',
    name: 'Virginia',
    stricterThanFederal: true,
    source: 'RULES.md §4.1 (VA), §4.3, §6',
    covers: 'Hours 08:00–21:00 (same as federal). Internal DNC requests honored 10 years; covers texts and VA-area-code numbers (not encoded). No emergency ban.',
    citation: 'Va. Code 59.1-510 to -514; 59.1-513.1; 59.1-518.2',
    confidence: 'V',
    hours: [
      {
        effective: always,
        scope: scope(TM, ALL_CALLS, 'covered', 'Telephone solicitation calls, incl. texts'),
        ...everyDay(win('08:00', '21:00')),
        restatesFederal: true,
        citation: 'Va. Code 59.1-510 to -514',
        confidence: 'V',
      },
    ],
    dnc: NO_OWN_LIST('RULES.md §4.1: national registry', 'V'),
    notes: ['Not encoded: internal DNC requests honored 10 years; abandoned-call message; ADAD needs consent or a live-operator introduction.', 'No emergency-declaration calling ban (RULES.md §4.3).'],
  }),
  federalOnly('VT', 'Vermont'),
  row({
    state: 'WA',
    name: 'Washington',
    stricterThanFederal: true,
    source: 'RULES.md §4.1 (WA), §8 item 3',
    covers:
      'Telephone solicitation: 08:00–20:00. Collection agencies: at most 3 communications per week (encoded as any 7 days), at most 1 per week at the debtor\'s workplace; home calls 08:00–21:00 for dialguard (same as federal).',
    citation: 'RCW 19.158.040(2), (4), (5); RCW 80.36.390; RCW 19.16.120, 19.16.250 (per WA DFI); WA AG',
    hours: [
      {
        effective: always,
        scope: scope(TM, ALL_CALLS, 'assumed', 'Telephone solicitation'),
        ...everyDay(win('08:00', '20:00')),
        citation: 'RCW 19.158.040(2)',
        confidence: 'V',
        notes: TEXTS_ASSUMED,
      },
      {
        effective: always,
        scope: scope(DC, ALL_CALLS, 'covered', 'Collection-agency communications to the debtor\'s home'),
        ...everyDay(win('08:00', '21:00')),
        restatesFederal: true,
        citation: 'RCW 19.16.250 (per WA DFI consumer page; subsection not confirmed)',
        confidence: 'S',
        notes: 'The regulator says not before 07:30; the federal 08:00 start is stricter for FDCPA debt collectors, so RULES.md uses 08:00–21:00.',
      },
    ],
    frequencyCaps: [
      {
        limit: 3,
        windowMs: 7 * DAY_MS,
        windowLabel: '7 days',
        counts: 'debt-collection communications to this debtor',
        per: 'number-or-subject',
        scope: scope(DC, ALL_CALLS, 'covered', 'Collection-agency communications (calls and texts)'),
        effective: always,
        citation: 'RCW 19.16.120 (per WA DFI consumer page)',
        confidence: 'S',
        notes:
          '"3 communications per week" is read as any 7 consecutive days, every outcome (conservative). The limit is the debtor\'s; dialguard has no person id, so it counts twice: per number whatever the debt, and, when the intent has a subject (the debt), per debt on any number; either count at 3 denies (the stricter reading). Calls about other debts to the debtor\'s other numbers are not seen. The statute binds licensed collection agencies; attorneys are reportedly largely excluded (unverified): applied to every debt-collection call (conservative).',
      },
      {
        limit: 1,
        windowMs: 7 * DAY_MS,
        windowLabel: '7 days',
        counts: 'debt-collection communications to this number at the debtor\'s place of employment',
        per: 'number',
        numberUses: ['work'],
        scope: scope(DC, ALL_CALLS, 'covered', 'Collection-agency communications to the debtor\'s place of employment'),
        effective: always,
        citation: 'RCW 19.16.250 (per WA DFI consumer page; subsection not confirmed)',
        confidence: 'S',
        notes:
          '"At work no more than once a week" (WA DFI) is read as any 7 consecutive days, counted per number, every outcome (conservative). An intent whose `numberUse` is not given is held to it (it may be a work number): set `numberUse: \'personal\'` or `\'other\'` when it is not.',
      },
      {
        limit: 1,
        windowMs: 7 * DAY_MS,
        windowLabel: '7 days',
        counts: 'debt-collection communications about this debt at the debtor\'s place of employment (any work number)',
        per: 'debt',
        numberUses: ['work'],
        scope: scope(DC, ALL_CALLS, 'covered', 'Collection-agency communications to the debtor\'s place of employment'),
        effective: always,
        citation: 'RCW 19.16.250 (per WA DFI consumer page; subsection not confirmed)',
        confidence: 'S',
        notes: 'The same limit counted per debt across the debtor\'s work numbers (a second work number does not allow a second call that week).',
      },
    ],
    dnc: NO_OWN_LIST('RULES.md §4.1: no state list', 'V'),
    notes: ['Not encoded: identify within 30 s; end within 10 s if asked; after a "don\'t call" request no call for 1 year (secondary).'],
  }),
  row({
    state: 'WI',
    name: 'Wisconsin',
    stricterThanFederal: true,
    source: 'RULES.md §4.1 (WI), §4.4',
    covers: 'Hours 08:00–21:00 (same as federal). Wisconsin registry (the WI-area-code part of the national registry; obtain ≤31 days).',
    citation: 'Wis. Admin. Code ATCP 127.82; DATCP',
    hours: [
      {
        effective: always,
        scope: scope(TM, ALL_CALLS, 'assumed', 'Telephone solicitation'),
        ...everyDay(win('08:00', '21:00')),
        restatesFederal: true,
        citation: 'Wis. Admin. Code ATCP 127.82',
        confidence: 'V',
      },
    ],
    dnc: OWN_LIST('WI', 'Wis. Admin. Code ATCP 127.82; DATCP (Wisconsin registry, derived from the national registry)', 'V', 'assumed'),
    notes: ['Not encoded: DATCP registration.'],
  }),
  federalOnly('WV', 'West Virginia', { citation: 'W. Va. Code 46A-6F-601 (residence)' }),
  row({
    state: 'WY',
    name: 'Wyoming',
    stricterThanFederal: true,
    source: 'RULES.md §4.1 (WY), §9',
    covers: 'Telephone solicitation of consumer goods or services: 08:00–20:00 (reported by compliance compilations; statute text not read: unverified).',
    citation: 'Wyo. Stat. 40-12-301(a)(ii)–(iii), 40-12-302 (reported), 40-12-303; WY AG',
    hours: [
      {
        effective: always,
        scope: scope(TM, ALL_CALLS, 'assumed', 'Telephone solicitation to sell consumer goods or services'),
        ...everyDay(win('08:00', '20:00')),
        citation: 'Wyo. Stat. 40-12-302 (reported by compliance compilations; statute text not read)',
        confidence: 'unverified',
        notes: `The article reaches calls selling consumer (personal, family, household) goods or services; applied to every telemarketing call (conservative). ${TEXTS_ASSUMED}`,
      },
    ],
    dnc: NO_OWN_LIST('WY AG (references the DMA TPS list; no state list)', 'V'),
    notes: ['Not encoded: automated selection/dialing or recorded message banned except listed cases (live-message autodialing in response to a consumer call, scrubbed numbers, EBR).'],
  }),
];

/**
 * One row per state and DC (51 rows, sorted by code), transcribed from RULES.md §4 and §1.14.
 * @category State law
 */
export const stateLaws: readonly StateLaw[] = Object.freeze(ROWS.sort((a, b) => (a.state < b.state ? -1 : a.state > b.state ? 1 : 0)));
