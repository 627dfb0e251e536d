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

const DECISION_KEYS = 'decisionId,rulesetVersion,at,to,callType,channel,purpose,allowed,denials,nextPermittedAt';
const SAFE = /^[\w.:+@-]*$/;

/**
 * The canonical JSON of a decision digest, built from its known fields without a generic
 * serializer (a scrub writes one per decision). Falls back to JSON.stringify for anything else,
 * so any added or changed field still changes the hash.
 */
function decisionJson(d: Record<string, unknown>): string | undefined {
  if (Object.keys(d).join(',') !== DECISION_KEYS) return undefined;
  const { decisionId, rulesetVersion, at, to, callType, channel, purpose, allowed, denials, nextPermittedAt } = d;
  if (typeof allowed !== 'boolean' || typeof at !== 'number' || !Array.isArray(denials)) return undefined;
  if (nextPermittedAt !== null && typeof nextPermittedAt !== 'number') return undefined;
  for (const v of [decisionId, rulesetVersion, to, callType, channel, purpose, ...denials]) {
    if (typeof v !== 'string' || !SAFE.test(v)) return undefined;
  }
  const den = denials.length === 0 ? '[]' : `["${denials.join('","')}"]`;
  return `{"decisionId":"${decisionId}","rulesetVersion":"${rulesetVersion}","at":${at},"to":"${to}","callType":"${callType}","channel":"${channel}","purpose":"${purpose}","allowed":${allowed},"denials":${den},"nextPermittedAt":${nextPermittedAt}}`;
}

/** The canonical line of an entry, as hashed (without the block hashes). */
function canonical(e: Pick<AuditEntry, 'seq' | 'type' | 'at' | 'data'>): string {
  if (e.type === 'decision' && e.data !== null && typeof e.data === 'object') {
    const json = decisionJson(e.data as Record<string, unknown>);
    if (json !== undefined) return `{"seq":${e.seq},"type":"decision","at":"${e.at}","data":${json}}`;
  }
  return JSON.stringify({ seq: e.seq, type: e.type, at: e.at, data: e.data });
}

function sealBlock(prevHash: string, lines: readonly string[]): string {
  const h = createHash('sha256').update(prevHash);
  for (const l of lines) h.update('\n').update(l);
  return h.digest('hex');
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
        lines[k] = canonical(entry);
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
