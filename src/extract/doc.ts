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
  return { article, sentences, tokens, low, folded: tokens.map((t) => fold(t.text)), ranges };
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
}

export function spanText(doc: Doc, from: number, to: number): string {
  return doc.article.text.slice(doc.tokens[from].start, doc.tokens[to - 1].end);
}

export const ACTOR_TYPES = new Set<EntityType>(['Person', 'Organization', 'Country']);
