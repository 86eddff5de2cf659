import type { AveragedEntry } from './perceptron.js';

/**
 * The frozen weights used at run time: feature hash → a run of (class, weight) pairs, found
 * through an open-addressing table of typed arrays (no Map to build, no objects to allocate).
 */
export interface Weights {
  nClasses: number;
  keys: Int32Array;
  /** Entries of feature i are offsets[i]..offsets[i+1]. */
  offsets: Uint32Array;
  classes: Uint8Array;
  weights: Float32Array;
  /** Hash slot → feature index + 1 (0 = empty). */
  slots: Int32Array;
  mask: number;
}

export function freezeWeights(nClasses: number, entries: AveragedEntry[]): Weights {
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
  return buildWeights(
    nClasses,
    Int32Array.from(keys),
    Uint32Array.from(offsets),
    Uint8Array.from(entries, (e) => e.cls),
    Float32Array.from(entries, (e) => e.weight),
  );
}

export function buildWeights(nClasses: number, keys: Int32Array, offsets: Uint32Array, classes: Uint8Array, weights: Float32Array): Weights {
  let size = 1;
  while (size < keys.length * 2) size <<= 1;
  const slots = new Int32Array(size);
  const mask = size - 1;
  for (let i = 0; i < keys.length; i++) {
    let s = keys[i] & mask;
    while (slots[s] !== 0) s = (s + 1) & mask;
    slots[s] = i + 1;
  }
  return { nClasses, keys, offsets, classes, weights, slots, mask };
}

/** Sums the weights of `feats[0..n)` per class into `scores` (zeroed first). */
export function scoreFrozen(w: Weights, feats: Int32Array, n: number, scores: Float32Array): void {
  scores.fill(0);
  const { keys, offsets, classes, weights, slots, mask } = w;
  for (let i = 0; i < n; i++) {
    const key = feats[i];
    let s = key & mask;
    let f: number;
    while ((f = slots[s]) !== 0 && keys[f - 1] !== key) s = (s + 1) & mask;
    if (f === 0) continue;
    for (let e = offsets[f - 1], end = offsets[f]; e < end; e++) scores[classes[e]] += weights[e];
  }
}
