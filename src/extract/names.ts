import { dataPath } from '../paths.js';
import { fold, isAllCaps, isUpperInitial } from '../nlp/normalize.js';
import { isVerbForm } from '../nlp/verbs.js';
import { firstWord, prefixKeys, type Doc } from './doc.js';
import { lexicon, type LexEntry } from './lexicon.js';
import { readList } from './tsv.js';

let commonCaps: Set<string> | null = null;
function capitalizedCommon(): Set<string> {
  commonCaps ??= new Set(readList(dataPath('lexicon', 'capitalized-common.txt')).map(fold));
  return commonCaps;
}

// Particles that may sit inside a person's or place's name between capitalized words.
const NAME_PARTICLES = new Set(['de', 'du', 'des', "d'", 'van', 'von', 'der', 'den', 'al', 'el', 'ben', 'bin', 'ibn', 'da', 'di', 'dos', 'del', 'la', 'le', 'ould']);

const JOINED_PARTICLE = /^(?:al|el|ad|ar|as|ash|at|az|ed|ould|abu|abou|ibn|bin|ben)-\p{Lu}\p{Ll}/u;

export const isCap = (doc: Doc, i: number): boolean => {
  const t = doc.tokens[i]?.text;
  return !!t && /^\p{Lu}/u.test(t) && isUpperInitial(t);
};

export const isSentenceStart = (doc: Doc, i: number): boolean => {
  const [first] = doc.ranges[doc.tokens[i].sentence];
  for (let k = first; k < i; k++) if (!/^[«"“(\[—–\-'‘]$/.test(doc.tokens[k].text)) return false;
  return true;
};

/** Longest gazetteer phrase starting at token i (within its sentence). */
export function matchGazetteer(doc: Doc, i: number, end: number): { to: number; entries: LexEntry[] } | null {
  const lex = lexicon();
  if (!lex.phraseStarts.has(firstWord(doc, i))) return null;
  const keys = prefixKeys(doc, i, Math.min(lex.maxPhrase, end - i), (k) => lex.phrasePrefixes.has(k));
  for (let len = keys.length; len >= 1; len--) {
    const entries = lex.phrases.get(keys[len - 1]);
    if (!entries) continue;
    const first = doc.tokens[i].text;
    const ok = entries.filter((e) => isCap(doc, i) || (e.lowercaseOk && !isCap(doc, i)));
    if (!ok.length) continue;
    // Acronyms must look like acronyms ("OTAN", "Otan"), not like a common word in lowercase.
    const usable = ok.filter((e) => e.kind !== 'acronym' || /^\p{Lu}/u.test(first));
    if (usable.length) return { to: i + len, entries: usable };
  }
  return null;
}

/** A run of capitalized words (with name particles between them) starting at i. */
export function capitalizedRun(doc: Doc, i: number, end: number): number {
  let j = i + 1;
  while (j < end) {
    if (isCap(doc, j) && !isAllCaps(doc.tokens[j].text)) {
      j++;
      continue;
    }
    if (NAME_PARTICLES.has(doc.low[j]) && j + 1 < end && isCap(doc, j + 1) && !isAllCaps(doc.tokens[j + 1].text)) {
      j += 2;
      continue;
    }
    // Arabic names written with a joined article or filiation: "Tamim ben Hamad al-Thani", "Ahmed ould-Abdallah".
    if (JOINED_PARTICLE.test(doc.tokens[j].text)) {
      j++;
      continue;
    }
    break;
  }
  return j;
}

/** True when a capitalized word is only capitalized by position or convention. */
export function isCommonWord(doc: Doc, i: number): boolean {
  const w = doc.folded[i];
  const lex = lexicon();
  if (lex.functionWords.has(w) || capitalizedCommon().has(w)) return true;
  if (isSentenceStart(doc, i) && isVerbForm(doc.low[i]) && !lex.firstNames.has(w)) return true;
  return false;
}

export const looksLikeAcronym = (text: string): boolean => /^[A-Z]{2,6}$/.test(text) || /^[A-Z][A-Z0-9&]{1,5}$/.test(text);
