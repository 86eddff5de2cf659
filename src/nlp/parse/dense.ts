import { feat1, feat2, feat3 } from './hash.js';
import { DIST, DIST_VALUES, FLAG, LABEL, NO_LABEL, SMALL_PARTS, TAG, VALENCY, VALENCY_VALUES } from './parser-features.js';
import { ROOT_TAG } from './tagger-features.js';
import type { Weights } from './weights.js';

/**
 * The weights of templates whose parts take few values, laid out densely: one row of four
 * int16 (a four-class model's weights) per combination of values, found by arithmetic on the
 * values instead of hashing them and probing the weight table. Built from the hashed table
 * when a model is loaded, so the scores are the same integers.
 */
export interface Dense {
  /** Per template: first row, then the multiplier of each of its three parts (0 if absent). */
  layout: Int32Array;
  rows: Int16Array;
  /** Row index standing for "no label" in label parts (labels are 0..nLabels-1, NO_LABEL 255). */
  noLabel: number;
}

// What the touching pass reads, kept so that the reads are not optimized away.
let touched = 0;

export function buildDense(w: Weights, templates: ReadonlyArray<readonly [number, ...number[]]>, nLabels: number): Dense {
  if (!w.inline || w.nClasses !== 4) throw new Error('newskg: dense weights are for the four-move model');
  const size = (kind: number): number =>
    kind === TAG ? ROOT_TAG + 1 : kind === LABEL ? nLabels + 1 : kind === DIST ? DIST_VALUES : kind === VALENCY ? VALENCY_VALUES : kind === FLAG ? 2 : 0;
  const layout = new Int32Array(4 * templates.length);
  let total = 0;
  templates.forEach(([, ...parts], t) => {
    layout[4 * t] = total;
    let mult = 1;
    for (let p = parts.length - 1; p >= 0; p--) {
      layout[4 * t + 1 + p] = mult;
      mult *= size(parts[p]);
    }
    total += mult;
  });
  const rows = new Int16Array(4 * total);
  const halves = new Int16Array(w.table.buffer, w.table.byteOffset, 2 * w.table.length);
  const { table, mask } = w;
  templates.forEach(([id, ...parts], t) => {
    const sizes = [0, 1, 2].map((p) => (p < parts.length ? size(parts[p]) : 1));
    const value = (p: number, x: number): number => (parts[p] === LABEL && x === nLabels ? NO_LABEL : x);
    const count = sizes[0] * sizes[1] * sizes[2];
    // All the template's keys first, then their slots touched in one pass (their cache misses
    // overlap), then found: loading stays a small part of the model's load time.
    const keys = new Int32Array(count);
    let r = 0;
    for (let a = 0; a < sizes[0]; a++) {
      for (let b = 0; b < sizes[1]; b++) {
        for (let c = 0; c < sizes[2]; c++) {
          const x = value(0, a);
          keys[r++] = parts.length === 1 ? feat1(id, x) : parts.length === 2 ? feat2(id, x, value(1, b)) : feat3(id, x, value(1, b), value(2, c));
        }
      }
    }
    for (let i = 0; i < count; i++) touched ^= table[3 * (keys[i] & mask)];
    const first = 4 * layout[4 * t];
    for (let i = 0; i < count; i++) {
      const key = keys[i];
      let slot = key & mask;
      let k: number;
      while ((k = table[3 * slot]) !== key && k !== 0) slot = (slot + 1) & mask;
      if (k === 0) continue;
      for (let c = 0; c < 4; c++) rows[first + 4 * i + c] = halves[2 * (3 * slot + 1) + c];
    }
  });
  return { layout, rows, noLabel: nLabels };
}

/** Adds to `scores` the weights of the templates whose values `values` holds, SMALL_PARTS per template. */
export function scoreDense(d: Dense, values: Int32Array, scores: Int32Array): void {
  const { layout, rows, noLabel } = d;
  let a = 0;
  let b = 0;
  let c = 0;
  let e = 0;
  for (let t = 0, v = 0; t < layout.length; t += 4, v += SMALL_PARTS) {
    // Only label parts can hold NO_LABEL; other kinds never reach 255.
    const x = values[v] === NO_LABEL ? noLabel : values[v];
    const y = values[v + 1] === NO_LABEL ? noLabel : values[v + 1];
    const z = values[v + 2] === NO_LABEL ? noLabel : values[v + 2];
    const row = 4 * (layout[t] + x * layout[t + 1] + y * layout[t + 2] + z * layout[t + 3]);
    a += rows[row];
    b += rows[row + 1];
    c += rows[row + 2];
    e += rows[row + 3];
  }
  scores[0] += a;
  scores[1] += b;
  scores[2] += c;
  scores[3] += e;
}
