import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { OUTPUT_PATH, generate } from '../scripts/gen-rules-doc';
import { defaultRules, defineRule, firm, listRules, stateLaws } from '../src/index';

describe('rule reference', () => {
  it('docs/reference/rules.md is generated from listRules() and not stale (run npm run gen:rules-doc)', () => {
    expect(readFileSync(OUTPUT_PATH, 'utf8')).toBe(generate());
  });

  it('every rule has a citation, an effective date and a confidence mark', () => {
    for (const r of listRules([...defaultRules, ...firm])) {
      expect(r.citation.length, r.id).toBeGreaterThan(3);
      expect(r.effective.from, r.id).toMatch(/^\d{4}-\d{2}-\d{2}$/);
      expect(['V', 'S', 'unverified'], r.id).toContain(r.confidence);
      expect(r.id, r.id).toMatch(/^[a-z]+[A-Za-z]*\.[A-Za-z0-9.-]+$/);
    }
  });

  it('rule ids are unique across the default rules and the firm pack', () => {
    const ids = listRules([...defaultRules, ...firm]).map((r) => r.id);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it('the firm pack is opt-in: not in defaultRules', () => {
    const ids = new Set(defaultRules.map((r) => r.id));
    for (const r of firm) expect(ids.has(r.id)).toBe(false);
  });

  it('changes: every date strictly inside the effective range, sorted; state rules list the dates their row items start or end', () => {
    for (const r of listRules([...defaultRules, ...firm])) {
      if (r.changes === undefined) continue;
      expect(r.changes.length, r.id).toBeGreaterThan(0);
      expect([...r.changes].sort(), r.id).toEqual(r.changes);
      for (const d of r.changes) {
        expect(d > r.effective.from, `${r.id} ${d}`).toBe(true);
        if (r.effective.to !== undefined) expect(d < r.effective.to, `${r.id} ${d}`).toBe(true);
      }
    }
    const info = (id: string) => listRules().find((r) => r.id === id)!;
    // RULES.md §4.1 / §1.14: Oklahoma's 08:00–20:00 from 2022-11-01; Texas texts from 2025-09-01;
    // §1.14 / §1.7: PEWC from 2013-10-16, the (a)(12) confirmation text from 2024-04-04
    expect(info('state.OK.calling-hours').changes).toEqual(['2022-11-01']);
    expect(info('state.TX.calling-hours').changes).toEqual(['2025-09-01']);
    expect(info('tcpa.consent').changes).toEqual(['2013-10-16', '2024-04-04']);
    // from the row: each dated hours item of a state whose rule starts earlier is a change
    for (const law of stateLaws) {
      const hours = listRules().find((r) => r.id === `state.${law.state}.calling-hours`);
      if (hours === undefined) continue;
      for (const p of law.hours) {
        for (const d of [p.effective.from, p.effective.to]) {
          if (d !== undefined && d !== '1970-01-01' && d > hours.effective.from) expect(hours.changes, `${law.state} ${d}`).toContain(d);
        }
      }
    }
  });

  it('defineRule: change dates are validated, deduplicated and sorted', () => {
    const base = { id: 'firm.x', citation: 'Firm policy', effective: { from: '2020-01-01' }, evaluate: () => undefined };
    expect(defineRule({ ...base, changes: ['2024-01-01', '2022-01-01', '2024-01-01'] }).changes).toEqual(['2022-01-01', '2024-01-01']);
    expect(defineRule(base).changes).toBeUndefined();
    expect(() => defineRule({ ...base, changes: ['2024-1-1'] })).toThrow(/change dates/);
  });
});
