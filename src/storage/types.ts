/**
 * The storage contract every adapter implements: one batched fact read per check batch, appends
 * for consents and revocations (never deletes), and an atomic reserve.
 * @module
 */
import type { CampaignFacts, FactKind } from '../core/rule';
import type {
  ConsentRecord,
  RevocationRecord,
  StoredAttempt,
  StoredEmergency,
  StoredReassignedQuery,
  StoredRelationship,
  StoredRestriction,
  SuppressionList,
} from '../core/types';
import type { canonicalSeller, canonicalSubject } from '../core/names';

/** What one batch of checks needs to read. @category Storage */
export interface FactQuery {
  /**
   * Every seller of the batch's intents (consents, lists and relationships are per seller), in
   * canonical form ({@link canonicalSeller}): records must carry their seller in that form too.
   */
  sellers: readonly string[];
  e164s: readonly string[];
  /**
   * The subjects (debts, matters) of the batch's intents, in canonical form ({@link canonicalSubject});
   * records must carry their subject in that form too, or none (`undefined`, never `null`).
   */
  subjects: readonly string[];
  campaignIds: readonly string[];
  /** Attempts at or after this instant (epoch ms) are read. */
  since: number;
  /**
   * The instant of the batch's earliest check: pending reservations that expired at or before it
   * may be left out. Any others must be returned (with `expiresAt`): the rules skip each one, per
   * check, from its expiry on.
   */
  now: number;
  needs: ReadonlySet<FactKind>;
}

/** The facts of one number, as {@link FactSnapshot.byNumber} holds them. @category Storage */
export interface NumberFacts {
  consents: readonly ConsentRecord[];
  revocations: readonly RevocationRecord[];
  /** The lists the number is on. */
  suppressions: ReadonlySet<SuppressionList>;
  relationships: readonly StoredRelationship[];
  /** Attempts to the number in the look-back window, pending reservations included. */
  attempts: readonly StoredAttempt[];
  /** Reassigned Numbers Database answers for the number, oldest query first (omitted: none). */
  reassigned?: readonly StoredReassignedQuery[];
  /** Communication restrictions recorded with this number (omitted: none). */
  restrictions?: readonly StoredRestriction[];
}

/** The facts read for one batch. @category Storage */
export interface FactSnapshot {
  consents: ReadonlyMap<string, readonly ConsentRecord[]>;
  revocations: ReadonlyMap<string, readonly RevocationRecord[]>;
  suppressions: ReadonlyMap<string, ReadonlySet<SuppressionList>>;
  relationships: ReadonlyMap<string, readonly StoredRelationship[]>;
  attemptsByNumber: ReadonlyMap<string, readonly StoredAttempt[]>;
  attemptsBySubject: ReadonlyMap<string, readonly StoredAttempt[]>;
  campaigns: ReadonlyMap<string, CampaignFacts>;
  emergencies: readonly StoredEmergency[];
  /**
   * Reassigned Numbers Database answers by number (with `byNumber`, they may be in its records and
   * this map empty). A storage that has `addReassignedQuery` must return this map when the query
   * needs `'reassigned'`, empty if none: when it is missing the engine treats the kind as
   * unavailable and the rules that need it deny (fail closed).
   */
  reassigned?: ReadonlyMap<string, readonly StoredReassignedQuery[]>;
  /**
   * Communication restrictions recorded with a number, by number (with `byNumber`, they may be in
   * its records and this map empty). Like `reassigned`: required (maybe empty) from a storage
   * that has `addRestriction` when the query needs `'restrictions'`.
   */
  restrictions?: ReadonlyMap<string, readonly StoredRestriction[]>;
  /** Communication restrictions recorded with a subject, for the query's subjects. Required like `restrictions`. */
  restrictionsBySubject?: ReadonlyMap<string, readonly StoredRestriction[]>;
  /**
   * When the national registry's list of each area code was last downloaded (`importFtcDnc`),
   * epoch ms by area code: every area code with a recorded download (its size tells the engine
   * whether imports are in use). Required (maybe empty) from a storage that has
   * `setRegistryDownload` when the query needs `'registry'`.
   */
  registry?: ReadonlyMap<number, number>;
  /**
   * Optional: each number's facts in one record (one lookup per intent instead of five). When
   * present, the engine reads the numbers' consents, revocations, lists, relationships and attempts
   * from it and not from the maps above, which may then be left empty. A number it lacks has none.
   */
  byNumber?: ReadonlyMap<string, NumberFacts>;
  /** Kinds the adapter could not read; rules that need them deny. */
  unavailable?: readonly FactKind[];
}

/** What `reserve` decides inside the adapter's atomic section. @category Storage */
export interface ReserveOutcome<T> {
  result: T;
  /** The pending attempt to insert, when the call is allowed. */
  attempt?: StoredAttempt;
}

/** A tamper-evident audit entry. @category Audit */
export interface AuditEntry {
  seq: number;
  type: 'decision' | 'consent' | 'revocation' | 'attempt' | 'suppression' | 'relationship' | 'emergency' | 'reservation' | 'completion' | 'reassigned-query' | 'restriction' | 'inbound-message';
  at: string;
  data: unknown;
  prevHash: string;
  hash: string;
}

/** Where audit entries go. @category Audit */
export interface AuditSink {
  /**
   * Appends entries. Each carries `data`, or `json` (the producer's `JSON.stringify(data)`,
   * precomputed on a hot path), or both.
   */
  append(entries: readonly { type: AuditEntry['type']; data?: unknown; json?: string }[], at: number): void | Promise<void>;
  /** `head`: the last block's hash, to anchor outside the log (see `verifyAuditLines`); optional for sinks written before it. */
  verify(): Promise<{ ok: boolean; entries: number; brokenAt?: number; head?: string }>;
  export(): AsyncIterable<string>;
}

/**
 * A storage adapter.
 * @category Storage
 */
export interface Storage {
  readonly name: string;
  readonly capabilities: { readonly atomicReserve: boolean };
  /** One round trip: every fact the batch needs. */
  loadFacts(query: FactQuery): Promise<FactSnapshot>;
  /**
   * Reads the facts and runs `decide` on them and inserts the pending attempt it returns, with no
   * other write in between (atomic). Adapters without this capability must not claim it.
   */
  reserve<T>(query: FactQuery, decide: (snapshot: FactSnapshot) => ReserveOutcome<T>): Promise<T>;
  /**
   * Records how a pending attempt ended, once: a pending attempt takes the patch (and stops
   * expiring); one already completed is left as it is. Resolves the attempt as stored after the
   * call (its outcome and conversation as now recorded, `conversation` a boolean), or undefined when
   * there is no such attempt. The engine refuses a completion that contradicts what it resolves.
   */
  completeAttempt(id: string, patch: { outcome: StoredAttempt['outcome']; conversation: boolean }): Promise<StoredAttempt | undefined>;
  addConsent(record: ConsentRecord): Promise<void>;
  addRevocation(record: RevocationRecord): Promise<void>;
  listConsents(e164: string): Promise<{ consents: ConsentRecord[]; revocations: RevocationRecord[] }>;
  addSuppressions(list: SuppressionList, e164s: readonly string[], meta?: Record<string, unknown>): Promise<number>;
  removeSuppressions(list: SuppressionList, e164s: readonly string[]): Promise<number>;
  hasSuppression(list: SuppressionList, e164: string): Promise<boolean>;
  addRelationship(record: StoredRelationship): Promise<void>;
  addAttempts(records: readonly StoredAttempt[]): Promise<void>;
  addEmergency(record: StoredEmergency): Promise<void>;
  /**
   * Stores a Reassigned Numbers Database answer (appended, never replaced). Optional: a storage
   * without it cannot hold RND answers, and `engine.reassignedNumbers.record` rejects with a
   * {@link StorageError} rather than drop one.
   */
  addReassignedQuery?(record: StoredReassignedQuery): Promise<void>;
  /**
   * Stores a debt-collection communication restriction (appended, never replaced). Optional: a
   * storage without it rejects `engine.debtCollection.restrict` with a {@link StorageError}.
   */
  addRestriction?(record: StoredRestriction): Promise<void>;
  /** The E.164 numbers on a list in some area codes, by area code (for replacing an area code's national list). Optional. */
  listSuppressions?(list: SuppressionList, npas: readonly number[]): Promise<Map<number, string[]>>;
  /** Records when the national registry's list of an area code was downloaded. Optional. */
  setRegistryDownload?(npa: number, at: number): Promise<void>;
  /** The audit sink this storage keeps. */
  readonly audit: AuditSink;
}
