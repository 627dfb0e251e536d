/**
 * The audit log's in-place writer (DESIGN.md §1.5, tamper-evident log): entries written byte by
 * byte must be the same canonical JSON lines, the same blocks and the same hashes as entries
 * appended as JSON text; the chain verifies either way.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createEngine, memoryAuditLog, memoryStorage, type AuditEntry, type CallIntent, type Storage } from '../../src/index';

async function exported(log: { export(): AsyncIterable<string> }): Promise<string[]> {
  const out: string[] = [];
  for await (const l of log.export()) out.push(l);
  return out;
}

const AT = Date.parse('2026-03-10T17:00:00Z');

describe('memoryAuditLog().appendWritten', () => {
  it('writes the same lines and hashes as append with the JSON text (numbers, Unicode, escapes, property)', async () => {
    const json = fc.jsonValue().map((v) => JSON.stringify(v)).filter((t) => t !== undefined);
    await fc.assert(
      fc.asyncProperty(fc.array(fc.array(json, { minLength: 1, maxLength: 5 }), { minLength: 1, maxLength: 4 }), fc.array(fc.integer({ min: -1e15, max: 1e15 }), { maxLength: 4 }), async (blocks, nums) => {
        const a = memoryAuditLog();
        const b = memoryAuditLog();
        for (const texts of blocks) {
          a.append(texts.map((t) => ({ type: 'consent' as const, json: t })), AT);
          b.appendWritten('consent', texts.length, (k, w) => w.raw(texts[k]!), AT);
        }
        a.append(nums.map((n) => ({ type: 'attempt' as const, data: { n, f: n / 7 } })), AT);
        b.appendWritten('attempt', nums.length, (k, w) => {
          w.raw('{"n":');
          w.num(nums[k]!);
          w.bytes(new TextEncoder().encode(',"f":'));
          w.num(nums[k]! / 7);
          w.raw('}');
        }, AT);
        expect(await exported(b)).toEqual(await exported(a));
        expect(await b.verify()).toEqual(await a.verify());
        expect((await b.verify()).ok).toBe(true);
      }),
      { numRuns: 200, seed: 20261129 },
    );
  });

  it('entries already materialized as objects get the written ones too, and a changed one breaks the chain', async () => {
    const log = memoryAuditLog();
    log.append([{ type: 'consent', data: { id: 'c1' } }], AT);
    expect(log.entries).toHaveLength(1); // materialized from here on
    log.appendWritten('decision', 2, (k, w) => w.raw(JSON.stringify({ k, name: 'Zoë "Z" \\ ☎' })), AT);
    expect(log.entries.map((e) => e.data)).toEqual([{ id: 'c1' }, { k: 0, name: 'Zoë "Z" \\ ☎' }, { k: 1, name: 'Zoë "Z" \\ ☎' }]);
    expect(await log.verify()).toMatchObject({ ok: true, entries: 3 });
    (log.entries[2]!.data as { k: number }).k = 7;
    expect(await log.verify()).toMatchObject({ ok: false, brokenAt: 1 });
  });

  it('blocks that outgrow the 4 MiB slab, and blocks that cross from one slab to the next, keep every byte', async () => {
    const log = memoryAuditLog();
    const ref = memoryAuditLog();
    const big = 'x'.repeat(1_500_000);
    // block 1: 3 x 1.5 MB > 4 MiB (moves to a bigger slab); blocks 2-4: 1.5 MB each, crossing slab ends
    const blocks = [3, 1, 1, 1];
    for (const [b, n] of blocks.entries()) {
      log.appendWritten('consent', n, (k, w) => w.raw(JSON.stringify({ b, k, big })), AT);
      ref.append(Array.from({ length: n }, (_, k) => ({ type: 'consent' as const, data: { b, k, big } })), AT);
    }
    const lines = await exported(log);
    expect(lines.map((l) => { const d = JSON.parse(l).data; return `${d.b}.${d.k}`; })).toEqual(['0.0', '0.1', '0.2', '1.0', '2.0', '3.0']);
    expect(JSON.parse(lines[5]!).data.big).toBe(big);
    expect(lines).toEqual(await exported(ref));
    expect(await log.verify()).toMatchObject({ ok: true, entries: 6 });
  });
});

describe('engine decision digests', () => {
  const intents: CallIntent[] = [
    { to: '(305) 555-0123', callType: 'live', purpose: 'telemarketing', at: '2026-03-10T22:30:00-05:00' },
    { to: '900-555-1234', callType: 'live', purpose: 'telemarketing', at: '2026-03-10T12:30:00-05:00' },
    { to: '+1 212 736 1234', callType: 'autodialed', channel: 'sms', purpose: 'informational', at: '2026-03-10T12:30:00-05:00' },
    { to: '+1 212 736 1234', callType: 'live', purpose: 'informational', at: '2026-03-10T12:30:00-05:00' },
    { to: '(212) 736-1234', callType: 'prerecorded', purpose: 'telemarketing', lineType: 'landline', at: '2026-03-10T23:30:00-05:00' },
  ];

  it('are the same text whether the sink takes them written in place or as JSON strings', async () => {
    const clock = () => new Date(AT);
    const inPlace = createEngine({ seller: 'Smith & Lee LLP', clock });
    const inner = memoryStorage();
    const plainAudit = memoryAuditLog();
    // a sink without appendWritten: the engine hands it JSON text
    const storage: Storage = { ...inner, audit: { append: (e, at) => plainAudit.append(e, at), verify: () => plainAudit.verify(), export: () => plainAudit.export() } };
    const viaJson = createEngine({ seller: 'Smith & Lee LLP', clock, storage });
    const a = await inPlace.checkMany(intents);
    const b = await viaJson.checkMany(intents);
    const strip = (l: string) => {
      const o = JSON.parse(l) as AuditEntry & { data: { decisionId: string; allowed: boolean; denials: string[] } };
      expect(JSON.stringify(JSON.parse(l))).toBe(l); // canonical JSON text
      return { ...o, data: { ...o.data, decisionId: '' }, hash: '', prevHash: '' };
    };
    const la = (await exported(inPlace.audit)).map(strip);
    const lb = (await exported(viaJson.audit)).map(strip);
    expect(la).toEqual(lb);
    expect(la.map((e) => e.data.allowed)).toEqual(a.map((d) => d.allowed));
    expect(lb.map((e) => e.data.denials)).toEqual(b.map((d) => d.denials.map((v) => `${v.rule}:${v.code}`)));
    expect(await inPlace.audit.verify()).toMatchObject({ ok: true, entries: intents.length });
    expect(await viaJson.audit.verify()).toMatchObject({ ok: true, entries: intents.length });
  });
});
