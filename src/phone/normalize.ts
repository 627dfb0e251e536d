/**
 * Phone-number normalization: any common US format to E.164, with a fast path for well-formed
 * NANP input and libphonenumber-js for everything else; candidate zones and states from the
 * generated NANP tables and the address on file.
 * @module
 */
import { parsePhoneNumberFromString } from 'libphonenumber-js';
import { lookupNanp, zonesForState, type NanpLocation } from './nanp';
import { stateForZip } from './zip';
import type { Address } from '../core/types';

/** The outcome of parsing a number. @category Phone */
export type ParsedNumber =
  | { ok: true; e164: string; npa: number; nxx: number; line: number }
  | { ok: false; reason: 'invalid' | 'non-nanp'; detail?: string };

/**
 * Separators accepted by the fast path: space ( ) - . / and the Unicode spaces and dashes that
 * spreadsheets and word processors put in numbers (no-break space U+00A0, the dashes U+2010-U+2015,
 * minus U+2212, ideographic space U+3000), all of which libphonenumber also reads as punctuation.
 */
function isSep(c: number): boolean {
  if (c < 128) return c === 32 || c === 40 || c === 41 || c === 45 || c === 46 || c === 47;
  return c === 0xa0 || (c >= 0x2010 && c <= 0x2015) || c === 0x2212 || c === 0x3000;
}

/**
 * Fast path: digits with common separators and an optional +1 / 1 prefix, read as a 10-digit number.
 * @internal
 */
export function fastNanp(input: string): number | undefined {
  let n = 0;
  let count = 0;
  let plus = false;
  for (let i = 0; i < input.length; i++) {
    const c = input.charCodeAt(i);
    if (c >= 48 && c <= 57) {
      if (++count > 11) return undefined;
      n = n * 10 + (c - 48);
    } else if (c === 43 && i === 0) plus = true;
    else if (!isSep(c)) return undefined;
  }
  if (count === 11) return n >= 1e10 && n < 2e10 ? n - 1e10 : undefined; // leading 1
  if (count === 10 && !plus) return n;
  return undefined;
}

/**
 * The ten digits of a number the fast path reads and the numbering plan allows (NPA and NXX 2-9,
 * neither N11), or undefined: {@link parseNumber} then gives the answer (the slow path, or why the
 * number is refused). Returns a number, not a result object: the engine's hot path allocates
 * nothing to parse a well-formed number.
 * @internal
 */
export function fastTen(input: string): number | undefined {
  const ten = fastNanp(input);
  if (ten === undefined) return undefined;
  const npa = Math.floor(ten / 1e7);
  const nxx = Math.floor(ten / 1e4) % 1000;
  if (npa < 200 || nxx < 200 || npa % 100 === 11 || nxx % 100 === 11) return undefined;
  return ten;
}

/**
 * The E.164 text of a valid ten-digit NANP number read from `input` (what {@link parseNumber} gives
 * as `e164`).
 * @internal
 */
export function e164Text(input: string, ten: number): string {
  // Input already in E.164 ('+1' and 10 digits: fastNanp saw no separator) is the answer itself;
  // otherwise the string is made in one allocation from its character codes (a template literal
  // prints three numbers and builds four intermediate strings: garbage per intent).
  return input.length === 12 && input.charCodeAt(0) === 43 && fastNanp(input) === ten ? input : e164Of(Math.floor(ten / 1e7), Math.floor(ten / 1e4) % 1000, ten % 1e4);
}

/**
 * Parses any common US format (`(212) 736-1234`, `212-736-1234`, `+1 212 736 1234`,
 * `12127361234`) to E.164.
 * @param input - the number as the host has it
 * @returns the parsed number or why it is not a NANP number
 * @example
 * ```ts
 * parseNumber('(212) 736-1234'); // { ok: true, e164: '+12127361234', npa: 212, nxx: 736, line: 1234 }
 * ```
 * @category Phone
 */
export function parseNumber(input: string): ParsedNumber {
  let ten = fastNanp(input);
  if (ten === undefined) {
    const p = parsePhoneNumberFromString(input, 'US');
    if (!p) return { ok: false, reason: 'invalid', detail: 'not a phone number' };
    if (p.countryCallingCode !== '1') return { ok: false, reason: 'non-nanp', detail: `country calling code +${p.countryCallingCode}` };
    if (p.ext) return { ok: false, reason: 'invalid', detail: 'extensions cannot be dialed' };
    if (!/^\d{10}$/.test(p.nationalNumber)) return { ok: false, reason: 'invalid', detail: 'a NANP number has 10 digits' };
    ten = Number(p.nationalNumber);
  }
  const npa = Math.floor(ten / 1e7);
  const nxx = Math.floor(ten / 1e4) % 1000;
  const line = ten % 1e4;
  // NANP numbering plan: NPA and NXX start with 2-9; N11 codes are service codes, not area codes.
  if (npa < 200 || nxx < 200) return { ok: false, reason: 'invalid', detail: 'area code and exchange must start with 2-9' };
  if (npa % 100 === 11) return { ok: false, reason: 'invalid', detail: 'N11 is a service code, not an area code' };
  if (nxx % 100 === 11) return { ok: false, reason: 'invalid', detail: 'N11 exchange codes are not assignable' };
  return { ok: true, e164: e164Text(input, ten), npa, nxx, line };
}

/** `+1` and the ten digits of NPA (200-999), NXX (200-999) and line (0-9999, zero-padded). */
function e164Of(npa: number, nxx: number, line: number): string {
  const l1 = (line / 100) | 0;
  const l2 = line - l1 * 100;
  return String.fromCharCode(
    43,
    49,
    48 + ((npa / 100) | 0),
    48 + (((npa / 10) | 0) % 10),
    48 + (npa % 10),
    48 + ((nxx / 100) | 0),
    48 + (((nxx / 10) | 0) % 10),
    48 + (nxx % 10),
    48 + ((l1 / 10) | 0),
    48 + (l1 % 10),
    48 + ((l2 / 10) | 0),
    48 + (l2 % 10),
  );
}

/**
 * Normalizes a number to E.164, or undefined when it is not a valid NANP number.
 * @category Phone
 */
export function toE164(input: string): string | undefined {
  const p = parseNumber(input);
  return p.ok ? p.e164 : undefined;
}

const TOLL_FREE = new Set([800, 833, 844, 855, 866, 877, 888]);

/** Where a number (and an address) may be. @category Phone */
export type Placement =
  | {
      ok: true;
      zones: readonly string[];
      states: readonly string[];
      region: string;
      sources: readonly ('area-code' | 'address')[];
      /** How the area-code zones were found: exact exchange/area-code data, or a data-gap override / state fallback. */
      zoneSource: 'nxx' | 'npa' | 'override' | 'state';
    }
  | { ok: false; reason: 'premium-rate' | 'non-us' | 'toll-free' | 'unassigned-area-code'; detail?: string; region?: string };

/** Failed placements (premium, toll-free, unassigned, non-US), by npa * 1000 + nxx or a string key. */
const byExchange = new Map<number, Placement>();
const cache = new Map<string, Placement>();
/**
 * US placements, by NANP location (the tables share one location object per area code or
 * split-zone part): without an address, and by the set of states the address names.
 */
const byLocation = new Map<NanpLocation, Placement>();
const byLocationAndStates = new Map<NanpLocation, Map<number, Placement>>();

/**
 * Candidate time zones and states for a parsed number and an optional address. Every candidate
 * counts: a window must be open in all zones; every candidate state's law applies.
 * @param npa - area code
 * @param nxx - exchange
 * @param address - the address on file
 * @category Phone
 */
export function placeNumber(npa: number, nxx: number, address?: Address): Placement {
  const noAddress = address === undefined || (address.state === undefined && address.zip === undefined);
  const loc = npa === 900 || npa === 976 || TOLL_FREE.has(npa) ? undefined : lookupNanp(npa, nxx);
  if (loc !== undefined && loc.region === 'US') {
    // A US placement depends only on the location and on the set of states the address names
    // (the state given and the ZIP's state): every number and address alike share one placement
    // (and its zone and state arrays).
    if (noAddress) {
      let p = byLocation.get(loc);
      if (p === undefined) byLocation.set(loc, (p = computePlacement(npa, nxx)));
      return p;
    }
    const a = address.state === undefined ? 0 : stateIndex(address.state);
    const b = address.zip === undefined ? 0 : zipStateIndex(address.zip);
    if (a >= 0 && b >= 0) {
      let byStates = byLocationAndStates.get(loc);
      if (byStates === undefined) byLocationAndStates.set(loc, (byStates = new Map()));
      const set = a <= b ? a * 128 + b : b * 128 + a;
      let p = byStates.get(set);
      if (p === undefined) byStates.set(set, (p = computePlacement(npa, nxx, address)));
      return p;
    }
  }
  if (noAddress) {
    const k = npa * 1000 + nxx;
    let p = byExchange.get(k);
    if (p === undefined) byExchange.set(k, (p = computePlacement(npa, nxx)));
    return p;
  }
  const key = `${npa}${nxx}|${address.state ?? ''}|${address.zip ?? ''}`;
  const hit = cache.get(key);
  if (hit !== undefined) return hit;
  const p = computePlacement(npa, nxx, address);
  if (cache.size > 200_000) cache.clear();
  cache.set(key, p);
  return p;
}

/** Small indices for state codes (1-127; 0 = none); -1 once 127 codes are taken. */
const stateIndices = new Map<string, number>();
function stateIndex(state: string): number {
  let i = stateIndices.get(state);
  if (i === undefined) {
    if (stateIndices.size >= 127) return -1;
    stateIndices.set(state, (i = stateIndices.size + 1));
  }
  return i;
}

/** The state index of a ZIP's state (0 when it has none), memoized by ZIP string. */
const zipStates = new Map<string, number>();
function zipStateIndex(zip: string): number {
  let i = zipStates.get(zip);
  if (i === undefined) {
    const st = stateForZip(zip);
    i = st === undefined ? 0 : stateIndex(st);
    if (i < 0) return i;
    if (zipStates.size > 100_000) zipStates.clear();
    zipStates.set(zip, i);
  }
  return i;
}

function computePlacement(npa: number, nxx: number, address?: Address): Placement {
  if (npa === 900 || npa === 976) return { ok: false, reason: 'premium-rate', detail: `${npa} is a premium-rate code` };
  if (TOLL_FREE.has(npa)) return { ok: false, reason: 'toll-free', detail: 'toll-free numbers have no location; call on the address on file only through a custom rule' };
  const loc = lookupNanp(npa, nxx);
  if (loc === undefined) return { ok: false, reason: 'unassigned-area-code', detail: `area code ${npa} is not in the NANP tables` };
  if (loc.region !== 'US') return { ok: false, reason: 'non-us', detail: `area code ${npa} is in region ${loc.region}`, region: loc.region };
  const zones = new Set(loc.zones);
  const states = new Set(loc.states);
  const sources: ('area-code' | 'address')[] = ['area-code'];
  if (address) {
    const addrStates = new Set<string>();
    if (address.state) addrStates.add(address.state);
    if (address.zip) {
      const z = stateForZip(address.zip);
      if (z) addrStates.add(z);
    }
    for (const st of addrStates) {
      states.add(st);
      for (const zone of zonesForState(st)) zones.add(zone);
    }
    if (addrStates.size > 0) sources.push('address');
  }
  return {
    ok: true,
    zones: Object.freeze([...zones].sort()),
    states: Object.freeze([...states].sort()),
    region: 'US',
    sources: Object.freeze(sources),
    zoneSource: loc.source,
  };
}
