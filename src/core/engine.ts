/**
 * The engine: normalize, gather facts (the only I/O, batched, with a timeout), evaluate the pure
 * rules, record to the audit sink.
 * @module
 */
import { randomUUID, createHash } from 'node:crypto';
import { findNextPermitted, runRules } from './evaluate';
import { LOOKBACK_MS, factQueryFor, factsForIntent } from './facts';
import { snapshotFaults } from './snapshot-check';
import { uuid } from './uuid';
import { DialguardError, InvalidInputError, StorageError, UnsupportedNumberError } from './errors';
import { renderReason } from './reasons';
import type { FactKind, Facts, Rule } from './rule';
import {
  attemptRecordSchema,
  callIntentSchema,
  completionSchema,
  consentGrantSchema,
  emergencyDeclarationSchema,
  engineOptionsSchema,
  fastCallIntent,
  FastIntent,
  optOutMessageSchema,
  parseOrThrow,
  phoneSchema,
  instantInRange,
  INSTANT_RANGE_MESSAGE,
  reassignedNumberQuerySchema,
  communicationRestrictionSchema,
  ftcImportOptionsSchema,
  relationshipEventSchema,
  revocationSchema,
  stateCodeSchema,
  suppressionMetaSchema,
  toEpoch,
} from './schemas';
import type {
  AttemptRecord,
  CallIntent,
  ConsentGrant,
  ConsentRecord,
  Decision,
  EmergencyDeclaration,
  ReassignedNumberQuery,
  CommunicationRestriction,
  NormalizedIntent,
  Outcome,
  RelationshipEvent,
  Revocation,
  RevocationRecord,
  StoredAttempt,
  StoredEmergency,
  StoredReassignedQuery,
  StoredRestriction,
  StoredRelationship,
  SuppressionList,
  Verdict,
} from './types';
import { parseOptOut } from '../consent/parse-opt-out';
import { canonicalSeller, canonicalSubject } from './names';
import { parseFtcFile, type FtcImportOptions, type FtcImportResult, type FtcInput } from '../dnc/ftc';
import { e164Text, fastTen, parseNumber, placeNumber } from '../phone/normalize';
import { memoryStorage } from '../storage/memory';
import type { AuditSink, FactQuery, FactSnapshot, Storage } from '../storage/types';
import { writtenText, type AuditDataWriter, type WritableAuditSink } from '../audit/chain';
import { businessDaysAfter } from '../time/holidays';
import { defaultRules } from '../rules';
import { abandonmentStats } from '../rules/tcpa/abandonment-stats';

/** Options of {@link createEngine}. @category Engine */
export interface EngineOptions {
  /** Default: {@link memoryStorage}. */
  storage?: Storage;
  /** Default: {@link defaultRules}. */
  rules?: readonly Rule[];
  /** Default: `() => new Date()`. An intent's `at` overrides it. */
  clock?: () => Date;
  /** The calling entity whose consents and lists apply. Default `'default'`. */
  seller?: string;
  /** How long a fact read may take before the rules that need it deny. Default 2000 ms. */
  factTimeoutMs?: number;
  /** How long a reservation counts toward caps when never completed. Default 10 minutes. */
  reservationTtlMs?: number;
  /** checkMany batch size (one storage round trip per batch). Default 1000. */
  batchSize?: number;
  /** The zone in which the 10-business-day revocation deadline is counted. Default `'America/New_York'`. */
  businessTimeZone?: string;
  /** Write every decision to the audit sink. Default true. */
  auditDecisions?: boolean;
  /** The key presses that opt out in `optOuts.fromMessage` with `channel: 'dtmf'`. Default `['9']`. */
  optOutDigits?: readonly string[];
}

/** An inbound message that may be an opt-out. @category Engine */
export interface OptOutMessage {
  phone: string;
  /** The reply text, a transcription, or the DTMF digit pressed. */
  text: string;
  channel: 'sms' | 'voice' | 'dtmf' | 'email';
  at?: Date | string;
  seller?: string;
}

/** A reservation made by {@link Engine.reserve}. @category Engine */
export interface Reservation {
  id: string;
  expiresAt: Date;
}

/** The engine. @category Engine */
export interface Engine {
  /** Decides one intent. A denial resolves `allowed: false`; malformed input rejects with {@link InvalidInputError}. */
  check(intent: CallIntent): Promise<Decision>;
  /** Decides many intents in input order, one storage round trip per batch. */
  checkMany(intents: readonly CallIntent[]): Promise<Decision[]>;
  /** Checks and, if allowed, atomically records a pending attempt that counts toward every cap. */
  reserve(intent: CallIntent): Promise<{ decision: Decision; reservation?: Reservation }>;
  /** Records how a reserved call ended. */
  complete(reservationId: string, result: { outcome: Outcome; conversation?: boolean; durationSeconds?: number }): Promise<void>;
  consents: {
    grant(grant: ConsentGrant): Promise<ConsentRecord>;
    revoke(revocation: Revocation): Promise<RevocationRecord>;
    list(phone: string): Promise<{ consents: ConsentRecord[]; revocations: RevocationRecord[] }>;
  };
  optOuts: {
    /**
     * Reads a reply ("STOP", "please stop calling me", "remove me", a DTMF digit) and, when it is a
     * revocation (47 CFR 64.1200(a)(10)), records the revocation and an internal-DNC entry, so the
     * opt-out holds on every channel.
     */
    fromMessage(message: OptOutMessage): Promise<{ revoked: boolean; matched?: string; revocation?: RevocationRecord }>;
  };
  attempts: { record(records: AttemptRecord | readonly AttemptRecord[]): Promise<number> };
  suppressions: {
    add(list: SuppressionList, phones: string | readonly string[], meta?: Record<string, unknown>): Promise<number>;
    remove(list: SuppressionList, phones: string | readonly string[]): Promise<number>;
    has(list: SuppressionList, phone: string): Promise<boolean>;
    /**
     * Imports an FTC National Do Not Call Registry download (a full list or a change list; see
     * {@link importFtcDnc}) into the `'national'` list, records the download time per area code
     * (the 31-day clock of `tcpa.national-dnc`) and audits the import. A file with a line it
     * cannot read is refused whole: nothing is applied.
     */
    importFtc(input: FtcInput, options: FtcImportOptions): Promise<FtcImportResult>;
  };
  relationships: { record(event: RelationshipEvent): Promise<void> };
  campaigns: {
    /** Abandoned over live-answered telemarketing calls in the campaign's current 30-day period (47 CFR 64.1200(a)(7)). */
    abandonmentRate(campaignId: string, at?: Date | string): Promise<{ rate: number; abandoned: number; answered: number; periodStart: Date | null; periodEnd: Date | null }>;
  };
  emergencies: { declare(declaration: EmergencyDeclaration): Promise<StoredEmergency> };
  /**
   * Reassigned Numbers Database answers (47 CFR 64.1200(m)): `record` stores what the RND said
   * for a number and a date (appended and audited), which `tcpa.reassigned-number` reads.
   */
  reassignedNumbers: { record(query: ReassignedNumberQuery): Promise<StoredReassignedQuery> };
  /**
   * Debt-collection communication restrictions (Regulation F): `restrict` records what the
   * collector learned (the consumer has an attorney for the debt, no calls at work, a cease
   * request, a refused medium), appended and audited; `regf.communication-restrictions` and
   * `regf.cease-communication` read them.
   */
  debtCollection: { restrict(restriction: CommunicationRestriction): Promise<StoredRestriction> };
  audit: { verify(): Promise<{ ok: boolean; entries: number; brokenAt?: number; head?: string }>; export(): AsyncIterable<string> };
  readonly rules: readonly Rule[];
  readonly rulesetVersion: string;
  readonly storage: Storage;
}

const EMPTY: readonly never[] = Object.freeze([]);
const ALL_FACTS: FactKind[] = ['consents', 'suppressions', 'relationships', 'attempts', 'campaign', 'emergencies', 'reassigned', 'restrictions', 'registry'];
const ALL_FACT_KINDS: ReadonlySet<FactKind> = new Set(ALL_FACTS);

function withTimeout<T>(p: Promise<T>, ms: number, what: string, adapter: string): Promise<T> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const t = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new StorageError(adapter, `${what} timed out after ${ms} ms`)), ms);
  });
  return Promise.race([p, t]).finally(() => clearTimeout(timer));
}

/** FCC 24-24 (effective 2025-04-11) cut the honoring period from 30 days to 10 business days. */
const TEN_BUSINESS_DAYS_FROM = Date.parse('2025-04-11T00:00:00-04:00');

/**
 * The latest instant by which a revocation or do-not-call request must be honored: 10 business
 * days from receipt since 2025-04-11 (47 CFR 64.1200(a)(10), (d)(3)), 30 days before.
 * @internal
 */
export function honorDeadline(receivedAt: Date, timeZone: string): Date {
  if (receivedAt.getTime() >= TEN_BUSINESS_DAYS_FROM) return businessDaysAfter(receivedAt, 10, { timeZone });
  return new Date(receivedAt.getTime() + 30 * 86_400_000);
}

/**
 * A snapshot as the engine reads it: the snapshot (none when nothing can be read), the fact kinds
 * it cannot give, and whether it may hold a pending reservation (false only when the snapshot
 * check read every attempt and none was pending: see snapshotFaults).
 */
interface Judged {
  snap?: FactSnapshot;
  unavailable?: ReadonlySet<FactKind>;
  pending?: boolean;
}

/** The parsed fields {@link IntentRecord} reads (a validated call intent). */
type ParsedIntent = NonNullable<ReturnType<typeof fastCallIntent>>;

interface IntentRecordCtor {
  new (i: ParsedIntent, at: number, seller: string): NormalizedIntent;
}

/**
 * A normalized intent, built by a constructor rather than an object literal: V8 sizes a
 * constructor's objects to hold every field assigned here and later (zones, zoneSource,
 * unsupported) in the object itself, where a literal would keep the fields added after it in a
 * separate property array (per intent, retained with every decision). The prototype is
 * `Object.prototype`, and the fields are assigned in the literal's order, so the object (its keys,
 * their order, its JSON) is the same plain object as before.
 */

const IntentRecord = function IntentRecord(this: NormalizedIntent, i: ParsedIntent, at: number, seller: string) {
  const lineType = i.lineType ?? 'unknown';
  this.e164 = '';
  this.npa = 0;
  this.nxx = 0;
  this.region = '';
  this.callType = i.callType;
  this.channel = i.channel ?? 'voice';
  this.purpose = i.purpose;
  this.instant = new Date(at);
  this.at = at;
  this.lineType = lineType;
  this.effectiveLineType = lineType === 'unknown' ? 'wireless' : lineType;
  this.zones = EMPTY;
  this.states = EMPTY;
  this.zoneSources = EMPTY;
  this.seller = i.seller === undefined ? seller : canonicalSeller(i.seller);
  this.doNotSolicit = i.doNotSolicit ?? false;
  // Every field always assigned, in one order: every intent has one hidden class, so the rules'
  // property reads stay monomorphic (an absent field is undefined, which JSON omits as before).
  this.address = i.address === undefined ? undefined : { ...i.address };
  this.numberUse = i.numberUse;
  this.subject = i.subject === undefined ? undefined : canonicalSubject(i.subject);
  this.campaignId = i.campaignId;
  this.relationship = i.relationship;
  this.sensitivity = i.sensitivity;
  this.callerId = i.callerId;
  this.zoneSource = undefined;
  this.unsupported = undefined;
} as unknown as IntentRecordCtor;
IntentRecord.prototype = Object.prototype;

/**
 * A ledger entry with every field present, in one order (`undefined` when absent, which JSON
 * omits): the rules that scan attempts then read objects of one hidden class.
 */
function storedAttempt(
  id: string,
  e164: string,
  at: number,
  callType: StoredAttempt['callType'],
  channel: StoredAttempt['channel'],
  purpose: StoredAttempt['purpose'],
  seller: string,
  outcome: StoredAttempt['outcome'],
  conversation: boolean,
  subject: string | undefined,
  campaignId: string | undefined,
  expiresAt: number | undefined,
  numberUse: StoredAttempt['numberUse'],
): StoredAttempt {
  return { id, e164, at, callType, channel, purpose, subject, campaignId, seller, outcome, conversation, expiresAt, numberUse };
}

function asArray<T>(v: T | readonly T[]): readonly T[] {
  return Array.isArray(v) ? (v as readonly T[]) : [v as T];
}

function listName(list: unknown): SuppressionList {
  if (list === 'national' || list === 'internal') return list;
  // a state's own list: the code must be a state's (or DC's, or a territory's), or no rule would ever read it
  if (typeof list === 'string' && /^state:[A-Z]{2}$/.test(list) && stateCodeSchema.safeParse(list.slice(6)).success) return list as SuppressionList;
  throw new InvalidInputError('suppression list', [{ path: ['list'], message: "must be 'national', 'internal' or 'state:XX' with XX a USPS state code" }]);
}

/**
 * Creates an engine.
 * @param options - storage, rules, clock, seller and limits
 * @returns the engine
 * @example
 * ```ts
 * import { createEngine } from 'dialguard';
 * const engine = createEngine({ seller: 'Smith & Lee LLP' });
 * const d = await engine.check({ to: '(305) 555-0123', callType: 'live', purpose: 'telemarketing',
 *   at: '2026-03-10T19:30:00-05:00' });
 * d.allowed; // false: 20:30 in Miami is past Florida's 20:00 limit
 * ```
 * @category Engine
 */
export function createEngine(options: EngineOptions = {}): Engine {
  // checked, not copied: the engine keeps the host's own storage, rules and clock objects
  parseOrThrow(engineOptionsSchema, options, 'engine options');
  const storage = options.storage ?? memoryStorage();
  const rules = Object.freeze([...(options.rules ?? defaultRules)]);
  const clock = options.clock ?? (() => new Date());
  const seller = canonicalSeller(options.seller ?? 'default');
  const factTimeoutMs = options.factTimeoutMs ?? 2000;
  const reservationTtlMs = options.reservationTtlMs ?? 10 * 60_000;
  const batchSize = Math.max(1, options.batchSize ?? 1000);
  const businessTimeZone = options.businessTimeZone ?? 'America/New_York';
  const auditDecisions = options.auditDecisions ?? true;
  const optOutDigits = options.optOutDigits ?? ['9'];

  /** The engine clock as epoch ms; a clock that throws or gives no usable instant is an error naming the clock, not the intent. */
  function clockMs(): number {
    let d: unknown;
    try {
      d = clock();
    } catch (err) {
      throw new DialguardError('[dialguard] the engine clock threw', { cause: err });
    }
    const ms = d instanceof Date ? d.getTime() : Number.NaN;
    if (!instantInRange(ms)) throw new DialguardError(`[dialguard] the engine clock returned ${d instanceof Date ? 'an invalid or out-of-range Date' : 'something other than a Date'}`);
    return ms;
  }
  /**
   * A storage write or read outside a check: an error the adapter throws reaches the caller as a
   * StorageError naming the adapter and the operation, with the adapter's error as `cause`.
   */
  async function stored<T>(what: string, run: () => Promise<T> | T): Promise<T> {
    try {
      return await run();
    } catch (err) {
      if (err instanceof DialguardError) throw err;
      throw new StorageError(storage.name, `${what} failed: ${err instanceof Error ? err.message : String(err)}`, { cause: err });
    }
  }

  /** The engine clock as a Date (checked like {@link clockMs}). */
  function clockDate(): Date {
    return new Date(clockMs());
  }


  const ids = new Set<string>();
  for (const r of rules) {
    if (ids.has(r.id)) throw new TypeError(`[dialguard] duplicate rule id ${r.id}`);
    ids.add(r.id);
  }
  const needs = new Set<FactKind>();
  for (const r of rules) for (const n of r.needs) needs.add(n);
  const rulesetVersion = `dialguard@0.1.0+${createHash('sha256')
    .update(rules.map((r) => `${r.id}|${r.effective.from}|${r.effective.to ?? ''}|${r.citation}`).join('\n'))
    .digest('hex')
    .slice(0, 12)}`;

  // The fast check's result is read only inside normalize (IntentRecord copies its fields): one
  // object serves every call, one garbage object per intent less. `scratchFree` guards reentry (a
  // host Date subclass whose getTime checks another intent): a nested call gets a fresh object.
  const scratch = new FastIntent();
  let scratchFree = true;
  function normalize(input: CallIntent): NormalizedIntent {
    if (!scratchFree) return normalizeWith(input, undefined);
    scratchFree = false;
    try {
      return normalizeWith(input, scratch);
    } finally {
      scratchFree = true;
    }
  }

  function normalizeWith(input: CallIntent, into: FastIntent | undefined): NormalizedIntent {
    const i = fastCallIntent(input, into) ?? parseOrThrow(callIntentSchema, input, 'call intent');
    const at = i.at === undefined ? clockMs() : toEpoch(i.at);
    if (!instantInRange(at)) throw new InvalidInputError('call intent', [{ path: ['at'], message: INSTANT_RANGE_MESSAGE }]);
    const base = new IntentRecord(i, at, seller);
    // a well-formed number without parseNumber's result object (one per intent); anything else
    // (the slow path, a refused number) through parseNumber
    const ten = fastTen(i.to);
    if (ten !== undefined) {
      base.e164 = e164Text(i.to, ten);
      base.npa = Math.floor(ten / 1e7);
      base.nxx = Math.floor(ten / 1e4) % 1000;
    } else {
      const p = parseNumber(i.to);
      if (!p.ok) {
        base.unsupported = { reason: p.reason, ...(p.detail ? { detail: p.detail } : {}) };
        return base;
      }
      base.e164 = p.e164;
      base.npa = p.npa;
      base.nxx = p.nxx;
    }
    const place = placeNumber(base.npa, base.nxx, i.address);
    if (!place.ok) {
      base.unsupported = { reason: place.reason, ...(place.detail ? { detail: place.detail } : {}) };
      if (place.region) base.region = place.region;
      return base;
    }
    base.region = place.region;
    base.zones = place.zones;
    base.states = place.states;
    base.zoneSources = place.sources;
    base.zoneSource = place.zoneSource;
    return base;
  }


  function unsupportedDecision(intent: NormalizedIntent, input: string, evaluatedAt: Date = clockDate()): Decision {
    const details = { input, reason: intent.unsupported!.reason, ...(intent.unsupported!.detail ? { detail: intent.unsupported!.detail } : {}) };
    const v: Verdict = {
      rule: 'engine.unsupported-number',
      outcome: 'deny',
      code: 'unsupported_number',
      reason: renderReason('unsupported_number', details),
      citation: 'NANP numbering plan (47 CFR Part 52); dialguard decides only for US numbers',
      confidence: 'V',
      details,
    };
    return { decisionId: uuid(), evaluatedAt, rulesetVersion, allowed: false, verdicts: [v], denials: [v], warnings: [], obligations: [], nextPermittedAt: null, intent };
  }

  function decide(intent: NormalizedIntent, facts: Facts, unavailable: ReadonlySet<FactKind> | undefined, evaluatedAt: Date = clockDate()): Decision {
    const { verdicts, obligations } = runRules(rules, intent, facts, unavailable, true);
    // Exactly sized: a scrub keeps every decision until the host drops the batch.
    let nd = 0;
    let nw = 0;
    for (let k = 0; k < verdicts.length; k++) {
      const o = verdicts[k]!.outcome;
      if (o === 'deny') nd++;
      else if (o === 'warn') nw++;
    }
    const denials: Verdict[] = nd === 0 ? [] : new Array<Verdict>(nd);
    const warnings: Verdict[] = nw === 0 ? [] : new Array<Verdict>(nw);
    if (nd + nw > 0) {
      let d = 0;
      let w = 0;
      for (let k = 0; k < verdicts.length; k++) {
        const v = verdicts[k]!;
        if (v.outcome === 'deny') denials[d++] = v;
        else if (v.outcome === 'warn') warnings[w++] = v;
      }
    }
    const allowed = nd === 0;
    const nextPermittedAt = allowed ? null : findNextPermitted(rules, intent, facts, unavailable, denials);
    return { decisionId: uuid(), evaluatedAt, rulesetVersion, allowed, verdicts, denials, warnings, obligations, nextPermittedAt, intent }; // runRules gives a denied call no obligations
  }

  function queryFor(intents: readonly NormalizedIntent[]): FactQuery {
    return factQueryFor(intents, needs, seller, () => clockMs());
  }

  /** The recorded national-registry download time of some area codes (read through the snapshot contract). */
  async function registryTimes(npas: readonly number[]): Promise<ReadonlyMap<number, number>> {
    if (npas.length === 0) return new Map();
    const t = clockMs();
    const snap = await withTimeout(
      storage.loadFacts({ sellers: [seller], e164s: npas.map((npa) => `+1${npa}5550100`), subjects: [], campaignIds: [], since: t, now: t, needs: new Set<FactKind>(['registry']) }),
      factTimeoutMs,
      'registry read',
      storage.name,
    );
    if (snap.registry === undefined || snap.unavailable?.includes('registry')) {
      throw new StorageError(storage.name, 'the registry download times could not be read; nothing was imported');
    }
    return snap.registry;
  }

  /**
   * An optional storage write (a kind added after the first adapters): bound, or a StorageError
   * when the storage lacks it, so that a record is refused rather than dropped.
   */
  function optionalWrite<K extends 'addRestriction' | 'addReassignedQuery' | 'listSuppressions' | 'setRegistryDownload'>(k: K, what: string): NonNullable<Storage[K]> {
    const add = storage[k];
    if (typeof add !== 'function') throw new StorageError(storage.name, `this storage cannot store ${what} (no ${k}); nothing was recorded`);
    return add.bind(storage) as NonNullable<Storage[K]>;
  }

  /**
   * The kinds a snapshot could not give: those the adapter reports, and those a storage that can
   * hold them (it has their add method) left out of the snapshot altogether (an adapter written
   * before the kind existed would otherwise read as "none on file": fail closed).
   */
  function unavailableIn(snap: FactSnapshot): ReadonlySet<FactKind> | undefined {
    let out: Set<FactKind> | undefined = snap.unavailable?.length ? new Set(snap.unavailable) : undefined;
    if (needs.has('reassigned') && typeof storage.addReassignedQuery === 'function' && snap.reassigned === undefined) (out ??= new Set()).add('reassigned');
    if (needs.has('restrictions') && typeof storage.addRestriction === 'function' && (snap.restrictions === undefined || snap.restrictionsBySubject === undefined)) {
      (out ??= new Set()).add('restrictions');
    }
    if (needs.has('registry') && typeof storage.setRegistryDownload === 'function' && snap.registry === undefined) (out ??= new Set()).add('registry');
    return out;
  }

  /**
   * An adapter's snapshot and the fact kinds it cannot give: those it reports, those it left out
   * (unavailableIn), and those it gives in a broken form (snapshotFaults) — read as unavailable,
   * never as "nothing on file".
   */
  function judged(snap: FactSnapshot, q: FactQuery): Judged {
    // every snapshot is checked, the memory store's too: its records are the objects handed back to
    // the host (which may change them), and its add methods take records from anywhere
    const seen = { pending: true };
    const faults = snapshotFaults(snap, q, seen);
    if (faults === 'all') return { unavailable: ALL_FACT_KINDS };
    let unavailable = unavailableIn(snap);
    if (faults !== undefined) unavailable = unavailable === undefined ? faults : new Set([...unavailable, ...faults]);
    const pending = seen.pending;
    return unavailable === undefined ? { snap, pending } : { snap, unavailable, pending };
  }

  /** One intent's decision from a judged snapshot: a snapshot its facts cannot be cut from is not read at all (fail closed). */
  function decideFrom(intent: NormalizedIntent, read: Judged, evaluatedAt: Date = clockDate()): Decision {
    let facts: Facts;
    let missing = read.unavailable;
    try {
      // reservations that have lapsed by now (the engine clock) hold no place, whatever the intent's instant
      facts = factsForIntent(intent, read.snap, evaluatedAt.getTime(), read.pending !== false);
    } catch {
      facts = factsForIntent(intent, undefined);
      missing = ALL_FACT_KINDS;
    }
    return decide(intent, facts, missing, evaluatedAt);
  }

  async function loadFacts(q: FactQuery): Promise<Judged> {
    if (needs.size === 0 || q.e164s.length === 0) return {};
    try {
      return judged(await withTimeout(storage.loadFacts(q), factTimeoutMs, 'fact read', storage.name), q);
    } catch {
      return { unavailable: new Set(ALL_FACTS) };
    }
  }

  /**
   * Compact decision digests for the audit log (times as epoch ms): the text of
   * `{"decisionId":…,"rulesetVersion":…,"at":…,"to":…,"callType":…,"channel":…,"purpose":…,"allowed":…,"denials":[…],"nextPermittedAt":…}`,
   * equal to JSON.stringify of that data (the audit verifier recomputes it). Written in place into a
   * sink that can take it (the memory log), from cached UTF-8 pieces for the runs that repeat across
   * decisions; gathered as text for any other sink.
   */
  function writeDecisionDigest(d: Decision, w: AuditDataWriter): void {
    const i = d.intent;
    w.bytes(DECISION_OPEN);
    w.raw(d.decisionId);
    if (d.rulesetVersion === rulesetVersion) w.bytes(AUDIT_HEAD);
    else w.raw(`","rulesetVersion":${JSON.stringify(d.rulesetVersion)},"at":`);
    w.num(i.at);
    w.bytes(TO_OPEN);
    w.raw(i.e164);
    w.bytes(kindBytes(i.callType, i.channel, i.purpose));
    if (d.denials.length === 0 && d.nextPermittedAt === null) {
      w.bytes(d.allowed ? ALLOWED_TAIL : DENIED_EMPTY_TAIL);
      return;
    }
    // `<allowed>,"denials":["<rule>:<code>",…],"nextPermittedAt":<ms|null>}`
    w.bytes(d.allowed ? ALLOWED_DENIALS_OPEN : DENIED_DENIALS_OPEN);
    for (let j = 0; j < d.denials.length; j++) {
      if (j > 0) w.bytes(COMMA);
      w.bytes(denialBytes(d.denials[j]!.rule, d.denials[j]!.code));
    }
    w.bytes(NEXT_OPEN);
    if (d.nextPermittedAt === null) w.bytes(NULL_CLOSE);
    else {
      w.num(d.nextPermittedAt.getTime());
      w.bytes(CLOSE);
    }
  }
  const enc = new TextEncoder();
  const DECISION_OPEN = enc.encode('{"decisionId":"');
  const AUDIT_HEAD = enc.encode(`","rulesetVersion":${JSON.stringify(rulesetVersion)},"at":`);
  const TO_OPEN = enc.encode(',"to":"');
  const ALLOWED_TAIL = enc.encode('true,"denials":[],"nextPermittedAt":null}');
  const DENIED_EMPTY_TAIL = enc.encode('false,"denials":[],"nextPermittedAt":null}');
  const ALLOWED_DENIALS_OPEN = enc.encode('true,"denials":[');
  const DENIED_DENIALS_OPEN = enc.encode('false,"denials":[');
  const COMMA = enc.encode(',');
  const NEXT_OPEN = enc.encode('],"nextPermittedAt":');
  const NULL_CLOSE = enc.encode('null}');
  const CLOSE = enc.encode('}');
  const denialStrings = new Map<string, Map<string, Uint8Array>>();
  /** The JSON string `"<rule>:<code>"` as UTF-8, by rule id and code. */
  function denialBytes(rule: string, code: string): Uint8Array {
    let byCode = denialStrings.get(rule);
    if (byCode === undefined) denialStrings.set(rule, (byCode = new Map()));
    let b = byCode.get(code);
    if (b === undefined) byCode.set(code, (b = enc.encode(JSON.stringify(`${rule}:${code}`))));
    return b;
  }
  const kinds = new Map<string, Map<string, Map<string, Uint8Array>>>();
  /** `","callType":"…","channel":"…","purpose":"…","allowed":` as UTF-8, by the intent kind's enum values (a few dozen kinds). */
  function kindBytes(callType: string, channel: string, purpose: string): Uint8Array {
    let byChannel = kinds.get(callType);
    if (byChannel === undefined) kinds.set(callType, (byChannel = new Map()));
    let byPurpose = byChannel.get(channel);
    if (byPurpose === undefined) byChannel.set(channel, (byPurpose = new Map()));
    let b = byPurpose.get(purpose);
    if (b === undefined) byPurpose.set(purpose, (b = enc.encode(`","callType":${JSON.stringify(callType)},"channel":${JSON.stringify(channel)},"purpose":${JSON.stringify(purpose)},"allowed":`)));
    return b;
  }
  /** The digests as JSON text, for `append`. */
  function auditDecisionEntries(ds: readonly Decision[]): { type: 'decision'; json: string }[] {
    return ds.map((d) => ({ type: 'decision' as const, json: writtenText((w) => writeDecisionDigest(d, w)) }));
  }

  async function auditBatch(ds: readonly Decision[], at: number): Promise<void> {
    const sink = storage.audit as AuditSink & Partial<WritableAuditSink>;
    if (typeof sink.appendWritten === 'function') sink.appendWritten('decision', ds.length, (k, w) => writeDecisionDigest(ds[k]!, w), at);
    else await sink.append(auditDecisionEntries(ds), at);
  }

  async function checkBatch(inputs: readonly CallIntent[]): Promise<Decision[]> {
    // an index loop, not map: a hole in a sparse array is an input too (undefined: refused by name)
    const intents: NormalizedIntent[] = new Array(inputs.length);
    for (let k = 0; k < inputs.length; k++) intents[k] = normalize(inputs[k]!);
    const read = await loadFacts(queryFor(intents));
    const evaluatedAt = clockDate();
    const out = intents.map((intent, k) => (intent.unsupported ? unsupportedDecision(intent, inputs[k]!.to, evaluatedAt) : decideFrom(intent, read, evaluatedAt)));
    if (auditDecisions) await auditBatch(out, evaluatedAt.getTime());
    return out;
  }

  /** A phone number argument as E.164: not a string is an InvalidInputError naming `what`; not dialable, an UnsupportedNumberError. */
  function e164OrThrow(phone: unknown, what = 'phone'): string {
    if (typeof phone !== 'string') parseOrThrow(phoneSchema, phone, what);
    const p = parseNumber(phone as string);
    if (!p.ok) throw new UnsupportedNumberError(phone as string, p.detail ?? p.reason);
    return p.e164;
  }

  /** One phone or a list of them as E.164, naming `phone` or `phones[k]` in errors. */
  function e164sOrThrow(phones: unknown): string[] {
    return Array.isArray(phones) ? phones.map((p: unknown, k) => e164OrThrow(p, `phones[${k}]`)) : [e164OrThrow(phones)];
  }

  async function audit(type: Parameters<Storage['audit']['append']>[0][number]['type'], data: unknown): Promise<void> {
    await stored('audit append', () => storage.audit.append([{ type, data }], clockMs()));
  }

  let importQueue: Promise<unknown> = Promise.resolve();

  /** engine.suppressions.importFtc, run in the engine's import queue. */
  /**
   * engine.suppressions.importFtc: the options checked and the file read at once (a stream is
   * consumed when given, so its errors reach this import and a stalled one holds up only itself),
   * then the rest (the copies held, the writes, the audit) in the engine's import queue.
   */
  async function importFtcNow(input: FtcInput, options: FtcImportOptions): Promise<FtcImportResult> {
    const o = parseOrThrow(ftcImportOptionsSchema, options, 'FTC import options');
    const downloadedAt = toEpoch(o.downloadedAt);
    const bad = (message: string, path: (string | number)[] = ['downloadedAt']) => new InvalidInputError('FTC import (nothing was imported)', [{ path, message }]);
    if (downloadedAt > clockMs()) throw bad('is after the engine clock: give the time the file was downloaded');
    const list = o.kind === 'full' ? optionalWrite('listSuppressions', 'an area code\'s list (needed to replace it)') : undefined;
    const setDownload = optionalWrite('setRegistryDownload', 'registry download times');
    const file = await parseFtcFile(input, o.kind, o.columns);
    if (file.rejected > 0) {
      throw new InvalidInputError(
        `FTC registry file (${file.rejected} unreadable line${file.rejected > 1 ? 's' : ''}; nothing was imported)`,
        file.rejects.map((r) => ({ path: ['line', r.line], message: `cannot read ${JSON.stringify(r.text)} as ${o.kind === 'full' ? 'a number alone' : 'one number with one add/delete flag (give columns if the row is ambiguous)'}` })),
      );
    }
    const seen = [...new Set([...file.adds.keys(), ...file.deletes.keys()])];
    const areaCodes = [...new Set(o.areaCodes ?? seen)].sort((a, b) => a - b);
    const outside = seen.filter((npa) => !areaCodes.includes(npa));
    if (outside.length > 0) throw bad(`the file has numbers in area codes not listed: ${outside.join(', ')}`, ['areaCodes']);
    if (areaCodes.length === 0) throw bad('the file holds no number (an empty or truncated download?); give areaCodes for a list that really holds none', ['input']);
    if (o.kind === 'full' && o.allowEmpty !== true) {
      // every area code has registered numbers: a full list without any for one is a broken download, not news
      const empty = areaCodes.filter((npa) => (file.adds.get(npa)?.size ?? 0) === 0);
      if (empty.length > 0) throw bad(`the full list holds no number of area code${empty.length > 1 ? 's' : ''} ${empty.join(', ')}: refusing to empty ${empty.length > 1 ? 'their copies' : 'its copy'} (an empty or truncated download?); pass allowEmpty: true if the list is really empty`, ['areaCodes']);
    }
    const run = importQueue.then(() => applyFtc());
    importQueue = run.catch(() => undefined);
    return run;

    async function applyFtc(): Promise<FtcImportResult> {
      // the copies already held: a full list may not be older, and a change list applies only on top of one
      const held = await registryTimes(areaCodes);
      const since = o.since === undefined ? undefined : toEpoch(o.since);
      for (const npa of areaCodes) {
        const at = held.get(npa);
        if (o.kind === 'changes' && at === undefined) throw bad(`no full list of area code ${npa} has been imported: a change list applies on top of one`, ['areaCodes']);
        if (at !== undefined && downloadedAt < at) throw bad(`is older than the copy of area code ${npa} already imported (${new Date(at).toISOString()})`);
        // a change list since a download later than the copy held would miss the registrations in between
        if (since !== undefined && at !== undefined && since > at) {
          throw bad(`the change list follows a download of ${new Date(since).toISOString()}, but the copy of area code ${npa} held is from ${new Date(at).toISOString()}: a change list is missing (import it, or a full list)`, ['since']);
        }
      }
      const meta = { source: o.source ?? 'FTC National Do Not Call Registry', downloadedAt: new Date(downloadedAt).toISOString() };
      const summary = { op: 'import-ftc', list: 'national', kind: o.kind, areaCodes, numbers: file.numbers, sha256: file.sha256, ...meta, ...(since !== undefined ? { since: new Date(since).toISOString() } : {}) };
      let added = 0;
      let removed = 0;
      try {
        // additions first, removals after: a check in between sees more numbers listed, never fewer
        for (const npa of areaCodes) {
          const adds = file.adds.get(npa);
          if (adds !== undefined && adds.size > 0) added += await stored('addSuppressions', () => storage.addSuppressions('national', [...adds], meta));
        }
        const current = list === undefined ? undefined : await stored('listSuppressions', () => list('national', areaCodes));
        for (const npa of areaCodes) {
          const adds = file.adds.get(npa) ?? new Set<string>();
          // a full list drops what it no longer holds; a change list its deletions (a number both added and deleted stays)
          const drop = (current !== undefined ? (current.get(npa) ?? []) : [...(file.deletes.get(npa) ?? [])]).filter((e) => !adds.has(e));
          if (drop.length > 0) removed += await stored('removeSuppressions', () => storage.removeSuppressions('national', drop));
        }
        // the download times last, once the lists hold the copy
        for (const npa of areaCodes) await stored('setRegistryDownload', () => setDownload(npa, downloadedAt));
      } catch (err) {
        // a partial import is on the record too (what was applied before the failure); if even that
        // entry cannot be written, both errors go to the caller
        try {
          await audit('suppression', { ...summary, status: 'failed', added, removed, error: String(err) });
        } catch (auditErr) {
          throw new AggregateError([err, auditErr], `[dialguard] the FTC import failed after adding ${added} and removing ${removed} numbers, and its audit entry could not be written`);
        }
        throw err;
      }
      try {
        await audit('suppression', { ...summary, status: 'done', added, removed });
      } catch (auditErr) {
        throw new StorageError(storage.name, `the FTC import was applied (added ${added}, removed ${removed}) but its audit entry could not be written`, { cause: auditErr });
      }
      return { kind: o.kind, added, removed, numbers: file.numbers, areaCodes, downloadedAt: new Date(downloadedAt), sha256: file.sha256 };
    }
  }

  const engine: Engine = {
    rules,
    rulesetVersion,
    storage,
    async check(intent) {
      return (await checkBatch([intent]))[0]!;
    },
    async checkMany(intents) {
      if (!Array.isArray(intents)) throw new InvalidInputError('checkMany input', [{ path: [], message: 'must be an array of call intents' }]);
      const out: Decision[] = new Array(intents.length);
      for (let start = 0; start < intents.length; start += batchSize) {
        const batch = intents.slice(start, start + batchSize);
        let ds: Decision[];
        try {
          ds = await checkBatch(batch);
        } catch (err) {
          if (err instanceof InvalidInputError) {
            // name the element that failed: the first one normalize refuses (as checkBatch met them, in order)
            const idx = batch.findIndex((b) => {
              try {
                normalize(b);
                return false;
              } catch {
                return true;
              }
            });
            if (idx >= 0) {
              throw new InvalidInputError('call intent', err.issues.map((i) => ({ ...i, path: [start + idx, ...i.path] })), { cause: err });
            }
          }
          throw err;
        }
        for (let k = 0; k < ds.length; k++) out[start + k] = ds[k]!;
      }
      return out;
    },
    async reserve(input) {
      if (!storage.capabilities.atomicReserve) {
        throw new StorageError(storage.name, 'adapter must implement an atomic reserve for frequency caps; refusing to race');
      }
      const intent = normalize(input);
      if (intent.unsupported) {
        const decision = unsupportedDecision(intent, input.to);
        if (auditDecisions) await auditBatch([decision], clockMs());
        return { decision };
      }
      const q = queryFor([intent]);
      let result: { decision: Decision; reservation?: Reservation };
      try {
        result = await withTimeout(
          storage.reserve<{ decision: Decision; reservation?: Reservation }>(q, (snap) => {
            const decision = decideFrom(intent, judged(snap, q));
            if (!decision.allowed) return { result: { decision } };
            const id = randomUUID();
            // counted from the later of the call's instant and the engine clock: a reservation made
            // for an instant already past (a queued intent) must not have lapsed before it is made
            const expiresAt = Math.max(intent.at, clockMs()) + reservationTtlMs;
            const attempt = storedAttempt(id, intent.e164, intent.at, intent.callType, intent.channel, intent.purpose, intent.seller, 'pending', false, intent.subject, intent.campaignId, expiresAt, intent.numberUse);
            return { result: { decision, reservation: { id, expiresAt: new Date(expiresAt) } }, attempt };
          }),
          factTimeoutMs,
          'reserve',
          storage.name,
        );
      } catch {
        const decision = decide(intent, factsForIntent(intent, undefined), new Set(ALL_FACTS));
        result = { decision };
      }
      const entries: { type: 'decision' | 'reservation'; data?: unknown; json?: string }[] = auditDecisions ? auditDecisionEntries([result.decision]) : [];
      if (result.reservation) entries.push({ type: 'reservation', data: { id: result.reservation.id, decisionId: result.decision.decisionId, expiresAt: result.reservation.expiresAt.toISOString() } });
      if (entries.length) await stored('audit append', () => storage.audit.append(entries, clockMs()));
      return result;
    },
    async complete(reservationId, result) {
      const r = parseOrThrow(completionSchema, result, 'completion');
      const a = await stored('completeAttempt', () => storage.completeAttempt(reservationId, { outcome: r.outcome, conversation: r.conversation ?? false }));
      if (!a) throw new InvalidInputError('completion', [{ path: ['reservationId'], message: `no reservation ${reservationId}` }]);
      // a completion is final: one that contradicts the recorded one is refused (the ledger and the log must agree)
      if (a.outcome !== r.outcome || Boolean(a.conversation) !== (r.conversation ?? false)) {
        throw new InvalidInputError('completion', [
          { path: ['outcome'], message: `reservation ${reservationId} was already completed as ${a.outcome}${a.conversation ? ' with a conversation' : ''}` },
        ]);
      }
      await audit('completion', { reservationId, ...r });
    },
    consents: {
      async grant(input) {
        const g = parseOrThrow(consentGrantSchema, input, 'consent grant');
        const e164 = e164OrThrow(g.phone);
        const capturedAt = new Date(toEpoch(g.evidence.capturedAt));
        // a consent from the future would start counting by itself later: refused, as a future FTC download is
        const now = clockMs();
        if (capturedAt.getTime() > now) throw new InvalidInputError('consent grant', [{ path: ['evidence', 'capturedAt'], message: 'is after the engine clock' }]);
        if (g.at !== undefined && toEpoch(g.at) > now) throw new InvalidInputError('consent grant', [{ path: ['at'], message: 'is after the engine clock' }]);
        const record: ConsentRecord = {
          id: randomUUID(),
          phone: e164,
          kind: g.kind,
          seller: g.seller === undefined ? seller : canonicalSeller(g.seller),
          // every scope key present (undefined = any): one hidden class for the rules that read it
          scope: { callTypes: g.scope?.callTypes, channels: g.scope?.channels, purposes: g.scope?.purposes },
          evidence: { ...g.evidence, capturedAt },
          grantedAt: g.at !== undefined ? new Date(toEpoch(g.at)) : capturedAt,
          recordedAt: clockDate(),
        };
        await stored('addConsent', () => storage.addConsent(record));
        await audit('consent', record);
        return record;
      },
      async revoke(input) {
        const r = parseOrThrow(revocationSchema, input, 'revocation');
        const e164 = e164OrThrow(r.phone);
        const receivedAt = r.at !== undefined ? new Date(toEpoch(r.at)) : clockDate();
        const record: RevocationRecord = {
          id: randomUUID(),
          phone: e164,
          seller: r.seller === undefined ? seller : canonicalSeller(r.seller),
          via: r.via,
          receivedAt,
          honorBy: honorDeadline(receivedAt, businessTimeZone),
          recordedAt: clockDate(),
          ...(r.text !== undefined ? { text: r.text } : {}),
        };
        await stored('addRevocation', () => storage.addRevocation(record));
        await audit('revocation', record);
        return record;
      },
      async list(phone) {
        const e164 = e164OrThrow(phone);
        return stored('listConsents', () => storage.listConsents(e164));
      },
    },
    optOuts: {
      async fromMessage(input) {
        const m = parseOrThrow(optOutMessageSchema, input, 'opt-out message');
        const match = parseOptOut(m.text, { dtmf: m.channel === 'dtmf', optOutDigits });
        if (!match.revoked) {
          // kept as evidence too: a reply read as no revocation can be reviewed later
          await audit('inbound-message', {
            phone: m.phone,
            channel: m.channel,
            text: m.text,
            at: new Date(m.at !== undefined ? toEpoch(m.at) : clockMs()).toISOString(),
            revoked: false,
          });
          return { revoked: false };
        }
        const revocation = await engine.consents.revoke({
          phone: m.phone,
          via: m.channel,
          text: m.text,
          ...(m.at !== undefined ? { at: m.at } : {}),
          ...(m.seller !== undefined ? { seller: m.seller } : {}),
        });
        await engine.suppressions.add('internal', m.phone, { source: 'opt-out', revocationId: revocation.id });
        return { revoked: true, ...(match.matched !== undefined ? { matched: match.matched } : {}), revocation };
      },
    },
    attempts: {
      async record(records) {
        const list = asArray(records).map((r, k) => {
          const a = parseOrThrow(attemptRecordSchema, r, `attempt record [${k}]`);
          return storedAttempt(randomUUID(), e164OrThrow(a.phone), toEpoch(a.at), a.callType, a.channel ?? 'voice', a.purpose, a.seller === undefined ? seller : canonicalSeller(a.seller), a.outcome, a.conversation ?? false, a.subject === undefined ? undefined : canonicalSubject(a.subject), a.campaignId, undefined, a.numberUse);
        });
        await stored('addAttempts', () => storage.addAttempts(list));
        await audit('attempt', { count: list.length, ids: list.map((a) => a.id) });
        return list.length;
      },
    },
    suppressions: {
      async add(list, phones, meta) {
        if (meta !== undefined) parseOrThrow(suppressionMetaSchema, meta, 'suppression meta');
        const l = listName(list);
        const e164s = e164sOrThrow(phones);
        const n = await stored('addSuppressions', () => storage.addSuppressions(l, e164s, meta));
        await audit('suppression', { op: 'add', list: l, phones: e164s, count: e164s.length, added: n, ...(meta ? { meta } : {}) });
        return n;
      },
      importFtc(input, options) {
        // one import at a time per engine (the part after reading the file): each checks the copies
        // held and writes the lists and the download times; two at once could leave an older copy's
        // removals under a newer time
        return importFtcNow(input, options);
      },
      async remove(list, phones) {
        const l = listName(list);
        const e164s = e164sOrThrow(phones);
        const n = await stored('removeSuppressions', () => storage.removeSuppressions(l, e164s));
        await audit('suppression', { op: 'remove', list: l, phones: e164s, removed: n });
        return n;
      },
      async has(list, phone) {
        const l = listName(list);
        const e164 = e164OrThrow(phone);
        return stored('hasSuppression', () => storage.hasSuppression(l, e164));
      },
    },
    relationships: {
      async record(input) {
        const r = parseOrThrow(relationshipEventSchema, input, 'relationship event');
        const rec: StoredRelationship = { e164: e164OrThrow(r.phone), kind: r.kind, at: toEpoch(r.at), seller: r.seller === undefined ? seller : canonicalSeller(r.seller) };
        await stored('addRelationship', () => storage.addRelationship(rec));
        await audit('relationship', rec);
      },
    },
    debtCollection: {
      async restrict(input) {
        const r = parseOrThrow(communicationRestrictionSchema, input, 'communication restriction');
        const add = optionalWrite('addRestriction', 'communication restrictions');
        const rec: StoredRestriction = {
          id: randomUUID(),
          kind: r.kind,
          ...(r.subject !== undefined ? { subject: canonicalSubject(r.subject) } : {}),
          ...(r.phone !== undefined ? { e164: e164OrThrow(r.phone) } : {}),
          ...(r.channel !== undefined ? { channel: r.channel } : {}),
          ...(r.window !== undefined ? { window: { start: r.window.start, end: r.window.end } } : {}),
          from: r.at === undefined ? clockMs() : toEpoch(r.at),
          ...(r.until !== undefined ? { until: toEpoch(r.until) } : {}),
          ...(r.note !== undefined ? { note: r.note } : {}),
        };
        if (rec.until !== undefined && rec.until <= rec.from) {
          throw new InvalidInputError('communication restriction', [{ path: ['until'], message: 'must be after the restriction starts (at, default now)' }]);
        }
        await stored('addRestriction', () => add(rec));
        await audit('restriction', rec);
        return rec;
      },
    },
    reassignedNumbers: {
      async record(input) {
        const r = parseOrThrow(reassignedNumberQuerySchema, input, 'reassigned-number query');
        const add = optionalWrite('addReassignedQuery', 'Reassigned Numbers Database answers');
        const rec: StoredReassignedQuery = {
          id: randomUUID(),
          e164: e164OrThrow(r.phone),
          since: toEpoch(r.since),
          result: r.result,
          queriedAt: r.queriedAt === undefined ? clockMs() : toEpoch(r.queriedAt),
        };
        if (rec.queriedAt > clockMs()) {
          throw new InvalidInputError('reassigned-number query', [{ path: ['queriedAt'], message: 'is after the engine clock' }]);
        }
        if (rec.since > rec.queriedAt) {
          throw new InvalidInputError('reassigned-number query', [{ path: ['since'], message: 'the date given in a query cannot be after the query (queriedAt, default now)' }]);
        }
        await stored('addReassignedQuery', () => add(rec));
        await audit('reassigned-query', rec);
        return rec;
      },
    },
    campaigns: {
      async abandonmentRate(campaignId, at) {
        const t = at === undefined ? clockMs() : toEpoch(parseOrThrow(callIntentSchema.shape.at, at, 'abandonmentRate')!);
        const snap = await withTimeout(
          storage.loadFacts({ sellers: [seller], e164s: [], subjects: [], campaignIds: [campaignId], since: t - LOOKBACK_MS, now: t, needs: new Set<FactKind>(['campaign']) }),
          factTimeoutMs,
          'campaign read',
          storage.name,
        );
        const s = abandonmentStats(snap.campaigns.get(campaignId), t);
        return { rate: s.rate, abandoned: s.abandoned, answered: s.answered, periodStart: s.periodStart === undefined ? null : new Date(s.periodStart), periodEnd: s.periodEnd === undefined ? null : new Date(s.periodEnd) };
      },
    },
    emergencies: {
      async declare(input) {
        const e = parseOrThrow(emergencyDeclarationSchema, input, 'emergency declaration');
        const rec: StoredEmergency = {
          id: randomUUID(),
          state: e.state,
          from: toEpoch(e.from),
          to: toEpoch(e.to),
          ...(e.counties ? { counties: e.counties } : {}),
        };
        await stored('addEmergency', () => storage.addEmergency(rec));
        await audit('emergency', rec);
        return rec;
      },
    },
    audit: {
      verify: () => storage.audit.verify(),
      export: () => storage.audit.export(),
    },
  };
  return engine;
}
