/**
 * A tamper-evident, append-only audit log. Entries are sealed in blocks (one block per append: a
 * single check, or one checkMany batch); each block's SHA-256 covers the previous block's hash and
 * the canonical JSON of every entry in it, so editing, removing or reordering any entry breaks the
 * chain from that block on.
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
}

/** The canonical line of an entry, as hashed (without the block hashes). */
function canonical(e: Pick<AuditEntry, 'seq' | 'type' | 'at' | 'data'>, dataJson?: string): string {
  return `{"seq":${e.seq},"type":${JSON.stringify(e.type)},"at":"${e.at}","data":${dataJson ?? JSON.stringify(e.data)}}`;
}

function sealBlock(prevHash: string, lines: readonly string[]): string {
  return createHash('sha256').update(`${prevHash}\n${lines.join('\n')}`).digest('hex');
}

/**
 * An in-memory hash-chained audit log.
 * @example
 * ```ts
 * const log = memoryAuditLog();
 * log.append([{ type: 'consent', data: { id: 'c1' } }], Date.now());
 * (await log.verify()).ok; // true
 * ```
 * @category Audit
 */
export function memoryAuditLog(): AuditSink & { readonly entries: readonly AuditEntry[] } {
  const entries: AuditEntry[] = [];
  const blocks: Block[] = [];
  let prev = GENESIS;
  return {
    entries,
    append(batch, at) {
      if (batch.length === 0) return;
      const iso = new Date(at).toISOString();
      const first = entries.length;
      const lines: string[] = new Array(batch.length);
      const made: AuditEntry[] = new Array(batch.length);
      for (let k = 0; k < batch.length; k++) {
        const e = batch[k]!;
        const entry: AuditEntry = { seq: first + k, type: e.type, at: iso, data: e.data, prevHash: prev, hash: '' };
        lines[k] = canonical(entry, e.json);
        made[k] = entry;
      }
      const hash = sealBlock(prev, lines);
      for (const m of made) {
        m.hash = hash;
        entries.push(m);
      }
      blocks.push({ first, count: batch.length, prevHash: prev, hash });
      prev = hash;
    },
    async verify() {
      let p = GENESIS;
      let seq = 0;
      for (const b of blocks) {
        const lines: string[] = [];
        for (let i = b.first; i < b.first + b.count; i++) {
          const e = entries[i];
          if (e === undefined || e.seq !== seq || e.prevHash !== p || e.hash !== b.hash) return { ok: false, entries: entries.length, brokenAt: seq };
          lines.push(canonical(e));
          seq++;
        }
        if (b.prevHash !== p || sealBlock(p, lines) !== b.hash) return { ok: false, entries: entries.length, brokenAt: b.first };
        p = b.hash;
      }
      if (seq !== entries.length) return { ok: false, entries: entries.length, brokenAt: seq };
      return { ok: true, entries: entries.length };
    },
    async *export() {
      for (const e of entries) yield JSON.stringify(e);
    },
  };
}
