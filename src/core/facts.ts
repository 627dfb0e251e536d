/**
 * The facts one intent sees, cut from a batch's snapshot.
 * @module
 */
import type { CampaignFacts, Facts } from './rule';
import type { NormalizedIntent, StoredAttempt } from './types';
import type { FactSnapshot } from '../storage/types';

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
    return { consents: EMPTY, revocations: EMPTY, suppressions: EMPTY_SET, relationships: EMPTY, attempts: EMPTY, emergencies: EMPTY };
  }
  const e = intent.e164;
  const byNum = snap.attemptsByNumber.get(e) ?? EMPTY;
  const bySub = intent.subject !== undefined ? snap.attemptsBySubject.get(intent.subject) ?? EMPTY : EMPTY;
  let attempts: readonly StoredAttempt[] = byNum;
  if (bySub.length > 0) {
    if (byNum.length === 0) attempts = bySub;
    else {
      const seen = new Set(byNum.map((a) => a.id));
      attempts = [...byNum, ...bySub.filter((a) => !seen.has(a.id))].sort((a, b) => a.at - b.at);
    }
  }
  const f: Facts = {
    consents: snap.consents.get(e) ?? EMPTY,
    revocations: snap.revocations.get(e) ?? EMPTY,
    suppressions: snap.suppressions.get(e) ?? EMPTY_SET,
    relationships: snap.relationships.get(e) ?? EMPTY,
    attempts,
    emergencies: snap.emergencies,
  };
  const c: CampaignFacts | undefined = intent.campaignId !== undefined ? snap.campaigns.get(intent.campaignId) : undefined;
  if (c !== undefined) f.campaign = c;
  return f;
}
