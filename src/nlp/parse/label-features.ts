import { feat1, feat2, feat3 } from './hash.js';
import type { Lexical } from './lexical.js';
import { labelAt, tagAt, wordAt } from './parser-features.js';
import { NO_TAG } from './tagger-features.js';
import { NONE, type State } from './transitions.js';

export const LABEL_FEATURES = 32;

/**
 * Features for naming an arc head → dep about to be made (`right`: dep follows head). Fewer
 * than for choosing moves: the relation depends mostly on the two words, their tags, the
 * direction and what is already attached to them ("été" already under a participle is what
 * makes its subject nsubj:pass).
 */
export function labelFeatures(lex: Lexical, tags: Int32Array, s: State, head: number, dep: number, out: Int32Array): number {
  const root = s.root;
  const dir = dep > head ? 1 : 0;
  const hw = wordAt(lex, root, head);
  const hp = tagAt(tags, root, head);
  const dw = wordAt(lex, root, dep);
  const dp = tagAt(tags, root, dep);
  const dist = Math.min(Math.abs(dep - head), 6);
  const hl1 = s.left1[head];
  const hl2 = s.left2[head];
  const dl1 = s.left1[dep];
  const dr1 = s.right1[dep];
  const after = s.b + 1 < s.n ? s.b + 1 : NONE;
  const suffix = lex.suffix[2];
  let k = 0;
  out[k++] = feat1(100 + dir, hw);
  out[k++] = feat1(102 + dir, hp);
  out[k++] = feat1(104 + dir, dw);
  out[k++] = feat1(106 + dir, dp);
  out[k++] = feat2(108 + dir, hw, dp);
  out[k++] = feat2(110 + dir, hp, dw);
  out[k++] = feat2(112 + dir, hp, dp);
  out[k++] = feat2(114 + dir, hw, dw);
  out[k++] = feat3(116 + dir, hp, dp, dist);
  out[k++] = feat2(118 + dir, dp, suffix[dep]);
  out[k++] = feat2(120 + dir, dp, head === root ? 0 : suffix[head]);
  out[k++] = feat3(122 + dir, hp, dp, labelAt(s, head));
  out[k++] = feat3(124 + dir, hp, dp, labelAt(s, hl1));
  out[k++] = feat3(126 + dir, hp, dp, labelAt(s, hl2));
  out[k++] = feat2(128 + dir, dw, labelAt(s, hl1));
  out[k++] = feat3(130 + dir, hw, labelAt(s, hl1), labelAt(s, hl2));
  out[k++] = feat2(132 + dir, wordAt(lex, root, hl1), dp);
  out[k++] = feat2(134 + dir, wordAt(lex, root, hl2), dp);
  out[k++] = feat3(136 + dir, dp, labelAt(s, dl1), tagAt(tags, root, dl1));
  out[k++] = feat3(138 + dir, dp, labelAt(s, dr1), tagAt(tags, root, dr1));
  out[k++] = feat3(140 + dir, hp, dp, tagAt(tags, root, after));
  out[k++] = feat3(142 + dir, hp, dp, tagAt(tags, root, dep - 1 >= 0 ? dep - 1 : NONE));
  out[k++] = feat2(144 + dir, wordAt(lex, root, dl1), dp);
  out[k++] = feat3(146 + dir, hp, dp, s.head[head] === NONE ? NO_TAG : tagAt(tags, root, s.head[head]));
  out[k++] = feat2(148 + dir, hw, dist);
  out[k++] = feat3(150 + dir, hp, dw, labelAt(s, hl1));
  out[k++] = feat2(152 + dir, wordAt(lex, root, after), dp);
  out[k++] = feat3(154 + dir, hp, dp, Math.min(s.leftCount[head], 4));
  // What precedes the head's phrase: a comma or closing quote before "a déclaré X" marks an
  // incise, whose post-verbal noun is its subject, not its object.
  out[k++] = feat3(156 + dir, hp, dp, tagAt(tags, root, hl1 === NONE ? head - 1 : hl1 - 1));
  out[k++] = feat3(158 + dir, dp, labelAt(s, head), labelAt(s, hl1));
  // The same for the dependent's phrase: "», a déclaré" after a quoted clause is an incise
  // (parataxis), not a complement of the quoted verb.
  const beforeDep = dl1 === NONE ? dep - 1 : dl1 - 1;
  out[k++] = feat3(160 + dir, hp, dp, wordAt(lex, root, beforeDep >= 0 ? beforeDep : NONE));
  out[k++] = feat3(162 + dir, dp, wordAt(lex, root, beforeDep >= 0 ? beforeDep : NONE), wordAt(lex, root, beforeDep >= 1 ? beforeDep - 1 : NONE));
  return k;
}
