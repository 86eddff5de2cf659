import { readFileSync } from 'node:fs';
import { dataPath } from '../paths.js';
import { fold } from '../nlp/normalize.js';
import { firstWord, prefixKeys, type Doc } from './doc.js';
import { lexicon } from './lexicon.js';
import { readList } from './tsv.js';

/** A role description: "le ministre russe", "son homologue américain", "les chefs de la diplomatie américain et russe". */
export interface RolePhrase {
  from: number;
  to: number;
  /** End of the title words, where the qualifiers (nationality, "de l'OTAN") begin. */
  titleEnd: number;
  /** Folded title words, e.g. "secretaire d'etat". */
  title: string;
  /** Countries named by demonyms or "de <pays>" inside the description. */
  countries: string[];
  /** Organization named by "de <org>" ("le secrétaire général de l'OTAN"). */
  org: string | null;
  plural: boolean;
  /** Starts with a determiner or possessive (bare titles are only used as appositions). */
  determined: boolean;
  /** "homologue": refers to the counterpart of someone just named. */
  counterpart: boolean;
  /** A plural generic role ("les autorités russes") that stands for the country. */
  collective: boolean;
}

const DETERMINERS = new Set(['le', 'la', "l'", 'les', 'son', 'sa', 'ses', 'leur', 'leurs', 'ce', 'cet', 'cette', 'ces', 'du', 'au', 'aux', 'des', 'un', 'une']);
const PLURAL_DETS = new Set(['les', 'ses', 'leurs', 'ces', 'aux', 'des']);
const PRE_ADJ = new Set(['haut', 'hauts', 'haute', 'nouveau', 'nouvelle', 'ancien', 'ancienne', 'ex', 'futur', 'future', 'puissant', 'influent', 'influente', 'premier', 'première']);
const POST_ADJ = new Set(['sortant', 'sortante', 'adjoint', 'adjointe', 'général', 'générale', 'délégué', 'déléguée', 'intérimaire', 'démissionnaire', 'fédéral', 'fédérale', 'élu', 'élue', 'déchu', 'déchue', 'renversé', 'actuel', 'actuelle']);
// Ministries that qualify a minister's title.
const PORTFOLIO_HEADS = new Set(['affaires', 'defense', 'interieur', 'economie', 'finances', 'justice', 'sante', 'armees', 'travail', 'education', 'culture', 'agriculture', 'energie', 'commerce', 'transports', 'sports']);

let collectiveTitles: Set<string> | null = null;
function collectives(): Set<string> {
  collectiveTitles ??= new Set(readList(dataPath('lexicon', 'collective-roles.txt')).map(fold));
  return collectiveTitles;
}

let stateNounSet: Set<string> | null = null;
/** Folded nouns that stand for a state acting ("le gouvernement malien", "l'administration Trump"). */
export function stateNouns(): Set<string> {
  stateNounSet ??= new Set(readList(dataPath('lexicon', 'state-nouns.txt')).map(fold));
  return stateNounSet;
}

function matchTitle(doc: Doc, i: number, end: number): number {
  const lex = lexicon();
  for (const words of lex.titlesByFirst.get(doc.folded[i]) ?? []) {
    if (i + words.length > end) continue;
    let ok = true;
    for (let k = 0; k < words.length && ok; k++) ok = doc.folded[i + k].replace(/-/g, ' ') === words[k].replace(/-/g, ' ');
    if (ok) return i + words.length;
  }
  // Plural of a one-word title ("chefs", "ministres") and collective roles.
  const w = doc.folded[i];
  if (w.endsWith('s') && (lex.titlesByFirst.get(w.slice(0, -1)) ?? []).some((t) => t.length === 1)) return i + 1;
  if (w.endsWith('s') && w.length > 3) {
    const sing = w.slice(0, -1);
    for (const words of lex.titlesByFirst.get(sing) ?? []) {
      if (i + words.length > end) continue;
      let ok = true;
      for (let k = 1; k < words.length && ok; k++) ok = doc.folded[i + k] === words[k];
      if (ok) return i + words.length;
    }
  }
  if (collectives().has(w) || stateNouns().has(w)) return i + 1;
  if (w === 'homologue' || w === 'homologues') return i + 1;
  return -1;
}

/** Parses a role description starting at token i, or null. */
export function parseRole(doc: Doc, i: number, end: number): RolePhrase | null {
  const lex = lexicon();
  let k = i;
  let determined = false;
  let plural = false;
  if (DETERMINERS.has(doc.low[k])) {
    determined = true;
    plural = PLURAL_DETS.has(doc.low[k]);
    k++;
  }
  while (k < end && PRE_ADJ.has(doc.low[k])) k++;
  if (k >= end) return null;
  const titleStart = k;
  const titleEnd = matchTitle(doc, k, end);
  if (titleEnd < 0) return null;
  // Honorifics ("M.", "Mme") are names' prefixes, not descriptions.
  if (lex.honorifics.has(doc.folded[titleStart])) return null;
  let title = doc.folded.slice(titleStart, titleEnd).join(' ').replace(/' /g, "'");
  const counterpart = /^homologues?$/.test(title);
  if (doc.low[titleEnd - 1].endsWith('s') && titleEnd - titleStart === 1 && !/^(?:fils|pays)$/.test(doc.low[titleStart])) plural ||= true;
  const countries: string[] = [];
  let org: string | null = null;
  k = titleEnd;
  for (let guard = 0; k < end && guard < 8; guard++) {
    const w = doc.low[k];
    const demonym = lex.demonyms.get(doc.folded[k]);
    if (demonym) {
      countries.push(demonym);
      k++;
      continue;
    }
    if (POST_ADJ.has(w)) {
      k++;
      continue;
    }
    // One free adjective right after the title ("directeur sportif", "procureur financier").
    if (k === titleEnd && /^\p{Ll}+$/u.test(doc.tokens[k].text) && /(?:al|ale|el|elle|if|ive|ique|aire|ier|ière|ien|ienne|é|ée)s?$/.test(w) && !lex.functionWords.has(doc.folded[k])) {
      k++;
      continue;
    }
    if (w === 'et' && lex.demonyms.has(doc.folded[k + 1] ?? '')) {
      k++;
      continue;
    }
    // "l'ambassadeur d'Iran en France", "l'ambassadeur israélien à l'ONU": where the post is held.
    if ((w === 'en' || w === 'à' || w === 'auprès') && (countries.length > 0 || org) && k + 1 < end) {
      let m = k + 1;
      if (w === 'auprès' && /^(?:de|du|d')$/.test(doc.low[m])) m++;
      if (doc.low[m] === 'la' || doc.low[m] === "l'") m++;
      const ent = w === 'auprès' && m === k + 1 ? null : entityAt(doc, m, end);
      if (ent) {
        k = ent.to;
        continue;
      }
    }
    // "de la diplomatie", "des Affaires étrangères", "du président russe", "de l'OTAN"
    if ((w === 'de' || w === 'des' || w === 'du' || w === "d'") && k + 1 < end) {
      let m = k + 1;
      if (doc.low[m] === 'la' || doc.low[m] === "l'") m++;
      const head = doc.folded[m] ?? '';
      if (head === 'diplomatie') {
        title += ' de la diplomatie';
        k = m + 1;
        continue;
      }
      if (PORTFOLIO_HEADS.has(head)) {
        k = m + 1;
        if (doc.folded[k] === 'etrangeres') k++;
        if (head === 'affaires') title = title.replace(/^ministres?$/, 'ministre des affaires etrangeres');
        continue;
      }
      const ent = entityAt(doc, m, end);
      if (ent) {
        if (ent.type === 'Country') countries.push(ent.key);
        else if (ent.type === 'Organization') org = ent.key;
        k = ent.to;
        continue;
      }
      if (head === 'president' || head === 'presidente' || head === 'gouvernement') {
        // "le porte-parole du président russe": the country qualifies the role.
        k = m + 1;
        continue;
      }
    }
    break;
  }
  if (plural && countries.length === 0 && !org && !counterpart) {
    // A bare plural ("les ministres") names nobody in particular.
    return null;
  }
  // "la présidence tchèque de l'UE" is a body of the organization, not the Czech state.
  const collective = (plural && collectives().has(doc.folded[titleStart])) || (stateNouns().has(doc.folded[titleStart]) && countries.length > 0 && !org);
  return { from: i, to: k, titleEnd, title, countries, org, plural, determined, counterpart, collective };
}

/** The longest gazetteer country or organization starting at token i. */
export function entityAt(doc: Doc, i: number, end: number): { key: string; type: string; to: number } | null {
  const lex = lexicon();
  if (!lex.phraseStarts.has(firstWord(doc, i))) return null;
  const keys = prefixKeys(doc, i, Math.min(lex.maxPhrase, end - i), (k) => lex.phrasePrefixes.has(k));
  for (let len = keys.length; len >= 1; len--) {
    const entries = lex.phrases.get(keys[len - 1]);
    if (!entries) continue;
    const e = entries.find((x) => x.type === 'Country' || x.type === 'Organization');
    if (e) return { key: e.entity, type: e.type, to: i + len };
  }
  return null;
}

const HEADS = new Set(['state', 'government']);
let officeOf: Map<string, string> | null = null;

/** Each title's office (data/lexicon/offices.tsv), by its folded form: one office, many titles. */
function offices(): Map<string, string> {
  if (officeOf) return officeOf;
  officeOf = new Map();
  for (const line of readFileSync(dataPath('lexicon', 'offices.tsv'), 'utf8').split('\n')) {
    if (!line.trim() || line.startsWith('#')) continue;
    const [office, titles] = line.split('\t');
    for (const t of titles.split('|')) officeOf.set(t.trim(), office.trim());
  }
  return officeOf;
}

let ministerial: Set<string> | null = null;
/** Offices one of whose titles is "ministre …" (diplomacy, justice…): a bare "le ministre" may hold them. */
function ministerialOffices(): Set<string> {
  ministerial ??= new Set([...offices()].filter(([t]) => t.startsWith('ministre ')).map(([, office]) => office));
  return ministerial;
}

// Normalized titles, remembered: the few titles of an article are compared with every person's, for every description.
const normalTitles = new Map<string, { title: string; head: string }>();

/** A title with the diplomatic offices as one ("diplomacy") and no plural, and its first word. */
function normalTitle(t: string): { title: string; head: string } {
  let n = normalTitles.get(t);
  if (!n) {
    const folded = fold(t);
    // "chefs de la diplomatie", "ministres de la défense": a plural title is its singular office.
    const title = offices().get(folded) ?? offices().get(folded.replace(/^(\S+?)s(?= |$)/, '$1')) ?? folded.replace(/s$/, '');
    n = { title, head: title.split(' ')[0] };
    if (normalTitles.size >= 10_000) normalTitles.clear();
    normalTitles.set(t, n);
  }
  return n;
}

/**
 * Whether a title names a government office: one of data/lexicon/offices.tsv or any minister
 * ("ministres de la Défense", "ministres" do; "ambassadeurs", "représentants" do not).
 */
export function namesOffice(title: string): boolean {
  const { title: office, head } = normalTitle(title);
  if (head === 'ministre') return true;
  for (const o of offices().values()) if (o === office) return true;
  return false;
}

/** Role titles that count as the same office for resolving descriptions. */
export function titlesCompatible(a: string, b: string): boolean {
  const x = normalTitle(a);
  const y = normalTitle(b);
  if (x.title === y.title) return true;
  // A vague title ("le dirigeant") fits a head of state or of government.
  if ((x.title === 'leader' && HEADS.has(y.title)) || (y.title === 'leader' && HEADS.has(x.title))) return true;
  return x.head === y.head || (ministerialOffices().has(x.title) && y.head === 'ministre') || (ministerialOffices().has(y.title) && x.head === 'ministre');
}
