/**
 * Deterministic benchmark workload: a pool of distinct US phone numbers, the facts preloaded for
 * them (National/internal DNC, consents, revocations, EBR events, call history), and call intents
 * drawn from the same pool so that checks hit the preloaded facts. Everything comes from one
 * seeded PRNG (mulberry32): the same seed gives the same pool, facts and intents.
 * @module
 */
import type { Engine } from '../src/core/engine';
import type {
  Address,
  AttemptRecord,
  CallIntent,
  CallType,
  Channel,
  ConsentGrant,
  LineType,
  Outcome,
  Purpose,
} from '../src/core/types';
import { lookupNanp } from '../src/phone/nanp';

export { mulberry32, type Rng } from '../scripts/prng';
import type { Rng } from '../scripts/prng';

/** An integer in [lo, hi] (both inclusive). */
export function int(rng: Rng, lo: number, hi: number): number {
  return lo + Math.floor(rng() * (hi - lo + 1));
}

/** A uniformly chosen element. */
export function pick<T>(rng: Rng, items: readonly T[]): T {
  return items[Math.floor(rng() * items.length)]!;
}

/** A weighted choice: `[[value, weight], ...]` (weights need not sum to 1). */
export function weighted<T>(rng: Rng, choices: readonly (readonly [T, number])[]): T {
  let total = 0;
  for (const [, w] of choices) total += w;
  let x = rng() * total;
  for (const [v, w] of choices) {
    x -= w;
    if (x < 0) return v;
  }
  return choices[choices.length - 1]![0];
}

/**
 * 226 real US area codes (NPAs) from every state and DC, including the split-zone codes whose
 * exchanges sit in two zones (208, 219, 270, 308, 423, 541, 605, 606, 620, 701, 775, 785, 812,
 * 850, 906, 907, 928) and the overlays RULES.md §7 gives their parent's zones (364, 448, 458,
 * 729, 930, 986). Checked against `lookupNanp` at startup.
 */
export const US_NPAS: readonly number[] = Object.freeze([
  // NY
  212, 315, 347, 516, 518, 585, 607, 631, 646, 716, 718, 845, 914, 917,
  // CA
  209, 213, 310, 323, 408, 415, 510, 530, 559, 619, 626, 650, 707, 714, 805, 818, 909, 916, 949,
  // TX
  210, 214, 254, 281, 361, 409, 432, 469, 512, 713, 806, 817, 832, 903, 915, 956, 972,
  // FL (850: Central and Eastern; 448 its overlay)
  239, 305, 321, 352, 407, 561, 727, 786, 813, 850, 448, 904, 941, 954,
  // IL, PA, OH
  217, 309, 312, 618, 630, 773, 847, 215, 267, 412, 570, 610, 717, 814, 216, 330, 419, 513, 614, 937,
  // GA, NC, SC, VA
  229, 404, 478, 678, 706, 912, 252, 336, 704, 828, 919, 803, 843, 864, 276, 540, 703, 757, 804,
  // MI (906: Eastern and Central), NJ
  248, 269, 313, 517, 616, 734, 906, 989, 201, 609, 732, 856, 908, 973,
  // WA, OR (541/458: Pacific and Mountain), ID (208/986), NV (775)
  206, 253, 360, 425, 509, 503, 541, 458, 971, 208, 986, 702, 775,
  // AZ (928: Navajo Nation), NM, UT, CO
  480, 520, 602, 623, 928, 505, 575, 385, 435, 801, 303, 719, 720, 970,
  // TN (423/729: Eastern and Central), KY (270/364, 606), IN (219, 812/930)
  423, 729, 615, 731, 865, 901, 931, 270, 364, 502, 606, 859, 219, 260, 317, 574, 765, 812, 930,
  // MO, KS (620, 785), NE (308), SD (605), ND (701), MN, IA, WI
  314, 417, 573, 816, 316, 620, 785, 913, 308, 402, 605, 701, 218, 507, 612, 651, 319, 515, 712, 262, 414, 608, 715, 920,
  // AL, MS, LA, AR, OK
  205, 251, 256, 334, 228, 601, 662, 225, 318, 504, 985, 479, 501, 870, 405, 580, 918,
  // MA, CT, RI, NH, VT, ME, MD, DE, DC, WV
  413, 508, 617, 781, 978, 203, 860, 401, 603, 802, 207, 240, 301, 410, 443, 302, 202, 304,
  // MT, WY, AK (907), HI
  406, 307, 907, 808,
]);

/** A few real ZIP codes for addresses on file. */
const ZIPS: readonly string[] = ['10001', '33101', '60601', '94103', '75201', '98101', '30303', '85004', '80202', '02108', '70112', '99501'];

const N11 = (n: number): boolean => n % 100 === 11;

/** A number of the pool, with the attributes that do not change between calls to it. */
export interface PoolNumber {
  npa: number;
  nxx: number;
  /** 0..9999 */
  line: number;
  e164: string;
  /** The line type the host knows (sent on most intents). */
  lineType: Exclude<LineType, 'unknown'>;
  /** The matter/debt the number is called about (debt collection). */
  subject: string;
  /** The address on file, for some numbers. */
  address?: Address;
}

/**
 * Draws `size` distinct US numbers: an area code from {@link US_NPAS}, an exchange 200-999 other
 * than N11, any line number.
 */
export function buildPool(rng: Rng, size: number): PoolNumber[] {
  for (const npa of US_NPAS) {
    const loc = lookupNanp(npa, 555);
    if (loc === undefined || loc.region !== 'US') throw new Error(`bench: area code ${npa} is not a US code in the NANP tables`);
  }
  const seen = new Set<string>();
  const pool: PoolNumber[] = [];
  while (pool.length < size) {
    const npa = pick(rng, US_NPAS);
    let nxx = int(rng, 200, 999);
    while (N11(nxx)) nxx = int(rng, 200, 999);
    const line = int(rng, 0, 9999);
    const e164 = `+1${npa}${nxx}${String(line).padStart(4, '0')}`;
    if (seen.has(e164)) continue;
    seen.add(e164);
    const i = pool.length;
    const p: PoolNumber = {
      npa,
      nxx,
      line,
      e164,
      lineType: weighted(rng, [['wireless', 60], ['landline', 32], ['voip', 8]] as const),
      // 5% of numbers share a debt with the previous number (a co-signer): per-subject caps span both.
      subject: i > 0 && rng() < 0.05 ? pool[i - 1]!.subject : `acct-${i.toString(36)}`,
    };
    if (rng() < 0.1) {
      const home = lookupNanp(npa, nxx)?.states[0];
      const r = rng();
      if (r < 0.5) p.address = { state: rng() < 0.75 && home ? home : pick(rng, ['FL', 'TX', 'CA', 'NY', 'AZ', 'IN']) };
      else if (r < 0.8) p.address = { zip: pick(rng, ZIPS) };
      else p.address = home ? { state: home, zip: pick(rng, ZIPS) } : { zip: pick(rng, ZIPS) };
    }
    pool.push(p);
  }
  return pool;
}

/** The first instant of the workload: Friday 2026-03-06 00:00 UTC. US DST begins on 2026-03-08. */
export const T0 = Date.parse('2026-03-06T00:00:00Z');
/** Intents are spread uniformly over this span (4 days, nights included). */
export const SPAN_MS = 4 * 86_400_000;
const DAY = 86_400_000;

/** Campaign ids; three of them run over the 3% abandonment limit. */
export const CAMPAIGNS: readonly string[] = Array.from({ length: 24 }, (_, k) => `camp-${String(k + 1).padStart(2, '0')}`);
const HOT_CAMPAIGNS = new Set(['camp-03', 'camp-11', 'camp-19']);

const pad4 = (n: number): string => String(n).padStart(4, '0');

/** The number as a host would have it: mostly well-formed, in the common formats. */
export function formatNumber(rng: Rng, p: { npa: number; nxx: number; line: number }): string {
  const { npa, nxx } = p;
  const line = pad4(p.line);
  const r = rng() * 100;
  if (r < 40) return `(${npa}) ${nxx}-${line}`;
  if (r < 65) return `+1${npa}${nxx}${line}`;
  if (r < 85) return `${npa}${nxx}${line}`;
  if (r < 93) return `${npa}-${nxx}-${line}`;
  if (r < 97) return `1 ${npa} ${nxx} ${line}`;
  if (r < 99) return `${npa}.${nxx}.${line}`;
  if (r < 99.5) return `+1 ${npa}\u2011${nxx}\u2011${line}`; // non-breaking hyphens pasted from a document
  return `(${npa})\u00a0${nxx}-${line}`; // no-break space
}

/** A number that is not a supported dialable US number (about 2% of intents). */
function noiseNumber(rng: Rng, p: PoolNumber): string {
  const line = pad4(p.line);
  const r = rng() * 100;
  if (r < 20) return `(${p.npa}) ${p.nxx}-${line} ext. ${int(rng, 1, 999)}`; // extension
  if (r < 40) return `1-${pick(rng, [800, 833, 844, 855, 866, 877, 888])}-${p.nxx}-${line}`; // toll-free
  if (r < 60) return `+1 ${pick(rng, [416, 514, 604, 403, 902])} ${p.nxx} ${line}`; // Canada
  if (r < 75) return `${p.npa}-${p.nxx}-${line.slice(1)}`; // 9 digits
  if (r < 90) return `(${p.npa}) ${int(rng, 2, 9)}11-${line}`; // N11 exchange
  return `+44 20 7946 ${line}`; // not NANP
}

/**
 * A flat copy of a string built from pieces. Intents reach a host as flat strings (parsed JSON, a
 * database row, a CSV field); a template literal's result is a rope that the first character read
 * would flatten inside the measured code.
 */
function flat(s: string): string {
  return JSON.parse(JSON.stringify(s)) as string;
}

/** Options of {@link makeIntents}. */
export interface IntentOptions {
  /** Share of intents whose number is not a supported US number. Default 0.02. */
  noise?: number;
  /** Share of intents whose `at` is an ISO string rather than a Date. Default 0.08. */
  isoShare?: number;
}

/**
 * Draws `n` call intents over the pool: call type, purpose, channel, line type, debt subject,
 * campaign and caller ID in realistic proportions; instants uniform over [{@link T0}, T0 + 4 days).
 */
export function makeIntents(rng: Rng, pool: readonly PoolNumber[], n: number, options: IntentOptions = {}): CallIntent[] {
  const noise = options.noise ?? 0.02;
  const isoShare = options.isoShare ?? 0.08;
  const out: CallIntent[] = new Array(n);
  for (let k = 0; k < n; k++) {
    const p = pool[Math.floor(rng() * pool.length)]!;
    const purpose: Purpose = weighted(rng, [['telemarketing', 45], ['informational', 30], ['debt-collection', 25]] as const);
    const channel: Channel = rng() < 0.2 ? 'sms' : 'voice';
    const callType: CallType =
      channel === 'sms'
        ? rng() < 0.85 ? 'autodialed' : 'live'
        : weighted(rng, [['autodialed', 45], ['prerecorded', 20], ['live', 35]] as const);
    const atMs = T0 + Math.floor(rng() * SPAN_MS);
    const intent: CallIntent = {
      to: flat(rng() < noise ? noiseNumber(rng, p) : formatNumber(rng, p)),
      callType,
      channel,
      purpose,
      at: rng() < isoShare ? new Date(atMs).toISOString() : new Date(atMs),
    };
    if (rng() < 0.8) intent.lineType = p.lineType;
    if (p.address !== undefined) intent.address = p.address;
    if (purpose === 'debt-collection') intent.subject = p.subject;
    if (purpose === 'telemarketing' ? rng() < 0.9 : purpose === 'informational' && rng() < 0.3) intent.campaignId = pick(rng, CAMPAIGNS);
    if (purpose === 'telemarketing' && channel === 'voice' && rng() < 0.85) intent.callerId = '+12125550143';
    out[k] = intent;
  }
  return out;
}

/** What {@link preload} wrote. */
export interface PreloadStats {
  national: number;
  internal: number;
  consents: number;
  revocations: number;
  relationships: number;
  numbersWithHistory: number;
  attempts: number;
  seconds: number;
  method: string;
}

/** Chooses `count` distinct pool indices. */
function sample(rng: Rng, size: number, count: number): number[] {
  const chosen = new Set<number>();
  while (chosen.size < count) chosen.add(Math.floor(rng() * size));
  return [...chosen];
}

/**
 * Loads the facts through the engine's public API: 10% of the pool on the National DNC list, 3%
 * on the internal list, 30% with a consent (`engine.consents.grant`), 1% revoked
 * (`engine.consents.revoke`), 3% with an EBR event (`engine.relationships.record`), and 20% with a
 * call history (`engine.attempts.record`, batches of 5,000): debt-collection bursts that reach the
 * Reg F 7-in-7 cap or follow a conversation, prerecorded informational calls to landlines,
 * telemarketing calls of campaigns (three of them over 3% abandoned).
 */
export async function preload(engine: Engine, pool: readonly PoolNumber[], rng: Rng): Promise<PreloadStats> {
  const t = process.hrtime.bigint();
  const size = pool.length;
  const e164s = (idx: readonly number[]): string[] => idx.map((i) => pool[i]!.e164);

  const national = sample(rng, size, Math.round(size * 0.1));
  for (let i = 0; i < national.length; i += 10_000) await engine.suppressions.add('national', e164s(national.slice(i, i + 10_000)));
  const internal = sample(rng, size, Math.round(size * 0.03));
  await engine.suppressions.add('internal', e164s(internal));

  const consented = sample(rng, size, Math.round(size * 0.3));
  for (const i of consented) {
    const p = pool[i]!;
    const written = rng() < 0.6;
    const capturedAt = new Date(Date.parse('2024-06-01T00:00:00Z') + Math.floor(rng() * (T0 - DAY - Date.parse('2024-06-01T00:00:00Z'))));
    const scope = weighted(rng, [
      [{}, 70],
      [{ channels: ['sms'] as Channel[] }, 10],
      [{ callTypes: ['live', 'autodialed'] as CallType[] }, 10],
      [{ purposes: ['informational', 'debt-collection'] as Purpose[] }, 10],
    ] as const);
    const grant: ConsentGrant = {
      phone: formatNumber(rng, p),
      kind: written ? 'prior-express-written' : 'prior-express',
      scope,
      evidence: written
        ? { method: 'e-sign', capturedAt, signature: `sig-${i.toString(36)}`, disclosureText: 'I agree to receive calls and texts, including by autodialer, at this number.', ip: '203.0.113.7' }
        : { method: pick(rng, ['verbal', 'recorded-oral', 'web-form'] as const), capturedAt },
    };
    await engine.consents.grant(grant);
  }

  // Revocations: mostly of consented numbers, some during the benchmark window.
  const revoked = sample(rng, consented.length, Math.round(size * 0.01)).map((k) => consented[k]!);
  for (const i of revoked) {
    await engine.consents.revoke({
      phone: pool[i]!.e164,
      via: pick(rng, ['sms', 'voice', 'email', 'web'] as const),
      at: new Date(T0 - 30 * DAY + Math.floor(rng() * 32 * DAY)),
      text: 'STOP',
    });
  }

  const related = sample(rng, size, Math.round(size * 0.03));
  for (const i of related) {
    const transaction = rng() < 0.6;
    const back = transaction ? Math.floor(rng() * 730 * DAY) : Math.floor(rng() * 180 * DAY);
    await engine.relationships.record({ phone: pool[i]!.e164, kind: transaction ? 'transaction' : 'inquiry', at: new Date(T0 - back) });
  }

  const withHistory = sample(rng, size, Math.round(size * 0.2));
  let batch: AttemptRecord[] = [];
  let attempts = 0;
  const flush = async (): Promise<void> => {
    if (batch.length === 0) return;
    attempts += await engine.attempts.record(batch);
    batch = [];
  };
  const outcome = (answeredShare: number): Outcome =>
    weighted(rng, [['answered-live', answeredShare], ['no-answer', 35], ['voicemail', 25], ['busy', 8], ['failed', 4]] as const);
  for (const i of withHistory) {
    const p = pool[i]!;
    const kind = rng();
    if (kind < 0.35) {
      // Debt collection about the number's debt; 30% are bursts of 6-9 calls in the week before and into the window.
      const burst = rng() < 0.3;
      const n = burst ? int(rng, 6, 9) : int(rng, 1, 4);
      for (let k = 0; k < n; k++) {
        const o = outcome(25);
        batch.push({
          phone: p.e164,
          at: new Date(T0 - (burst ? 6 : 9) * DAY + Math.floor(rng() * (burst ? 7 : 10) * DAY)),
          callType: rng() < 0.7 ? 'live' : 'autodialed',
          channel: 'voice',
          purpose: 'debt-collection',
          subject: p.subject,
          outcome: o,
          conversation: o === 'answered-live' && rng() < 0.3,
        });
      }
    } else if (kind < 0.55) {
      // Prerecorded informational calls (exempt residential calls are capped at 3 per 30 days).
      const n = int(rng, 1, 4);
      for (let k = 0; k < n; k++) {
        batch.push({ phone: p.e164, at: new Date(T0 - 25 * DAY + Math.floor(rng() * 27 * DAY)), callType: 'prerecorded', channel: 'voice', purpose: 'informational', outcome: outcome(30) });
      }
    } else {
      // Telemarketing calls of campaigns: live-answered and abandoned calls drive the abandonment rate.
      const n = int(rng, 1, 5);
      for (let k = 0; k < n; k++) {
        const campaignId = pick(rng, CAMPAIGNS);
        const autodialed = rng() < 0.7;
        let o = outcome(40);
        if (autodialed && o === 'answered-live' && rng() < (HOT_CAMPAIGNS.has(campaignId) ? 0.1 : 0.015)) o = 'abandoned';
        batch.push({ phone: p.e164, at: new Date(T0 - 9 * DAY + Math.floor(rng() * 10 * DAY)), callType: autodialed ? 'autodialed' : 'live', channel: 'voice', purpose: 'telemarketing', campaignId, outcome: o });
      }
    }
    if (batch.length >= 5000) await flush();
  }
  await flush();

  return {
    national: national.length,
    internal: internal.length,
    consents: consented.length,
    revocations: revoked.length,
    relationships: related.length,
    numbersWithHistory: withHistory.length,
    attempts,
    seconds: Number(process.hrtime.bigint() - t) / 1e9,
    method: 'public engine API: suppressions.add, consents.grant, consents.revoke, relationships.record, attempts.record (batches of 5,000)',
  };
}
