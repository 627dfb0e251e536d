/**
 * The facts one intent sees, cut from a batch's snapshot.
 * @module
 */
import type { FactKind, Facts } from './rule';
import type { NormalizedIntent, StoredAttempt } from './types';
import type { FactQuery, FactSnapshot, NumberFacts } from '../storage/types';

const EMPTY: readonly never[] = Object.freeze([]);
const EMPTY_SET: ReadonlySet<never> = new Set();

/**
 * The facts of one intent: its number's consents, revocations, lists and relationships, the
 * attempts to that number or about its subject (merged in time order), its campaign, and the
 * emergencies. Without a snapshot (nothing could be read), every fact is empty.
 * @internal
 */
export function factsForIntent(intent: NormalizedIntent, snap: FactSnapshot | undefined): Facts {
  if (snap === undefined) {
    return { consents: EMPTY, revocations: EMPTY, suppressions: EMPTY_SET, relationships: EMPTY, attempts: EMPTY, campaign: undefined, emergencies: EMPTY };
  }
  const e = intent.e164;
  if (snap.byNumber !== undefined) return fromRecord(intent, snap, snap.byNumber.get(e));
  const byNum = snap.attemptsByNumber.get(e) ?? EMPTY;
  const attempts = intent.subject === undefined ? byNum : withSubject(byNum, snap.attemptsBySubject.get(intent.subject) ?? EMPTY);
  const f: Facts = {
    consents: snap.consents.get(e) ?? EMPTY,
    revocations: snap.revocations.get(e) ?? EMPTY,
    suppressions: snap.suppressions.get(e) ?? EMPTY_SET,
    relationships: snap.relationships.get(e) ?? EMPTY,
    attempts,
    campaign: intent.campaignId === undefined ? undefined : snap.campaigns.get(intent.campaignId),
    emergencies: snap.emergencies,
  };
  return f;
}

/** {@link factsForIntent} from a snapshot's per-number record (none: no facts for the number). */
function fromRecord(intent: NormalizedIntent, snap: FactSnapshot, rec: NumberFacts | undefined): Facts {
  const byNum = rec === undefined ? EMPTY : rec.attempts;
  const f: Facts = {
    consents: rec === undefined ? EMPTY : rec.consents,
    revocations: rec === undefined ? EMPTY : rec.revocations,
    suppressions: rec === undefined ? EMPTY_SET : rec.suppressions,
    relationships: rec === undefined ? EMPTY : rec.relationships,
    attempts: intent.subject === undefined ? byNum : withSubject(byNum, snap.attemptsBySubject.get(intent.subject) ?? EMPTY),
    // always present (undefined when there is none): one hidden class for every Facts object
    campaign: intent.campaignId === undefined ? undefined : snap.campaigns.get(intent.campaignId),
    emergencies: snap.emergencies,
  };
  return f;
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
  let maxAt = -Infinity;
  for (const i of intents) {
    if (i.unsupported) continue;
    e164s.add(i.e164);
    if (i.subject !== undefined) subjects.add(i.subject);
    if (i.campaignId !== undefined) campaignIds.add(i.campaignId);
    if (i.at < minAt) minAt = i.at;
    if (i.at > maxAt) maxAt = i.at;
    sellers.add(i.seller);
  }
  return {
    sellers: sellers.size ? [...sellers] : [defaultSeller],
    e164s: [...e164s],
    subjects: [...subjects],
    campaignIds: [...campaignIds],
    since: minAt - LOOKBACK_MS,
    now: Number.isFinite(maxAt) ? maxAt : fallbackNow(),
    needs,
  };
}
