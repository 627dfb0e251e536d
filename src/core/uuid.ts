/**
 * Random (version 4) UUIDs for decision ids, drawn from the CSPRNG in blocks of 256 and written
 * into one string per block: each id is a slice of it. `crypto.randomUUID()` returns a string
 * built by concatenation (a tree of ~20 string pieces), which a scrub would retain per decision.
 * @module
 */
import { randomFillSync } from 'node:crypto';

const PER_BLOCK = 256;
const random = Buffer.allocUnsafe(16 * PER_BLOCK);
const text = Buffer.allocUnsafe(36 * PER_BLOCK);
const HEX = Buffer.from('0123456789abcdef', 'latin1');
let next = PER_BLOCK;
/** The block's UUIDs as one string; each UUID is a slice of it (sharing its storage). */
let block = '';

function refill(): void {
  randomFillSync(random);
  let o = 0;
  for (let k = 0; k < PER_BLOCK; k++) {
    const b = k * 16;
    random[b + 6] = (random[b + 6]! & 0x0f) | 0x40; // version 4
    random[b + 8] = (random[b + 8]! & 0x3f) | 0x80; // RFC 9562 variant
    for (let i = 0; i < 16; i++) {
      if (i === 4 || i === 6 || i === 8 || i === 10) text[o++] = 45; // '-'
      const v = random[b + i]!;
      text[o++] = HEX[v >> 4]!;
      text[o++] = HEX[v & 15]!;
    }
  }
  block = text.toString('latin1');
  next = 0;
}

/**
 * A random version 4 UUID (RFC 9562), lower-case, like `crypto.randomUUID()`.
 * @returns e.g. `'f5da8f79-c7ac-45ed-ba81-e93549552309'`
 * @internal
 */
export function uuid(): string {
  if (next === PER_BLOCK) refill();
  const s = next++ * 36;
  return block.slice(s, s + 36);
}
