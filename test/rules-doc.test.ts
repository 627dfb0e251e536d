import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { OUTPUT_PATH, generate } from '../scripts/gen-rules-doc';
import { defaultRules, firm, listRules } from '../src/index';

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
});
