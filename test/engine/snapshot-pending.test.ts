/**
 * The snapshot check tells the engine whether a snapshot may hold a pending reservation: when it
 * read every attempt and none was pending, the engine skips the per-intent search for lapsed
 * reservations. Anything short of that (a pending attempt anywhere, attempts it could not read
 * whole) must answer "may hold one".
 */
import { describe, expect, it } from 'vitest';
import { snapshotFaults } from '../../src/core/snapshot-check';
import type { FactQuery, FactSnapshot } from '../../src/storage/types';
import type { StoredAttempt } from '../../src/core/types';

const NYC = '+12127361234';
const MIA = '+13055550123';
const T = Date.parse('2026-06-10T14:00:00Z');

const query: FactQuery = { sellers: ['default'], e164s: [NYC, MIA], subjects: ['debt-7'], campaignIds: [], since: T - 31 * 86_400_000, now: T, needs: new Set(['attempts']) };

function attempt(e164: string, outcome: StoredAttempt['outcome'], subject?: string): StoredAttempt {
  return { id: `a-${e164}-${outcome}`, e164, at: T - 3_600_000, callType: 'live', channel: 'voice', purpose: 'debt-collection', subject, campaignId: undefined, seller: 'default', outcome, conversation: false, expiresAt: outcome === 'pending' ? T + 60_000 : undefined, numberUse: undefined };
}

function snapshot(byNumberAttempts: readonly unknown[], bySubject: readonly unknown[] = [], byNumberMap: readonly unknown[] = []): FactSnapshot {
  const empty = { consents: [], revocations: [], suppressions: new Set(), relationships: [], reassigned: [], restrictions: [] };
  return {
    consents: new Map(),
    revocations: new Map(),
    suppressions: new Map(),
    relationships: new Map(),
    attemptsByNumber: byNumberMap.length ? new Map([[MIA, byNumberMap as StoredAttempt[]]]) : new Map(),
    attemptsBySubject: bySubject.length ? new Map([['debt-7', bySubject as StoredAttempt[]]]) : new Map(),
    campaigns: new Map(),
    emergencies: [],
    byNumber: new Map([[NYC, { ...empty, attempts: byNumberAttempts as StoredAttempt[] }]]),
  } as FactSnapshot;
}

function pendingOf(snap: unknown): boolean {
  const seen = { pending: true };
  snapshotFaults(snap, query, seen);
  return seen.pending;
}

describe('snapshotFaults: may the snapshot hold a pending reservation?', () => {
  it('no, when every attempt was read and none is pending', () => {
    expect(pendingOf(snapshot([attempt(NYC, 'no-answer'), attempt(NYC, 'answered-live')], [attempt(NYC, 'busy', 'debt-7')], [attempt(MIA, 'voicemail')]))).toBe(false);
    expect(pendingOf(snapshot([]))).toBe(false);
  });

  it('yes, for a pending attempt in a number record, in the per-number map or about a subject', () => {
    expect(pendingOf(snapshot([attempt(NYC, 'no-answer'), attempt(NYC, 'pending')]))).toBe(true);
    expect(pendingOf(snapshot([], [], [attempt(MIA, 'pending')]))).toBe(true);
    expect(pendingOf(snapshot([], [attempt(MIA, 'pending', 'debt-7')]))).toBe(true);
  });

  it('yes, when the check could not read the attempts whole (it stops at a broken record), or nothing at all', () => {
    expect(pendingOf(snapshot([null, attempt(NYC, 'pending')]))).toBe(true);
    expect(pendingOf(snapshot([attempt(NYC, 'no-answer')], [attempt(MIA, 'busy', 'another-subject')]))).toBe(true);
    expect(pendingOf({ ...snapshot([attempt(NYC, 'no-answer')]), unavailable: ['attempts'] })).toBe(true);
    expect(pendingOf(null)).toBe(true);
  });

  it('a later check starts afresh (what an earlier snapshot held does not carry over)', () => {
    expect(pendingOf(snapshot([attempt(NYC, 'pending')]))).toBe(true);
    expect(pendingOf(snapshot([attempt(NYC, 'no-answer')]))).toBe(false);
  });
});
