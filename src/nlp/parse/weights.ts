import type { AveragedEntry } from './perceptron.js';

/**
 * The frozen weights used at run time. Looking a feature up is the parser's whole cost, and
 * it is bound by memory latency, so each lookup touches as few places as it can: its slot in
 * an open-addressing table, then its run of entries, each one int holding a class and a
 * quantized weight. With four classes or fewer (the parser's moves) the weights sit in the
 * slot itself, as int16 pairs, and one cache miss is all a lookup costs.
 */
export interface Weights {
  nClasses: number;
  /** Size of one weight unit: scores are sums of integers, times this. */
  scale: number;
  /**
   * `stride` ints per slot: feature hash (0 = empty slot), then either first entry << 8 |
   * entry count, or (inline) the weights of classes 0,1 and 2,3 as int16 pairs.
   */
  table: Int32Array;
  stride: number;
  inline: boolean;
  /** Slot count − 1 (a power of two). */
  mask: number;
  /** quantized weight << 8 | class. */
  entries: Int32Array;
  /**
   * Two bits per stored feature (see present): a feature whose bits are not both set is not
   * in the table, known without reading the table.
   */
  filter: Int32Array;
  filterMask: number;
}

/** The weights as stored on disk: features sorted by hash, entries of feature i at offsets[i]..offsets[i+1]. */
export interface StoredWeights {
  nClasses: number;
  scale: number;
  keys: Int32Array;
  offsets: Uint32Array;
  classes: Uint8Array;
  /** Weights in units of `scale`. */
  quantized: Int16Array;
}

export function storeWeights(nClasses: number, entries: AveragedEntry[]): StoredWeights {
  if (nClasses > 255) throw new Error('newskg: at most 255 classes fit the weight format');
  // Sorted so that the same training run always writes the same bytes.
  entries.sort((a, b) => a.key - b.key || a.cls - b.cls);
  const keys: number[] = [];
  const offsets: number[] = [];
  for (let i = 0; i < entries.length; i++) {
    if (i === 0 || entries[i].key !== entries[i - 1].key) {
      keys.push(entries[i].key);
      offsets.push(i);
    }
  }
  offsets.push(entries.length);
  let maxAbs = 0;
  for (const e of entries) maxAbs = Math.max(maxAbs, Math.abs(e.weight));
  const scale = maxAbs / 32767 || 1;
  return {
    nClasses,
    scale,
    keys: Int32Array.from(keys),
    offsets: Uint32Array.from(offsets),
    classes: Uint8Array.from(entries, (e) => e.cls),
    quantized: Int16Array.from(entries, (e) => Math.round(e.weight / scale)),
  };
}

export function buildWeights(s: StoredWeights): Weights {
  let size = 1;
  while (size < s.keys.length * 2) size <<= 1;
  const mask = size - 1;
  const inline = s.nClasses <= 4;
  const stride = inline ? 3 : 2;
  const table = new Int32Array(stride * size);
  const halves = new Int16Array(table.buffer);
  for (let i = 0; i < s.keys.length; i++) {
    let slot = s.keys[i] & mask;
    while (table[stride * slot] !== 0) slot = (slot + 1) & mask;
    table[stride * slot] = s.keys[i];
    if (!inline) table[stride * slot + 1] = (s.offsets[i] << 8) | (s.offsets[i + 1] - s.offsets[i]);
    else for (let e = s.offsets[i]; e < s.offsets[i + 1]; e++) halves[2 * (stride * slot + 1) + s.classes[e]] = s.quantized[e];
  }
  const entries = new Int32Array(inline ? 0 : s.quantized.length);
  for (let e = 0; e < entries.length; e++) entries[e] = (s.quantized[e] << 8) | s.classes[e];
  // About 8 bits per feature: one in ten or so absent features gets through.
  let words = 1;
  while (words * 32 < s.keys.length * 8) words <<= 1;
  const filter = new Int32Array(words);
  const filterMask = words - 1;
  for (let i = 0; i < s.keys.length; i++) {
    const key = s.keys[i];
    filter[(key >>> 10) & filterMask] |= filterBits(key);
  }
  return { nClasses: s.nClasses, scale: s.scale, table, stride, inline, mask, entries, filter, filterMask };
}

// The two bits of a key in its filter word (the word is (key >>> 10) & filterMask).
const filterBits = (key: number): number => (1 << (key & 31)) | (1 << ((key >>> 27) & 31));

export const freezeWeights = (nClasses: number, entries: AveragedEntry[]): Weights => buildWeights(storeWeights(nClasses, entries));

// Features that pass the filter, then the slots found, in scoreFrozen's passes; sized for any
// feature count we use.
const passed = new Int32Array(256);
const found = new Int32Array(256);
// What the touching pass reads, kept so that the reads are not optimized away.
let touched = 0;

/**
 * Keeps in `passed` the features of feats[0..n) that the filter does not rule out, and reads
 * the first slot of each, nothing depending on what is read: the processor issues all these
 * cache misses at once, and the probing that follows (whose loop exits depend on each slot's
 * content, so it cannot run ahead) finds its slots in cache. Most word-pair features are in no
 * table; the filter (small enough to stay in cache) spares them a miss into the big table.
 */
function filterAndTouch(w: Weights, feats: Int32Array, n: number): number {
  const { table, stride, mask, filter, filterMask } = w;
  let m = 0;
  let x = 0;
  for (let i = 0; i < n; i++) {
    const key = feats[i];
    const bits = filterBits(key);
    if ((filter[(key >>> 10) & filterMask] & bits) !== bits) continue;
    passed[m++] = key;
    x ^= table[stride * (key & mask)];
  }
  touched ^= x;
  return m;
}

/**
 * Sums the weights of `feats[0..n)` per class into `scores` (zeroed first), in units of
 * `scale`. Slots are touched first, then found, then their entries read: each pass's memory
 * reads are independent of one another, so the processor overlaps their cache misses (one
 * pass per feature waited for each miss in turn and ran at a third of the speed).
 */
export function scoreFrozen(w: Weights, feats: Int32Array, n: number, scores: Int32Array): void {
  const p = filterAndTouch(w, feats, n);
  if (w.inline) return scoreInline(w, p, scores);
  scores.fill(0);
  const { table, mask, entries } = w;
  let m = 0;
  for (let i = 0; i < p; i++) {
    const key = passed[i];
    let slot = key & mask;
    let k: number;
    while ((k = table[2 * slot]) !== key && k !== 0) slot = (slot + 1) & mask;
    if (k !== 0) found[m++] = table[2 * slot + 1];
  }
  for (let j = 0; j < m; j++) {
    const packed = found[j];
    for (let e = packed >>> 8, end = e + (packed & 255); e < end; e++) {
      const x = entries[e];
      scores[x & 255] += x >> 8;
    }
  }
}

/** scoreFrozen for weights kept in the slots (four classes at most); little-endian int16 halves. */
function scoreInline(w: Weights, p: number, scores: Int32Array): void {
  const { table, mask } = w;
  let a = 0;
  let b = 0;
  let c = 0;
  let d = 0;
  for (let i = 0; i < p; i++) {
    const key = passed[i];
    let slot = key & mask;
    let k: number;
    while ((k = table[3 * slot]) !== key && k !== 0) slot = (slot + 1) & mask;
    if (k === 0) continue;
    const lo = table[3 * slot + 1];
    const hi = table[3 * slot + 2];
    a += (lo << 16) >> 16;
    b += lo >> 16;
    c += (hi << 16) >> 16;
    d += hi >> 16;
  }
  scores[0] = a;
  if (scores.length > 1) scores[1] = b;
  if (scores.length > 2) scores[2] = c;
  if (scores.length > 3) scores[3] = d;
}
