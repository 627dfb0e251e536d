/**
 * A storage adapter's snapshot, checked before any rule reads it (fail closed): a map that is not a
 * map, a number the query did not ask for, a record filed under another number, a date that is not
 * an instant — each makes the fact kinds it carries `unavailable`, so the rules needing them deny
 * (`engine.fact-unavailable`) instead of reading a broken fact as "nothing on file".
 * @module
 */
import type { FactKind } from './rule';
import type { FactQuery, FactSnapshot } from '../storage/types';
import { querySetsOf } from './facts';
import { callTypeSchema, channelSchema, numberUseSchema, outcomeSchema, purposeSchema, stateCodeSchema } from './schemas';
import { isCanonicalName } from './names';

const CALL_TYPES: ReadonlySet<unknown> = new Set(callTypeSchema.options);
const CHANNELS: ReadonlySet<unknown> = new Set(channelSchema.options);
const PURPOSES: ReadonlySet<unknown> = new Set(purposeSchema.options);
/** Recorded outcomes, and `pending` for a reservation not yet completed. */
const OUTCOMES: ReadonlySet<unknown> = new Set([...outcomeSchema.options, 'pending']);
const STATE_CODES: ReadonlySet<unknown> = new Set(stateCodeSchema.options);
const NUMBER_USES: ReadonlySet<unknown> = new Set(numberUseSchema.options);
/** A seller as the checks compare it: the canonical form (another spelling would match no check's seller). */
const sellerOk = (v: unknown): boolean => isCanonicalName(v, 'seller');
/** No subject, or one in canonical form (null, or "ACCT-1" where checks ask for "acct-1", would count for no debt). */
const subjectOk = (v: unknown): boolean => v === undefined || isCanonicalName(v, 'subject');

const isMap = (v: unknown): v is ReadonlyMap<unknown, unknown> => v instanceof Map;
const finite = (v: unknown): boolean => typeof v === 'number' && Number.isFinite(v);
const validDate = (v: unknown): boolean => v instanceof Date && Number.isFinite(v.getTime());

type RecordCheck = (r: unknown, key: string) => boolean;

const CONSENT: RecordCheck = (r, key) => {
  const c = r as { phone?: unknown; grantedAt?: unknown; seller?: unknown } | null;
  return typeof c === 'object' && c !== null && c.phone === key && validDate(c.grantedAt) && sellerOk(c.seller);
};
const REVOCATION: RecordCheck = (r, key) => {
  const v = r as { phone?: unknown; receivedAt?: unknown; seller?: unknown } | null;
  return typeof v === 'object' && v !== null && v.phone === key && validDate(v.receivedAt) && sellerOk(v.seller);
};
/** Whether an attempt check of the current snapshotFaults call has seen a pending reservation. */
let pendingSeen = false;

/**
 * An attempt filed under a number is to that number; one filed under a subject is about it (to any
 * number). Its kind must be one the rules know: an attempt whose purpose, call type, channel or
 * outcome is spelled otherwise ("TELEMARKETING" from a database enum) would fall outside every cap
 * and count for nothing.
 */
const attemptCheck =
  (byNumber: boolean): RecordCheck =>
  (r, key) => {
    const a = r as { e164?: unknown; at?: unknown; outcome?: unknown; subject?: unknown; callType?: unknown; channel?: unknown; purpose?: unknown; seller?: unknown; expiresAt?: unknown; numberUse?: unknown } | null;
    if (typeof a !== 'object' || a === null || !finite(a.at) || !OUTCOMES.has(a.outcome)) return false;
    if (!CALL_TYPES.has(a.callType) || !CHANNELS.has(a.channel) || !PURPOSES.has(a.purpose) || !sellerOk(a.seller)) return false;
    if (a.expiresAt !== undefined && !finite(a.expiresAt)) return false;
    if (!subjectOk(a.subject) || (a.numberUse !== undefined && !NUMBER_USES.has(a.numberUse))) return false;
    if (a.outcome === 'pending') pendingSeen = true;
    return byNumber ? a.e164 === key : a.subject === key;
  };

/**
 * An emergency declaration the bans can read: a state code, an instant span, and no county list
 * or a list of named counties. A declaration with dates as strings, no end or a misspelled state
 * would never be in force: the ban would silently lift.
 */
function emergenciesOk(list: unknown): boolean {
  if (!Array.isArray(list)) return false;
  for (let k = 0; k < list.length; k++) {
    const e = list[k] as { state?: unknown; from?: unknown; to?: unknown; counties?: unknown } | null;
    if (typeof e !== 'object' || e === null || !STATE_CODES.has(e.state) || !finite(e.from) || !finite(e.to) || (e.from as number) > (e.to as number)) return false;
    if (e.counties !== undefined && !(Array.isArray(e.counties) && e.counties.every((c) => typeof c === 'string' && c.trim() !== ''))) return false;
  }
  return true;
}
const ATTEMPT_TO_NUMBER = attemptCheck(true);
const ATTEMPT_ON_SUBJECT = attemptCheck(false);
const RELATIONSHIP: RecordCheck = (r, key) => {
  const x = r as { e164?: unknown; at?: unknown; seller?: unknown } | null;
  return typeof x === 'object' && x !== null && x.e164 === key && finite(x.at) && sellerOk(x.seller);
};
const REASSIGNED: RecordCheck = (r, key) => {
  const x = r as { e164?: unknown; queriedAt?: unknown } | null;
  return typeof x === 'object' && x !== null && x.e164 === key && finite(x.queriedAt);
};
const RESTRICTION: RecordCheck = (r) => {
  const x = r as { from?: unknown; kind?: unknown; subject?: unknown; e164?: unknown } | null;
  return typeof x === 'object' && x !== null && finite(x.from) && typeof x.kind === 'string' && subjectOk(x.subject) && (x.e164 === undefined || typeof x.e164 === 'string');
};

/** Whether a value is an array of records that pass `check` (a few field reads each: no cache, whose bookkeeping would cost the garbage collector more). */
function recordsOk(arr: unknown, key: string, check: RecordCheck): boolean {
  if (!Array.isArray(arr)) return false;
  for (let k = 0; k < arr.length; k++) if (!check(arr[k], key)) return false;
  return true;
}

/** A map of record arrays keyed by the query's numbers (or subjects). */
function mapOk(m: unknown, keys: ReadonlySet<string>, check: RecordCheck): boolean {
  if (!isMap(m)) return false;
  if (m.size === 0) return true;
  let ok = true;
  m.forEach((v, k) => {
    if (ok && (typeof k !== 'string' || !keys.has(k) || !recordsOk(v, k, check))) ok = false;
  });
  return ok;
}

function listsOk(m: unknown, keys: ReadonlySet<string>): boolean {
  if (!isMap(m)) return false;
  if (m.size === 0) return true;
  let ok = true;
  m.forEach((v, k) => {
    if (ok && (typeof k !== 'string' || !keys.has(k) || !(v instanceof Set))) ok = false;
  });
  return ok;
}

/** The per-number kinds and the snapshot maps carrying them. */
const PER_NUMBER: readonly FactKind[] = ['consents', 'suppressions', 'relationships', 'attempts', 'reassigned', 'restrictions'];

/**
 * The fact kinds a snapshot cannot be trusted for (its own `unavailable` list included), or
 * undefined when it is sound. `'all'` when it is not a snapshot at all.
 *
 * `seen.pending` (when given) is set to whether the snapshot may hold a pending reservation: false
 * only when every attempt in it was read by the check (its attempts are sound) and none was
 * pending. The engine then skips the per-intent search for lapsed reservations, which would only
 * read every attempt again.
 * @internal
 */
export function snapshotFaults(snap: unknown, q: FactQuery, seen?: { pending: boolean }): Set<FactKind> | 'all' | undefined {
  if (seen !== undefined) seen.pending = true;
  if (typeof snap !== 'object' || snap === null) return 'all';
  pendingSeen = false;
  const out = snapshotFaultsOf(snap, q);
  // a check that stopped early (faulty attempts) has not read them all: assume one may be pending
  if (seen !== undefined && out !== 'all' && !out?.has('attempts')) seen.pending = pendingSeen;
  return out;
}

function snapshotFaultsOf(snap: object, q: FactQuery): Set<FactKind> | 'all' | undefined {
  const s = snap as Partial<Record<keyof FactSnapshot, unknown>>;
  let out: Set<FactKind> | undefined;
  const bad = (k: FactKind) => (out ??= new Set()).add(k);
  const u = s.unavailable;
  if (u !== undefined) {
    // an adapter's own report: anything but a list of kinds cannot be read, so nothing can be trusted
    if (!Array.isArray(u)) return 'all';
    for (const k of u) bad(k as FactKind);
  }
  const { numbers, subjects } = querySetsOf(q);
  if (!mapOk(s.consents, numbers, CONSENT) || !mapOk(s.revocations, numbers, REVOCATION)) bad('consents');
  if (!listsOk(s.suppressions, numbers)) bad('suppressions');
  if (!mapOk(s.relationships, numbers, RELATIONSHIP)) bad('relationships');
  if (!mapOk(s.attemptsByNumber, numbers, ATTEMPT_TO_NUMBER) || !mapOk(s.attemptsBySubject, subjects, ATTEMPT_ON_SUBJECT)) bad('attempts');
  if (!isMap(s.campaigns)) bad('campaign');
  if (!emergenciesOk(s.emergencies)) bad('emergencies');
  if (s.reassigned !== undefined && !mapOk(s.reassigned, numbers, REASSIGNED)) bad('reassigned');
  if (s.restrictions !== undefined && !mapOk(s.restrictions, numbers, RESTRICTION)) bad('restrictions');
  if (s.restrictionsBySubject !== undefined && !mapOk(s.restrictionsBySubject, subjects, RESTRICTION)) bad('restrictions');
  if (s.registry !== undefined) {
    let ok = isMap(s.registry);
    if (ok) for (const [k, v] of s.registry as ReadonlyMap<unknown, unknown>) if (!finite(k) || !finite(v)) ok = false;
    if (!ok) bad('registry');
  }
  const byNumber = s.byNumber;
  if (byNumber !== undefined) {
    if (!isMap(byNumber)) {
      for (const k of PER_NUMBER) bad(k);
    } else {
      let foreign = false;
      (byNumber as ReadonlyMap<unknown, unknown>).forEach((rec, key) => {
        if (foreign) return;
        if (typeof key !== 'string' || !numbers.has(key) || typeof rec !== 'object' || rec === null) {
          foreign = true;
          return;
        }
        const r = rec as Record<string, unknown>;
        if (!recordsOk(r['consents'], key, CONSENT) || !recordsOk(r['revocations'], key, REVOCATION)) bad('consents');
        if (!(r['suppressions'] instanceof Set)) bad('suppressions');
        if (!recordsOk(r['relationships'], key, RELATIONSHIP)) bad('relationships');
        if (!recordsOk(r['attempts'], key, ATTEMPT_TO_NUMBER)) bad('attempts');
        if (r['reassigned'] !== undefined && !recordsOk(r['reassigned'], key, REASSIGNED)) bad('reassigned');
        if (r['restrictions'] !== undefined && !recordsOk(r['restrictions'], key, RESTRICTION)) bad('restrictions');
      });
      if (foreign) for (const k of PER_NUMBER) bad(k);
    }
  }
  return out;
}
