import { lexical, type Lexical } from './lexical.js';
import { newPerceptron, scoreTraining, tick, update, type Perceptron } from './perceptron.js';
import { NO_TAG, TAGGER_FEATURES, UPOS, contextFeatures, taggerFeatures, wordFeatures } from './tagger-features.js';
import { scoreFrozen, type Weights } from './weights.js';

export interface TaggedSentence {
  words: string[];
  upos: string[];
}

const tagIds = new Map(UPOS.map((t, i) => [t, i]));

// Kept from one sentence to the next (tagging is synchronous).
const tagFeats = new Int32Array(TAGGER_FEATURES);
let tagScores = new Int32Array(0);

/**
 * The summed weights of each word form's own features (wordFeatures), per model: a word is
 * scored on its form once, not at every occurrence. Rows of nClasses ints in `rows`; `first`
 * and `other` give a form's row as the sentence's first word and elsewhere (feature 9 tells
 * them apart). Emptied when full, which bounds it on any corpus.
 */
interface WordScores {
  first: Map<string, number>;
  other: Map<string, number>;
  rows: Int32Array;
  used: number;
}

const WORD_ROWS = 1 << 16;
const wordScores = new WeakMap<Weights, WordScores>();

function wordRow(w: Weights, cache: WordScores, words: string[], lex: Lexical, i: number, feats: Int32Array, scores: Int32Array): number {
  const byForm = i === 0 ? cache.first : cache.other;
  const known = byForm.get(words[i]);
  if (known !== undefined) return known;
  if (cache.used === WORD_ROWS) {
    cache.first.clear();
    cache.other.clear();
    cache.used = 0;
  }
  scoreFrozen(w, feats, wordFeatures(lex, i, feats), scores);
  const row = cache.used++ * w.nClasses;
  cache.rows.set(scores, row);
  byForm.set(words[i], row);
  return row;
}

/** Greedy left-to-right tagging: each token's tag feeds the next token's features. */
export function tagWith(w: Weights, words: string[], lex: Lexical = lexical(words)): number[] {
  const feats = tagFeats;
  if (tagScores.length !== w.nClasses) tagScores = new Int32Array(w.nClasses);
  const scores = tagScores;
  let cache = wordScores.get(w);
  if (!cache) wordScores.set(w, (cache = { first: new Map(), other: new Map(), rows: new Int32Array(WORD_ROWS * w.nClasses), used: 0 }));
  const rows = cache.rows;
  const out: number[] = [];
  let p1 = NO_TAG;
  let p2 = NO_TAG;
  for (let i = 0; i < words.length; i++) {
    const row = wordRow(w, cache, words, lex, i, feats, scores);
    scoreFrozen(w, feats, contextFeatures(lex, i, p1, p2, feats, 0), scores);
    for (let c = 0; c < scores.length; c++) scores[c] += rows[row + c];
    const best = argmax(scores, UPOS.length);
    out.push(best);
    p2 = p1;
    p1 = best;
  }
  return out;
}

/**
 * Trains for `epochs` passes over `sentences` in an order shuffled each pass by `random`.
 * Training sees its own predicted previous tags, as tagging will.
 */
export function trainTagger(sentences: TaggedSentence[], epochs: number, random: () => number): Perceptron {
  const p = newPerceptron(UPOS.length);
  const feats = new Int32Array(TAGGER_FEATURES);
  const scores = new Float64Array(UPOS.length);
  const data = sentences.map((s) => ({ lex: lexical(s.words), gold: s.upos.map((t) => tagIds.get(t) ?? tagIds.get('X')!) }));
  const order = data.map((_, i) => i);
  for (let epoch = 0; epoch < epochs; epoch++) {
    shuffle(order, random);
    for (const k of order) {
      const { lex, gold } = data[k];
      let p1 = NO_TAG;
      let p2 = NO_TAG;
      for (let i = 0; i < lex.n; i++) {
        const n = taggerFeatures(lex, i, p1, p2, feats);
        scoreTraining(p, feats, n, scores);
        const guess = argmax(scores, UPOS.length);
        update(p, feats, n, gold[i], guess);
        tick(p);
        p2 = p1;
        p1 = guess;
      }
    }
  }
  return p;
}

export function argmax(scores: ArrayLike<number>, n: number): number {
  let best = 0;
  for (let i = 1; i < n; i++) if (scores[i] > scores[best]) best = i;
  return best;
}

/** Fisher–Yates with the caller's seeded generator, so training runs are reproducible. */
export function shuffle<T>(a: T[], random: () => number): void {
  for (let i = a.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [a[i], a[j]] = [a[j], a[i]];
  }
}
