// Features are 32-bit hashes of (template, values) rather than strings: building and hashing
// millions of feature strings per second would cost more than the parser itself. Collisions
// among a few hundred thousand kept features in 2^32 are rare enough not to matter.

/** FNV-1a over s[start..end), so prefixes and suffixes hash without slicing. */
export function hashRange(s: string, start: number, end: number): number {
  let h = 0x811c9dc5;
  for (let i = start; i < end; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h | 0;
}

export const hashString = (s: string): number => hashRange(s, 0, s.length);

// murmur3's mixing steps.
function combine(h: number, x: number): number {
  x = Math.imul(x, 0xcc9e2d51);
  x = (x << 15) | (x >>> 17);
  x = Math.imul(x, 0x1b873593);
  h ^= x;
  h = (h << 13) | (h >>> 19);
  return (Math.imul(h, 5) + 0xe6546b64) | 0;
}

function finish(h: number): number {
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  // 0 marks an empty slot in the weight table.
  return h === 0 ? 1 : h | 0;
}

export function feat1(template: number, a: number): number {
  return finish(combine(template, a));
}

export function feat2(template: number, a: number, b: number): number {
  return finish(combine(combine(template, a), b));
}

export function feat3(template: number, a: number, b: number, c: number): number {
  return finish(combine(combine(combine(template, a), b), c));
}

export function feat4(template: number, a: number, b: number, c: number, d: number): number {
  return finish(combine(combine(combine(combine(template, a), b), c), d));
}
