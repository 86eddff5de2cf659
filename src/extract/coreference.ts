import { readFileSync } from 'node:fs';
import type { EntityType } from '../types.js';
import { fold } from '../nlp/normalize.js';
import { dataPath } from '../paths.js';
import type { Doc, Span } from './doc.js';
import { readTsv, splitBar } from './tsv.js';

// Coreference of the words that stand for actors already named. This stage reads the mentions
// the name, role and description stages found and adds, for each referring phrase, spans of the
// entities it refers to; every later reader (events, statements) sees them as ordinary mentions.

const PERSON_NOUNS = /^(?:dirigeants|presidents|presidentes|chefs|ministres|hommes|femmes|responsables|leaders|dirigeantes|premiers|homologues|diplomates|negociateurs|emissaires|envoyes|protagonistes|adversaires|rivaux|candidats|deputes|elus)$/;
const STATE_NOUNS = /^(?:pays|etats|capitales|voisins|gouvernements|nations|puissances|allies|delegations|camps)$/;
const ANY_NOUNS = /^(?:parties|camps|delegations|protagonistes|adversaires|rivaux|signataires)$/;
// How far back the two antecedents may lie, in sentences.
const REACH = 4;
// "les deux présidents" may name a pair introduced several paragraphs earlier.
const PAIR_REACH = 8;

const COUNTS = new Map([['deux', 2], ['2', 2], ['trois', 3], ['3', 3], ['quatre', 4], ['4', 4]]);

/**
 * "les deux dirigeants", "les 2 présidents", "les deux pays", "les trois dirigeants": the two
 * (three, four) actors of that kind named last, each given a span over the phrase (one group).
 */
export function resolvePairs(doc: Doc, spans: Span[], firstGroup: number): Span[] {
  const out: Span[] = [];
  let group = firstGroup;
  const ordered = [...spans].sort((x, y) => x.from - y.from);
  for (let i = 1; i + 1 < doc.tokens.length; i++) {
    if (!/^(?:les|des|aux|ces|leurs)$/.test(doc.low[i - 1])) continue;
    const n = COUNTS.get(doc.low[i]);
    if (!n) continue;
    const noun = doc.folded[i + 1];
    const kinds: EntityType[] | null = ANY_NOUNS.test(noun)
      ? ['Person', 'Country', 'Organization']
      : PERSON_NOUNS.test(noun)
        ? ['Person']
        : STATE_NOUNS.test(noun)
          ? ['Country']
          : null;
    if (!kinds) continue;
    let to = i + 2;
    // "les deux chefs d'État", "les deux ministres de la Défense"
    if (/^(?:de|d')$/.test(doc.low[to] ?? '') && /^\p{L}/u.test(doc.tokens[to + 1]?.text ?? '') && doc.tokens[to + 1].sentence === doc.tokens[i].sentence) to += 2;
    const sentence = doc.tokens[i].sentence;
    // The pair is the two last named who act, not someone in a complement ("sous la médiation de
    // l'émir"): complements count only when the actors fall short.
    let found: Span[] = [];
    for (const acting of [true, false]) {
      found = [];
      for (let k = ordered.length - 1; k >= 0 && found.length < n; k--) {
        const s = ordered[k];
        if (s.to > i - 1 || s.sentence < sentence - PAIR_REACH) continue;
        if (!kinds.includes(s.type) || found.some((f) => f.entity === s.entity) || (acting && inComplement(doc, s))) continue;
        found.push(s);
      }
      if (found.length === n) break;
    }
    if (found.length < n) continue;
    // Past a pair the count is a list's, of people named together ("X, Y et Z … les trois dirigeants"),
    // not the last few of a kind named here and there.
    if (n > 2 && (found.some((f) => f.type !== 'Person') || new Set(found.map((f) => f.sentence)).size > 1)) continue;
    group++;
    // In the order the article introduced them: "X et son homologue Y … les deux présidents" is X first.
    const first = (e: string) => ordered.findIndex((x) => x.entity === e);
    found.sort((x, y) => first(x.entity) - first(y.entity));
    for (const s of found) out.push({ from: i - 1, to, sentence, entity: s.entity, type: s.type, label: s.label, kind: 'role', group });
  }
  return out;
}

let delegateNouns: Set<string> | null = null;

const DELEGATE_DETERMINERS = /^(?:les|des|aux|la|le|l'|une|un|ses|leurs|ces|cette)$/;

/**
 * "les représentants de la CGT et de FO", "les ambassadeurs du Japon, de l'Inde et du
 * Brésil": people sent by named organizations or countries (data/lexicon/delegate-nouns.txt)
 * stand for them. Each gets a span over the whole phrase (one group), unless something already
 * reads the phrase (a role naming a person).
 */
export function resolveDelegates(doc: Doc, spans: Span[], firstGroup: number): Span[] {
  delegateNouns ??= new Set(readFileSync(dataPath('lexicon', 'delegate-nouns.txt'), 'utf8').split('\n').map((l) => l.trim()).filter((l) => l && !l.startsWith('#')).map(fold));
  const out: Span[] = [];
  let group = firstGroup;
  const starting = new Map<number, Span[]>();
  for (const s of spans) starting.set(s.from, [...(starting.get(s.from) ?? []), s]);
  const actorAt = (k: number): Span | null => {
    const here = (starting.get(k) ?? []).filter((s) => s.type === 'Country' || s.type === 'Organization');
    return here.sort((x, y) => y.to - x.to)[0] ?? null;
  };
  for (let i = 1; i + 2 < doc.tokens.length; i++) {
    if (!delegateNouns.has(doc.folded[i]) || !DELEGATE_DETERMINERS.test(doc.low[i - 1])) continue;
    if (starting.has(i - 1)) continue;
    const sentence = doc.tokens[i].sentence;
    const end = doc.ranges[sentence][1];
    const found: Span[] = [];
    // "de X", then ", de Y" or "et de Y" (the preposition may repeat or not: "de la CGT et de FO", "de X et Y").
    let k = i + 1;
    for (;;) {
      let m = k;
      if (found.length) {
        if (!/^(?:,|et)$/.test(doc.low[m] ?? '')) break;
        m++;
      }
      if (/^(?:de|du|des|d')$/.test(doc.low[m] ?? '')) m++;
      else if (!found.length) break;
      if (/^(?:la|l')$/.test(doc.low[m] ?? '')) m++;
      const actor = m < end ? actorAt(m) : null;
      if (!actor) break;
      found.push(actor);
      k = actor.to;
    }
    if (!found.length) continue;
    group++;
    const to = found[found.length - 1].to;
    for (const s of found) out.push({ from: i - 1, to, sentence, entity: s.entity, type: s.type, label: s.label, kind: 'role', group, delegates: true });
  }
  return out;
}

/**
 * "Lima accuse son voisin": a country's neighbour is the other country named last, within
 * a few sentences (the possessor being the country named last in its own sentence).
 */
export function resolveNeighbours(doc: Doc, spans: Span[]): Span[] {
  const out: Span[] = [];
  const countries = spans.filter((s) => s.type === 'Country').sort((x, y) => x.from - y.from);
  for (let i = 1; i < doc.tokens.length; i++) {
    if (!/^(?:son|sa)$/.test(doc.low[i - 1]) || !/^(?:voisin|voisine)$/.test(doc.low[i])) continue;
    const sentence = doc.tokens[i].sentence;
    const before = countries.filter((s) => s.to <= i - 1 && s.sentence >= sentence - REACH);
    const own = [...before].reverse().find((s) => s.sentence === sentence);
    if (!own) continue;
    const other = [...before].reverse().find((s) => s.entity !== own.entity);
    if (!other) continue;
    out.push({ from: i - 1, to: i + 1, sentence, entity: other.entity, type: 'Country', label: other.label, kind: 'role' });
  }
  return out;
}

export type Gender = 'm' | 'f';

interface Title {
  words: string[];
  gender: Gender | null;
}
let titlesByFirst: Map<string, Title[]> | null = null;

/** Titles by their first folded word, longest first: "secrétaire générale" is not "secrétaire d'État". */
function titles(): Map<string, Title[]> {
  if (titlesByFirst) return titlesByFirst;
  titlesByFirst = new Map();
  for (const r of readTsv(dataPath('gazetteer', 'person-titles.tsv'))) {
    const gender = r.gender === 'm' || r.gender === 'f' ? r.gender : null;
    for (const t of splitBar(r.title)) {
      const words = fold(t).split(/\s+|(?<=')/).filter(Boolean);
      const list = titlesByFirst.get(words[0]) ?? [];
      list.push({ words, gender });
      titlesByFirst.set(words[0], list);
    }
  }
  for (const list of titlesByFirst.values()) list.sort((x, y) => y.words.length - x.words.length);
  return titlesByFirst;
}

/** The gender of the title written at token k, if one is (its longest reading). */
function titleAt(doc: Doc, k: number): Gender | null | undefined {
  const list = titles().get(doc.folded[k]);
  const found = list?.find((t) => t.words.every((w, i) => doc.folded[k + i] === w));
  return found ? found.gender : undefined;
}

let nameGender: Map<string, Gender> | null = null;

/** The gender of a folded first name where the gazetteer lists it by gender, else null. */
export const firstNameGender = (folded: string): Gender | null => firstNames().get(folded) ?? null;

// French first names are listed by gender in the gazetteer; other cultures' are not (unknown).
function firstNames(): Map<string, Gender> {
  if (nameGender) return nameGender;
  nameGender = new Map();
  let section: Gender | null = null;
  for (const line of readFileSync(dataPath('gazetteer', 'first-names.txt'), 'utf8').split('\n')) {
    const l = line.trim();
    if (l.startsWith('#')) {
      section = /\(male\)/.test(l) ? 'm' : /\(female\)/.test(l) ? 'f' : null;
      continue;
    }
    if (l && section) nameGender.set(fold(l), section);
  }
  return nameGender;
}

/**
 * Grammatical gender of each actor entity as the text shows it: "M."/"Mme", a gendered title or
 * determiner before a person ("la ministre", "le président"), a French first name, the article
 * before an organization or country ("le Qatar", "la France"). Null where nothing says.
 */
export function gendersOf(doc: Doc, spans: Span[]): Map<string, Gender | null> {
  const votes = new Map<string, { m: number; f: number }>();
  const vote = (e: string, g: Gender | null) => {
    const v = votes.get(e) ?? { m: 0, f: 0 };
    if (g) v[g]++;
    votes.set(e, v);
  };
  for (const s of spans) {
    if (s.kind === 'pronoun') continue;
    if (s.type === 'Person') {
      const before = doc.folded.slice(Math.max(0, s.from - 4), s.from + 1);
      let g: Gender | null = null;
      before.forEach((w, i) => {
        if (w === 'mme' || w === 'madame' || w === 'mlle' || w === 'mmes') g = 'f';
        else if (w === 'm.' || w === 'monsieur' || w === 'mm.') g = 'm';
        else {
          const t = titleAt(doc, Math.max(0, s.from - 4) + i);
          if (t !== undefined) g = t;
        }
      });
      if (!g && /^(?:la|une|cette)$/.test(doc.low[s.from] ?? '')) g = 'f';
      g ??= firstNames().get(doc.folded[s.from]) ?? null;
      vote(s.entity, g);
    } else {
      const det = doc.low[s.from] === s.label.toLowerCase().split(' ')[0] ? doc.low[s.from - 1] : doc.low[s.from];
      vote(s.entity, /^(?:le|du|au)$/.test(det ?? '') ? 'm' : det === 'la' ? 'f' : null);
    }
  }
  const out = new Map<string, Gender | null>();
  for (const [e, v] of votes) out.set(e, v.m > v.f ? 'm' : v.f > v.m ? 'f' : null);
  return out;
}

const PRONOUNS: Record<string, { gender: Gender; plural: boolean }> = {
  il: { gender: 'm', plural: false },
  elle: { gender: 'f', plural: false },
  ils: { gender: 'm', plural: true },
  elles: { gender: 'f', plural: true },
};

/** The subject pronoun a token is or ends with ("il", "a-t-elle", "dit-il"), or null. */
export function pronounOf(word: string): string | null {
  const w = word.toLowerCase();
  if (PRONOUNS[w]) return w;
  const m = /-(?:t-)?(il|elle|ils|elles)$/.exec(w);
  return m ? m[1] : null;
}

const PREPOSITION = /^(?:de|d'|du|des|à|au|aux|avec|pour|par|sur|contre|entre|chez|vers|dans|en|selon|sans|après|avant|malgré|envers|auprès|face|devant|sous|comme|parmi|lors|depuis)$/;

/**
 * What a subject pronoun at token `at` refers to, by salience: the topic of a "quant à X, il …",
 * then actors of its own sentence before it that are not inside a prepositional phrase (nearest
 * first), then, going back a few sentences, each one's event agents, else its first such actor
 * (its subject, usually); each must agree in gender and number, and outside a quote no word
 * inside one is a candidate. "ils"/"elles" take a group ("X et Y", "les
 * deux dirigeants") or a plural description.
 */
/** True when a mention sits in a prepositional phrase ("de l'émir", "avec la Russie"). */
function inComplement(doc: Doc, s: Span): boolean {
  if (inParentheses(doc, s)) return true;
  let k = s.from - 1;
  while (k >= 0 && /^(?:le|la|les|l'|un|une|son|sa|ses|leur|leurs|ce|cette|ces)$/.test(doc.low[k])) k--;
  return k >= 0 && doc.tokens[k].sentence === s.sentence && PREPOSITION.test(doc.low[k]);
}

/** "Elodie Lopez (Ensemble à gauche - POP) a pris la parole": an aside, not an actor of the clause. */
function inParentheses(doc: Doc, s: Span): boolean {
  const [first] = doc.ranges[s.sentence];
  for (let k = s.from - 1; k >= first; k--) {
    if (doc.low[k] === ')') return false;
    if (doc.low[k] === '(') return true;
  }
  return false;
}

/** "Quant au MCG, …": the actor a clause is set up to be about, which its subject pronoun takes up. */
export function isClauseTopic(doc: Doc, s: Span): boolean {
  return doc.low[s.from - 1] === 'quant' || doc.low[s.from - 2] === 'quant' || doc.low[s.from - 3] === 'quant';
}

export interface Discourse {
  genders: Map<string, Gender | null>;
  /** True for tokens inside quotation marks: a quote's words are the speaker's, not the narrator's. */
  quoted(token: number): boolean;
  /** Agents of the events already read in a sentence (speakers, accusers…): its most salient actors. */
  agents(sentence: number): Span[];
}

export function pronounAntecedent(doc: Doc, actors: Span[], discourse: Discourse, at: number, pronoun: string, personal = false): Span[] {
  const p = PRONOUNS[pronoun];
  if (!p) return [];
  // Who speaks ("a-t-il ajouté") is a person far more often than an institution: a singular
  // speaker pronoun looks for a person first, then for anyone.
  // "Quant au MCG, il a fustigé …": the topic set up for the clause comes before any person.
  if (personal && !p.plural) {
    const topic = antecedent(doc, actors, discourse, at, p, () => true, true);
    if (topic.length) return topic;
    const person = antecedent(doc, actors, discourse, at, p, (s) => s.type === 'Person');
    if (person.length) return person;
  }
  return antecedent(doc, actors, discourse, at, p, () => true);
}

function antecedent(doc: Doc, actors: Span[], discourse: Discourse, at: number, p: (typeof PRONOUNS)[string], kind: (s: Span) => boolean, topicOnly = false): Span[] {
  const { genders } = discourse;
  // An incise ("a-t-il dit") within the marks is the narrator's, whatever the quote says around it.
  const outside = !discourse.quoted(at) || doc.low[at].includes('-');
  const sentence = doc.tokens[at].sentence;
  const agrees = (s: Span) => {
    const g = genders.get(s.entity) ?? null;
    return g === null || g === p.gender || (p.plural && p.gender === 'm');
  };
  const plural = (s: Span) => s.group !== undefined || /^(?:les|des|aux|ces|leurs)$/.test(doc.low[s.from] ?? '') || /^(?:les|des|aux|ces)$/.test(doc.low[s.from - 1] ?? '');
  // "avec le président ivoirien X": the name is in the complement its role phrase opens.
  const inPP = (s: Span) => inComplement(doc, s) || actors.some((x) => x.entity === s.entity && x.from < s.from && x.to >= s.to && inComplement(doc, x));
  const fits = (s: Span) =>
    kind(s) &&
    agrees(s) && (p.plural ? plural(s) || s.type !== 'Person' : !plural(s) || s.group === undefined) && !(outside && discourse.quoted(s.from));
  const withGroup = (s: Span) => (s.group !== undefined ? actors.filter((x) => x.group === s.group && x.from === s.from) : [s]);

  const [first] = doc.ranges[sentence];
  const own = actors.filter((s) => s.sentence === sentence && s.to <= at);
  // "Quant au MCG, il a fustigé …"
  const topic = own.find((s) => isClauseTopic(doc, s));
  if (topic && fits(topic)) return withGroup(topic);
  if (topicOnly) return [];
  for (let k = own.length - 1; k >= 0; k--) if (!inPP(own[k]) && fits(own[k]) && own[k].from >= first) return withGroup(own[k]);
  for (let s = sentence - 1; s >= Math.max(0, sentence - REACH); s--) {
    const acting = discourse.agents(s).find(fits);
    if (acting) return withGroup(acting);
    const theirs = actors.filter((x) => x.sentence === s);
    const subject = theirs.find((x) => !inPP(x) && fits(x));
    if (subject) return withGroup(subject);
  }
  return [];
}
