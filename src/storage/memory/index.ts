/**
 * The default in-memory storage. Reserve is atomic: the fact read, the decision and the insert of
 * the pending attempt run synchronously, with no await in between.
 * @module
 */
import { memoryAuditLog } from '../../audit/chain';
import type { CampaignFacts } from '../../core/rule';
import type {
  ConsentRecord,
  RevocationRecord,
  StoredAttempt,
  StoredEmergency,
  StoredRelationship,
  SuppressionList,
} from '../../core/types';
import type { FactQuery, FactSnapshot, Storage } from '../types';

/** Options of {@link memoryStorage}. @category Storage */
export interface MemoryStorageOptions {
  /** A name shown in errors. Default `'memory'`. */
  name?: string;
}

const EMPTY: readonly never[] = Object.freeze([]);

function push<K, V>(m: Map<K, V[]>, k: K, v: V): void {
  const a = m.get(k);
  if (a) a.push(v);
  else m.set(k, [v]);
}

/** Inserts keeping the array sorted by `at` (appends are the common case). */
function insertByTime(arr: StoredAttempt[], a: StoredAttempt): void {
  let i = arr.length;
  while (i > 0 && arr[i - 1]!.at > a.at) i--;
  arr.splice(i, 0, a);
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
  const consents = new Map<string, ConsentRecord[]>();
  const revocations = new Map<string, RevocationRecord[]>();
  const lists = new Map<SuppressionList, Set<string>>();
  const byNumberLists = new Map<string, Set<SuppressionList>>();
  const relationships = new Map<string, StoredRelationship[]>();
  const attemptsByNumber = new Map<string, StoredAttempt[]>();
  const attemptsBySubject = new Map<string, StoredAttempt[]>();
  const campaignEvents = new Map<string, { startedAt?: number; events: { at: number; abandoned: boolean }[] }>();
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
    let out: StoredAttempt[] | undefined;
    for (let i = lo; i < arr.length; i++) {
      const a = arr[i]!;
      if (a.outcome === 'pending' && a.expiresAt !== undefined && a.expiresAt <= now) continue;
      (out ??= []).push(a);
    }
    return out ?? EMPTY;
  };

  const trackCampaign = (a: StoredAttempt): void => {
    if (!a.campaignId) return;
    let c = campaignEvents.get(a.campaignId);
    if (!c) {
      c = { events: [] };
      campaignEvents.set(a.campaignId, c);
    }
    if (c.startedAt === undefined || a.at < c.startedAt) c.startedAt = a.at;
    if (a.purpose === 'telemarketing' && (a.outcome === 'answered-live' || a.outcome === 'abandoned')) {
      const ev = { at: a.at, abandoned: a.outcome === 'abandoned' };
      let i = c.events.length;
      while (i > 0 && c.events[i - 1]!.at > ev.at) i--;
      c.events.splice(i, 0, ev);
    }
  };

  const insertAttempt = (a: StoredAttempt): void => {
    attemptsById.set(a.id, a);
    let arr = attemptsByNumber.get(a.e164);
    if (!arr) attemptsByNumber.set(a.e164, (arr = []));
    insertByTime(arr, a);
    if (a.subject !== undefined) {
      let s = attemptsBySubject.get(a.subject);
      if (!s) attemptsBySubject.set(a.subject, (s = []));
      insertByTime(s, a);
    }
    trackCampaign(a);
  };

  const loadSync = (q: FactQuery): FactSnapshot => {
    const n = q.needs;
    const snap: {
      consents: Map<string, readonly ConsentRecord[]>;
      revocations: Map<string, readonly RevocationRecord[]>;
      suppressions: Map<string, ReadonlySet<SuppressionList>>;
      relationships: Map<string, readonly StoredRelationship[]>;
      attemptsByNumber: Map<string, readonly StoredAttempt[]>;
      attemptsBySubject: Map<string, readonly StoredAttempt[]>;
      campaigns: Map<string, CampaignFacts>;
      emergencies: readonly StoredEmergency[];
    } = {
      consents: new Map(),
      revocations: new Map(),
      suppressions: new Map(),
      relationships: new Map(),
      attemptsByNumber: new Map(),
      attemptsBySubject: new Map(),
      campaigns: new Map(),
      emergencies: n.has('emergencies') ? emergencies.slice() : EMPTY,
    };
    for (const e of q.e164s) {
      if (n.has('consents')) {
        const c = consents.get(e);
        if (c) snap.consents.set(e, c.slice());
        const r = revocations.get(e);
        if (r) snap.revocations.set(e, r.slice());
      }
      if (n.has('suppressions')) {
        const s = byNumberLists.get(e);
        if (s && s.size) snap.suppressions.set(e, new Set(s));
      }
      if (n.has('relationships')) {
        const r = relationships.get(e);
        if (r) snap.relationships.set(e, r.slice());
      }
      if (n.has('attempts')) {
        const a = recent(attemptsByNumber.get(e), q.since, q.now);
        if (a.length) snap.attemptsByNumber.set(e, a);
      }
    }
    if (n.has('attempts')) {
      for (const s of q.subjects) {
        const a = recent(attemptsBySubject.get(s), q.since, q.now);
        if (a.length) snap.attemptsBySubject.set(s, a);
      }
    }
    if (n.has('campaign')) {
      for (const id of q.campaignIds) {
        const c = campaignEvents.get(id);
        snap.campaigns.set(id, { campaignId: id, ...(c?.startedAt !== undefined ? { startedAt: c.startedAt } : {}), events: c ? c.events.slice() : EMPTY });
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
      delete a.expiresAt;
      trackCampaign(a);
      return a;
    },
    async addConsent(r) {
      push(consents, r.phone, r);
    },
    async addRevocation(r) {
      push(revocations, r.phone, r);
    },
    async listConsents(e164) {
      return { consents: (consents.get(e164) ?? []).slice(), revocations: (revocations.get(e164) ?? []).slice() };
    },
    async addSuppressions(list, e164s) {
      let set = lists.get(list);
      if (!set) lists.set(list, (set = new Set()));
      let added = 0;
      for (const e of e164s) {
        if (set.has(e)) continue;
        set.add(e);
        added++;
        let s = byNumberLists.get(e);
        if (!s) byNumberLists.set(e, (s = new Set()));
        s.add(list);
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
        byNumberLists.get(e)?.delete(list);
      }
      return removed;
    },
    async hasSuppression(list, e164) {
      return lists.get(list)?.has(e164) ?? false;
    },
    async addRelationship(r) {
      push(relationships, r.e164, r);
    },
    async addAttempts(records) {
      for (const a of records) insertAttempt(a);
    },
    async addEmergency(e) {
      emergencies.push(e);
    },
  };
  return storage;
}
