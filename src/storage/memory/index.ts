/**
 * The default in-memory storage. Reserve is atomic: the fact read, the decision and the insert of
 * the pending attempt run synchronously, with no await in between.
 * @module
 */
import { memoryAuditLog } from '../../audit/chain';
import type { CampaignFacts } from '../../core/rule';
import { liveAt } from '../../core/facts';
import { canonicalSeller, canonicalSubject } from '../../core/names';
import type {
  ConsentRecord,
  RevocationRecord,
  StoredAttempt,
  StoredEmergency,
  StoredReassignedQuery,
  StoredRelationship,
  StoredRestriction,
  SuppressionList,
} from '../../core/types';
import type { FactQuery, FactSnapshot, NumberFacts, Storage } from '../types';

/** Options of {@link memoryStorage}. @category Storage */
export interface MemoryStorageOptions {
  /** A name shown in errors. Default `'memory'`. */
  name?: string;
}

const EMPTY: readonly never[] = Object.freeze([]);
const EMPTY_SET: ReadonlySet<never> = new Set();
const EMPTY_MAP: ReadonlyMap<string, never> = new Map<string, never>();

/**
 * Everything stored about one number, so that a fact read looks the number up once. The arrays
 * and the set are copy-on-write: a write replaces them, so a snapshot handed to a check never
 * changes under it and reads need no copy.
 */
interface NumberRecord {
  consents: readonly ConsentRecord[] | undefined;
  revocations: readonly RevocationRecord[] | undefined;
  lists: ReadonlySet<SuppressionList> | undefined;
  relationships: readonly StoredRelationship[] | undefined;
  attempts: readonly StoredAttempt[] | undefined;
  reassigned: readonly StoredReassignedQuery[] | undefined;
  restrictions: readonly StoredRestriction[] | undefined;
}

/** Copy-on-write append. */
function appended<V>(a: readonly V[] | undefined, v: V): readonly V[] {
  return a ? [...a, v] : [v];
}

/** Copy-on-write insert keeping the array sorted by `at` (appends are the common case). */
function insertedByTime(arr: readonly StoredAttempt[] | undefined, a: StoredAttempt): readonly StoredAttempt[] {
  if (arr === undefined) return [a];
  let i = arr.length;
  while (i > 0 && arr[i - 1]!.at > a.at) i--;
  const next = arr.slice();
  next.splice(i, 0, a);
  return next;
}

/** Copy-on-write insert into a map of arrays sorted by `at`. */
function insertByTime(m: Map<string, readonly StoredAttempt[]>, k: string, a: StoredAttempt): void {
  m.set(k, insertedByTime(m.get(k), a));
}

/**
 * A record with its seller and subject in canonical form (a copy when they were not): records the
 * host writes straight to the store meet the canonical names the engine queries with, whatever
 * their spelling ("ACCT-1", "Smith & Lee LLP ").
 */
function named<T extends { seller?: string | undefined; subject?: string | undefined }>(r: T): T {
  const seller = r.seller === undefined ? undefined : canonicalSeller(r.seller);
  const subject = r.subject === undefined ? undefined : canonicalSubject(r.subject);
  return seller === r.seller && subject === r.subject ? r : { ...r, ...(seller !== undefined ? { seller } : {}), ...(subject !== undefined ? { subject } : {}) };
}

/**
 * Creates the in-memory storage (the default when `createEngine` gets no storage).
 * @param options - optional name
 * @returns a {@link Storage}
 * @example
 * ```ts
 * const engine = createEngine({ storage: memoryStorage() });
 * ```
 * @category Storage
 */
export function memoryStorage(options: MemoryStorageOptions = {}): Storage {
  const name = options.name ?? 'memory';
  const numbers = new Map<string, NumberRecord>();
  const lists = new Map<SuppressionList, Set<string>>();
  const attemptsBySubject = new Map<string, readonly StoredAttempt[]>();
  const restrictionsBySubject = new Map<string, readonly StoredRestriction[]>();
  /** National registry download instant by area code (copy-on-write: a snapshot keeps its map). */
  let registry: ReadonlyMap<number, number> = new Map();
  const campaignEvents = new Map<
    string,
    { startedAt?: number; events: { at: number; abandoned: boolean }[]; snapshot?: CampaignFacts }
  >();
  const attemptsById = new Map<string, StoredAttempt>();
  const emergencies: StoredEmergency[] = [];
  const audit = memoryAuditLog();

  const recent = (arr: readonly StoredAttempt[] | undefined, since: number, now: number): readonly StoredAttempt[] => {
    if (arr === undefined || arr.length === 0) return EMPTY;
    // arrays are sorted by time: find the first index at or after `since`
    let lo = 0;
    let hi = arr.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (arr[mid]!.at < since) lo = mid + 1;
      else hi = mid;
    }
    // reservations expired by the batch's earliest check are left out (FactQuery.now)
    return liveAt(lo === 0 ? arr : arr.slice(lo), now);
  };

  const trackCampaign = (a: StoredAttempt): void => {
    if (!a.campaignId) return;
    let c = campaignEvents.get(a.campaignId);
    if (!c) {
      c = { events: [] };
      campaignEvents.set(a.campaignId, c);
    }
    if (c.startedAt === undefined || a.at < c.startedAt) {
      c.startedAt = a.at;
      delete c.snapshot;
    }
    if (a.purpose === 'telemarketing' && (a.outcome === 'answered-live' || a.outcome === 'abandoned')) {
      const ev = { at: a.at, abandoned: a.outcome === 'abandoned' };
      let i = c.events.length;
      while (i > 0 && c.events[i - 1]!.at > ev.at) i--;
      c.events.splice(i, 0, ev);
      delete c.snapshot;
    }
  };

  const factsOf = (e164: string): NumberRecord => {
    let f = numbers.get(e164);
    if (f === undefined) {
      f = { consents: undefined, revocations: undefined, lists: undefined, relationships: undefined, attempts: undefined, reassigned: undefined, restrictions: undefined };
      numbers.set(e164, f);
    }
    return f;
  };

  const insertAttempt = (a: StoredAttempt): void => {
    attemptsById.set(a.id, a);
    const f = factsOf(a.e164);
    f.attempts = insertedByTime(f.attempts, a);
    if (a.subject !== undefined) insertByTime(attemptsBySubject, a.subject, a);
    trackCampaign(a);
  };

  const loadSync = (q: FactQuery): FactSnapshot => {
    const n = q.needs;
    // Per-number facts in one record each (FactSnapshot.byNumber): the per-kind maps stay empty.
    const byNumber = new Map<string, NumberFacts>();
    const snap: Omit<FactSnapshot, 'attemptsBySubject' | 'campaigns' | 'restrictionsBySubject'> & {
      attemptsBySubject: Map<string, readonly StoredAttempt[]>;
      campaigns: Map<string, CampaignFacts>;
      restrictionsBySubject: Map<string, readonly StoredRestriction[]>;
    } = {
      consents: EMPTY_MAP,
      revocations: EMPTY_MAP,
      suppressions: EMPTY_MAP,
      relationships: EMPTY_MAP,
      attemptsByNumber: EMPTY_MAP,
      attemptsBySubject: new Map(),
      campaigns: new Map(),
      // the kinds this store carries (per number in byNumber; by subject here): present, so not "unread"
      reassigned: EMPTY_MAP,
      restrictions: EMPTY_MAP,
      ...(n.has('registry') ? { registry } : {}),
      restrictionsBySubject: new Map(),
      emergencies: n.has('emergencies') ? emergencies.slice() : EMPTY,
      byNumber,
    };
    const wantConsents = n.has('consents');
    const wantLists = n.has('suppressions');
    const wantRel = n.has('relationships');
    const wantAttempts = n.has('attempts');
    const wantReassigned = n.has('reassigned');
    const wantRestrictions = n.has('restrictions');
    const e164s = q.e164s;
    for (let k = 0; k < e164s.length; k++) {
      const e = e164s[k]!;
      const f = numbers.get(e);
      if (f === undefined) continue;
      const consents = (wantConsents && f.consents) || EMPTY;
      const revocations = (wantConsents && f.revocations) || EMPTY;
      const lists = wantLists && f.lists !== undefined && f.lists.size > 0 ? f.lists : EMPTY_SET;
      const relationships = (wantRel && f.relationships) || EMPTY;
      const attempts = wantAttempts ? recent(f.attempts, q.since, q.now) : EMPTY;
      const reassigned = (wantReassigned && f.reassigned) || EMPTY;
      const restrictions = (wantRestrictions && f.restrictions) || EMPTY;
      if (consents.length + revocations.length + lists.size + relationships.length + attempts.length + reassigned.length + restrictions.length === 0) continue;
      byNumber.set(e, { consents, revocations, suppressions: lists, relationships, attempts, reassigned, restrictions });
    }
    if (wantAttempts) {
      for (const s of q.subjects) {
        const a = recent(attemptsBySubject.get(s), q.since, q.now);
        if (a.length) snap.attemptsBySubject.set(s, a);
      }
    }
    if (wantRestrictions && restrictionsBySubject.size > 0) {
      for (const sub of q.subjects) {
        const r = restrictionsBySubject.get(sub);
        if (r !== undefined) snap.restrictionsBySubject.set(sub, r);
      }
    }
    if (n.has('campaign')) {
      for (const id of q.campaignIds) {
        const c = campaignEvents.get(id);
        if (c === undefined) {
          snap.campaigns.set(id, { campaignId: id, events: EMPTY });
          continue;
        }
        c.snapshot ??= Object.freeze({ campaignId: id, ...(c.startedAt !== undefined ? { startedAt: c.startedAt } : {}), events: Object.freeze(c.events.slice()) });
        snap.campaigns.set(id, c.snapshot);
      }
    }
    return snap;
  };

  const storage: Storage = {
    name,
    capabilities: { atomicReserve: true },
    audit,
    async loadFacts(q) {
      return loadSync(q);
    },
    async reserve(q, decide) {
      // Atomic: no await between the read, the decision and the insert.
      const snapshot = loadSync(q);
      const out = decide(snapshot);
      if (out.attempt) insertAttempt(out.attempt);
      return out.result;
    },
    async completeAttempt(id, patch) {
      const a = attemptsById.get(id);
      if (!a) return undefined;
      if (a.outcome !== 'pending') return a;
      a.outcome = patch.outcome;
      a.conversation = patch.conversation;
      a.expiresAt = undefined; // not delete: the record keeps its hidden class
      trackCampaign(a);
      return a;
    },
    async addConsent(r) {
      r = named(r);
      const f = factsOf(r.phone);
      f.consents = appended(f.consents, r);
    },
    async addRevocation(r) {
      r = named(r);
      const f = factsOf(r.phone);
      f.revocations = appended(f.revocations, r);
    },
    async listConsents(e164) {
      const f = numbers.get(e164);
      return { consents: [...(f?.consents ?? [])], revocations: [...(f?.revocations ?? [])] };
    },
    async addSuppressions(list, e164s) {
      let set = lists.get(list);
      if (!set) lists.set(list, (set = new Set()));
      let added = 0;
      for (const e of e164s) {
        if (set.has(e)) continue;
        set.add(e);
        added++;
        const f = factsOf(e);
        const next = new Set(f.lists);
        next.add(list);
        f.lists = next;
      }
      return added;
    },
    async removeSuppressions(list, e164s) {
      const set = lists.get(list);
      if (!set) return 0;
      let removed = 0;
      for (const e of e164s) {
        if (!set.delete(e)) continue;
        removed++;
        const f = factsOf(e);
        const next = new Set(f.lists);
        next.delete(list);
        f.lists = next;
        // a number with nothing left on file needs no record (a snapshot already holding it keeps its own reference)
        if (next.size === 0 && !f.consents && !f.revocations && !f.relationships && !f.attempts && !f.reassigned && !f.restrictions) numbers.delete(e);
      }
      return removed;
    },
    async hasSuppression(list, e164) {
      return lists.get(list)?.has(e164) ?? false;
    },
    async addRelationship(r) {
      r = named(r);
      const f = factsOf(r.e164);
      f.relationships = appended(f.relationships, r);
    },
    async addAttempts(records) {
      for (const a of records) insertAttempt(named(a));
    },
    async addEmergency(e) {
      emergencies.push(e);
    },
    async listSuppressions(list, npas) {
      // one pass over the list for every area code asked
      const out = new Map<number, string[]>(npas.map((npa) => [npa, []]));
      const set = lists.get(list);
      if (set) {
        for (const e of set) {
          const arr = e.startsWith('+1') ? out.get(Number(e.slice(2, 5))) : undefined;
          if (arr !== undefined) arr.push(e);
        }
      }
      return out;
    },
    async setRegistryDownload(npa, at) {
      const next = new Map(registry);
      next.set(npa, Math.max(at, next.get(npa) ?? -Infinity)); // never back: the engine refuses older copies
      registry = next;
    },
    async addRestriction(r) {
      r = named(r);
      // copy-on-write appends: a snapshot already handed out keeps its arrays
      if (r.e164 !== undefined) {
        const f = factsOf(r.e164);
        f.restrictions = appended(f.restrictions, r);
      }
      if (r.subject !== undefined) restrictionsBySubject.set(r.subject, appended(restrictionsBySubject.get(r.subject), r));
    },
    async addReassignedQuery(r) {
      // kept in query order (an answer imported late goes where its query time puts it)
      const f = factsOf(r.e164);
      const arr = f.reassigned ?? EMPTY;
      let i = arr.length;
      while (i > 0 && arr[i - 1]!.queriedAt > r.queriedAt) i--;
      f.reassigned = [...arr.slice(0, i), r, ...arr.slice(i)];
    },
  };
  return storage;
}
