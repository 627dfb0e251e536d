/**
 * The naive baseline the engine is compared with: the same validation, the same fact read (one
 * batched read per 1,000 intents), the same rules (`runRules` / `findNextPermitted` of
 * src/core/evaluate.ts) and the same decision and audit entry — but every number parsed with
 * `libphonenumber-js/max` (`parsePhoneNumberFromString(to, 'US')`), the zones looked up in the
 * same NANP table without the placement cache, and the local time computed per call and per zone
 * with date-fns-tz `formatInTimeZone` (no offset cache).
 *
 * The naive local time decides the 08:00-21:00 window the way a straightforward implementation
 * would; it is cross-checked against the engine rules' own window verdicts (`hoursMismatches`).
 * The rules themselves read the clock through src/time/zone; the bench switches its offset cache
 * off (`setOffsetCache(false)`) for the baseline's run, so every local time is a date-fns-tz
 * computation, as in a naive implementation. Caches inside the rules (state day models, shared
 * allow verdicts) stay on: in that respect the baseline is flattered.
 * @module
 */
import { randomUUID } from 'node:crypto';
import { formatInTimeZone } from 'date-fns-tz';
import { parsePhoneNumberFromString } from 'libphonenumber-js/max';
import { memoryAuditLog } from '../src/audit/chain';
import { findNextPermitted, runRules } from '../src/core/evaluate';
import { factQueryFor, factsForIntent } from '../src/core/facts';
import { renderReason } from '../src/core/reasons';
import type { FactKind, Facts, Rule } from '../src/core/rule';
import { callIntentSchema, parseOrThrow, toEpoch } from '../src/core/schemas';
import type { CallIntent, Decision, NormalizedIntent, Verdict } from '../src/core/types';
import { lookupNanp, zonesForState } from '../src/phone/nanp';
import { stateForZip } from '../src/phone/zip';
import { FEDERAL_HOURS } from '../src/rules/shared';
import type { Storage } from '../src/storage/types';

const EMPTY: readonly never[] = Object.freeze([]);
const TOLL_FREE = new Set([800, 833, 844, 855, 866, 877, 888]);
/** 08:00-21:00: the federal window (47 CFR 64.1200(c)(1); 16 CFR 310.4(c); 12 CFR 1006.6(b)(1)(i)), as the rules have it. */
const { start: OPEN, end: CLOSE } = FEDERAL_HOURS;
const WINDOW_RULES = new Set(['tcpa.calling-hours', 'tsr.calling-hours', 'regf.inconvenient-time']);

/** Options of {@link createBaseline}. */
export interface BaselineOptions {
  storage: Storage;
  rules: readonly Rule[];
  /** Default `'default'`, as the engine. */
  seller?: string;
  /** Intents per fact read. Default 1000, as the engine. */
  batchSize?: number;
}

/** The naive checker. */
export interface Baseline {
  checkMany(intents: readonly CallIntent[]): Promise<Decision[]>;
  /** Intents whose naive 08:00-21:00 result disagreed with the engine rules' window verdict. */
  readonly hoursMismatches: number;
  /** Intents whose window was cross-checked. */
  readonly hoursChecked: number;
}

interface Naive {
  intent: NormalizedIntent;
  /** The number as given. */
  input: string;
  /** Whether 08:00-21:00 is open in every candidate zone, by date-fns-tz. */
  open: boolean;
}

/**
 * Creates the naive baseline over a storage and a rule set.
 * @param options - storage, rules, seller
 */
export function createBaseline(options: BaselineOptions): Baseline {
  const { storage, rules } = options;
  const seller = options.seller ?? 'default';
  const batchSize = options.batchSize ?? 1000;
  const needs = new Set<FactKind>();
  for (const r of rules) for (const n of r.needs) needs.add(n);
  const audit = memoryAuditLog();
  const rulesetVersion = 'baseline';
  let hoursMismatches = 0;
  let hoursChecked = 0;

  function normalize(input: CallIntent): Naive {
    const i = parseOrThrow(callIntentSchema, input, 'call intent');
    const at = i.at === undefined ? Date.now() : toEpoch(i.at);
    const lineType = i.lineType ?? 'unknown';
    const intent: NormalizedIntent = {
      e164: '',
      npa: 0,
      nxx: 0,
      region: '',
      callType: i.callType,
      channel: i.channel ?? 'voice',
      purpose: i.purpose,
      instant: new Date(at),
      at,
      lineType,
      effectiveLineType: lineType === 'unknown' ? 'wireless' : lineType,
      zones: EMPTY,
      states: EMPTY,
      zoneSources: EMPTY,
      seller: i.seller ?? seller,
      doNotSolicit: i.doNotSolicit ?? false,
    };
    if (i.address !== undefined) intent.address = i.address;
    if (i.subject !== undefined) intent.subject = i.subject;
    if (i.campaignId !== undefined) intent.campaignId = i.campaignId;
    if (i.relationship !== undefined) intent.relationship = i.relationship;
    if (i.sensitivity !== undefined) intent.sensitivity = i.sensitivity;
    if (i.callerId !== undefined) intent.callerId = i.callerId;
    const unsupported = (reason: NonNullable<NormalizedIntent['unsupported']>['reason'], detail: string): Naive => {
      intent.unsupported = { reason, detail };
      return { intent, input: i.to, open: false };
    };

    const p = parsePhoneNumberFromString(i.to, 'US');
    if (!p) return unsupported('invalid', 'not a phone number');
    if (p.countryCallingCode !== '1') return unsupported('non-nanp', `country calling code +${p.countryCallingCode}`);
    if (p.ext) return unsupported('invalid', 'extensions cannot be dialed');
    const ten = String(p.nationalNumber);
    if (ten.length !== 10) return unsupported('invalid', 'a NANP number has 10 digits');
    const npa = Number(ten.slice(0, 3));
    const nxx = Number(ten.slice(3, 6));
    if (npa < 200 || nxx < 200 || npa % 100 === 11 || nxx % 100 === 11) return unsupported('invalid', 'area code and exchange must start with 2-9 and not be N11');
    intent.e164 = `+1${ten}`;
    intent.npa = npa;
    intent.nxx = nxx;
    if (npa === 900 || npa === 976) return unsupported('premium-rate', `${npa} is a premium-rate code`);
    if (TOLL_FREE.has(npa)) return unsupported('toll-free', 'toll-free numbers have no location');
    const loc = lookupNanp(npa, nxx);
    if (loc === undefined) return unsupported('unassigned-area-code', `area code ${npa} is not in the NANP tables`);
    intent.region = loc.region;
    if (loc.region !== 'US') return unsupported('non-us', `area code ${npa} is in region ${loc.region}`);

    const zones = new Set(loc.zones);
    const states = new Set(loc.states);
    const sources: ('area-code' | 'address')[] = ['area-code'];
    if (i.address) {
      const addrStates = new Set<string>();
      if (i.address.state) addrStates.add(i.address.state);
      if (i.address.zip) {
        const z = stateForZip(i.address.zip);
        if (z) addrStates.add(z);
      }
      for (const st of addrStates) {
        states.add(st);
        for (const zone of zonesForState(st)) zones.add(zone);
      }
      if (addrStates.size > 0) sources.push('address');
    }
    intent.zones = [...zones].sort();
    intent.states = [...states].sort();
    intent.zoneSources = sources;
    intent.zoneSource = loc.source;

    // The naive local time: one date-fns-tz call per zone and per intent, no cache.
    let open = intent.zones.length > 0;
    for (const zone of intent.zones) {
      const local = formatInTimeZone(at, zone, 'yyyy-MM-dd HH:mm'); // e.g. '2026-03-09 20:59'
      const minute = Number(local.slice(11, 13)) * 60 + Number(local.slice(14, 16));
      if (minute < OPEN || minute >= CLOSE) open = false;
    }
    return { intent, input: i.to, open };
  }


  function decide(n: Naive, facts: Facts): Decision {
    const { intent } = n;
    if (intent.unsupported) {
      const details = { input: n.input, reason: intent.unsupported.reason, detail: intent.unsupported.detail };
      const v: Verdict = { rule: 'engine.unsupported-number', outcome: 'deny', code: 'unsupported_number', reason: renderReason('unsupported_number', details), citation: 'NANP numbering plan (47 CFR Part 52)', confidence: 'V', details };
      return { decisionId: randomUUID(), evaluatedAt: new Date(), rulesetVersion, allowed: false, verdicts: [v], denials: [v], warnings: [], obligations: [], nextPermittedAt: null, intent };
    }
    const { verdicts, obligations } = runRules(rules, intent, facts, undefined, true);
    const denials: Verdict[] = [];
    const warnings: Verdict[] = [];
    for (const v of verdicts) {
      if (v.outcome === 'deny') denials.push(v);
      else if (v.outcome === 'warn') warnings.push(v);
      if (WINDOW_RULES.has(v.rule) && (v.code === 'within_calling_hours' || v.code === 'outside_calling_hours')) {
        hoursChecked++;
        if ((v.outcome === 'allow') !== n.open) hoursMismatches++;
      }
    }
    const allowed = denials.length === 0;
    const nextPermittedAt = allowed ? null : findNextPermitted(rules, intent, facts, undefined, denials);
    return { decisionId: randomUUID(), evaluatedAt: new Date(), rulesetVersion, allowed, verdicts, denials, warnings, obligations: allowed ? obligations : [], nextPermittedAt, intent };
  }

  async function checkBatch(inputs: readonly CallIntent[]): Promise<Decision[]> {
    const naive = inputs.map(normalize);
    const q = factQueryFor(naive.map((n) => n.intent), needs, seller, () => Date.now());
    const snap = q.e164s.length > 0 ? await storage.loadFacts(q) : undefined;
    const out = naive.map((n) => decide(n, factsForIntent(n.intent, snap)));
    audit.append(
      out.map((d) => ({
        type: 'decision' as const,
        data: {
          decisionId: d.decisionId,
          rulesetVersion: d.rulesetVersion,
          at: d.intent.instant.toISOString(),
          to: d.intent.e164,
          callType: d.intent.callType,
          channel: d.intent.channel,
          purpose: d.intent.purpose,
          allowed: d.allowed,
          denials: d.denials.map((v) => `${v.rule}:${v.code}`),
          nextPermittedAt: d.nextPermittedAt?.toISOString() ?? null,
        },
      })),
      Date.now(),
    );
    return out;
  }

  return {
    async checkMany(intents) {
      const out: Decision[] = [];
      for (let start = 0; start < intents.length; start += batchSize) out.push(...(await checkBatch(intents.slice(start, start + batchSize))));
      return out;
    },
    get hoursMismatches() {
      return hoursMismatches;
    },
    get hoursChecked() {
      return hoursChecked;
    },
  };
}
