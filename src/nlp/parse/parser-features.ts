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

/** The other features (those that read the stack), written from out[k]; returns the new count. */
export function stackFeatures(lex: Lexical, tags: Int32Array, s: State, out: Int32Array, k: number): number {
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
  const s0w = wordAt(lex, root, s0);
  const s0p = tagAt(tags, root, s0);
  const n0w = wordAt(lex, root, n0);
  const n0p = tagAt(tags, root, n0);
  const n1p = tagAt(tags, root, n1);
  const dist = s0 === root || n0 === NONE ? 0 : bucket(n0 - s0);
  const s0vl = Math.min(s.leftCount[s0], 5);
  const s0vr = Math.min(s.rightCount[s0], 5);
  const before = n0 === NONE || n0 === 0 ? NONE : n0 - 1;
  const after = s0 === root || s0 + 1 >= s.n ? NONE : s0 + 1;
  // single words
  out[k++] = feat1(1, s0w);
  out[k++] = feat1(2, s0p);
  out[k++] = feat2(3, s0w, s0p);
  // pairs
  out[k++] = feat4(13, s0w, s0p, n0w, n0p);
  out[k++] = feat3(14, s0w, s0p, n0w);
  out[k++] = feat3(15, s0w, n0w, n0p);
  out[k++] = feat3(16, s0w, s0p, n0p);
  out[k++] = feat3(17, s0p, n0w, n0p);
  out[k++] = feat2(18, s0w, n0w);
  out[k++] = feat2(19, s0p, n0p);
  // tag trigrams
  out[k++] = feat3(22, s0p, n0p, n1p);
  out[k++] = feat3(23, tagAt(tags, root, s0h), s0p, n0p);
  out[k++] = feat3(24, s0p, tagAt(tags, root, s0l), n0p);
  out[k++] = feat3(25, s0p, tagAt(tags, root, s0r), n0p);
  out[k++] = feat3(26, s0p, n0p, tagAt(tags, root, n0l));
  // distance
  out[k++] = feat2(27, s0w, dist);
  out[k++] = feat2(28, s0p, dist);
  out[k++] = feat2(29, n0w, dist);
  out[k++] = feat2(30, n0p, dist);
  out[k++] = feat3(31, s0w, n0w, dist);
  out[k++] = feat3(32, s0p, n0p, dist);
  // valency
  out[k++] = feat2(33, s0w, s0vr);
  out[k++] = feat2(34, s0p, s0vr);
  out[k++] = feat2(35, s0w, s0vl);
  out[k++] = feat2(36, s0p, s0vl);
  // second order: head, outermost children, their labels
  out[k++] = feat1(39, wordAt(lex, root, s0h));
  out[k++] = feat1(40, tagAt(tags, root, s0h));
  out[k++] = feat1(41, labelAt(s, s0));
  out[k++] = feat1(42, wordAt(lex, root, s0l));
  out[k++] = feat1(43, tagAt(tags, root, s0l));
  out[k++] = feat1(44, labelAt(s, s0l));
  out[k++] = feat1(45, wordAt(lex, root, s0r));
  out[k++] = feat1(46, tagAt(tags, root, s0r));
  out[k++] = feat1(47, labelAt(s, s0r));
  // third order
  out[k++] = feat1(51, wordAt(lex, root, s0h2));
  out[k++] = feat1(52, tagAt(tags, root, s0h2));
  out[k++] = feat1(53, s0h === NONE ? NO_LABEL : labelAt(s, s0h));
  out[k++] = feat1(54, wordAt(lex, root, s0l2));
  out[k++] = feat1(55, tagAt(tags, root, s0l2));
  out[k++] = feat1(56, labelAt(s, s0l2));
  out[k++] = feat1(57, wordAt(lex, root, s0r2));
  out[k++] = feat1(58, tagAt(tags, root, s0r2));
  out[k++] = feat1(59, labelAt(s, s0r2));
  out[k++] = feat3(63, s0p, tagAt(tags, root, s0l), tagAt(tags, root, s0l2));
  out[k++] = feat3(64, s0p, tagAt(tags, root, s0r), tagAt(tags, root, s0r2));
  out[k++] = feat3(65, s0p, tagAt(tags, root, s0h), tagAt(tags, root, s0h2));
  // beyond Zhang & Nivre: s1, whether s0 is attached yet, neighbours in word order
  out[k++] = feat1(67, wordAt(lex, root, s1));
  out[k++] = feat1(68, tagAt(tags, root, s1));
  out[k++] = feat3(69, tagAt(tags, root, s1), s0p, n0p);
  out[k++] = feat3(70, s0 !== root && s0h !== NONE ? 1 : 0, s0p, n0p);
  out[k++] = feat3(71, labelAt(s, s0), s0p, n0p);
  out[k++] = feat3(73, tagAt(tags, root, before), n0p, s0p);
  out[k++] = feat3(74, s0p, tagAt(tags, root, after), n0p);
  out[k++] = feat2(75, s.rightCount[root] > 0 ? 1 : 0, n0p);
  out[k++] = feat3(76, labelAt(s, s0l), s0p, n0p);
  out[k++] = feat3(77, labelAt(s, s0r), s0p, n0p);
  out[k++] = feat3(78, s0w, labelAt(s, s0r), n0p);
  out[k++] = feat3(79, labelAt(s, n0l), n0p, s0p);
  out[k++] = feat2(80, lex.suffix[2][n0 === NONE ? 0 : n0] ^ (n0 === NONE ? 1 : 0), s0p);
  return k;
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
