import { isVerbForm } from '../nlp/verbs.js';
import { lexicon, slugOf } from './lexicon.js';
import type { Doc, Span } from './doc.js';

// "Vingt-six Ougandais et cinq associations françaises ont porté plainte": people counted by a
// number are a group, named by nobody but an actor all the same. Read as a mention (not only
// where an event's slot finds it) so that "Ils dénoncent …" in the next sentence has it to refer to.

// A cardinal number, in figures or words ("26", "vingt-six", "cinq").
export const CARDINAL = /^(?:\d[\d\s.,]*|(?:un|deux|trois|quatre|cinq|six|sept|huit|neuf|dix|onze|douze|treize|quatorze|quinze|seize|vingt|trente|quarante|cinquante|soixante|cent|cents|mille)(?:-(?:et-)?[a-z]+)*)$/;

function isGroupNoun(doc: Doc, k: number): boolean {
  // A people noun is a capitalized demonym ("Ougandais"); other groups are common nouns.
  const demonym = /^\p{Lu}/u.test(doc.tokens[k]?.text ?? '') && lexicon().demonyms.has(doc.folded[k]);
  return demonym || lexicon().groupNouns.has(doc.folded[k] ?? '');
}

/** "françaises et ougandaises", "kényans": adjectives after a counted noun. */
function adjectivesFrom(doc: Doc, k: number, b: number): number {
  const demonyms = lexicon().demonyms;
  let n = 0;
  while (k < b && n < 4) {
    if (/^\p{Ll}/u.test(doc.tokens[k].text) && demonyms.has(doc.folded[k])) k++;
    else if (doc.low[k] === 'et' && k + 1 < b && demonyms.has(doc.folded[k + 1]) && /^\p{Ll}/u.test(doc.tokens[k + 1].text)) k += 2;
    else break;
    n++;
  }
  return k;
}

/** Counted groups of people that act: a number, a people or group noun, its adjectives, and any like phrase after "et". */
export function countedGroups(doc: Doc): Span[] {
  const out: Span[] = [];
  for (let s = 0; s < doc.ranges.length; s++) {
    const [a, b] = doc.ranges[s];
    for (let i = a; i < b - 1; i++) {
      if (!CARDINAL.test(doc.folded[i]) || !isGroupNoun(doc, i + 1)) continue;
      // Part of a longer count or a date ("le 26", "en 2023"), not the phrase's first word.
      if (i > a && /^(?:le|en|du|au|de|sur|à)$/.test(doc.low[i - 1])) continue;
      let end = adjectivesFrom(doc, i + 2, b);
      while (doc.low[end] === 'et' && CARDINAL.test(doc.folded[end + 1] ?? '') && isGroupNoun(doc, end + 2)) end = adjectivesFrom(doc, end + 3, b);
      // Only a phrase that is a clause's subject: a verb follows it.
      if (!isVerbForm(doc.low[end] ?? '') || lexicon().functionWords.has(doc.folded[end])) continue;
      const label = doc.article.text.slice(doc.tokens[i].start, doc.tokens[end - 1].end);
      out.push({ from: i, to: end, sentence: s, entity: `organization/${slugOf(label)}`, type: 'Organization', label, kind: 'description' });
      i = end - 1;
    }
  }
  return out;
}
