import { dataPath } from '../../paths.js';
import { lexical } from './lexical.js';
import { readModel } from './model-io.js';
import { denseOf, parseWith, type ParserModel } from './parser.js';
import { tagWith } from './tagger.js';
import type { Weights } from './weights.js';

/** A parsed sentence. `head` indexes the same token array, -1 for the root. */
export interface Parsed {
  upos: string[];
  head: number[];
  deprel: string[];
}

interface Models {
  tags: string[];
  tagIds: Map<string, number>;
  tagger: Weights;
  parser: ParserModel;
}

let models: Models | null = null;

// Loaded on first use and kept for the life of the thread: commands that never parse pay nothing.
function loadModels(): Models {
  if (models) return models;
  const read = (file: string) => readModel<{ classes: string[] }>(dataPath('models', file));
  const tagger = read('tagger.bin');
  const labels = read('parser-labels.bin');
  const parser = { moves: read('parser-moves.bin').weights, labels: labels.weights, labelNames: labels.header.classes };
  denseOf(parser);
  const tags = tagger.header.classes;
  models = { tags, tagIds: new Map(tags.map((t, i) => [t, i])), tagger: tagger.weights, parser };
  return models;
}

/** Universal part-of-speech tags of one sentence's tokens (as src/nlp/tokens.ts cuts them). */
export function tagTokens(words: string[]): string[] {
  const m = loadModels();
  return tagWith(m.tagger, words).map((t) => m.tags[t]);
}

/** Tags and dependency tree of one sentence's tokens (as src/nlp/tokens.ts cuts them). */
export function parseTokens(words: string[]): Parsed {
  if (words.length === 0) return { upos: [], head: [], deprel: [] };
  const m = loadModels();
  const lex = lexical(words);
  const tags = Int32Array.from(tagWith(m.tagger, words, lex));
  const tree = parseWith(m.parser, words, tags, lex);
  return { upos: Array.from(tags, (t) => m.tags[t]), head: tree.head, deprel: tree.deprel };
}

/**
 * The dependency tree of tokens tagged by tagTokens, for a caller that asked for the tags first:
 * the same tree parseTokens gives, without tagging twice.
 */
export function parseTagged(words: string[], upos: string[]): Parsed {
  if (words.length === 0) return { upos: [], head: [], deprel: [] };
  const m = loadModels();
  const tags = Int32Array.from(upos, (t) => m.tagIds.get(t) ?? 0);
  const tree = parseWith(m.parser, words, tags);
  return { upos, head: tree.head, deprel: tree.deprel };
}

/** Reads the model files now rather than on the first sentence; returns the time it took in ms. */
export function preloadParser(): number {
  const t0 = performance.now();
  loadModels();
  return performance.now() - t0;
}
