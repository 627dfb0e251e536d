/**
 * Debt-collection communication restrictions the collector has learned of (RULES.md §3):
 * `regf.communication-restrictions` — the consumer is represented by an attorney on the debt
 * (12 CFR 1006.6(b)(2); 15 U.S.C. 1692c(a)(2)), is not to be called at work (1006.6(b)(3);
 * 1692c(a)(3)), [S] CFPB FAQ, or named a time inconvenient (1006.6(b)(1)(i), [S]); `regf.cease-communication` — a written refusal to pay or request to
 * cease (1006.6(c); 1692c(c)) and a medium the consumer asked not to be used (1006.14(h), from
 * 2021-11-30), wording unverified. Records come from `engine.debtCollection.restrict`.
 * @module
 */
import { defineRule, type Facts, type Rule, type VerdictInput } from '../../core/rule';
import type { NormalizedIntent, RestrictionKind, StoredRestriction } from '../../core/types';
import { bindingFrom, constant, utcDate as day } from '../shared';
import { REG_F_DAY, REG_F_FROM } from './dates';
import { hm, localTime, zonedToEpoch } from '../../time/zone';

const NO_RESTRICTION = constant({ outcome: 'allow', code: 'no_restriction' });
const SUBJECT_REQUIRED = constant({
  outcome: 'deny',
  code: 'subject_required',
  details: { why: 'restrictions recorded for the debt (attorney, cease request, ...) cannot be checked' },
});


/**
 * Whether a restriction concerns the intent (which has a subject): a debt (subject) on every
 * number, a number for every debt called there, or that debt at that number.
 */
function concerns(r: StoredRestriction, intent: NormalizedIntent): boolean {
  if (r.e164 !== undefined && r.e164 !== intent.e164) return false;
  return r.subject === undefined || r.subject === intent.subject;
}

const CODES: Record<RestrictionKind, 'represented_by_counsel' | 'no_calls_at_work' | 'inconvenient_time_named' | 'cease_communication' | 'medium_refused'> = {
  'represented-by-counsel': 'represented_by_counsel',
  'no-calls-at-work': 'no_calls_at_work',
  'inconvenient-time': 'inconvenient_time_named',
  'cease-communication': 'cease_communication',
  'medium-refused': 'medium_refused',
};

const CITES: Record<RestrictionKind, string> = {
  'represented-by-counsel': '12 CFR 1006.6(b)(2); 15 U.S.C. 1692c(a)(2)',
  'no-calls-at-work': '12 CFR 1006.6(b)(3); 15 U.S.C. 1692c(a)(3)',
  'inconvenient-time': '12 CFR 1006.6(b)(1)(i); 15 U.S.C. 1692c(a)(1)',
  'cease-communication': '12 CFR 1006.6(c); 15 U.S.C. 1692c(c)',
  'medium-refused': '12 CFR 1006.14(h)',
};

/**
 * For an 'inconvenient-time' restriction: whether the instant is inside the named hours in any
 * candidate zone (RULES.md §3: convenient only if convenient in all the consumer's possible
 * locations), and the latest instant at which those hours end in the zones inside them (a lower
 * bound of when the restriction stops binding; the engine re-checks there). With no zone the
 * consumer's time is unknown: inside, with no end.
 */
function inconvenientNow(r: StoredRestriction, intent: NormalizedIntent): { inside: boolean; endsAt: number | undefined } {
  const w = r.window!;
  const start = hm(w.start);
  const end = hm(w.end);
  if (intent.zones.length === 0) return { inside: true, endsAt: undefined };
  let inside = false;
  let endsAt = -Infinity;
  for (const z of intent.zones) {
    const lt = localTime(z, intent.at);
    const m = lt.minuteOfDay;
    const sameDay = start < end;
    if (sameDay ? m >= start && m < end : m >= start || m < end) {
      inside = true;
      // spanning midnight and past the start: the hours end tomorrow
      const endDays = !sameDay && m >= start ? lt.days + 1 : lt.days;
      endsAt = Math.max(endsAt, zonedToEpoch(z, endDays, end));
    }
  }
  return { inside, endsAt: inside ? endsAt : undefined };
}

/**
 * Whether a restriction binds this intent at its instant, beyond concerning it, and when it stops
 * binding (undefined: not time-based): its `until`, or for named hours the earlier of that and the
 * end of the hours. `false` when it does not bind.
 */
function binding(r: StoredRestriction, intent: NormalizedIntent): { clears: number | undefined } | false {
  if (r.kind === 'inconvenient-time') {
    const now = inconvenientNow(r, intent);
    if (!now.inside) return false;
    const e = now.endsAt;
    return { clears: e === undefined ? r.until : r.until === undefined ? e : Math.min(r.until, e) };
  }
  return binds(r, intent) ? { clears: r.until } : false;
}

/** Whether a restriction of another kind than named hours binds this intent at its instant, beyond concerning it. */
function binds(r: StoredRestriction, intent: NormalizedIntent): boolean {
  switch (r.kind) {
    case 'no-calls-at-work':
      // recorded with the work number: that number; with the debt only: any number that is or may be a work number
      return r.e164 !== undefined || intent.numberUse === 'work' || intent.numberUse === undefined;
    case 'medium-refused':
      return (r.channel === undefined || r.channel === intent.channel) && bindingFrom(intent, REG_F_DAY);
    default:
      return true;
  }
}

/** The denials of the restrictions of `kinds` in force at the intent's instant, one per kind. */
function evaluateKinds(kinds: readonly RestrictionKind[], intent: NormalizedIntent, facts: Facts): VerdictInput | VerdictInput[] {
  // restrictions recorded for a debt are read by the intent's subject: without one they cannot be
  // checked (a text about a debt whose consumer has counsel would pass), so the call is denied
  if (intent.subject === undefined) return SUBJECT_REQUIRED;
  const rs = facts.restrictions;
  if (rs.length === 0) return NO_RESTRICTION;
  const out: VerdictInput[] = [];
  for (const kind of kinds) {
    let hit: StoredRestriction | undefined;
    let retryAt: number | undefined = -Infinity; // undefined once an open-ended restriction binds
    for (const r of rs) {
      if (r.kind !== kind || r.from > intent.at || (r.until !== undefined && r.until <= intent.at)) continue;
      if (!concerns(r, intent)) continue;
      const b = binding(r, intent);
      if (b === false) continue;
      hit ??= r;
      retryAt = retryAt === undefined || b.clears === undefined ? undefined : Math.max(retryAt, b.clears);
    }
    if (hit === undefined) continue;
    const details: Record<string, unknown> = { restrictionId: hit.id, kind, since: day(hit.from) };
    if (hit.subject !== undefined) details['subject'] = hit.subject;
    if (hit.e164 !== undefined) details['phone'] = hit.e164;
    if (hit.channel !== undefined) details['channel'] = hit.channel;
    if (hit.window !== undefined) details['window'] = `${hit.window.start}–${hit.window.end}`;
    if (hit.until !== undefined) details['until'] = new Date(hit.until).toISOString();
    if (hit.note !== undefined) details['note'] = hit.note;
    if (kind === 'no-calls-at-work' && hit.e164 === undefined) details['numberUse'] = intent.numberUse ?? 'not given';
    const v: VerdictInput = { outcome: 'deny', code: CODES[kind], details, citation: CITES[kind] };
    if (retryAt !== undefined) v.retryAt = retryAt;
    out.push(v);
  }
  if (out.length === 0) return NO_RESTRICTION;
  return out.length === 1 ? out[0]! : out;
}

const isDebtCollection = (i: NormalizedIntent): boolean => i.purpose === 'debt-collection';

/** @category Rules */
export const regfCommunicationRestrictions: Rule = defineRule({
  id: 'regf.communication-restrictions',
  title: 'Debt collection: no contact with a consumer represented by counsel, at work when not allowed, or at a time the consumer named inconvenient',
  pack: 'regF',
  jurisdiction: 'US',
  citation: '12 CFR 1006.6(b)(1)-(3); 15 U.S.C. 1692c(a)(1)-(3)',
  // FDCPA § 818: in force 1978-03-20; Regulation F restates it from 2021-11-30
  effective: { from: '1978-03-20' },
  confidence: 'S',
  needs: ['restrictions'],
  appliesTo: isDebtCollection,
  evaluate: (intent, facts) => evaluateKinds(['represented-by-counsel', 'no-calls-at-work', 'inconvenient-time'], intent, facts),
});

/** @category Rules */
export const regfCeaseCommunication: Rule = defineRule({
  id: 'regf.cease-communication',
  title: 'Debt collection: stop after a cease request; do not use a medium the consumer refused',
  pack: 'regF',
  jurisdiction: 'US',
  citation: '12 CFR 1006.6(c), 1006.14(h); 15 U.S.C. 1692c(c)',
  effective: { from: '1978-03-20' },
  changes: [REG_F_FROM] /* a refused medium (Regulation F 1006.14(h)) binds */,
  confidence: 'unverified',
  needs: ['restrictions'],
  appliesTo: isDebtCollection,
  evaluate: (intent, facts) => evaluateKinds(['cease-communication', 'medium-refused'], intent, facts),
});
