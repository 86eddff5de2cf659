// Averaged perceptron for training. Weights are sparse twice over: a feature gets a row only
// when an update touches it, and a row holds only the classes it was updated for, so the
// parser's ~100 labelled transitions do not multiply memory by 100.
// Averaging is lazy (Daumé): besides w we keep u = Σ step·delta, and the average is w − u/step.

interface Row {
  cls: number[];
  w: number[];
  u: number[];
}

export interface Perceptron {
  nClasses: number;
  rows: Map<number, Row>;
  /** Number of training instances seen so far (the averaging clock). */
  step: number;
}

export function newPerceptron(nClasses: number): Perceptron {
  return { nClasses, rows: new Map(), step: 1 };
}

/** Adds the current weights of `feats[0..n)` into `scores` (zeroed first). */
export function scoreTraining(p: Perceptron, feats: Int32Array, n: number, scores: Float64Array): void {
  scores.fill(0);
  for (let i = 0; i < n; i++) {
    const row = p.rows.get(feats[i]);
    if (!row) continue;
    for (let j = 0; j < row.cls.length; j++) scores[row.cls[j]] += row.w[j];
  }
}

/** Moves weights towards `truth` and away from `guess` for these features. */
export function update(p: Perceptron, feats: Int32Array, n: number, truth: number, guess: number): void {
  if (truth === guess) return;
  for (let i = 0; i < n; i++) {
    let row = p.rows.get(feats[i]);
    if (!row) {
      row = { cls: [], w: [], u: [] };
      p.rows.set(feats[i], row);
    }
    bump(row, truth, 1, p.step);
    bump(row, guess, -1, p.step);
  }
}

function bump(row: Row, cls: number, delta: number, step: number): void {
  let j = row.cls.indexOf(cls);
  if (j < 0) {
    j = row.cls.length;
    row.cls.push(cls);
    row.w.push(0);
    row.u.push(0);
  }
  row.w[j] += delta;
  row.u[j] += step * delta;
}

/** One training instance done. */
export function tick(p: Perceptron): void {
  p.step++;
}

/** Averaged weights, one entry per (feature, class) whose magnitude reaches `minWeight`. */
export interface AveragedEntry {
  key: number;
  cls: number;
  weight: number;
}

export function averaged(p: Perceptron, minWeight: number): AveragedEntry[] {
  const out: AveragedEntry[] = [];
  for (const [key, row] of p.rows) {
    for (let j = 0; j < row.cls.length; j++) {
      const weight = row.w[j] - row.u[j] / p.step;
      if (Math.abs(weight) >= minWeight) out.push({ key, cls: row.cls[j], weight });
    }
  }
  return out;
}
