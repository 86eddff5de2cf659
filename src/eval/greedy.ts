// One-to-one alignment shared by entities and events. Greedy rather than
// optimal: candidate pairs are nearly always cliques (same type, same agent),
// where greedy is optimal anyway, and a greedy order is easy to explain.

export interface Candidate {
  gold: number;
  pred: number;
  /** Compared in order, higher first; ties fall back to gold then pred index so results are reproducible. */
  keys: number[];
}

function compare(a: Candidate, b: Candidate): number {
  const n = Math.max(a.keys.length, b.keys.length);
  for (let i = 0; i < n; i++) {
    const d = (b.keys[i] ?? 0) - (a.keys[i] ?? 0);
    if (d !== 0) return d;
  }
  return a.gold - b.gold || a.pred - b.pred;
}

/** Pairs as a map gold index → pred index. */
export function greedyMatch(candidates: Candidate[]): Map<number, number> {
  const byGold = new Map<number, number>();
  const usedPred = new Set<number>();
  for (const c of [...candidates].sort(compare)) {
    if (byGold.has(c.gold) || usedPred.has(c.pred)) continue;
    byGold.set(c.gold, c.pred);
    usedPred.add(c.pred);
  }
  return byGold;
}
