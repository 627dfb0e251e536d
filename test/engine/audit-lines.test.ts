/**
 * The exported audit log verified on its own (verifyAuditLines): a tamper-evident log is evidence
 * only if a third party can check the export without the engine, and a host can anchor its head.
 */
import { describe, expect, it } from 'vitest';
import { createEngine, importFtcDnc, verifyAuditLines } from '../../src/index';

const N = '+13055550123';
const clock = () => new Date('2026-03-10T17:00:00Z');

async function exported(): Promise<{ lines: string[]; head: string | undefined; entries: number }> {
  const e = createEngine({ clock });
  await e.consents.grant({ phone: N, kind: 'prior-express-written', evidence: { method: 'e-sign', capturedAt: '2026-01-01T00:00:00Z', signature: 's', disclosureText: 'd' } });
  await e.check({ to: N, callType: 'autodialed', purpose: 'telemarketing', channel: 'sms', at: '2026-03-10T12:00:00-05:00' });
  await e.checkMany(Array.from({ length: 5 }, (_, k) => ({ to: `+1305555010${k}`, callType: 'live', purpose: 'informational', at: '2026-03-10T12:00:00-05:00' }) as const));
  await e.consents.revoke({ phone: N, via: 'sms', text: 'STOP', at: '2026-03-10T16:00:00Z' });
  await e.suppressions.add('internal', N);
  await importFtcDnc(e, '3055550199\n', { kind: 'full', downloadedAt: '2026-03-09T12:00:00Z' });
  const lines: string[] = [];
  for await (const l of e.audit.export()) lines.push(l);
  const v = await e.audit.verify();
  return { lines, head: v.head, entries: v.entries };
}

describe('verifyAuditLines: the export checks out without the engine', () => {
  it('an untouched export verifies, with every entry, and its head is the engine\'s anchored head', async () => {
    const { lines, head, entries } = await exported();
    expect(lines.length).toBe(entries);
    const v = await verifyAuditLines(lines);
    expect(v).toEqual({ ok: true, entries, head });
    expect(head).toMatch(/^[0-9a-f]{64}$/);
  });

  it('reads an async iterable (the export stream itself)', async () => {
    const e = createEngine({ clock });
    await e.check({ to: N, callType: 'live', purpose: 'informational', at: '2026-03-10T12:00:00-05:00' });
    const v = await verifyAuditLines(e.audit.export());
    expect(v.ok).toBe(true);
    expect(v.head).toBe((await e.audit.verify()).head);
  });

  it('an edited entry breaks the chain at its block', async () => {
    const { lines } = await exported();
    const k = lines.findIndex((l) => l.includes('"type":"decision"') && l.includes('"allowed":true'));
    const bad = [...lines];
    bad[k] = bad[k]!.replace('"allowed":true', '"allowed":false');
    const v = await verifyAuditLines(bad);
    expect(v.ok).toBe(false);
    expect(v.brokenAt).toBeLessThanOrEqual(k);
  });

  it('a removed, a swapped or an inserted line breaks it; so does a line that is not JSON', async () => {
    const { lines } = await exported();
    const mid = Math.floor(lines.length / 2);
    expect((await verifyAuditLines([...lines.slice(0, mid), ...lines.slice(mid + 1)])).ok).toBe(false);
    const swapped = [...lines];
    [swapped[1], swapped[2]] = [swapped[2]!, swapped[1]!];
    expect((await verifyAuditLines(swapped)).ok).toBe(false);
    expect((await verifyAuditLines([...lines.slice(0, mid), lines[mid]!, ...lines.slice(mid)])).ok).toBe(false);
    expect(await verifyAuditLines([...lines.slice(0, 2), 'not json', ...lines.slice(3)])).toMatchObject({ ok: false, brokenAt: 2 });
  });

  it('an export cut short still verifies: only a comparison with the anchored head shows the missing end', async () => {
    const { lines, head } = await exported();
    const cut = await verifyAuditLines(lines.slice(0, lines.length - 1));
    expect(cut.ok).toBe(true);
    expect(cut.head).not.toBe(head);
  });

  it('an empty log verifies with the genesis head', async () => {
    expect(await verifyAuditLines([])).toEqual({ ok: true, entries: 0, head: '0'.repeat(64) });
  });
});

describe('verifyAuditLines: the line text itself, and what only an anchored head can show', () => {
  it('an added field or a repeated key fails although the parsed entry and the hashes are unchanged', async () => {
    const { lines } = await exported();
    const k = 1;
    const added = [...lines];
    added[k] = added[k]!.replace('"prevHash"', '"voided":true,"prevHash"');
    expect(await verifyAuditLines(added)).toMatchObject({ ok: false, brokenAt: k });
    const repeated = [...lines];
    repeated[k] = repeated[k]!.replace('{"seq":1,', '{"seq":1,"seq":1,');
    expect(await verifyAuditLines(repeated)).toMatchObject({ ok: false, brokenAt: k });
  });

  it('a log rewritten with every hash recomputed verifies on its own: only the anchored head differs (docs/guide/decisions.md)', async () => {
    const e = createEngine({ clock });
    await e.check({ to: N, callType: 'live', purpose: 'informational', at: '2026-03-10T12:00:00-05:00' });
    const anchored = (await e.audit.verify()).head;
    // a forger with a fresh log: the same entry with another instant, sealed anew
    const forged = createEngine({ clock: () => new Date('2026-03-10T18:00:00Z') });
    await forged.check({ to: N, callType: 'live', purpose: 'informational', at: '2026-03-10T12:00:00-05:00' });
    const v = await verifyAuditLines(forged.audit.export());
    expect(v.ok).toBe(true);
    expect(v.head).not.toBe(anchored);
  });

  it('CRLF line ends (a file written on Windows) are read', async () => {
    const { lines, head } = await exported();
    expect(await verifyAuditLines(lines.map((l) => `${l}\r`))).toMatchObject({ ok: true, head });
  });
});
