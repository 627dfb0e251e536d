import { describe, expect, it } from 'vitest';
import { uuid } from './uuid';

describe('uuid (decision ids)', () => {
  it('gives RFC 9562 version 4 UUIDs, lower-case, across many blocks, without repeats', () => {
    const seen = new Set<string>();
    for (let k = 0; k < 5000; k++) {
      const u = uuid();
      // version nibble 4, variant bits 10 (8, 9, a or b), as crypto.randomUUID() gives
      expect(u).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
      seen.add(u);
    }
    expect(seen.size).toBe(5000);
  });
});
