/**
 * The audit log is append-only and tamper-evident (DESIGN.md §1.4, §2: `engine.audit.verify()`
 * resolves `{ ok, entries, brokenAt? }`).
 */
import { describe, expect, it } from 'vitest';
import type { AuditEntry, Engine } from '../../src/index';
import { FEDERAL, NYC, intent, makeEngine, pewc } from '../rules/helpers';

function entriesOf(engine: Engine): AuditEntry[] {
  const audit = engine.storage.audit as unknown as { entries: AuditEntry[] };
  expect(Array.isArray(audit.entries)).toBe(true);
  return audit.entries;
}

async function busyEngine(): Promise<Engine> {
  const engine = makeEngine(FEDERAL, { auditDecisions: true, clock: () => new Date('2026-06-10T16:00:00Z') });
  await engine.consents.grant(pewc(NYC, '2026-01-01T00:00:00Z'));
  await engine.check(intent({ at: '2026-06-10T12:00:00-04:00' }));
  await engine.checkMany([intent({ at: '2026-06-10T07:00:00-04:00' }), intent({ at: '2026-06-10T13:00:00-04:00' }), intent({ to: '900-555-1234' })]);
  await engine.suppressions.add('internal', '+13125550123');
  await engine.consents.revoke({ phone: NYC, via: 'sms', text: 'STOP', at: '2026-06-10T14:00:00-04:00' });
  const r = await engine.reserve(intent({ at: '2026-06-10T15:00:00-04:00', purpose: 'debt-collection', subject: 'd-1' }));
  if (r.reservation) await engine.complete(r.reservation.id, { outcome: 'voicemail' });
  return engine;
}

describe('audit chain', () => {
  it('records decisions, consents, revocations, suppressions, reservations and completions, and verifies', async () => {
    const engine = await busyEngine();
    const entries = entriesOf(engine);
    const types = new Set(entries.map((e) => e.type));
    for (const t of ['decision', 'consent', 'revocation', 'suppression', 'reservation', 'completion'] as const) expect(types.has(t), t).toBe(true);
    expect(entries.filter((e) => e.type === 'decision')).toHaveLength(5);
    expect(await engine.audit.verify()).toMatchObject({ ok: true, entries: entries.length });
  });

  it('a decision entry names the decision, the number and the outcome', async () => {
    const engine = makeEngine(FEDERAL, { auditDecisions: true });
    const d = await engine.check(intent({ at: '2026-06-10T07:00:00-04:00' }));
    const e = entriesOf(engine).find((x) => x.type === 'decision');
    expect(e?.data).toMatchObject({ decisionId: d.decisionId, to: NYC, allowed: false, rulesetVersion: engine.rulesetVersion });
  });

  it('audit.verify detects a mutated entry (data changed)', async () => {
    const engine = await busyEngine();
    const entries = entriesOf(engine);
    const k = entries.findIndex((e) => e.type === 'consent');
    (entries[k]!.data as { kind: string }).kind = 'prior-express';
    const v = await engine.audit.verify();
    expect(v.ok).toBe(false);
    expect(v.brokenAt).toBeDefined();
    expect(v.brokenAt!).toBeLessThanOrEqual(k);
  });

  it('audit.verify detects a flipped decision outcome', async () => {
    const engine = await busyEngine();
    const entries = entriesOf(engine);
    const k = entries.findIndex((e) => e.type === 'decision' && (e.data as { allowed: boolean }).allowed === false);
    entries[k] = { ...entries[k]!, data: { ...(entries[k]!.data as object), allowed: true } };
    const v = await engine.audit.verify();
    expect(v.ok).toBe(false);
    expect(v.brokenAt!).toBeLessThanOrEqual(k);
  });

  it('audit.verify detects a changed timestamp, a removed entry and reordered entries', async () => {
    const changedAt = await busyEngine();
    const e1 = entriesOf(changedAt);
    e1[2] = { ...e1[2]!, at: '2020-01-01T00:00:00.000Z' };
    expect((await changedAt.audit.verify()).ok).toBe(false);

    const removed = await busyEngine();
    entriesOf(removed).splice(3, 1);
    expect((await removed.audit.verify()).ok).toBe(false);

    const reordered = await busyEngine();
    const e3 = entriesOf(reordered);
    const [a, b] = [e3[1]!, e3[4]!];
    e3[1] = b;
    e3[4] = a;
    expect((await reordered.audit.verify()).ok).toBe(false);
  });

  it('audit.verify detects a truncated tail', async () => {
    const engine = await busyEngine();
    entriesOf(engine).pop();
    expect((await engine.audit.verify()).ok).toBe(false);
  });

  it('audit.export yields one JSON line per entry', async () => {
    const engine = await busyEngine();
    const lines: string[] = [];
    for await (const l of engine.audit.export()) lines.push(l);
    expect(lines).toHaveLength(entriesOf(engine).length);
    for (const l of lines) expect(() => JSON.parse(l)).not.toThrow();
  });
});
