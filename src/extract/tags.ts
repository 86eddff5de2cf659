import { lexiconMayTag, tagSentence } from '../nlp/tagger.js';
import type { Doc } from './doc.js';

// fr-compromise is only asked about sentences that hold a name the gazetteer and the rules
// could not settle, and only when its lexicon could give that name the tag asked about: most
// sentences never pay for a full parse.
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

/** The text from `at` to the next white space: every compromise term starting at `at` lies in it. */
const SPACE = /\s/g;
function chunkAt(text: string, at: number): string {
  SPACE.lastIndex = at;
  const m = SPACE.exec(text);
  return text.slice(at, m ? m.index : text.length);
}

/**
 * False when token i cannot carry lexicon-only `tag` (see lexiconMayTag): neither the term at
 * its own offset nor, after an elided clitic ("l'Ukraine"), the term at the clitic's offset,
 * whose tags tagSentence gives the host word.
 */
function mayCarry(doc: Doc, i: number, tag: string): boolean {
  const text = doc.article.text;
  if (lexiconMayTag(chunkAt(text, doc.tokens[i].start), tag)) return true;
  const prev = doc.tokens[i - 1];
  return !!prev && prev.sentence === doc.tokens[i].sentence && /['’]$/.test(prev.text) && lexiconMayTag(chunkAt(text, prev.start), tag);
}

export const taggedPlace = (doc: Doc, i: number): boolean => {
  if (!mayCarry(doc, i, 'Place')) return false;
  const t = tagsAt(doc, i);
  return t.has('Place') || t.has('City') || t.has('Country') || t.has('Region');
};

export const taggedFirstName = (doc: Doc, i: number): boolean => mayCarry(doc, i, 'FirstName') && tagsAt(doc, i).has('FirstName');
