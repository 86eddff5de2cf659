// newskg reads French: an English page, a list of numbers or text decoded from the wrong bytes
// would build without a word of error and give nothing. A cheap check tells them apart by
// counting function words (data/lang/), which every sentence of a language is full of.
import { readFileSync } from 'node:fs';
import { findDataFile } from './data-file.js';

/** Enough text to judge by; a 50 MB article is not read to the end. */
const SAMPLE_CHARS = 100_000;
/** With fewer function words than this, a single word decides. */
const FEW = 3;
/** …in a text this short; longer text with so few is a list or a table, not prose. */
const FEW_WORDS = 30;
/** Share of the words that must be French function words, in text long enough to tell (about a third in French prose). */
const MIN_FRENCH_SHARE = 0.08;

const WORD = /\p{L}+/gu;
// "l'OTAN", "qu'il", "d’un": the elided article or pronoun only French writes.
const ELISION = /(?<!\p{L})(?:[ldjmnsc]|qu)['’](?=\p{L})/giu;
// Letters French words carry and English words do not.
const FRENCH_LETTER = /[éèêëàâîïôûùçœ]/iu;

function wordList(file: string): Set<string> {
  const words = new Set<string>();
  for (const line of readFileSync(findDataFile(file), 'utf8').split('\n')) {
    const w = line.trim();
    if (w && !w.startsWith('#')) words.add(w.normalize('NFC'));
  }
  return words;
}

let lists: { fr: Set<string>; en: Set<string> } | null = null;

export interface LanguageCount {
  words: number;
  /** French function words and elisions. */
  french: number;
  /** English function words. */
  english: number;
  /** Words with a letter only French uses among the two (é, è, ç…). */
  accented: number;
}

export function countLanguage(text: string): LanguageCount {
  lists ??= { fr: wordList('lang/fr.txt'), en: wordList('lang/en.txt') };
  const sample = text.slice(0, SAMPLE_CHARS).normalize('NFC');
  const count: LanguageCount = { words: 0, french: sample.match(ELISION)?.length ?? 0, english: 0, accented: 0 };
  for (const [w] of sample.matchAll(WORD)) {
    count.words++;
    const lower = w.toLowerCase();
    if (lists.fr.has(lower)) count.french++;
    else if (lists.en.has(lower)) count.english++;
    if (FRENCH_LETTER.test(w)) count.accented++;
  }
  return count;
}

/**
 * Null when the text reads as French, else why not. A short text ("Emmanuel Macron a rencontré
 * Olaf Scholz.") may hold no function word of either list: then one accented word will do.
 */
export function notFrench(text: string): string | null {
  const c = countLanguage(text);
  if (c.words === 0) return 'not French text: no words';
  const few = c.french + c.english < FEW && c.words < FEW_WORDS;
  const french = few
    ? c.french > c.english || (c.french === c.english && c.accented > 0)
    : c.french > c.english && c.french >= c.words * MIN_FRENCH_SHARE;
  if (french) return null;
  return `not French text: ${c.french} French and ${c.english} English function words in ${c.words} words`;
}
