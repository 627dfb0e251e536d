/**
 * A tamper-evident, append-only audit log. Entries are sealed in blocks (one block per append: a
 * single check, or one checkMany batch); each block's SHA-256 covers the previous block's hash and
 * the canonical JSON line of every entry in it, so editing, removing or reordering any entry breaks
 * the chain from that block on.
 * @module
 */
import { createHash } from 'node:crypto';
import type { AuditEntry, AuditSink } from '../storage/types';

const GENESIS = '0'.repeat(64);

interface Block {
  first: number;
  count: number;
  prevHash: string;
  hash: string;
  /**
   * The block's canonical lines joined by newlines, UTF-8 encoded: the exact bytes hashed (JSON
   * never holds a raw newline). Kept as a Buffer, outside the JS heap, so a long-running scrub's
   * log does not slow the garbage collector down.
   */
  bytes: Buffer;
}

/** The canonical line of an entry, as hashed and exported (without the block hashes). */
function canonical(seq: number, type: string, at: string, dataJson: string): string {
  return `{"seq":${seq},"type":${JSON.stringify(type)},"at":"${at}","data":${dataJson}}`;
}

function seal(prevHash: string, text: string | Buffer): string {
  // Streamed: the same digest as hashing `${prevHash}\n${text}`, without building that string.
  return createHash('sha256').update(prevHash).update('\n').update(text).digest('hex');
}

/**
 * An in-memory hash-chained audit log. It keeps each block as the exact UTF-8 bytes it hashed,
 * outside the JS heap (a scrub of a million calls stays a few hundred bytes per decision); `entries`
 * materializes the entries as objects on first use, and from then on verification reads those
 * objects, so a changed object is detected.
 * @example
 * ```ts
 * const log = memoryAuditLog();
 * log.append([{ type: 'consent', data: { id: 'c1' } }], Date.now());
 * (await log.verify()).ok; // true
 * ```
 * @category Audit
 */
export function memoryAuditLog(): AuditSink & { readonly entries: AuditEntry[] } {
  const blocks: Block[] = [];
  let total = 0;
  let objects: AuditEntry[] | undefined;
  let prev = GENESIS;

  function materialize(): AuditEntry[] {
    if (objects === undefined) {
      const out: AuditEntry[] = [];
      for (const b of blocks) {
        for (const l of b.bytes.toString('utf8').split('\n')) {
          const o = JSON.parse(l) as { seq: number; type: AuditEntry['type']; at: string; data: unknown };
          out.push({ seq: o.seq, type: o.type, at: o.at, data: o.data, prevHash: b.prevHash, hash: b.hash });
        }
      }
      objects = out;
    }
    return objects;
  }

  return {
    get entries() {
      return materialize();
    },
    append(batch, at) {
      if (batch.length === 0) return;
      const iso = new Date(at).toISOString();
      const first = total;
      const lines: string[] = new Array(batch.length);
      // canonical(), with the part after the sequence number built once per type in the block
      let lastType: string | undefined;
      let middle = '';
      for (let k = 0; k < batch.length; k++) {
        const e = batch[k]!;
        if (e.type !== lastType) {
          lastType = e.type;
          middle = `,"type":${JSON.stringify(e.type)},"at":"${iso}","data":`;
        }
        lines[k] = `{"seq":${first + k}${middle}${e.json ?? JSON.stringify(e.data)}}`;
      }
      const bytes = Buffer.from(lines.join('\n'), 'utf8'); // what is hashed and what is kept
      const hash = seal(prev, bytes);
      blocks.push({ first, count: batch.length, prevHash: prev, hash, bytes });
      total += batch.length;
      if (objects !== undefined) {
        for (let k = 0; k < batch.length; k++) {
          const e = batch[k]!;
          const data = e.data !== undefined ? e.data : JSON.parse(e.json!);
          objects.push({ seq: first + k, type: e.type, at: iso, data, prevHash: prev, hash });
        }
      }
      prev = hash;
    },
    async verify() {
      const n = objects?.length ?? total;
      let p = GENESIS;
      let seq = 0;
      for (const b of blocks) {
        let text: string | Buffer;
        if (objects !== undefined) {
          const lines: string[] = [];
          for (let i = b.first; i < b.first + b.count; i++) {
            const e = objects[i];
            if (e === undefined || e.seq !== seq || e.prevHash !== p || e.hash !== b.hash) return { ok: false, entries: n, brokenAt: seq };
            lines.push(canonical(e.seq, e.type, e.at, JSON.stringify(e.data)));
            seq++;
          }
          text = lines.join('\n');
        } else {
          text = b.bytes;
          seq += b.count;
        }
        if (b.prevHash !== p || seal(p, text) !== b.hash) return { ok: false, entries: n, brokenAt: b.first };
        p = b.hash;
      }
      if (seq !== n) return { ok: false, entries: n, brokenAt: seq };
      return { ok: true, entries: n };
    },
    async *export() {
      if (objects !== undefined) {
        for (const e of objects) yield JSON.stringify(e);
        return;
      }
      for (const b of blocks) {
        for (const l of b.bytes.toString('utf8').split('\n')) yield `${l.slice(0, -1)},"prevHash":"${b.prevHash}","hash":"${b.hash}"}`;
      }
    },
  };
}
