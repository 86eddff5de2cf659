import type { Article, EntityType, MentionKind, Sentence, Token } from '../types.js';
import { fold } from '../nlp/normalize.js';
import { splitSentences } from '../nlp/sentences.js';
import { tokenize } from '../nlp/tokens.js';

/** An article split for extraction: flat token list plus each sentence's token range. */
export interface Doc {
  article: Article;
  sentences: Sentence[];
  tokens: Token[];
  /** Lowercased token texts (accents kept, apostrophes unified), parallel to tokens. */
  low: string[];
  /** Folded token texts (accents removed too), for lexicon look-ups. */
  folded: string[];
  /** Look-up keys (folded, hyphens as spaces), joined to form phrase keys. */
  keys: string[];
  /** [first, end) token indices of each sentence. */
  ranges: Array<[number, number]>;
}

export function makeDoc(article: Article): Doc {
  const sentences = splitSentences(article.text);
  const tokens: Token[] = [];
  const ranges: Array<[number, number]> = [];
  for (const s of sentences) {
    const first = tokens.length;
    tokens.push(...tokenize(s));
    ranges.push([first, tokens.length]);
  }
  const low = tokens.map((t) => t.text.toLowerCase().replace(/[’‘ʼ]/g, "'"));
  const folded = tokens.map((t) => fold(t.text));
  // Most words hold neither hyphen nor space: nothing to replace.
  const keys = folded.map((f) => (f.includes('-') || f.includes(' ') ? f.replace(/-/g, ' ').replace(/ +/g, ' ') : f));
  return { article, sentences, tokens, low, folded, keys, ranges };
}

/** A span of tokens that refers to an entity, before article-level resolution. */
export interface Span {
  /** Token indices [from, to). */
  from: number;
  to: number;
  sentence: number;
  entity: string; // entity key
  type: EntityType;
  label: string;
  kind: MentionKind;
  /** Mentions produced together by one plural description ("les chefs de la diplomatie américain et russe"). */
  group?: number;
  /** A phrase for people sent by the actor ("les représentants du SNPL et du Spaf"): it stands for the actor where they meet. */
  delegates?: true;
}

/** The lexicon key of tokens [from, to), as lexicon.phraseKey would compute it from their texts. */
export function keyOfSpan(doc: Doc, from: number, to: number): string {
  const end = Math.min(to, doc.keys.length);
  return end > from ? prefixKeys(doc, from, end - from)[end - from - 1] : '';
}

/**
 * The keys of tokens [from, from + 1), [from, from + 2) … [from, from + n) (n ≥ 1, within the
 * document), built in one pass for the longest-match look-ups. A key is the token keys joined
 * by spaces, but with no space after an apostrophe ("l'otan"). With `goesOn`, stops after the
 * first key for which it is false (a key no phrase starts with cannot grow into one).
 */
export function prefixKeys(doc: Doc, from: number, n: number, goesOn?: (key: string) => boolean): string[] {
  const out: string[] = [];
  let key = '';
  for (let k = from; k < from + n; k++) {
    const word = doc.keys[k];
    // Joining then deleting every "' " is the definition; only an empty key or one with a space
    // of its own (a hyphen after an apostrophe or at the start of a word) could make that differ.
    if (word.length === 0 || word.charCodeAt(0) === 32 || word.includes("' ")) return slowPrefixKeys(doc, from, n);
    key = k === from ? word : key.endsWith("'") ? key + word : `${key} ${word}`;
    out.push(key);
    if (goesOn && !goesOn(key)) break;
  }
  return out;
}

function slowPrefixKeys(doc: Doc, from: number, n: number): string[] {
  const out: string[] = [];
  for (let len = 1; len <= n; len++) out.push(doc.keys.slice(from, from + len).join(' ').replace(/' /g, "'"));
  return out;
}

/** First word of token i's key ("etats" for "États-Unis"), as phrase keys start. */
export function firstWord(doc: Doc, i: number): string {
  const k = doc.keys[i];
  const sp = k.indexOf(' ');
  return sp < 0 ? k : k.slice(0, sp);
}

export function spanText(doc: Doc, from: number, to: number): string {
  return doc.article.text.slice(doc.tokens[from].start, doc.tokens[to - 1].end);
}

export const ACTOR_TYPES = new Set<EntityType>(['Person', 'Organization', 'Country']);
