import { hashRange, hashString } from './hash.js';

/** Per-token hashes both models read, computed once per sentence. */
export interface Lexical {
  n: number;
  /** Lower-cased form, digits folded to 0 (so "1999" and "2024" share a feature). */
  word: Int32Array;
  suffix: Int32Array[]; // suffix[k]: last k+1 letters, k = 0..3
  prefix: Int32Array[]; // prefix[k]: first k+1 letters, k = 0..2
  shape: Int32Array;
}

export const SUFFIXES = 4;
export const PREFIXES = 3;
/** Stands for a position before the first or after the last token. */
export const NO_WORD = hashString('<none>');
export const ROOT_WORD = hashString('<root>');

/** Ints kept per word form: word, suffixes, prefixes, shape. */
const FORM_INTS = 1 + SUFFIXES + PREFIXES + 1;
const FORMS = 1 << 16;
// Each form's hashes, computed on its first occurrence (a sentence's words are mostly frequent
// ones); emptied when full, which bounds it on any corpus.
const formRow = new Map<string, number>();
const formInts = new Int32Array(FORMS * FORM_INTS);

function rowOf(raw: string): number {
  const known = formRow.get(raw);
  if (known !== undefined) return known;
  if (formRow.size === FORMS) formRow.clear();
  const row = formRow.size * FORM_INTS;
  let lower = raw.toLowerCase().replace(/’/g, "'");
  if (/\d/.test(lower)) lower = lower.replace(/\d/g, '0');
  const len = lower.length;
  let at = row;
  formInts[at++] = hashString(lower);
  for (let k = 0; k < SUFFIXES; k++) formInts[at++] = hashRange(lower, Math.max(0, len - k - 1), len) ^ (k << 24);
  for (let k = 0; k < PREFIXES; k++) formInts[at++] = hashRange(lower, 0, Math.min(len, k + 1)) ^ (k << 24);
  formInts[at] = shapeOf(raw);
  formRow.set(raw, row);
  return row;
}

export function lexical(words: string[]): Lexical {
  const n = words.length;
  const lex: Lexical = {
    n,
    word: new Int32Array(n),
    suffix: Array.from({ length: SUFFIXES }, () => new Int32Array(n)),
    prefix: Array.from({ length: PREFIXES }, () => new Int32Array(n)),
    shape: new Int32Array(n),
  };
  for (let i = 0; i < n; i++) {
    let at = rowOf(words[i]);
    lex.word[i] = formInts[at++];
    for (let k = 0; k < SUFFIXES; k++) lex.suffix[k][i] = formInts[at++];
    for (let k = 0; k < PREFIXES; k++) lex.prefix[k][i] = formInts[at++];
    lex.shape[i] = formInts[at];
  }
  return lex;
}

// Bits: capitalized, all capitals, has a digit, has a hyphen, no letter or digit, long word.
function shapeOf(w: string): number {
  if (w === '') return 0;
  let s = 0;
  const first = w[0];
  if (first !== first.toLowerCase()) s |= 1;
  if (w.length > 1 && w === w.toUpperCase() && w !== w.toLowerCase()) s |= 2;
  if (/\d/.test(w)) s |= 4;
  if (w.includes('-')) s |= 8;
  if (!/[\p{L}\p{N}]/u.test(w)) s |= 16;
  if (w.length > 12) s |= 32;
  return s;
}
