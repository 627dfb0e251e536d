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
  /** When the file was downloaded (starts the 31-day clock of 47 CFR 64.1200(c)(2)(i)(D)). Default: the engine clock. */
  downloadedAt?: Date | string;
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
  rejects: { line: number; text: string }[];
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
    const parts = rest.split(/\r\n|\n|\r/);
    rest = parts.pop() ?? '';
    for (const p of parts) yield p;
  }
  rest += decoder.decode();
  if (rest.length > 0) yield rest;
}

/** A NANP number as E.164 from its digits (10, or 11 with a leading 1), or undefined. */
function nanp(digits: string): string | undefined {
  const d = digits.length === 11 && digits[0] === '1' ? digits.slice(1) : digits;
  if (!/^[2-9]\d{2}[2-9]\d{6}$/.test(d)) return undefined;
  return `+1${d}`;
}

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
  let n = 0;
  let numbers = 0;
  for await (const raw of linesOf(input, hash)) {
    n++;
    const line = raw.replace(/^\uFEFF/, '').trim();
    if (line === '') continue;
    if (n === 1 && !/\d/.test(line)) continue; // a header
    if (kind === 'full') {
      const e = nanp(line.replace(/\D/g, ''));
      if (e === undefined) rejects.push({ line: n, text: line.slice(0, 80) });
      else {
        put(adds, e);
        numbers++;
      }
      continue;
    }
    const fields = line.split(',').map((f) => f.trim());
    let flag: string | undefined;
    let digits: string;
    if (columns !== undefined) {
      flag = fields[columns.action]?.toUpperCase();
      digits = (fields[columns.number] ?? '').replace(/\D/g, '');
    } else {
      const flagged = fields.filter((f) => ADD.has(f.toUpperCase()) || DELETE.has(f.toUpperCase()));
      flag = flagged.length === 1 ? flagged[0]!.toUpperCase() : undefined;
      digits = fields.filter((f) => f !== flagged[0]).join('').replace(/\D/g, '');
      // dates and times in other columns would add digits: take a 10/11-digit number field if there is one
      const own = fields.map((f) => f.replace(/\D/g, '')).filter((d) => nanp(d) !== undefined);
      if (own.length === 1) digits = own[0]!;
      else if (fields.length > 2) {
        // two fields that together make the number (AAA,NNNNNNN)
        const pairs: string[] = [];
        for (let k = 0; k + 1 < fields.length; k++) if (/^\d{3}$/.test(fields[k]!) && /^\d{7}$/.test(fields[k + 1]!)) pairs.push(fields[k]! + fields[k + 1]!);
        if (pairs.length === 1) digits = pairs[0]!;
      }
    }
    const e = nanp(digits);
    const isAdd = flag !== undefined && ADD.has(flag);
    const isDelete = flag !== undefined && DELETE.has(flag);
    if (e === undefined || (!isAdd && !isDelete)) {
      rejects.push({ line: n, text: line.slice(0, 80) });
      continue;
    }
    put(isAdd ? adds : deletes, e);
    numbers++;
  }
  return { adds, deletes, numbers, rejects, sha256: hash.digest('hex') };
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
