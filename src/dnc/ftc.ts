/**
 * Parsing the FTC National Do Not Call Registry's download files (TELEPHONY.md §H.1) for
 * `engine.suppressions.importFtc` / {@link importFtcDnc}. The layouts are partly unconfirmed, so
 * the parser is strict where a mistake would allow a call: a full list or a change list with any
 * line it cannot read is refused whole, before anything is applied.
 * @module
 */
import { createHash } from 'node:crypto';
import type { Engine } from '../core/engine';

/** What an FTC file can be given as: its text or bytes, or a stream of chunks (e.g. a Node `Readable`). @category Do-not-call data */
export type FtcInput = string | Uint8Array | Iterable<string | Uint8Array> | AsyncIterable<string | Uint8Array>;

/** Options of {@link importFtcDnc}. @category Do-not-call data */
export interface FtcImportOptions {
  /**
   * `'full'`: every registered number of the area codes the file covers; those area codes'
   * national entries are replaced by it. `'changes'`: numbers added to or deleted from the
   * registry since the previous download, applied on top of it.
   */
  kind: 'full' | 'changes';
  /**
   * When the file was downloaded from the registry: starts the 31-day clock of 47 CFR
   * 64.1200(c)(2)(i)(D) (required: the import time is not the download time). Not after the
   * engine clock, and not older than the area codes' last recorded download.
   */
  downloadedAt: Date | string;
  /**
   * Change lists (required): the time of the previous download the list follows (the FTC prepares a
   * change list relative to the organization's last download). It may not be later than any of the
   * area codes' recorded downloads: a gap would miss the registrations in between.
   */
  since?: Date | string;
  /**
   * Full lists: the area codes the file covers (a subscribed area code with no registered number
   * is then emptied). Default: the area codes of the numbers in the file.
   */
  areaCodes?: readonly number[];
  /**
   * Change lists: the 0-based comma-separated columns of the number and of the add/delete flag.
   * Default: the number is the digits of the line's other fields, and the flag is the one field
   * that reads add / delete (`A`, `ADD`, `ADDED`, `I`, `INSERT`; `D`, `DEL`, `DELETE`, `DELETED`, `R`, `REMOVE`).
   */
  columns?: { number: number; action: number };
  /** Free text kept in the audit entry (e.g. the file name; never the registry password). */
  source?: string;
  /**
   * Full lists: accept a file that holds no number of an area code it covers, which empties that
   * area code's copy. Default `false`: an empty or truncated download is refused rather than read
   * as "nobody in this area code is registered".
   */
  allowEmpty?: boolean;
}

/** What an import did. @category Do-not-call data */
export interface FtcImportResult {
  kind: 'full' | 'changes';
  /** Numbers put on the national list that were not on it. */
  added: number;
  /** Numbers taken off it (deletions, or numbers of a covered area code missing from a full list). */
  removed: number;
  /** Lines read that held a number. */
  numbers: number;
  /** Area codes the import touched (a full list's covered area codes). */
  areaCodes: number[];
  downloadedAt: Date;
  /** SHA-256 of the file's bytes, hex. */
  sha256: string;
}

/** A parsed file: adds and deletes as E.164, grouped by area code, and the lines it could not read. */
export interface ParsedFtcFile {
  adds: Map<number, Set<string>>;
  deletes: Map<number, Set<string>>;
  numbers: number;
  /** The first ten lines that could not be read. */
  rejects: { line: number; text: string }[];
  /** How many lines could not be read. */
  rejected: number;
  sha256: string;
}

const ADD = new Set(['A', 'ADD', 'ADDED', 'I', 'INSERT']);
const DELETE = new Set(['D', 'DEL', 'DELETE', 'DELETED', 'R', 'REMOVE']);

/** Lines of the input, decoded as UTF-8, with the bytes hashed as they pass. */
async function* linesOf(input: FtcInput, hash: ReturnType<typeof createHash>): AsyncGenerator<string> {
  const decoder = new TextDecoder('utf-8', { fatal: false });
  let rest = '';
  const chunks: AsyncIterable<string | Uint8Array> | Iterable<string | Uint8Array> =
    typeof input === 'string' || input instanceof Uint8Array ? [input] : input;
  for await (const chunk of chunks) {
    let text: string;
    if (typeof chunk === 'string') {
      hash.update(chunk, 'utf8');
      text = chunk;
    } else {
      hash.update(chunk);
      text = decoder.decode(chunk, { stream: true });
    }
    rest += text;
    // a CR at the end may be the first half of a CRLF split across chunks: keep it for the next one
    const cut = rest.endsWith('\r') ? rest.length - 1 : rest.length;
    const parts = rest.slice(0, cut).split(/\r\n|\n|\r/);
    rest = (parts.pop() ?? '') + rest.slice(cut);
    for (const p of parts) yield p;
  }
  rest += decoder.decode();
  for (const p of rest.split(/\r\n|\n|\r/)) if (p.length > 0) yield p;
}

/** A NANP number as E.164 from its digits (10, or 11 with a leading 1), or undefined. */
function nanp(digits: string): string | undefined {
  const d = digits.length === 11 && digits[0] === '1' ? digits.slice(1) : digits;
  if (!/^[2-9]\d{2}[2-9]\d{6}$/.test(d)) return undefined;
  return `+1${d}`;
}

/** A whole field or line in one of the number layouts: `NNNNNNNNNN`, `1NNNNNNNNNN`, `AAA-NNN-NNNN`, or `AAA,NNNNNNN` (lines). */
const NUMBER_LINE = /^(1?\d{10}|\d{3}-\d{3}-\d{4}|\d{3},\d{7})$/;
const NUMBER_FIELD = /^(1?\d{10}|\d{3}-\d{3}-\d{4})$/;

function put(m: Map<number, Set<string>>, e164: string): void {
  const npa = Number(e164.slice(2, 5));
  let s = m.get(npa);
  if (s === undefined) m.set(npa, (s = new Set()));
  s.add(e164);
}

/**
 * Reads an FTC file. Full lists: one number per line (`AAA,NNNNNNN`, `NNNNNNNNNN`,
 * `1NNNNNNNNNN`, `AAA-NNN-NNNN`). Change lists: comma-separated fields with a number and an
 * add/delete flag. Blank lines, and a first line without digits (a header), are skipped; any other
 * line that does not read is a reject.
 * @internal
 */
export async function parseFtcFile(input: FtcInput, kind: 'full' | 'changes', columns?: { number: number; action: number }): Promise<ParsedFtcFile> {
  const hash = createHash('sha256');
  const adds = new Map<number, Set<string>>();
  const deletes = new Map<number, Set<string>>();
  const rejects: { line: number; text: string }[] = [];
  let rejected = 0;
  // the first ten are kept to name them; the rest only counted
  const reject = (line: number, text: string): void => {
    rejected++;
    if (rejects.length < 10) rejects.push({ line, text: text.slice(0, 80) });
  };
  let n = 0;
  let numbers = 0;
  for await (const raw of linesOf(input, hash)) {
    n++;
    const line = raw.replace(/^\uFEFF/, '').trim();
    if (line === '') continue;
    if (n === 1 && !/\d/.test(line)) continue; // a header
    if (kind === 'full') {
      // exactly a number (no other field: a change list given as a full list is refused)
      const e = NUMBER_LINE.test(line) ? nanp(line.replace(/\D/g, '')) : undefined;
      if (e === undefined) reject(n, line);
      else {
        put(adds, e);
        numbers++;
      }
      continue;
    }
    const fields = line.split(',').map((f) => f.trim());
    let flag: string | undefined;
    let digits: string | undefined;
    if (columns !== undefined) {
      flag = fields[columns.action]?.toUpperCase();
      const f = fields[columns.number] ?? '';
      digits = NUMBER_FIELD.test(f) ? f.replace(/\D/g, '') : undefined;
    } else {
      const flags = fields.filter((f) => ADD.has(f.toUpperCase()) || DELETE.has(f.toUpperCase()));
      flag = flags.length === 1 ? flags[0]!.toUpperCase() : undefined;
      // every field that could be a number, in any layout (its digits a valid NANP number), and every
      // AAA,NNNNNNN pair; the row reads only with exactly one, in one of the accepted layouts. A date
      // or time that also reads as a number, or a number in another layout, makes it ambiguous:
      // the row is refused (give columns)
      let readings = 0;
      let reading: string | undefined;
      for (let k = 0; k < fields.length; k++) {
        const f = fields[k]!;
        if (nanp(f.replace(/\D/g, '')) !== undefined) {
          readings++;
          reading = NUMBER_FIELD.test(f) ? f.replace(/\D/g, '') : undefined;
        }
        if (k + 1 < fields.length && /^\d{3}$/.test(f) && /^\d{7}$/.test(fields[k + 1]!)) {
          readings++;
          reading = f + fields[k + 1]!;
        }
      }
      digits = readings === 1 ? reading : undefined;
    }
    const e = digits === undefined ? undefined : nanp(digits);
    const isAdd = flag !== undefined && ADD.has(flag);
    const isDelete = flag !== undefined && DELETE.has(flag);
    if (e === undefined || (!isAdd && !isDelete)) {
      reject(n, line);
      continue;
    }
    put(isAdd ? adds : deletes, e);
    numbers++;
  }
  return { adds, deletes, numbers, rejects, rejected, sha256: hash.digest('hex') };
}

/**
 * Imports an FTC National Do Not Call Registry download into the engine's `'national'` list:
 * `engine.suppressions.importFtc(input, options)`. Unzip the download first (the portal delivers
 * zip files; dialguard adds no zip dependency). A full list replaces its area codes' entries
 * (additions first, so a concurrent check never sees fewer numbers); a change list adds and
 * deletes. The download time is recorded per area code: `tcpa.national-dnc` then denies
 * telephone solicitations to that area code once the copy is more than 31 days old (47 CFR
 * 64.1200(c)(2)(i)(D); 16 CFR 310.4(b)(3)(iv)). Any line that cannot be read refuses the whole
 * file with an `InvalidInputError` naming the lines.
 * @param engine - the engine whose storage receives the list
 * @param input - the unzipped file: text, bytes, or a stream of chunks (e.g. `fs.createReadStream(path)`)
 * @param options - full list or change list, download time, covered area codes
 * @returns what was added and removed, the area codes, the file's SHA-256
 * @example
 * ```ts
 * import { createReadStream } from 'node:fs';
 * import { createEngine, importFtcDnc } from 'dialguard';
 * const engine = createEngine();
 * await importFtcDnc(engine, createReadStream('305.txt'), { kind: 'full', areaCodes: [305], downloadedAt: '2026-03-01T08:00:00-05:00' });
 * ```
 * @category Do-not-call data
 */
export function importFtcDnc(engine: Engine, input: FtcInput, options: FtcImportOptions): Promise<FtcImportResult> {
  return engine.suppressions.importFtc(input, options);
}
