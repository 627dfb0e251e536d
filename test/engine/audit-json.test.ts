import { describe, expect, it } from 'vitest';
import { createEngine, type AuditEntry } from '../../src/index';

describe('audit digests', () => {
  it('the template-built JSON of a decision digest equals JSON.stringify of its data (the verifier recomputes it)', async () => {
    const engine = createEngine({ seller: 'Smith & Lee LLP' });
    await engine.checkMany([
      { to: '(305) 555-0123', callType: 'live', purpose: 'telemarketing', at: '2026-03-10T22:30:00-05:00' },
      { to: '900-555-1234', callType: 'live', purpose: 'telemarketing', at: '2026-03-10T12:30:00-05:00' },
      { to: '+1 212 736 1234', callType: 'autodialed', channel: 'sms', purpose: 'informational', at: '2026-03-10T12:30:00-05:00' },
    ]);
    const entries = (engine.storage.audit as unknown as { entries: AuditEntry[] }).entries;
    expect(entries.filter((e) => e.type === 'decision')).toHaveLength(3);
    expect(await engine.audit.verify()).toMatchObject({ ok: true, entries: 3 });
    const lines: string[] = [];
    for await (const l of engine.audit.export()) lines.push(l);
    expect(JSON.parse(lines[0]!).data.denials).toContain('tcpa.calling-hours:outside_calling_hours');
  });
});
