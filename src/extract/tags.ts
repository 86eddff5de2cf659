import { tagSentence } from '../nlp/tagger.js';
import type { Doc } from './doc.js';

// fr-compromise is only asked about sentences that hold a name the gazetteer and the rules
// could not settle: most sentences never pay for a full parse.
const cache = new WeakMap<Doc, Map<number, Set<string>[]>>();

/** fr-compromise's part-of-speech tags for token i (parsed lazily, once per sentence). */
export function tagsAt(doc: Doc, i: number): Set<string> {
  let bySentence = cache.get(doc);
  if (!bySentence) {
    bySentence = new Map();
    cache.set(doc, bySentence);
  }
  const s = doc.tokens[i].sentence;
  let tags = bySentence.get(s);
  if (!tags) {
    const [a, b] = doc.ranges[s];
    tags = tagSentence(doc.sentences[s], doc.tokens.slice(a, b));
    bySentence.set(s, tags);
  }
  return tags[i - doc.ranges[s][0]] ?? new Set();
}

export const taggedPlace = (doc: Doc, i: number): boolean => {
  const t = tagsAt(doc, i);
  return t.has('Place') || t.has('City') || t.has('Country') || t.has('Region');
};

export const taggedFirstName = (doc: Doc, i: number): boolean => tagsAt(doc, i).has('FirstName');
