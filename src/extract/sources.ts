import { readList } from './tsv.js';
import { dataPath } from '../paths.js';
import { slugOf, lexicon } from './lexicon.js';
import type { Doc, Span } from './doc.js';

// "a précisé une source proche du dossier": an anonymous source is who speaks, and the article
// identifies it only by what it is close to. It is a Person of its own, one per wording in an
// article, kept (like any description) only where it acts.

interface Sources {
  heads: Set<string>;
  qualifiers: Set<string>;
}

let sources: Sources | null = null;

function load(): Sources {
  if (sources) return sources;
  const heads = new Set<string>();
  const qualifiers = new Set<string>();
  for (const line of readList(dataPath('lexicon', 'anonymous-sources.txt'))) {
    if (line.startsWith('head:')) heads.add(line.slice(5));
    else qualifiers.add(line);
  }
  sources = { heads, qualifiers };
  return sources;
}

const DETERMINERS = /^(?:une|la|cette|l'|notre)$/;
const OF = /^(?:de|du|des|d')$/;
const STOP = /^(?:[,;:.!?()«»"“”]|qui|que|qu'|et|a|avait|aurait|ont|est|selon)$/;
// "proche du dossier", "proche de l'enquête", "au sein du gouvernement": at most this many words after "de".
const COMPLEMENT = 4;

/** Anonymous sources of the article, as Person spans of their own ("description" mentions). */
export function anonymousSources(doc: Doc): Span[] {
  const { heads, qualifiers } = load();
  const demonyms = lexicon().demonyms;
  const out: Span[] = [];
  for (let s = 0; s < doc.ranges.length; s++) {
    const [a, b] = doc.ranges[s];
    for (let i = a + 1; i < b; i++) {
      if (!heads.has(doc.low[i]) || !DETERMINERS.test(doc.low[i - 1])) continue;
      let k = i + 1;
      let qualified = false;
      while (k < b && (qualifiers.has(doc.low[k]) || demonyms.has(doc.folded[k]))) {
        k++;
        qualified = true;
      }
      const close = doc.low[k - 1] === 'proche' || doc.low[k - 1] === 'proches';
      const within = doc.low[k] === 'au' && doc.low[k + 1] === 'sein';
      if (within) k += 2;
      if ((close || within) && OF.test(doc.low[k] ?? '')) {
        const end = Math.min(b, k + 1 + COMPLEMENT);
        k++;
        while (k < end && !STOP.test(doc.low[k])) k++;
        qualified = true;
      } else if (close || within) continue;
      if (!qualified) continue;
      // Names inside ("proche du Kremlin") keep their own mentions, nested in the source's.
      const label = doc.article.text.slice(doc.tokens[i].start, doc.tokens[k - 1].end);
      out.push({ from: i - 1, to: k, sentence: s, entity: `person/${slugOf(label)}`, type: 'Person', label, kind: 'description' });
      i = k - 1;
    }
  }
  return out;
}
