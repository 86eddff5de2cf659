import type { TokenTree } from './align.js';

export interface Parse {
  upos: string[];
  head: number[];
  deprel: string[];
}

export function uposAccuracy(gold: TokenTree[], predicted: string[][]): number {
  let right = 0;
  let all = 0;
  gold.forEach((g, s) => g.upos.forEach((t, i) => {
    all++;
    if (predicted[s][i] === t) right++;
  }));
  return all ? right / all : 0;
}

/** Unlabelled and labelled attachment over all tokens, punctuation included (as CoNLL 2018). */
export function attachment(gold: TokenTree[], parsed: Parse[]): { uas: number; las: number } {
  let all = 0;
  let u = 0;
  let l = 0;
  gold.forEach((g, s) => g.head.forEach((h, i) => {
    all++;
    if (parsed[s].head[i] === h) {
      u++;
      if (parsed[s].deprel[i] === g.deprel[i]) l++;
    }
  }));
  return { uas: all ? u / all : 0, las: all ? l / all : 0 };
}

export interface PRF {
  gold: number;
  found: number;
  right: number;
  precision: number;
  recall: number;
  f1: number;
}

/**
 * Precision/recall of (head, relation, dependent) triples whose relation is in `relations`:
 * a found triple is right when the gold tree attaches the same dependent to the same head by
 * one of those relations. Passing ['nsubj', 'nsubj:pass'] scores "subject" without caring
 * whether the parser saw the passive.
 */
export function relationScore(gold: TokenTree[], parsed: Parse[], relations: string[]): PRF {
  const want = new Set(relations);
  let g = 0;
  let f = 0;
  let r = 0;
  gold.forEach((tree, s) => {
    const p = parsed[s];
    for (let i = 0; i < tree.head.length; i++) {
      const inGold = want.has(tree.deprel[i]);
      const inParse = want.has(p.deprel[i]);
      if (inGold) g++;
      if (inParse) f++;
      if (inGold && inParse && tree.head[i] === p.head[i]) r++;
    }
  });
  return prf(g, f, r);
}

export function prf(gold: number, found: number, right: number): PRF {
  const precision = found ? right / found : 0;
  const recall = gold ? right / gold : 0;
  const f1 = precision + recall ? (2 * precision * recall) / (precision + recall) : 0;
  return { gold, found, right, precision, recall, f1 };
}
