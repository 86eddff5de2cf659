// Counting and micro-averaged P/R/F1.

import type { Score, ScoreTable } from './types.js';

export interface Counts {
  gold: number;
  pred: number;
  tp: number;
}

export function toScore({ gold, pred, tp }: Counts): Score {
  return {
    gold,
    pred,
    tp,
    precision: pred > 0 ? tp / pred : null,
    recall: gold > 0 ? tp / gold : null,
    // 2tp/(gold+pred) equals the harmonic mean of P and R, and stays 0 (not undefined) when only one side is empty.
    f1: gold + pred > 0 ? (2 * tp) / (gold + pred) : null,
  };
}

/** Counts per type, summed over articles. */
export type Tally = Map<string, Counts>;

export function addCounts(tally: Tally, type: string, c: Partial<Counts>): void {
  const cur = tally.get(type) ?? { gold: 0, pred: 0, tp: 0 };
  tally.set(type, { gold: cur.gold + (c.gold ?? 0), pred: cur.pred + (c.pred ?? 0), tp: cur.tp + (c.tp ?? 0) });
}

/** Known types always get a row (a type never predicted is news); unexpected ones follow, sorted. */
export function toTable(tally: Tally, knownTypes: readonly string[]): ScoreTable {
  const extra = [...tally.keys()].filter((t) => !knownTypes.includes(t)).sort();
  const byType: Record<string, Score> = {};
  const all: Counts = { gold: 0, pred: 0, tp: 0 };
  for (const t of [...knownTypes, ...extra]) {
    const c = tally.get(t) ?? { gold: 0, pred: 0, tp: 0 };
    byType[t] = toScore(c);
    all.gold += c.gold;
    all.pred += c.pred;
    all.tp += c.tp;
  }
  return { byType, all: toScore(all) };
}
