/**
 * The facts one intent sees, cut from a batch's snapshot.
 * @module
 */
import type { FactKind, Facts } from './rule';
import type { NormalizedIntent, StoredAttempt } from './types';
import type { FactQuery, FactSnapshot } from '../storage/types';

const EMPTY: readonly never[] = Object.freeze([]);
const EMPTY_SET: ReadonlySet<never> = new Set();

/**
 * The facts of one intent: its number's consents, revocations, lists and relationships, the
 * attempts to that number or about its subject (merged in time order), its campaign, and the
 * emergencies. Without a snapshot (nothing could be read), every fact is empty. A pending
 * reservation counts only while it is live at the later of the intent's instant and `now` (the
 * engine clock): one that has lapsed in real time no longer holds a place for a queued intent
 * stamped before its expiry.
 * @internal
 */
export function factsForIntent(intent: NormalizedIntent, snap: FactSnapshot | undefined, now = -Infinity, mayHoldPending = true): Facts {
  if (snap === undefined) {
    return { consents: EMPTY, revocations: EMPTY, suppressions: EMPTY_SET, relationships: EMPTY, attempts: EMPTY, campaign: undefined, emergencies: EMPTY, reassigned: EMPTY, restrictions: EMPTY, registryAt: undefined, registryInUse: false };
  }
  const e = intent.e164;
  if (snap.byNumber !== undefined) {
    const rec = snap.byNumber.get(e);
    if (rec === undefined) return assemble(intent, snap, EMPTY, EMPTY, EMPTY_SET, EMPTY, EMPTY, snap.reassigned?.get(e) ?? EMPTY, snap.restrictions?.get(e) ?? EMPTY, now, mayHoldPending);
    return assemble(
      intent,
      snap,
      rec.consents,
      rec.revocations,
      rec.suppressions,
      rec.relationships,
      rec.attempts,
      rec.reassigned ?? snap.reassigned?.get(e) ?? EMPTY,
      rec.restrictions ?? snap.restrictions?.get(e) ?? EMPTY,
      now,
      mayHoldPending,
    );
  }
  return assemble(
    intent,
    snap,
    snap.consents.get(e) ?? EMPTY,
    snap.revocations.get(e) ?? EMPTY,
    snap.suppressions.get(e) ?? EMPTY_SET,
    snap.relationships.get(e) ?? EMPTY,
    snap.attemptsByNumber.get(e) ?? EMPTY,
    snap.reassigned?.get(e) ?? EMPTY,
    snap.restrictions?.get(e) ?? EMPTY,
    now,
    mayHoldPending,
  );
}

/** The Facts object, every field present (one hidden class for all of them), the subject's attempts merged in. */
function assemble(
  intent: NormalizedIntent,
  snap: FactSnapshot,
  consents: Facts['consents'],
  revocations: Facts['revocations'],
  suppressions: Facts['suppressions'],
  relationships: Facts['relationships'],
  byNum: readonly StoredAttempt[],
  reassigned: Facts['reassigned'],
  byNumRestrictions: Facts['restrictions'],
  now: number,
  mayHoldPending: boolean,
): Facts {
  const attempts = intent.subject === undefined ? byNum : withSubject(byNum, snap.attemptsBySubject.get(intent.subject) ?? EMPTY);
  return {
    consents,
    revocations,
    suppressions,
    relationships,
    // without a pending reservation in the snapshot (mayHoldPending false) nothing can have lapsed
    attempts: mayHoldPending ? liveAt(attempts, now > intent.at ? now : intent.at) : attempts,
    campaign: intent.campaignId === undefined ? undefined : snap.campaigns.get(intent.campaignId),
    emergencies: snap.emergencies,
    reassigned,
    restrictions: intent.subject === undefined ? byNumRestrictions : mergeById(byNumRestrictions, snap.restrictionsBySubject?.get(intent.subject) ?? EMPTY),
    registryAt: snap.registry === undefined ? undefined : snap.registry.get(intent.npa),
    registryInUse: snap.registry !== undefined && snap.registry.size > 0,
  };
}

/** Two lists of records with ids, the second's records not in the first appended (one list when the other is empty). */
function mergeById<T extends { id: string }>(a: readonly T[], b: readonly T[]): readonly T[] {
  if (b.length === 0) return a;
  if (a.length === 0) return b;
  return [...a, ...b.filter((x) => !a.some((y) => y.id === x.id))];
}

/** Whether an attempt is a pending reservation that has expired by instant t (it no longer counts). */
function expiredBy(a: StoredAttempt, t: number): boolean {
  return a.outcome === 'pending' && a.expiresAt !== undefined && a.expiresAt <= t;
}

/**
 * The attempts without the pending reservations expired by instant t. A batch's snapshot holds the
 * reservations still pending at its earliest check; a later check of the batch must not count one
 * that has expired by then. Returns the same array when nothing is left out (the common case).
 * @internal
 */
export function liveAt(attempts: readonly StoredAttempt[], t: number): readonly StoredAttempt[] {
  let k = 0;
  while (k < attempts.length && !expiredBy(attempts[k]!, t)) k++;
  if (k === attempts.length) return attempts;
  return attempts.filter((a) => !expiredBy(a, t));
}

/**
 * The facts as a check at instant t sees them: the same object unless a pending reservation in
 * them has expired by t (nextPermittedAt probes later instants with the facts of the check).
 * @internal
 */
export function factsAt(facts: Facts, t: number): Facts {
  const attempts = liveAt(facts.attempts, t);
  return attempts === facts.attempts ? facts : { ...facts, attempts };
}

/** Attempts to the number and about the subject, merged in time order without duplicates. */
function withSubject(byNum: readonly StoredAttempt[], bySub: readonly StoredAttempt[]): readonly StoredAttempt[] {
  if (bySub.length === 0) return byNum;
  if (byNum.length === 0) return bySub;
  const seen = new Set(byNum.map((a) => a.id));
  return [...byNum, ...bySub.filter((a) => !seen.has(a.id))].sort((a, b) => a.at - b.at);
}

/** How far back attempts are read: the longest counting window (30 days) plus a day. */
export const LOOKBACK_MS = 31 * 86_400_000;

/**
 * The one fact query of a batch: its numbers, subjects, campaigns and sellers, and the attempts
 * window that covers every intent's instant. Unsupported intents read nothing.
 * @param intents - the batch, normalized
 * @param needs - the fact kinds the rules read
 * @param defaultSeller - the seller when the batch has no supported intent
 * @param fallbackNow - the instant when the batch has no supported intent
 * @internal
 */
export function factQueryFor(intents: readonly NormalizedIntent[], needs: ReadonlySet<FactKind>, defaultSeller: string, fallbackNow: () => number): FactQuery {
  const e164s = new Set<string>();
  const subjects = new Set<string>();
  const campaignIds = new Set<string>();
  const sellers = new Set<string>();
  let minAt = Infinity;
  for (const i of intents) {
    if (i.unsupported) continue;
    e164s.add(i.e164);
    if (i.subject !== undefined) subjects.add(i.subject);
    if (i.campaignId !== undefined) campaignIds.add(i.campaignId);
    if (i.at < minAt) minAt = i.at;
    sellers.add(i.seller);
  }
  const query: FactQuery = {
    sellers: sellers.size ? [...sellers] : [defaultSeller],
    e164s: [...e164s],
    subjects: [...subjects],
    campaignIds: [...campaignIds],
    since: minAt - LOOKBACK_MS,
    // the earliest check: a reservation still pending then must reach the rules, which skip it,
    // per check, from its expiry on
    now: Number.isFinite(minAt) ? minAt : fallbackNow(),
    needs,
  };
  querySets.set(query, { numbers: e164s, subjects });
  return query;
}

/** The sets a query's lists were made from (the snapshot check tests keys against them). */
const querySets = new WeakMap<FactQuery, { numbers: ReadonlySet<string>; subjects: ReadonlySet<string> }>();

/**
 * The numbers and subjects of a fact query as sets: the ones {@link factQueryFor} built, or new ones
 * for a query made elsewhere.
 * @internal
 */
export function querySetsOf(q: FactQuery): { numbers: ReadonlySet<string>; subjects: ReadonlySet<string> } {
  return querySets.get(q) ?? { numbers: new Set(q.e164s), subjects: new Set(q.subjects) };
}
