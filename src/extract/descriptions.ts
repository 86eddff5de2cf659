import { dataPath } from '../paths.js';
import { fold, foldKey, isAllCaps } from '../nlp/normalize.js';
import { isVerbForm, verbTenses } from '../nlp/verbs.js';
import type { Doc } from './doc.js';
import { lexicon } from './lexicon.js';
import { isCap } from './names.js';
import { entityAt } from './roles.js';
import { sentenceTags } from './syntax.js';
import { readList } from './tsv.js';

/**
 * A description of an organization or of a group acting as one, headed by a common noun:
 * "le ministère russe des Affaires étrangères", "les syndicats de pilotes", "l'opérateur
 * historique", "l'ONG Human Rights Watch" (then `nameFrom` marks the name it introduces).
 */
export interface Description {
  from: number;
  /** End of the description, before any name it introduces. */
  to: number;
  /** Just after the head noun: names inside the qualifiers ("de l'ONU") are mentions of their own. */
  headEnd: number;
  /** Folded singular head noun ("syndicat"). */
  head: string;
  plural: boolean;
  /** Countries named by demonyms or "de <pays>" ("l'armée camerounaise"). */
  countries: string[];
  /** A gazetteer organization named by "de <org>" ("la direction d'Air France"). */
  org: string | null;
  /** Definite, demonstrative or possessive ("les syndicats", not "des syndicats"): it picks out one actor. */
  definite: boolean;
  /** Qualified by more than its head ("les syndicats du secteur public", not "les syndicats"). */
  qualified: boolean;
  /** A part or aspect of a named country or organization ("la direction d'Air France", "l'alliance militaire de l'OTAN"). */
  ofNamed: boolean;
  /** A name right after the description ("le groupe TotalEnergies"): [from, to). */
  name: [number, number] | null;
  /**
   * A unit of what it names, with a function of its own ("le service de presse du Kremlin", "le
   * bureau politique du parti"): a body that acts itself, not a way of naming its owner.
   */
  unit: boolean;
}

interface Heads {
  /** Folded form → folded singular. */
  forms: Map<string, string>;
  plural: Set<string>;
  /** Forms written with a singular: a head listed as "|pays" is a group only with a plural determiner. */
  singular: Set<string>;
}

let heads: Heads | null = null;

function orgHeads(): Heads {
  if (heads) return heads;
  const forms = new Map<string, string>();
  const plural = new Set<string>();
  const singular = new Set<string>();
  for (const line of readList(dataPath('lexicon', 'org-nouns.tsv'))) {
    const [sing, plur] = line.split('|').map((w) => fold(w.trim()));
    const base = sing || plur;
    if (sing) {
      forms.set(sing, base);
      singular.add(sing);
    }
    if (plur) {
      forms.set(plur, base);
      plural.add(plur);
    }
  }
  heads = { forms, plural, singular };
  return heads;
}

/** The folded singular head noun of an organization description, or null ("syndicats" → "syndicat"). */
export function orgHead(folded: string): string | null {
  return orgHeads().forms.get(folded) ?? null;
}

const DETERMINERS = new Set(['le', 'la', "l'", 'les', 'ce', 'cet', 'cette', 'ces', 'son', 'sa', 'ses', 'leur', 'leurs', 'du', 'au', 'aux', 'des', 'un', 'une']);
const INDEFINITE = new Set(['un', 'une', 'des']);
// Adjectives and quantities that may stand between the determiner and the head.
const PRE = new Set(['petit', 'petite', 'grand', 'grande', 'principal', 'principale', 'principaux', 'principales', 'nouveau', 'nouvelle', 'nouvel',
  'puissant', 'puissante', 'premier', 'première', 'second', 'seconde', 'deuxième', 'troisième', 'ancien', 'ancienne', 'jeune', 'géant',
  'deux', 'trois', 'quatre', 'cinq', 'six', 'sept', 'huit', 'neuf', 'dix', 'plusieurs', 'nombreux', 'nombreuses', 'autres', 'même']);
// Endings of French adjectives that qualify an organization ("militaire", "public", "syndicaux").
const ADJECTIVE = /(?:al|ale|aux|ales|el|elle|els|elles|if|ive|ifs|ives|ique|iques|aire|aires|ier|ière|iers|ières|ien|ienne|iens|iennes|é|ée|és|ées|ant|ante|ants|antes|ent|ente|ents|entes|eur|euse|eurs|euses|ain|aine|ains|aines|in|ine|ins|ines|ais|aise|aises|ois|oise|oises|c|que|ques|ile|iles|able|ables|ible|ibles|iste|istes|ère|ères)$/;
const STOP = new Set(['qui', 'que', "qu'", 'dont', 'où', 'lequel', 'laquelle', 'et', 'ou', 'a', 'ont', 'est', 'sont', 'avait', 'avaient', 'se', "s'", 'ne', "n'", 'y', 'en', 'lui', 'leur', 'pour', 'par', 'sur', 'dans', 'avec', 'contre', 'selon', 'lors']);

/** Parses an organization description starting at token i (a determiner), or null. */
export function parseDescription(doc: Doc, i: number, end: number): Description | null {
  if (!DETERMINERS.has(doc.low[i])) return null;
  let k = i + 1;
  while (k < end && PRE.has(doc.low[k])) k++;
  if (k >= end) return null;
  // "au cours de" is a preposition, not a court.
  if (doc.low[i] === 'au' && doc.folded[k] === 'cours') return null;
  const head = orgHead(doc.folded[k]);
  // Heads are common nouns; only an acronym like "ONG" is written in capitals.
  if (!head || (isCap(doc, k) && !isAllCaps(doc.tokens[k].text))) return null;
  const lex = lexicon();
  const pluralDeterminer = /^(?:les|ces|ses|leurs|aux|des)$/.test(doc.low[i]) || (k > i + 1 && /^(?:deux|trois|quatre|cinq|six|sept|huit|neuf|dix|plusieurs|nombreux|nombreuses|autres)$/.test(doc.low[k - 1]));
  // "les pays arabes" is a group; "le pays" is a country.
  if (!orgHeads().singular.has(doc.folded[k]) && !pluralDeterminer) return null;
  const plural = orgHeads().plural.has(doc.folded[k]) || pluralDeterminer;
  const countries: string[] = [];
  let org: string | null = null;
  let qualified = false;
  let ofNamed = false;
  let unit = false;
  const headEnd = ++k;
  for (let guard = 0; k < end && guard < 8; guard++) {
    const w = doc.low[k];
    const demonym = lex.demonyms.get(doc.folded[k]);
    if (demonym && !isCap(doc, k)) {
      countries.push(demonym);
      qualified = true;
      k++;
      continue;
    }
    if (STOP.has(w)) break;
    // "de téléphonie mobile", "du secteur public", "des Affaires étrangères", "de l'ONU", "de pilotes"
    if (/^(?:de|du|des|d')$/.test(w) && k + 1 < end) {
      let m = k + 1;
      if (/^(?:la|l')$/.test(doc.low[m])) m++;
      if (STOP.has(doc.low[m])) break;
      const ent = entityAt(doc, m, end);
      if (ent) {
        if (ent.type === 'Country') countries.push(ent.key);
        else org ??= ent.key;
        qualified = true;
        ofNamed = true;
        k = ent.to;
        continue;
      }
      if (isCap(doc, m)) {
        // "des Affaires étrangères", "de la Défense": capitalized portfolios.
        let n = m;
        // "du ministère de l'Intérieur Paul Martin": a first name starts a person.
        while (n < end && ((isCap(doc, n) && !(n > m && lex.firstNames.has(doc.folded[n]))) || (n > m && isAdjective(doc, n)))) n++;
        // "du Premier ministre": the title goes on in lower case.
        if (/^premiere?$/.test(doc.folded[n - 1]) && doc.low[n] === 'ministre') n++;
        // "le gouvernement de Gustavo Petro": whose it is, a person named on its own.
        if (personNamed(doc, m, n)) break;
        qualified = true;
        k = n;
        continue;
      }
      // "de pilotes": a plural noun, even one that doubles as a present-tense verb form.
      if (/^\p{Ll}/u.test(doc.tokens[m].text) && !lex.functionWords.has(doc.folded[m]) && (!isVerbForm(doc.low[m]) || (m === k + 1 && /^[PSY]+$/.test(verbTenses(doc.low[m])) && doc.low[m].endsWith('s')))) {
        qualified = true;
        k = m + 1;
        continue;
      }
      // "le service de presse du Kremlin": a noun whose own complement names whose it is.
      if (/^\p{Ll}{3,}$/u.test(doc.tokens[m].text) && !STOP.has(doc.low[m]) && /^(?:de|du|des|d')$/.test(doc.low[m + 1] ?? '') && owner(doc, /^(?:la|l')$/.test(doc.low[m + 2] ?? '') ? m + 3 : m + 2)) {
        qualified = true;
        unit = true;
        k = m + 1;
        continue;
      }
      break;
    }
    // "le syndicat de pilotes à Air France": where it stands, not whose part it is.
    if (w === 'à' && k + 1 < end) {
      const ent = entityAt(doc, k + 1, end);
      if (ent && ent.type === 'Organization') {
        qualified = true;
        k = ent.to;
        continue;
      }
    }
    if (isAdjective(doc, k) || (!orgHeads().singular.has(head) && taggedAdjective(doc, k))) {
      qualified = true;
      k++;
      // "hostiles au Qatar", "proches de Moscou": what the adjective bears on is part of the description.
      if (k < end && /^(?:à|au|aux)$/.test(doc.low[k])) {
        const ent = entityAt(doc, /^(?:la|l')$/.test(doc.low[k + 1] ?? '') ? k + 2 : k + 1, end);
        if (ent) k = ent.to;
      }
      continue;
    }
    break;
  }
  // "l'opérateur de téléphonie mobile Orange", "le groupe TotalEnergies", "l'ONG Human Rights Watch"
  let name: [number, number] | null = null;
  // "le premier syndicat de pilotes (SNPL)": an acronym in parentheses is its name.
  // "(SNPL AF Alpa)": the acronym that opens the parenthesis.
  const closes = doc.low.slice(k + 2, k + 5).includes(')');
  if (doc.low[k] === '(' && closes && isAllCaps(doc.tokens[k + 1]?.text ?? '') && (doc.tokens[k + 1]?.text.length ?? 0) > 1 && !INDEFINITE.has(doc.low[i])) name = [k + 1, k + 2];
  else if (k < end && isCap(doc, k) && !lex.functionWords.has(doc.folded[k]) && !INDEFINITE.has(doc.low[i])) {
    let n = k + 1;
    while (n < end && (isCap(doc, n) || (/^(?:de|du|des|d'|-|&)$/.test(doc.low[n]) && isCap(doc, n + 1)))) n++;
    // "du ministère des Affaires étrangères Frédéric Desagneaux", "de l'intersyndicale M. Berger": a person, not the name.
    if (!personNamed(doc, k, n)) name = [k, n];
  }
  return { from: i, to: k, headEnd, head, plural, countries, org, definite: !INDEFINITE.has(doc.low[i]) || contracted(doc, i), qualified, ofNamed, name, unit };
}

/** A name ("du Kremlin") or another organization ("de la présidence ivoirienne") that a unit belongs to. */
function owner(doc: Doc, k: number): boolean {
  return k < doc.tokens.length && (isCap(doc, k) || orgHead(doc.folded[k]) !== null);
}

/** The tagger's reading, asked only for group heads ("les pays arabes"), whose adjectives the endings miss. */
function taggedAdjective(doc: Doc, k: number): boolean {
  if (!/^\p{Ll}/u.test(doc.tokens[k].text)) return false;
  const s = doc.tokens[k].sentence;
  return sentenceTags(doc, s)[k - doc.ranges[s][0]] === 'ADJ';
}

/** "la revendication des syndicats": after a noun, "des" is "de les", a definite phrase. */
function contracted(doc: Doc, i: number): boolean {
  const prev = doc.low[i - 1] ?? '';
  return doc.low[i] === 'des' && /^\p{Ll}{3,}$/u.test(prev) && !lexicon().functionWords.has(doc.folded[i - 1]) && !isVerbForm(prev);
}

/** A given name and a surname, an honorific, or a person the lexicon knows. */
function personNamed(doc: Doc, from: number, to: number): boolean {
  const lex = lexicon();
  if (lex.honorifics.has(doc.folded[from])) return true;
  if (to - from >= 2 && lex.firstNames.has(doc.folded[from])) return true;
  const key = foldKey(doc.tokens.slice(from, to).map((t) => t.text).join(' '));
  // "l'administration Trump": a well-known surname alone.
  return lex.personByName.has(key) || (to - from === 1 && lex.personBySurname.has(key));
}

function isAdjective(doc: Doc, k: number): boolean {
  const w = doc.low[k];
  return w.length > 3 && /^\p{Ll}/u.test(doc.tokens[k].text) && ADJECTIVE.test(w) && !lexicon().functionWords.has(doc.folded[k]) && !isVerbForm(w);
}
