import { feat1, feat2, feat3 } from './hash.js';
import { NO_WORD, type Lexical } from './lexical.js';

/** Tag ids: UD's 17 universal parts of speech, and two markers for positions off the sentence. */
export const UPOS = ['ADJ', 'ADP', 'ADV', 'AUX', 'CCONJ', 'DET', 'INTJ', 'NOUN', 'NUM', 'PART', 'PRON', 'PROPN', 'PUNCT', 'SCONJ', 'SYM', 'VERB', 'X'];
export const NO_TAG = UPOS.length;
export const ROOT_TAG = UPOS.length + 1;
export const TAGGER_FEATURES = 26;

const at = (a: Int32Array, i: number): number => (i >= 0 && i < a.length ? a[i] : NO_WORD);

/**
 * Features of token i given the two tags already chosen to its left; written into `out`,
 * returns how many. Template numbers are the first argument of each hash.
 */
export function taggerFeatures(lex: Lexical, i: number, prev1: number, prev2: number, out: Int32Array): number {
  return contextFeatures(lex, i, prev1, prev2, out, wordFeatures(lex, i, out));
}

/** How many features wordFeatures writes. */
export const WORD_FEATURES = 10;

/**
 * The features of token i that read its own form only (the word, its affixes and shape, and
 * whether it opens the sentence), written from out[0]: the same wherever the word occurs, so
 * tagging can keep their summed weights per word form.
 */
export function wordFeatures(lex: Lexical, i: number, out: Int32Array): number {
  const w = lex.word[i];
  const { suffix, prefix, shape } = lex;
  let n = 0;
  out[n++] = feat1(0, 0);
  out[n++] = feat1(1, w);
  out[n++] = feat1(2, suffix[0][i]);
  out[n++] = feat1(3, suffix[1][i]);
  out[n++] = feat1(4, suffix[2][i]);
  out[n++] = feat1(5, suffix[3][i]);
  out[n++] = feat1(6, prefix[0][i]);
  out[n++] = feat1(7, prefix[1][i]);
  out[n++] = feat1(8, prefix[2][i]);
  out[n++] = feat2(9, shape[i], i === 0 ? 1 : 0);
  return n;
}

/** The other features of token i (its neighbours, the tags before it), written from out[n]; returns the new count. */
export function contextFeatures(lex: Lexical, i: number, prev1: number, prev2: number, out: Int32Array, n: number): number {
  const w = lex.word[i];
  const { suffix, shape } = lex;
  out[n++] = feat1(10, at(lex.word, i - 1));
  out[n++] = feat1(11, at(lex.word, i + 1));
  out[n++] = feat1(12, at(lex.word, i - 2));
  out[n++] = feat1(13, at(lex.word, i + 2));
  out[n++] = feat1(14, at(suffix[2], i - 1));
  out[n++] = feat1(15, at(suffix[2], i + 1));
  out[n++] = feat1(16, prev1);
  out[n++] = feat2(17, prev2, prev1);
  out[n++] = feat2(18, prev1, w);
  out[n++] = feat2(19, at(lex.word, i - 1), w);
  out[n++] = feat2(20, w, at(lex.word, i + 1));
  out[n++] = feat2(21, prev1, suffix[2][i]);
  out[n++] = feat1(22, i + 1 < lex.n ? shape[i + 1] : -1);
  out[n++] = feat1(23, i > 0 ? shape[i - 1] : -1);
  out[n++] = feat3(24, prev1, w, at(lex.word, i + 1));
  out[n++] = feat2(25, at(lex.word, i + 1), at(lex.word, i + 2));
  return n;
}
