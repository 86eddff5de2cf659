import { fold } from '../nlp/normalize.js';
import type { Doc, Span } from './doc.js';
import { lexicon } from './lexicon.js';

// "les deux Corées", "les deux Soudans", "les deux Congo": French names a pair of countries by the
// plural of the name they share. The pair is read from the gazetteer (the countries whose names
// hold that word), not from the article, which may name them only later or not at all.

const COUNTS = new Map([['deux', 2], ['2', 2]]);

let byNameWord: Map<string, string[]> | null = null;

/** Folded name word → the countries whose gazetteer labels hold it ("coree" → Corée du Nord, Corée du Sud). */
function countriesByWord(): Map<string, string[]> {
  if (byNameWord) return byNameWord;
  byNameWord = new Map();
  for (const [key, e] of lexicon().entities) {
    if (e.type !== 'Country') continue;
    for (const w of e.label.split(/[\s-]+/)) {
      if (!/^\p{Lu}/u.test(w)) continue;
      const f = fold(w);
      const list = byNameWord.get(f) ?? [];
      if (!list.includes(key)) list.push(key);
      byNameWord.set(f, list);
    }
  }
  return byNameWord;
}

/** Spans for "les deux <Name(s)>" phrases, one per country of the pair, each pair one group after `firstGroup`. */
export function sharedNamePairs(doc: Doc, firstGroup: number): Span[] {
  const out: Span[] = [];
  let group = firstGroup;
  for (let i = 1; i + 1 < doc.tokens.length; i++) {
    const n = COUNTS.get(doc.low[i]);
    if (!n || !/^(?:les|des|aux|ces)$/.test(doc.low[i - 1])) continue;
    const word = doc.tokens[i + 1].text;
    if (!/^\p{Lu}\p{Ll}/u.test(word) || doc.tokens[i + 1].sentence !== doc.tokens[i].sentence) continue;
    const folded = fold(word);
    const countries = countriesByWord().get(folded) ?? countriesByWord().get(folded.replace(/s$/, ''));
    if (!countries || countries.length !== n) continue;
    group++;
    for (const entity of countries) {
      const e = lexicon().entities.get(entity)!;
      out.push({ from: i - 1, to: i + 2, sentence: doc.tokens[i].sentence, entity, type: 'Country', label: e.label, kind: 'role', group });
    }
  }
  return out;
}
