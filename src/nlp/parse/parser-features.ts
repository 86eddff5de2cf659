import { feat1, feat2, feat3, feat4 } from './hash.js';
import { NO_WORD, ROOT_WORD, type Lexical } from './lexical.js';
import { NO_TAG, ROOT_TAG } from './tagger-features.js';
import { NONE, top, type State } from './transitions.js';

export const PARSER_FEATURES = 81;
const NO_LABEL = 255;

/**
 * Zhang & Nivre (2011)'s feature set for arc-eager, trimmed: words and tags of the stack top
 * (s0), the second stack word (s1), the next three buffer words (n0..n2), s0's head and
 * grandparent, the outermost children of s0 and n0, their labels, distance and valency.
 * Written in three groups (see bufferFeatures, childFeatures, stackFeatures).
 */
export function parserFeatures(lex: Lexical, tags: Int32Array, s: State, out: Int32Array): number {
  return stackFeatures(lex, tags, s, out, childFeatures(lex, tags, s, out, bufferFeatures(lex, tags, s, out, 0)));
}

/** How many features bufferFeatures and childFeatures write. */
export const BUFFER_FEATURES = 12;
export const CHILD_FEATURES = 9;

/**
 * The features that read only the words and tags of n0, n1 and n2, written from out[k]: the
 * same for every move until n0 changes, so parsing scores them once for all the moves that
 * reduce or attach words of the stack to n0 in between.
 */
export function bufferFeatures(lex: Lexical, tags: Int32Array, s: State, out: Int32Array, k: number): number {
  const root = s.root;
  const n0 = s.b < s.n ? s.b : NONE;
  const n1 = s.b + 1 < s.n ? s.b + 1 : NONE;
  const n2 = s.b + 2 < s.n ? s.b + 2 : NONE;
  const n0w = wordAt(lex, root, n0);
  const n0p = tagAt(tags, root, n0);
  const n1p = tagAt(tags, root, n1);
  const n2p = tagAt(tags, root, n2);
  out[k++] = feat1(4, n0w);
  out[k++] = feat1(5, n0p);
  out[k++] = feat2(6, n0w, n0p);
  out[k++] = feat1(7, wordAt(lex, root, n1));
  out[k++] = feat1(8, n1p);
  out[k++] = feat2(9, wordAt(lex, root, n1), n1p);
  out[k++] = feat1(10, wordAt(lex, root, n2));
  out[k++] = feat1(11, n2p);
  out[k++] = feat2(12, wordAt(lex, root, n2), n2p);
  out[k++] = feat2(20, n0p, n1p);
  out[k++] = feat3(21, n0p, n1p, n2p);
  out[k++] = feat2(72, n0w, wordAt(lex, root, n1));
  return k;
}

/**
 * The features of n0 with its left children, written from out[k]: the same for every move
 * until n0 changes or gains a left child (the only children it can have while in the buffer).
 */
export function childFeatures(lex: Lexical, tags: Int32Array, s: State, out: Int32Array, k: number): number {
  const root = s.root;
  const n0 = s.b < s.n ? s.b : NONE;
  const n0l = n0 === NONE ? NONE : s.left1[n0];
  const n0l2 = n0 === NONE ? NONE : s.left2[n0];
  const n0w = wordAt(lex, root, n0);
  const n0p = tagAt(tags, root, n0);
  const n0vl = n0 === NONE ? 0 : Math.min(s.leftCount[n0], 5);
  out[k++] = feat2(37, n0w, n0vl);
  out[k++] = feat2(38, n0p, n0vl);
  out[k++] = feat1(48, wordAt(lex, root, n0l));
  out[k++] = feat1(49, tagAt(tags, root, n0l));
  out[k++] = feat1(50, labelAt(s, n0l));
  out[k++] = feat1(60, wordAt(lex, root, n0l2));
  out[k++] = feat1(61, tagAt(tags, root, n0l2));
  out[k++] = feat1(62, labelAt(s, n0l2));
  out[k++] = feat3(66, n0p, tagAt(tags, root, n0l), tagAt(tags, root, n0l2));
  return k;
}

/**
 * The stack features whose parts all take few values (tags, labels, distance, valency, yes/no),
 * by template number and the kind of each part. Parsing reads their weights from dense arrays
 * indexed by the values (src/nlp/parse/dense.ts) instead of hashing and probing for each: 37
 * of the 58 features of every move. Training hashes them like the others (stackFeatures).
 */
export const TAG = 1;
export const LABEL = 2;
export const DIST = 3;
export const VALENCY = 4;
export const FLAG = 5;
export const STACK_SMALL: ReadonlyArray<readonly [number, ...number[]]> = [
  [2, TAG],
  [19, TAG, TAG],
  [22, TAG, TAG, TAG],
  [23, TAG, TAG, TAG],
  [24, TAG, TAG, TAG],
  [25, TAG, TAG, TAG],
  [26, TAG, TAG, TAG],
  [28, TAG, DIST],
  [30, TAG, DIST],
  [32, TAG, TAG, DIST],
  [34, TAG, VALENCY],
  [36, TAG, VALENCY],
  [40, TAG],
  [41, LABEL],
  [43, TAG],
  [44, LABEL],
  [46, TAG],
  [47, LABEL],
  [52, TAG],
  [53, LABEL],
  [55, TAG],
  [56, LABEL],
  [58, TAG],
  [59, LABEL],
  [63, TAG, TAG, TAG],
  [64, TAG, TAG, TAG],
  [65, TAG, TAG, TAG],
  [68, TAG],
  [69, TAG, TAG, TAG],
  [70, FLAG, TAG, TAG],
  [71, LABEL, TAG, TAG],
  [73, TAG, TAG, TAG],
  [74, TAG, TAG, TAG],
  [75, FLAG, TAG],
  [76, LABEL, TAG, TAG],
  [77, LABEL, TAG, TAG],
  [79, LABEL, TAG, TAG],
];
/** stackSmallValues writes three values per template of STACK_SMALL (0 for missing parts). */
export const SMALL_PARTS = 3;
export const STACK_SMALL_VALUES = SMALL_PARTS * STACK_SMALL.length;
export const DIST_VALUES = 7;
export const VALENCY_VALUES = 6;
export { NO_LABEL };

const smallValues = new Int32Array(STACK_SMALL_VALUES);

/** The features that read the stack, written from out[k]; returns the new count. */
export function stackFeatures(lex: Lexical, tags: Int32Array, s: State, out: Int32Array, k: number): number {
  k = stackWordFeatures(lex, tags, s, out, k);
  stackSmallValues(tags, s, smallValues);
  for (let t = 0; t < STACK_SMALL.length; t++) {
    const [id, ...parts] = STACK_SMALL[t];
    const v = SMALL_PARTS * t;
    out[k++] =
      parts.length === 1
        ? feat1(id, smallValues[v])
        : parts.length === 2
          ? feat2(id, smallValues[v], smallValues[v + 1])
          : feat3(id, smallValues[v], smallValues[v + 1], smallValues[v + 2]);
  }
  return k;
}

/** The stack features that read a word form (hashed at run time too), written from out[k]. */
export function stackWordFeatures(lex: Lexical, tags: Int32Array, s: State, out: Int32Array, k: number): number {
  const root = s.root;
  const s0 = top(s);
  const s1 = s.sp > 1 ? s.stack[s.sp - 2] : NONE;
  const n0 = s.b < s.n ? s.b : NONE;
  const s0h = s0 === root ? NONE : s.head[s0];
  const s0h2 = s0h === NONE || s0h === root ? NONE : s.head[s0h];
  const s0w = wordAt(lex, root, s0);
  const s0p = tagAt(tags, root, s0);
  const n0w = wordAt(lex, root, n0);
  const n0p = tagAt(tags, root, n0);
  const dist = distance(s, s0, n0);
  out[k++] = feat1(1, s0w);
  out[k++] = feat2(3, s0w, s0p);
  out[k++] = feat4(13, s0w, s0p, n0w, n0p);
  out[k++] = feat3(14, s0w, s0p, n0w);
  out[k++] = feat3(15, s0w, n0w, n0p);
  out[k++] = feat3(16, s0w, s0p, n0p);
  out[k++] = feat3(17, s0p, n0w, n0p);
  out[k++] = feat2(18, s0w, n0w);
  out[k++] = feat2(27, s0w, dist);
  out[k++] = feat2(29, n0w, dist);
  out[k++] = feat3(31, s0w, n0w, dist);
  out[k++] = feat2(33, s0w, Math.min(s.rightCount[s0], 5));
  out[k++] = feat2(35, s0w, Math.min(s.leftCount[s0], 5));
  out[k++] = feat1(39, wordAt(lex, root, s0h));
  out[k++] = feat1(42, wordAt(lex, root, s.left1[s0]));
  out[k++] = feat1(45, wordAt(lex, root, s.right1[s0]));
  out[k++] = feat1(51, wordAt(lex, root, s0h2));
  out[k++] = feat1(54, wordAt(lex, root, s.left2[s0]));
  out[k++] = feat1(57, wordAt(lex, root, s.right2[s0]));
  out[k++] = feat1(67, wordAt(lex, root, s1));
  out[k++] = feat3(78, s0w, labelAt(s, s.right1[s0]), n0p);
  out[k++] = feat2(80, lex.suffix[2][n0 === NONE ? 0 : n0] ^ (n0 === NONE ? 1 : 0), s0p);
  return k;
}

/**
 * The values of the STACK_SMALL templates' parts, three per template in its order. Zhang &
 * Nivre's tag and label context of s0 (its head and grandparent, outermost children), s1 and
 * n0..n1, distance and valency, plus: whether s0 is attached yet, the words next to s0 and n0
 * in word order, whether the root has its child.
 */
export function stackSmallValues(tags: Int32Array, s: State, v: Int32Array): void {
  const root = s.root;
  const s0 = top(s);
  const s1 = s.sp > 1 ? s.stack[s.sp - 2] : NONE;
  const n0 = s.b < s.n ? s.b : NONE;
  const n1 = s.b + 1 < s.n ? s.b + 1 : NONE;
  const s0h = s0 === root ? NONE : s.head[s0];
  const s0h2 = s0h === NONE || s0h === root ? NONE : s.head[s0h];
  const s0l = s.left1[s0];
  const s0l2 = s.left2[s0];
  const s0r = s.right1[s0];
  const s0r2 = s.right2[s0];
  const n0l = n0 === NONE ? NONE : s.left1[n0];
  const s0p = tagAt(tags, root, s0);
  const n0p = tagAt(tags, root, n0);
  const n1p = tagAt(tags, root, n1);
  const s0hp = tagAt(tags, root, s0h);
  const s0h2p = tagAt(tags, root, s0h2);
  const s0lp = tagAt(tags, root, s0l);
  const s0l2p = tagAt(tags, root, s0l2);
  const s0rp = tagAt(tags, root, s0r);
  const s0r2p = tagAt(tags, root, s0r2);
  const s1p = tagAt(tags, root, s1);
  const dist = distance(s, s0, n0);
  const before = n0 === NONE || n0 === 0 ? NONE : n0 - 1;
  const after = s0 === root || s0 + 1 >= s.n ? NONE : s0 + 1;
  let k = 0;
  k = put(v, k, s0p, 0, 0); // 2
  k = put(v, k, s0p, n0p, 0); // 19
  k = put(v, k, s0p, n0p, n1p); // 22
  k = put(v, k, s0hp, s0p, n0p); // 23
  k = put(v, k, s0p, s0lp, n0p); // 24
  k = put(v, k, s0p, s0rp, n0p); // 25
  k = put(v, k, s0p, n0p, tagAt(tags, root, n0l)); // 26
  k = put(v, k, s0p, dist, 0); // 28
  k = put(v, k, n0p, dist, 0); // 30
  k = put(v, k, s0p, n0p, dist); // 32
  k = put(v, k, s0p, Math.min(s.rightCount[s0], 5), 0); // 34
  k = put(v, k, s0p, Math.min(s.leftCount[s0], 5), 0); // 36
  k = put(v, k, s0hp, 0, 0); // 40
  k = put(v, k, labelAt(s, s0), 0, 0); // 41
  k = put(v, k, s0lp, 0, 0); // 43
  k = put(v, k, labelAt(s, s0l), 0, 0); // 44
  k = put(v, k, s0rp, 0, 0); // 46
  k = put(v, k, labelAt(s, s0r), 0, 0); // 47
  k = put(v, k, s0h2p, 0, 0); // 52
  k = put(v, k, s0h === NONE ? NO_LABEL : labelAt(s, s0h), 0, 0); // 53
  k = put(v, k, s0l2p, 0, 0); // 55
  k = put(v, k, labelAt(s, s0l2), 0, 0); // 56
  k = put(v, k, s0r2p, 0, 0); // 58
  k = put(v, k, labelAt(s, s0r2), 0, 0); // 59
  k = put(v, k, s0p, s0lp, s0l2p); // 63
  k = put(v, k, s0p, s0rp, s0r2p); // 64
  k = put(v, k, s0p, s0hp, s0h2p); // 65
  k = put(v, k, s1p, 0, 0); // 68
  k = put(v, k, s1p, s0p, n0p); // 69
  k = put(v, k, s0 !== root && s0h !== NONE ? 1 : 0, s0p, n0p); // 70
  k = put(v, k, labelAt(s, s0), s0p, n0p); // 71
  k = put(v, k, tagAt(tags, root, before), n0p, s0p); // 73
  k = put(v, k, s0p, tagAt(tags, root, after), n0p); // 74
  k = put(v, k, s.rightCount[root] > 0 ? 1 : 0, n0p, 0); // 75
  k = put(v, k, labelAt(s, s0l), s0p, n0p); // 76
  k = put(v, k, labelAt(s, s0r), s0p, n0p); // 77
  k = put(v, k, labelAt(s, n0l), n0p, s0p); // 79
}

function put(v: Int32Array, k: number, a: number, b: number, c: number): number {
  v[k] = a;
  v[k + 1] = b;
  v[k + 2] = c;
  return k + 3;
}

function distance(s: State, s0: number, n0: number): number {
  return s0 === s.root || n0 === NONE ? 0 : bucket(n0 - s0);
}

export function wordAt(lex: Lexical, root: number, x: number): number {
  return x === NONE ? NO_WORD : x === root ? ROOT_WORD : lex.word[x];
}

export function tagAt(tags: Int32Array, root: number, x: number): number {
  return x === NONE ? NO_TAG : x === root ? ROOT_TAG : tags[x];
}

export function labelAt(s: State, x: number): number {
  return x === NONE || s.label[x] === NONE ? NO_LABEL : s.label[x];
}

function bucket(d: number): number {
  return d < 5 ? d : d < 10 ? 5 : 6;
}
