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
  const v = [0, 0, 0];
  templates.forEach(([id, ...parts], t) => {
    const count = parts.reduce((a, kind) => a * size(kind), 1);
    for (let r = 0; r < count; r++) {
      let rest = r;
      for (let p = parts.length - 1; p >= 0; p--) {
        const n = size(parts[p]);
        v[p] = rest % n;
        rest = (rest - v[p]) / n;
        if (parts[p] === LABEL && v[p] === nLabels) v[p] = NO_LABEL;
      }
      const key = parts.length === 1 ? feat1(id, v[0]) : parts.length === 2 ? feat2(id, v[0], v[1]) : feat3(id, v[0], v[1], v[2]);
      let slot = key & w.mask;
      let k: number;
      while ((k = w.table[3 * slot]) !== key && k !== 0) slot = (slot + 1) & w.mask;
      if (k === 0) continue;
      const row = 4 * (layout[4 * t] + r);
      for (let c = 0; c < 4; c++) rows[row + c] = halves[2 * (3 * slot + 1) + c];
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
