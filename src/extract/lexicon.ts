import { readFileSync } from 'node:fs';
import type { EntityType } from '../types.js';
import { dataPath } from '../paths.js';
import { fold, foldKey } from '../nlp/normalize.js';
import { tokenize } from '../nlp/tokens.js';
import { readList, readTsv, splitBar } from './tsv.js';

/** What a gazetteer phrase means when it appears in text. */
export interface LexEntry {
  entity: string; // entity key, `type/slug`
  type: EntityType;
  label: string;
  /** name: the thing's own name; acronym; metonym: stands for a country's government;
   * capital: a capital city, a Place or its country's government depending on context;
   * collective: a group actor ("les Occidentaux"). */
  kind: 'name' | 'acronym' | 'metonym' | 'capital' | 'collective';
  /** For capitals: the Place entity when the city is a location. */
  place?: string;
  /** Matches a lowercase first word too (collectives like "communauté internationale"). */
  lowercaseOk?: boolean;
}

export interface KnownPerson {
  label: string;
  variants: string[];
  country: string | null; // country entity key
  roles: string[]; // folded role titles
}

export interface Frame {
  lemma: string;
  type: string;
  object: 'direct' | 'a' | 'de' | 'sur' | 'avec' | 'contre' | 'none';
  topic?: string[];
  topicDirect?: boolean;
  needsTopic?: boolean;
  requires?: string[];
  /** Words one of which must stand in the verb group before the verb ("en" for "s'en prendre à"). */
  clitic?: string[];
  passive?: boolean;
  meeting?: boolean;
  reflexive?: boolean;
  objectMustBeActor?: boolean;
  subjectOfTopicIsTarget?: boolean;
  /** The verb's subject is whom the act blames ("X porte la responsabilité"): the accuser is who reports it. */
  subjectAccused?: boolean;
  /** A "que" clause after the verb reports a claim, not this act ("suggère que X a menti" is no proposal). */
  notThat?: boolean;
}

export interface NounFrame {
  lemma: string;
  type: string;
  agentFrom?: 'de' | 'subject' | 'de-or-subject';
  after?: string[];
  needsParticipants?: number;
  /** Held together by its clause's subject and someone just named ("une conférence de presse commune"). */
  joint?: boolean;
}

export interface Lexicon {
  phrases: Map<string, LexEntry[]>;
  /** Keys of the first token of every phrase: most tokens start none, and are skipped at once. */
  phraseStarts: Set<string>;
  /** Every phrase key cut after any of its words ("union", "union europeenne"): a longer match is only tried while this holds. */
  phrasePrefixes: Set<string>;
  nounStarts: Set<string>;
  /** Role titles indexed by their first folded word. */
  titlesByFirst: Map<string, string[][]>;
  maxPhrase: number;
  entities: Map<string, { type: EntityType; label: string; aliases: Set<string> }>;
  /** Organization key → its kind in organizations.tsv ("company", "party", "media"…). */
  orgKinds: Map<string, string>;
  demonyms: Map<string, string>; // folded demonym → country key
  titles: string[][]; // folded role-title token sequences, longest first
  honorifics: Set<string>;
  firstNames: Set<string>;
  functionWords: Set<string>;
  /** Nouns for groups of people (data/lexicon/group-nouns.txt), folded. */
  groupNouns: Set<string>;
  orgHeads: Set<string>;
  people: KnownPerson[];
  personByName: Map<string, KnownPerson>; // folded full name or variant → person
  /** Folded last word of the label → the first person (in file order) whose label ends with it. */
  personBySurname: Map<string, KnownPerson>;
  frames: Map<string, Frame[]>; // lemma → frames
  frameForms: Map<string, string[]>; // inflected form → lemmas of frames
  nouns: Map<string, NounFrame>; // folded noun phrase key → frame
  speech: Set<string>; // speech lemmas
  speechReflexive: Set<string>;
  /** Prepositions that attribute what follows ("selon X", "d'après X", "pour X, …"). */
  selon: Set<string>;
  /** Nouns of documents that speak for their author ("un communiqué de X"). */
  documents: Set<string>;
}

export function phraseKey(words: string[]): string {
  return words
    .map((w) => foldKey(w))
    .join(' ')
    .replace(/' /g, "'");
}

const LEADING_DET = /^(?:le|la|les|l['’])\s*/i;

function keyOf(text: string): { key: string; len: number; first: string } {
  const words = tokenize({ index: 0, start: 0, end: text.length, text }).map((t) => t.text);
  const key = phraseKey(words);
  // First word of the key: "Ouest-France" (one token) must be found from "Ouest France" (two).
  return { key, len: words.length, first: key.split(' ')[0] };
}

let cached: Lexicon | null = null;

export function lexicon(): Lexicon {
  if (!cached) cached = load();
  return cached;
}

function load(): Lexicon {
  const phrases = new Map<string, LexEntry[]>();
  const entities = new Map<string, { type: EntityType; label: string; aliases: Set<string> }>();
  let maxPhrase = 1;
  const phraseStarts = new Set<string>();
  const add = (surface: string, e: LexEntry): void => {
    const clean = surface.replace(LEADING_DET, '').trim();
    if (!clean) return;
    const { key, len, first } = keyOf(clean);
    phraseStarts.add(first);
    maxPhrase = Math.max(maxPhrase, len);
    if (/^\p{Ll}/u.test(clean) && e.kind !== 'acronym') e = { ...e, lowercaseOk: true };
    const list = phrases.get(key) ?? [];
    if (!list.some((x) => x.entity === e.entity && x.kind === e.kind)) list.push(e);
    phrases.set(key, list);
    const ent = entities.get(e.entity) ?? { type: e.type, label: e.label, aliases: new Set<string>() };
    if (e.kind !== 'capital') ent.aliases.add(clean);
    entities.set(e.entity, ent);
  };

  const demonyms = new Map<string, string>();
  // Capital's place slug → its country, so that the city's other spellings ("Ryad") are capitals too.
  const capitals = new Map<string, LexEntry>();
  for (const r of readTsv(dataPath('gazetteer', 'countries.tsv'))) {
    if (!r.slug || !r.name_fr) continue;
    const entity = `country/${r.slug}`;
    const base = { entity, type: 'Country' as const, label: r.name_fr };
    add(r.name_fr, { ...base, kind: 'name' });
    for (const v of splitBar(r.variants)) add(v, { ...base, kind: /^[A-Z]{2,}$/.test(v) ? 'acronym' : 'name' });
    for (const m of splitBar(r.metonyms)) add(m, { ...base, kind: 'metonym' });
    for (const c of splitBar(r.capital)) {
      const e: LexEntry = { ...base, kind: 'capital', place: `place/${slugOf(c)}` };
      add(c, e);
      capitals.set(slugOf(c), e);
    }
    for (const d of splitBar(r.demonyms)) {
      demonyms.set(fold(d), entity);
      // Capitalized, a demonym is a noun for the people ("les Russes"): the country acts.
      const noun = d.charAt(0).toUpperCase() + d.slice(1);
      if (/s$/.test(d)) add(noun, { ...base, kind: 'metonym' });
    }
  }
  const orgKinds = new Map<string, string>();
  for (const r of readTsv(dataPath('gazetteer', 'organizations.tsv'))) {
    if (!r.slug || !r.name_fr) continue;
    if (r.kind) orgKinds.set(`organization/${r.slug}`, r.kind);
    const base = { entity: `organization/${r.slug}`, type: 'Organization' as const, label: r.name_fr };
    add(r.name_fr, { ...base, kind: 'name' });
    for (const a of splitBar(r.acronyms)) add(a, { ...base, kind: 'acronym' });
    for (const v of splitBar(r.variants)) add(v, { ...base, kind: 'name' });
  }
  for (const r of readTsv(dataPath('gazetteer', 'places.tsv'))) {
    if (!r.slug || !r.name_fr) continue;
    const base = { entity: `place/${r.slug}`, type: 'Place' as const, label: r.name_fr };
    add(r.name_fr, { ...base, kind: 'name' });
    const capital = r.kind === 'city' ? capitals.get(r.slug) : undefined;
    for (const v of splitBar(r.variants)) {
      add(v, { ...base, kind: 'name' });
      if (capital) add(v, { ...capital, place: base.entity });
    }
  }
  for (const r of readTsv(dataPath('lexicon', 'collectives.tsv'), false)) {
    const [slug, label, forms] = [r['0'], r['1'], r['2']];
    if (!slug) continue;
    // Written with a capital ("Européens"), a form is a name: "les dirigeants européens" is no collective.
    const base = { entity: `organization/${slug}`, type: 'Organization' as const, label };
    for (const f of splitBar(forms)) add(f, { ...base, kind: 'collective' });
  }

  const people: KnownPerson[] = [];
  const personByName = new Map<string, KnownPerson>();
  const personBySurname = new Map<string, KnownPerson>();
  for (const r of readTsv(dataPath('lexicon', 'people.tsv'), false)) {
    const label = r['0'];
    if (!label) continue;
    const p: KnownPerson = {
      label,
      variants: splitBar(r['1']),
      country: r['2'] ? `country/${r['2']}` : null,
      roles: splitBar(r['3']).map(fold),
    };
    people.push(p);
    for (const n of [label, ...p.variants]) personByName.set(foldKey(n), p);
    const surname = fold(label.split(' ').pop()!);
    if (!personBySurname.has(surname)) personBySurname.set(surname, p);
  }

  const titles: string[][] = [];
  const honorifics = new Set<string>();
  for (const r of readTsv(dataPath('gazetteer', 'person-titles.tsv'))) {
    for (const t of splitBar(r.title)) {
      const words = tokenize({ index: 0, start: 0, end: t.length, text: t }).map((x) => fold(x.text));
      titles.push(words);
      if (r.kind === 'honorific') honorifics.add(fold(t));
    }
  }
  for (const h of ['m.', 'mme', 'mme.', 'mlle', 'mgr', 'dr', 'dr.', 'me', 'pr']) honorifics.add(h);
  titles.sort((a, b) => b.length - a.length);

  const framesData = JSON.parse(readFileSync(dataPath('frames', 'verbs.json'), 'utf8')) as { frames: Frame[] };
  const frames = new Map<string, Frame[]>();
  for (const f of framesData.frames) frames.set(f.lemma, [...(frames.get(f.lemma) ?? []), f]);
  const nounsData = JSON.parse(readFileSync(dataPath('frames', 'nouns.json'), 'utf8')) as { nouns: NounFrame[] };
  const nouns = new Map<string, NounFrame>();
  const nounStarts = new Set<string>();
  for (const n of nounsData.nouns) {
    const k = keyOf(n.lemma);
    nouns.set(k.key, n);
    nounStarts.add(k.first);
  }
  const titlesByFirst = new Map<string, string[][]>();
  for (const t of titles) titlesByFirst.set(t[0], [...(titlesByFirst.get(t[0]) ?? []), t]);
  const speechData = JSON.parse(readFileSync(dataPath('frames', 'speech.json'), 'utf8')) as {
    verbs: string[];
    reflexive: string[];
    selon: string[];
    documents: string[];
  };

  return {
    phrases,
    phraseStarts,
    phrasePrefixes: prefixesOf(phrases.keys()),
    nounStarts,
    titlesByFirst,
    maxPhrase,
    entities,
    orgKinds,
    demonyms,
    titles,
    honorifics,
    firstNames: new Set(readList(dataPath('gazetteer', 'first-names.txt')).map(fold)),
    functionWords: new Set(readList(dataPath('lexicon', 'function-words.txt')).map(fold)),
    groupNouns: new Set(readList(dataPath('lexicon', 'group-nouns.txt')).map(fold)),
    orgHeads: new Set(readList(dataPath('lexicon', 'org-heads.txt')).map(fold)),
    people,
    personByName,
    personBySurname,
    frames,
    frameForms: new Map(),
    nouns,
    speech: new Set(speechData.verbs),
    speechReflexive: new Set(speechData.reflexive),
    selon: new Set(speechData.selon),
    documents: new Set(speechData.documents),
  };
}

/** Each key cut where a token may end: before a space, after an apostrophe ("l'"), at its end. */
function prefixesOf(keys: Iterable<string>): Set<string> {
  const out = new Set<string>();
  for (const key of keys) {
    for (let j = 1; j <= key.length; j++) if (j === key.length || key[j] === ' ' || key[j - 1] === "'") out.add(key.slice(0, j));
  }
  return out;
}

/** Readable slug: lowercase, accents folded, runs of other characters as '-'. */
export function slugOf(name: string): string {
  return fold(name)
    .replace(/^(?:(?:le|la|les)\s+|l')/, '')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}
