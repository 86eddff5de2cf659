import { tokenize } from '../tokens.js';
import type { UdSentence } from './conllu.js';

/**
 * A dependency tree over newskg tokens: what the parser sees at run time. `head` indexes the
 * same arrays, -1 for the root.
 */
export interface TokenTree {
  words: string[];
  upos: string[];
  head: number[];
  deprel: string[];
}

/**
 * Re-tokenizes a UD sentence's text with newskg's tokenizer and carries the UD tree over to
 * those tokens, or returns null when they do not line up (a UD token straddling two of ours).
 *
 * Several UD words inside one token ("du" = de + le, "a-t-il" = a + -t-il, "100 000") are
 * merged: the token takes the tag, relation and head of the word whose head lies outside the
 * group; when two do ("du": both depend on the noun), the preposition wins, since "du", "au",
 * "des" behave as prepositions in the tree and the tagger should say so.
 */
export function alignToTokens(s: UdSentence): TokenTree | null {
  const spans = surfaceSpans(s);
  if (!spans) return null;
  const tokens = tokenize({ index: 0, start: 0, end: s.text.length, text: s.text });
  // Which token holds each UD word (0-based word index → token index), and for tokens that are
  // the second or later piece of one UD word we split ("..." → ". . .", "1er" → "1" "er"), the
  // token of its first piece.
  const tokenOfWord = new Int32Array(s.words.length).fill(-1);
  const pieceOf = new Int32Array(tokens.length).fill(-1);
  let t = 0;
  for (let i = 0; i < s.surfaces.length; i++) {
    const [start, end] = spans[i];
    const { first, last } = s.surfaces[i];
    while (t < tokens.length && tokens[t].end <= start) t++;
    if (t >= tokens.length) return null;
    if (tokens[t].start <= start && tokens[t].end >= end) {
      for (let w = first; w <= last; w++) tokenOfWord[w - 1] = t;
      continue;
    }
    // Our tokenizer cut one UD word in pieces: fine if they all lie inside it.
    if (first !== last || tokens[t].start < start) return null;
    const head = t;
    tokenOfWord[first - 1] = head;
    while (t + 1 < tokens.length && tokens[t + 1].start < end) {
      t++;
      if (tokens[t].end > end) return null;
      pieceOf[t] = head;
    }
  }
  const groups: number[][] = tokens.map(() => []);
  for (let w = 0; w < s.words.length; w++) groups[tokenOfWord[w]].push(w);
  // A token with no UD word in it (and not a piece of one) is text the treebank does not annotate.
  if (groups.some((g, i) => g.length === 0 && pieceOf[i] < 0)) return null;

  const tree: TokenTree = { words: tokens.map((x) => x.text), upos: [], head: [], deprel: [] };
  for (let i = 0; i < tokens.length; i++) {
    const group = groups[i];
    if (pieceOf[i] >= 0) {
      const text = tokens[i].text;
      const punct = /^[^\p{L}\p{N}]+$/u.test(text);
      tree.upos.push(punct ? 'PUNCT' : /^\d/.test(text) ? 'NUM' : s.words[groups[pieceOf[i]][0]].upos);
      tree.head.push(pieceOf[i]);
      tree.deprel.push(punct ? 'punct' : 'flat');
      continue;
    }
    const outside = group.filter((w) => {
      const h = s.words[w].head;
      return h === 0 || tokenOfWord[h - 1] !== i;
    });
    if (outside.length === 0) return null;
    const main = outside.find((w) => s.words[w].upos === 'ADP') ?? outside[0];
    const word = s.words[main];
    tree.upos.push(word.upos);
    tree.head.push(word.head === 0 ? -1 : tokenOfWord[word.head - 1]);
    tree.deprel.push(word.head === 0 ? 'root' : word.deprel);
  }
  if (tree.head.filter((h) => h === -1).length !== 1) return null;
  return tree;
}

/**
 * Character spans of the surface tokens in `# text`, found left to right (the files' forms
 * are the text's own characters); null if one is missing.
 */
function surfaceSpans(s: UdSentence): Array<[number, number]> | null {
  const out: Array<[number, number]> = [];
  let at = 0;
  for (const surface of s.surfaces) {
    const i = s.text.indexOf(surface.form, at);
    if (i < 0 || s.text.slice(at, i).trim() !== '') return null;
    out.push([i, i + surface.form.length]);
    at = i + surface.form.length;
  }
  return out;
}
