/**
 * A tamper-evident, append-only audit log: each entry carries the SHA-256 of its predecessor's
 * hash and its own canonical content, so editing, removing or reordering any entry breaks the chain.
 * @module
 */
import { createHash } from 'node:crypto';
import type { AuditEntry, AuditSink } from '../storage/types';

const GENESIS = '0'.repeat(64);

function hashEntry(prevHash: string, seq: number, type: string, at: string, data: unknown): string {
  return createHash('sha256').update(`${prevHash}\n${seq}\n${type}\n${at}\n${JSON.stringify(data)}`).digest('hex');
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
  let prev = GENESIS;
  return {
    entries,
    append(batch, at) {
      const iso = new Date(at).toISOString();
      for (const e of batch) {
        const seq = entries.length;
        const hash = hashEntry(prev, seq, e.type, iso, e.data);
        entries.push({ seq, type: e.type, at: iso, data: e.data, prevHash: prev, hash });
        prev = hash;
      }
    },
    async verify() {
      let p = GENESIS;
      for (let i = 0; i < entries.length; i++) {
        const e = entries[i]!;
        if (e.seq !== i || e.prevHash !== p || hashEntry(p, e.seq, e.type, e.at, e.data) !== e.hash) {
          return { ok: false, entries: entries.length, brokenAt: i };
        }
        p = e.hash;
      }
      return { ok: true, entries: entries.length };
    },
    async *export() {
      for (const e of entries) yield JSON.stringify(e);
    },
  };
}
