import { readFileSync } from 'node:fs';
import { alignToTokens, type TokenTree } from './align.js';
import { readConllu, type UdSentence } from './conllu.js';

export interface Treebank {
  sentences: UdSentence[];
  /** Trees over newskg tokens, for the sentences that align (see align.ts). */
  trees: TokenTree[];
  /** UD sentence behind each tree. */
  source: UdSentence[];
  skipped: number;
}

export function loadTreebank(path: string): Treebank {
  const sentences = readConllu(readFileSync(path, 'utf8'));
  const trees: TokenTree[] = [];
  const source: UdSentence[] = [];
  for (const s of sentences) {
    const t = alignToTokens(s);
    if (t) {
      trees.push(t);
      source.push(s);
    }
  }
  return { sentences, trees, source, skipped: sentences.length - trees.length };
}
