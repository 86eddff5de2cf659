import { clausesOf, type Clauses } from '../nlp/clauses.js';
import { parseTagged, parseTokens, tagTokens } from '../nlp/parse/index.js';
import type { Doc } from './doc.js';

// Sentences are parsed on demand: only those holding an event trigger pay for the parser. A
// reader that needs no more than part-of-speech tags pays for the tagger only, and a parse asked
// for later reuses those tags (the parser's tags are the tagger's).
interface Analysis {
  tags?: string[];
  clauses?: Clauses;
}

const analyses = new WeakMap<Doc, Map<number, Analysis>>();

function analysisOf(doc: Doc, s: number): Analysis {
  let bySentence = analyses.get(doc);
  if (!bySentence) analyses.set(doc, (bySentence = new Map()));
  let an = bySentence.get(s);
  if (!an) bySentence.set(s, (an = {}));
  return an;
}

function wordsOf(doc: Doc, s: number): string[] {
  const [a, b] = doc.ranges[s];
  return doc.tokens.slice(a, b).map((t) => t.text);
}

/** The universal part-of-speech tags of sentence `s` (indices local to the sentence). */
export function sentenceTags(doc: Doc, s: number): string[] {
  const an = analysisOf(doc, s);
  return (an.tags ??= an.clauses ? an.clauses.upos : tagTokens(wordsOf(doc, s)));
}

/** The clause layer of sentence `s` (token indices local to the sentence). */
export function sentenceClauses(doc: Doc, s: number): Clauses {
  const an = analysisOf(doc, s);
  if (!an.clauses) {
    const words = wordsOf(doc, s);
    const tree = an.tags ? parseTagged(words, an.tags) : parseTokens(words);
    an.clauses = clausesOf({ words, ...tree });
  }
  return an.clauses;
}
