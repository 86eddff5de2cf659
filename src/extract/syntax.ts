import { clausesOf, type Clauses } from '../nlp/clauses.js';
import { parseTokens } from '../nlp/parse/index.js';
import type { Doc } from './doc.js';

// Sentences are parsed on demand: only those holding an event trigger pay for the parser.
const parsed = new WeakMap<Doc, Map<number, Clauses>>();

/** The clause layer of sentence `s` (token indices local to the sentence). */
export function sentenceClauses(doc: Doc, s: number): Clauses {
  let bySentence = parsed.get(doc);
  if (!bySentence) parsed.set(doc, (bySentence = new Map()));
  let c = bySentence.get(s);
  if (!c) {
    const [a, b] = doc.ranges[s];
    const words = doc.tokens.slice(a, b).map((t) => t.text);
    const tree = parseTokens(words);
    bySentence.set(s, (c = clausesOf({ words, ...tree })));
  }
  return c;
}
