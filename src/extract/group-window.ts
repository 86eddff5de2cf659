import { fold } from '../nlp/normalize.js';
import { isVerbForm } from '../nlp/verbs.js';
import { dataPath } from '../paths.js';
import type { Doc, Span } from './doc.js';
import { lexicon } from './lexicon.js';
import { actorAfter } from './clauses.js';
import { orgHead } from './descriptions.js';
import { readList } from './tsv.js';

// An unnamed group of people as a verb's object, read from the words where the clause layer
// finds none ("a appelé jeudi tous les Congolais à …": parsers often lose a fronted adverb's
// clause): a plural determiner, a group noun (group-nouns.txt) or a capitalized plural demonym
// (demonym-endings.txt), and the adjectives after it.

let demonymEndings: string[] | null = null;

/** "Congolais", "Québécois", "Sahraouis": a capitalized word with a plural demonym's ending. */
export function isPeopleNoun(word: string): boolean {
  demonymEndings ??= readList(dataPath('lexicon', 'demonym-endings.txt'));
  return /^\p{Lu}\p{Ll}{3,}$/u.test(word) && demonymEndings.some((e) => word.endsWith(e));
}

const SKIP = /^(?:lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|hier|aujourd'hui|également|aussi|encore|donc|ensuite|notamment|solennellement|publiquement|à|nouveau|de)$/;
const PLURAL = /^(?:les|des|aux|ces|leurs|ses|nos|vos)$/;

/** Document tokens [from, to) of a group of people standing right after the verb at `t` (an "aux" for a frame whose object takes "à"), or null. */
export function groupAfterVerb(doc: Doc, t: number, end: number, dative: boolean): [number, number] | null {
  let k = t + 1;
  for (;;) {
    while (k < end && (SKIP.test(doc.low[k]) || /^\p{Ll}{3,}ment$/u.test(doc.tokens[k].text)) && !(dative && doc.low[k] === 'à')) k++;
    // "a appelé mardi à Genève « le monde » à …": a place where the act was done, then quotation marks.
    if (!dative && /^(?:à|en|depuis)$/.test(doc.low[k - 1] ?? '') && /^\p{Lu}/u.test(doc.tokens[k]?.text ?? '')) {
      while (k < end && /^\p{Lu}/u.test(doc.tokens[k].text)) k++;
      continue;
    }
    if (/^(?:«|“|")$/.test(doc.low[k] ?? '')) {
      k++;
      continue;
    }
    break;
  }
  const from = k;
  if (/^(?:tous|toutes)$/.test(doc.low[k] ?? '')) k++;
  // "la population", "le monde": a group noun takes any determiner; a demonym only a plural one.
  const singular = !dative && /^(?:le|la|l'|l’)$/.test(doc.low[k] ?? '');
  if (!singular && !(dative ? doc.low[k] === 'aux' || (doc.low[k] === 'à' && PLURAL.test(doc.low[k + 1] ?? '') && k++) : PLURAL.test(doc.low[k] ?? ''))) return null;
  k++;
  const head = k;
  if (k >= end || !(lexicon().groupNouns.has(doc.folded[k]) || (!singular && isPeopleNoun(doc.tokens[k].text)))) return null;
  k++;
  // "les forces politiques et citoyennes", "les électeurs sénégalais": the adjectives that follow.
  while (k < end && k < head + 4 && /^\p{Ll}[\p{Ll}-]+$/u.test(doc.tokens[k].text) && !lexicon().functionWords.has(doc.low[k]) && !isVerbForm(doc.low[k]) && !lexicon().groupNouns.has(fold(doc.low[k]))) k++;
  return [from, k];
}

/**
 * "a appelé la direction de la SNCF à …", "exhorte le gouvernement du Mali à …": an organization
 * noun with a named owner as the verb's object (from token `k`, past any adverbs) stands for that owner.
 */
export function ownerAfter(doc: Doc, k: number, end: number, actors: Span[]): Span[] {
  while (k < end && /^(?:le|la|l'|l’|les)$/.test(doc.low[k])) k++;
  if (k >= end || !orgHead(doc.folded[k]) || !/^(?:de|du|des|d'|d’)$/.test(doc.low[k + 1] ?? '')) return [];
  return actorAfter(doc, k + 2, actors, 0, end).filter((x) => x.type !== 'Person');
}
