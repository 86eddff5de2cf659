import type { EntityType, MentionKind } from '../types.js';
import { fold, foldKey, isAllCaps } from '../nlp/normalize.js';
import { isVerbForm, verbLemma, verbTenses } from '../nlp/verbs.js';
import { dataPath } from '../paths.js';
import { spanText, type Doc, type Span } from './doc.js';
import { lexicon, slugOf, type LexEntry } from './lexicon.js';
import { capitalizedRun, isCap, isCommonWord, isSentenceStart, looksLikeAcronym, matchGazetteer } from './names.js';
import { firstNameGender, resolveDelegates, resolveNeighbours, resolvePairs } from './coreference.js';
import { sharedNamePairs } from './name-pairs.js';
import { orgHead, parseDescription, type Description } from './descriptions.js';
import { anonymousSources } from './sources.js';
import { CARDINAL, countedGroups } from './groups.js';
import { namesOffice, parseRole, stateNouns, titlesCompatible, type RolePhrase } from './roles.js';
import { readTsv } from './tsv.js';
import { taggedFirstName, taggedPlace } from './tags.js';

/** A person as known within one article: every name form, nationality and offices. */
export interface PersonCluster {
  key: string;
  label: string;
  surname: string;
  firsts: Set<string>;
  surfaces: Set<string>;
  country: string | null;
  titles: Set<string>;
  orgs: Set<string>;
}

export interface MentionResult {
  spans: Span[];
  people: PersonCluster[];
}

const INDEFINITE_DET = new Set(['un', 'une', 'des']);
const DETERMINER_BEFORE_NAME = /^(?:le|la|l'|les|du|au|aux|des)$/;
const RANKS = new Set(['grand', 'grande', 'haut', 'haute']);
const BARE_INSTITUTIONS = new Set(['chambre', 'parlement', 'assemblee', 'conseil', 'commission', 'cour', 'congres', 'tribunal']);
// Heads that all name a legislature: "le Parlement" after "la Chambre des représentants" is that chamber.
const LEGISLATURES = new Set(['chambre', 'parlement', 'assemblee', 'senat', 'congres']);
// Honorifics that stay in the name as written (not "M.", "Mme", which only say who is meant).
const SPELLED_HONORIFICS = new Set(['cheikh', 'mgr', 'monseigneur', 'sir', 'lord', 'lady', 'ayatollah']);
const LOCATIVE = new Set(['à', 'a', 'près', 'depuis', 'vers', 'dans', 'en', 'sur', 'au', 'via', 'jusqu\'à', 'outre']);
const PLACE_HEADS_BEFORE_DE = new Set(['gouvernement', 'ville', 'région', 'maire', 'mairie', 'habitants', 'centre', 'banlieue', 'rues', 'aéroport', 'université', 'tribunal', 'port', 'environs', 'périphérie', 'sud', 'nord', 'est', 'ouest', 'procureur', 'parquet',
  // "près de Stockholm", "au large de Dakar", "non loin de Kiev", "aux portes de Bamako"
  'près', 'loin', 'large', 'abords', 'portes', 'alentours', 'extérieur']);
const AGREEMENT_NOUNS = new Set(['accord', 'accords', 'convention', 'conventions', 'engagements', 'arrangements', 'principes', 'groupe', 'négociations', 'pourparlers', 'réunion', 'format', 'processus', 'protocole', 'protocoles', 'formule', 'traité', 'pacte', 'sommet', 'conférence', 'déclaration', 'mémorandum']);

let anaphors: Map<string, string> | null = null;
function anaphorTable(): Map<string, string> {
  anaphors ??= new Map(readTsv(dataPath('lexicon', 'anaphors.tsv'), false).map((r) => [fold(r['0']), r['1']]));
  return anaphors;
}

interface NameSpan {
  from: number;
  to: number;
  sentence: number;
  type: EntityType | 'Single';
  entity?: LexEntry;
  kind: MentionKind;
  /** A lone capitalized word after "à"/"en": a Place unless it is a person's surname. */
  locative?: boolean;
  /** "Orange Maroc": the company whose subsidiary this is. */
  parent?: LexEntry;
  /** "le Parlement": a head noun alone, standing for an institution named before or known from context. */
  bare?: boolean;
}

export function findMentions(doc: Doc): MentionResult {
  let names: NameSpan[] = [];
  const roles: RolePhrase[] = [];
  const descriptions: Description[] = [];
  const appositions: Array<{ role: RolePhrase; name: NameSpan }> = [];
  // Names already read ahead of the scan (an acronym in parentheses after a description).
  const taken = new Set<number>();

  for (let s = 0; s < doc.ranges.length; s++) {
    const [a, b] = doc.ranges[s];
    let lastRole: RolePhrase | null = null;
    let i = a;
    while (i < b) {
      if (taken.has(i)) {
        i++;
        continue;
      }
      const cabinet = cabinetSpan(doc, i, b, s) ?? (/^(?:le|du|au|son|leur|votre|notre|ce|cet)$/.test(doc.low[i]) ? cabinetSpan(doc, i + 1, b, s) : null);
      if (cabinet) {
        names.push(cabinet);
        i = cabinet.to;
        continue;
      }
      // "la cour d'appel de Paris", "le régime de Vichy": a named institution, not a description.
      if (DETERMINER_BEFORE_NAME.test(doc.low[i]) && i + 1 < b) {
        const named = institutionSpan(doc, i + 1, b, s) ?? gazetteerAfterTitle(doc, i + 1, b, s);
        if (named) {
          names.push(named);
          // "le porte-parole du ministère de l'Intérieur Jean Dupré": the name after is the role's apposition.
          if (lastRole && lastRole.to === i) lastRole.to = named.to;
          i = named.to;
          continue;
        }
      }
      // Inside a description's qualifiers only names are looked for, not another description.
      const role: RolePhrase | null = lastRole && i < lastRole.to ? null : parseRole(doc, i, b);
      // A state noun with a nationality stands for the state ("le gouvernement malien"): a role.
      const desc = role?.collective ? null : parseDescription(doc, i, b);
      if (desc && (!role || desc.to >= role.to)) {
        descriptions.push(desc);
        // "le porte-parole du ministère de l'Intérieur Paul Martin": the ministry
        // qualifies the role, and the name after it is the role's apposition.
        if (lastRole && lastRole.to === i && !desc.name && !INDEFINITE_DET.has(doc.low[i])) lastRole.to = desc.to;
        // "Le premier syndicat de pilotes à Air France (SNPL)": names in the qualifiers come first.
        const inParens = !!desc.name && desc.name[0] > desc.to;
        if (desc.name && !matchGazetteer(doc, desc.name[0], b)) {
          // "l'opérateur Inwi", "l'ONG Human Rights Watch": the description types the name.
          const [from, to] = desc.name;
          names.push({ from, to, sentence: s, type: 'Organization', kind: 'name', entity: adHoc('Organization', spanText(doc, from, to)) });
          if (inParens) taken.add(from);
          i = inParens ? desc.headEnd : to;
        } else i = desc.name && !inParens ? desc.name[0] : desc.headEnd;
        continue;
      }
      if (role && role.to > i) {
        roles.push(role);
        lastRole = role;
        i = role.titleEnd;
        continue;
      }
      const inst = institutionSpan(doc, i, b, s);
      if (inst) {
        names.push(inst);
        i = inst.to;
        continue;
      }
      const gaz = matchGazetteer(doc, i, b);
      const longer = gaz ? (longerName(doc, i, gaz.to, b, s, lastRole) ?? longerOrganization(doc, i, gaz.to, b, s, gaz.entries)) : null;
      if (longer) {
        names.push(longer);
        i = longer.to;
        continue;
      }
      if (gaz) {
        const span = gazetteerSpan(doc, i, gaz.to, s, gaz.entries);
        if (span) names.push(span);
        // "le député LR Jean Dupont", "le ministre PLR", "la conseillère Ecolo Martin": a party right
        // after the title qualifies it (the role, not the party, is who acts), and a name after it
        // is the title's apposition.
        if (span?.type === 'Organization' && lastRole && lastRole.to === i) lastRole.to = gaz.to;
        const inner = span?.type === 'Organization' ? innerOrganization(doc, i, gaz.to, s, span.entity!) : null;
        if (inner) names.push(inner);
        i = gaz.to;
        continue;
      }
      if (isCap(doc, i) && !isCommonWord(doc, i) && !lexicon().honorifics.has(doc.folded[i])) {
        const span = nameSpan(doc, i, b, s, lastRole);
        if (span) {
          names.push(span);
          if (lastRole && appositionGap(doc, lastRole.to, span.from)) {
            appositions.push({ role: lastRole, name: span });
          }
          // "Sergueï Lavrov, ministre russe des Affaires étrangères": a description after the name.
          if (doc.low[span.to] === ',' && span.type === 'Person') {
            const after = parseRole(doc, span.to + 1, b);
            if (after) {
              appositions.push({ role: after, name: span });
              roles.push(after);
              i = after.titleEnd;
              continue;
            }
          }
          i = span.to;
          continue;
        }
      }
      i++;
    }
  }

  names = linkAcronyms(doc, names);
  joinOrganizationForms(doc, names);
  retypeAsNamedOrganizations(doc, names);
  const people = clusterPeople(doc, names);
  const spans: Span[] = [];
  const clusterOf = (n: NameSpan): PersonCluster | undefined => {
    const key = surfaceKey(doc, n);
    return people.find((p) => p.surfaces.has(key));
  };

  for (const n of names) {
    if (n.type === 'Person') {
      const p = clusterOf(n);
      // "cheikh Sabah", "Mgr Aupetit": a spelled-out title is part of how the person is called.
      const titled = n.from > 0 && SPELLED_HONORIFICS.has(doc.folded[n.from - 1]) ? { ...n, from: n.from - 1 } : n;
      if (p) spans.push(personSpan(doc, titled, p, 'name'));
    } else if (n.type === 'Single') {
      resolveSingle(doc, n, people, spans);
    } else if (n.entity) {
      spans.push({ from: n.from, to: n.to, sentence: n.sentence, entity: n.entity.entity, type: n.type, label: n.entity.label, kind: n.kind });
    }
  }

  const appositionRoles = new Set<RolePhrase>();
  for (const { role, name } of appositions) {
    const p = clusterOf(name);
    if (!p) continue;
    appositionRoles.add(role);
    if (role.to <= name.from && role.determined) {
      spans.push({ from: role.from, to: name.to, sentence: name.sentence, entity: p.key, type: 'Person', label: p.label, kind: 'role' });
    }
    p.titles.add(role.title);
    if (role.countries.length === 1 && !role.counterpart) p.country ??= role.countries[0];
    if (role.countries.length === 1 && role.counterpart) p.country ??= role.countries[0];
    if (role.org) p.orgs.add(role.org);
  }

  // "Cet avocat, non cité dans le communiqué, est Paul Martin": the description's title is his.
  for (const { role, name } of identities(doc, roles, names)) clusterOf(name)?.titles.add(role.title);

  let group = 0;
  for (const role of roles) {
    if (appositionRoles.has(role) || !role.determined) continue;
    // "une porte-parole de la compagnie" brings in someone new, not a person named before — unless
    // the article names who holds that title, and only one person does.
    if (/^(?:un|une)$/.test(doc.low[role.from])) {
      // "une porte-parole" is not Emmanuel who holds that title.
      const gender = doc.low[role.from] === 'une' ? 'f' : 'm';
      const agrees = (p: PersonCluster) => [...p.firsts].every((f) => (firstNameGender(f) ?? gender) === gender);
      const holders = people.filter((p) => [...p.titles].some((t) => t === role.title) && agrees(p));
      if (holders.length === 1) spans.push(personSpan(doc, { from: role.from, to: role.to, sentence: doc.tokens[role.from].sentence }, holders[0], 'role'));
      continue;
    }
    const found = resolveRole(doc, role, people, spans);
    if (found.length > 1) group++;
    for (const f of found) spans.push({ ...f, group: found.length > 1 ? group : undefined });
  }
  addAnaphors(doc, spans);
  addCompassCountries(doc, spans);
  spans.sort((x, y) => x.from - y.from || x.to - y.to);
  resolveDescriptions(doc, descriptions, spans, people);
  const pairs = resolvePairs(doc, spans, group);
  pairs.push(...sharedNamePairs(doc, Math.max(group, ...pairs.map((p) => p.group ?? 0))));
  spans.push(...pairs);
  spans.push(...resolveDelegates(doc, spans, Math.max(group, ...pairs.map((p) => p.group ?? 0))));
  spans.push(...resolveNeighbours(doc, spans));
  spans.push(...anonymousSources(doc), ...countedGroups(doc));
  spans.sort((x, y) => x.from - y.from || x.to - y.to);
  return { spans, people };
}

/**
 * One name, one referent in an article: a capitalized run read as a person where nothing typed
 * it ("Rachat de Volta Télécom") is the organization a description names elsewhere ("l'opérateur
 * Volta Télécom").
 */
function retypeAsNamedOrganizations(doc: Doc, names: NameSpan[]): void {
  const orgs = new Map<string, LexEntry>();
  for (const n of names) if (n.type === 'Organization' && n.entity) orgs.set(surfaceKey(doc, n), n.entity);
  for (const n of names) {
    const org = n.type === 'Person' ? orgs.get(surfaceKey(doc, n)) : undefined;
    if (!org) continue;
    n.type = 'Organization';
    n.entity = org;
  }
}

/**
 * A description that the sentence says is a named person: "Cet avocat, (…,) est Paul Martin",
 * "Le suspect était Jean Roux". A demonstrative or definite description, then "est"/"était",
 * a parenthetical between commas at most.
 */
function identities(doc: Doc, roles: RolePhrase[], names: NameSpan[]): Array<{ role: RolePhrase; name: NameSpan }> {
  const out: Array<{ role: RolePhrase; name: NameSpan }> = [];
  for (const role of roles) {
    if (!/^(?:ce|cet|cette|le|la|l')$/.test(doc.low[role.from])) continue;
    const [, end] = doc.ranges[doc.tokens[role.from].sentence];
    let k = role.to;
    if (doc.low[k] === ',') {
      const close = doc.low.indexOf(',', k + 1);
      if (close < 0 || close >= end || close - k > 12) continue;
      k = close + 1;
    }
    if (!/^(?:est|était)$/.test(doc.low[k] ?? '')) continue;
    const name = names.find((n) => n.from === k + 1 && n.type === 'Person');
    if (name) out.push({ role, name });
  }
  return out;
}

/** Between a role and the name it introduces: nothing, a comma, an honorific ("l'émir, cheikh Sabah"). */
function appositionGap(doc: Doc, roleEnd: number, nameFrom: number): boolean {
  let k = roleEnd;
  // "le député socialiste Thomas Wenger", "la sénatrice écologiste X": an adjective or two between
  // the title and the name still set the name in apposition.
  for (let n = 0; n < 2 && k < nameFrom && qualifier(doc, k); n++) k++;
  if (doc.low[k] === ',') k++;
  if (k < nameFrom && lexicon().honorifics.has(doc.folded[k])) k++;
  return k === nameFrom;
}

/** A lowercase word that is neither a function word nor a verb form: an adjective after a title. */
function qualifier(doc: Doc, k: number): boolean {
  const w = doc.low[k] ?? '';
  return /^\p{Ll}[\p{Ll}-]+$/u.test(doc.tokens[k]?.text ?? '') && !lexicon().functionWords.has(w) && !isVerbForm(w);
}

function surfaceKey(doc: Doc, n: { from: number; to: number }): string {
  return foldKey(doc.tokens.slice(n.from, n.to).map((t) => t.text).join(' '));
}

function gazetteerSpan(doc: Doc, from: number, to: number, sentence: number, entries: LexEntry[]): NameSpan | null {
  const prev = doc.low[from - 1] ?? '';
  // "Vingt-six Ougandais ont porté plainte": counted, a people noun names people, not their state.
  if (CARDINAL.test(doc.folded[from - 1] ?? '') && entries.every((e) => e.kind === 'metonym' && e.type === 'Country') && lexicon().demonyms.has(doc.folded[from])) return null;
  const afterAgreement = AGREEMENT_NOUNS.has(prev) || ((prev === 'de' || prev === "d'") && agreementBefore(doc, from - 1));
  const surface = spanText(doc, from, to);
  // A capital, or a seat of government named like a place ("Kremlin", "Quai d'Orsay", "Abidjan"):
  // the country where it acts, a place where something happens there.
  const seat = entries.find((e) => e.kind === 'capital' || (e.kind === 'metonym' && placeLike(surface)));
  const place = entries.find((e) => e.type === 'Place');
  const other = entries.find((e) => e !== seat && e.kind !== 'capital' && e.type !== 'Place');
  if (afterAgreement && (seat || place) && !other) return null;
  if (seat && !other) {
    const placeEntry = place ?? { entity: seat.place ?? `place/${slugOf(surface)}`, type: 'Place' as const, label: surface, kind: 'name' as const };
    const asPlace: NameSpan = { from, to, sentence, type: 'Place', entity: placeEntry, kind: 'name' };
    if (/^\p{Lu}{2,}/u.test(doc.tokens[from].text) && doc.tokens[from].text === doc.tokens[from].text.toUpperCase()) return asPlace;
    if (dateline(doc, from, to)) return asPlace;
    // The preposition before any article: "à la Maison Blanche", "au Kremlin".
    const d = prev === 'la' || prev === 'le' || prev === "l'" ? from - 2 : from - 1;
    const det = doc.low[d] ?? '';
    // "demande à Alger de …", "a écrit au Kremlin": the seat is the addressee, not a location.
    const addressed = /^(?:à|a|au|aux)$/.test(det) && addressingVerb(doc.low[d - 1] ?? '');
    const fromPlace = (det === 'de' || det === "d'" || det === 'du') && (PLACE_HEADS_BEFORE_DE.has(nounBefore(doc, d)) || afterMotion(doc, d));
    if (!addressed && (LOCATIVE.has(det) || fromPlace)) return asPlace;
    return { from, to, sentence, type: 'Country', entity: seat, kind: 'metonym' };
  }
  const e = other ?? place ?? entries[0];
  return { from, to, sentence, type: e.type, entity: e, kind: e.kind === 'acronym' ? 'acronym' : e.kind === 'metonym' ? 'metonym' : 'name' };
}

/**
 * "Conseil de sécurité de l'ONU", "Banque centrale européenne"… a body of a named organization
 * names that organization too: "de l'ONU" at the end of the name is a mention of the UN.
 */
function innerOrganization(doc: Doc, from: number, to: number, sentence: number, outer: LexEntry): NameSpan | null {
  for (let k = from + 1; k < to - 1; k++) {
    if (!/^(?:de|du|des|d')$/.test(doc.low[k])) continue;
    const m = doc.low[k + 1] === 'la' || doc.low[k + 1] === "l'" ? k + 2 : k + 1;
    const g = m < to ? matchGazetteer(doc, m, to) : null;
    const e = g && g.to === to ? g.entries.find((x) => x.type === 'Organization' && x.entity !== outer.entity) : undefined;
    if (e) return { from: m, to, sentence, type: 'Organization', entity: e, kind: e.kind === 'acronym' ? 'acronym' : 'name' };
  }
  return null;
}

/** Every word capitalized but particles ("Quai d'Orsay", "Maison Blanche"): a place's name, not "État hébreu" or "Russes". */
function placeLike(surface: string): boolean {
  const words = surface.split(/[\s']+/).filter(Boolean);
  return words.every((w) => /^\p{Lu}/u.test(w) || /^(?:d|de|du|des|la|le)$/.test(w)) && !lexicon().demonyms.has(fold(surface));
}

/** "Athènes (AFP) - …": a city before the agency that filed from it. */
function dateline(doc: Doc, from: number, to: number): boolean {
  if (doc.low[to] !== '(' || doc.low[to + 2] !== ')') return false;
  const agency = matchGazetteer(doc, to + 1, to + 2)?.entries ?? [];
  return agency.some((e) => e.type === 'Organization') || isAllCaps(doc.tokens[to + 1]?.text ?? '');
}

/** "accords de Minsk", "accords de paix de Minsk", "sommet européen de Bruxelles": an agreement or a meeting named after the place. */
function agreementBefore(doc: Doc, de: number): boolean {
  const noun = nounBefore(doc, de);
  if (AGREEMENT_NOUNS.has(noun)) return true;
  // One step further back, over "de paix", "de cessez-le-feu".
  const k = doc.low.lastIndexOf(noun, de - 1);
  return k > 1 && /^(?:de|d')$/.test(doc.low[k - 1]) && AGREEMENT_NOUNS.has(nounBefore(doc, k - 1));
}

/** The noun a "de" hangs on, past up to two adjectives ("du sommet européen de Bruxelles" → "sommet"). */
function nounBefore(doc: Doc, de: number): string {
  let k = de - 1;
  for (let n = 0; n < 2 && k > 0 && /^\p{Ll}/u.test(doc.tokens[k].text) && (lexicon().demonyms.has(doc.folded[k]) || /(?:al|ale|aux|ien|ienne|éen|éenne|ique|aire|if|ive)s?$/.test(doc.low[k])); n++) k--;
  return doc.low[k] ?? '';
}

// Leaving a place: "en provenance de Séoul", "sortis à pied de la Maison Blanche", "de retour de Kiev".
const MOTION_NOUNS = new Set(['provenance', 'retour', 'départ', 'sortie']);
const MOTION_VERBS = new Set(['sortir', 'venir', 'revenir', 'arriver', 'partir', 'repartir', 'rentrer', 'provenir', 'ressortir', 'décoller', 'fuir', 'rapatrier', 'évacuer', 'expulser']);

function afterMotion(doc: Doc, de: number): boolean {
  const [start] = doc.ranges[doc.tokens[de].sentence];
  for (let k = de - 1; k >= Math.max(start, de - 3); k--) {
    if (MOTION_NOUNS.has(doc.low[k])) return true;
    const lemma = verbLemma(doc.low[k]);
    if (lemma && MOTION_VERBS.has(lemma)) return true;
  }
  return false;
}

/**
 * A one-word place or country that starts a longer capitalized name: a first name ("Dominique
 * Anglade", "Israël Katz") or a company, party or outlet ("Maroc Telecom", "France Télévisions",
 * "Washington Post").
 */
function longerName(doc: Doc, i: number, to: number, end: number, sentence: number, lastRole: RolePhrase | null): NameSpan | null {
  if (to !== i + 1 || !isCap(doc, to) || isAllCaps(doc.tokens[to].text) || isCommonWord(doc, to) || matchGazetteer(doc, to, end)) return null;
  if (doc.tokens[to].start !== doc.tokens[i].end + 1) return null;
  const lex = lexicon();
  if (lex.firstNames.has(doc.folded[i])) return nameSpan(doc, i, end, sentence, lastRole);
  // "la CGT Sophie Binet" is an organization and its leader; only a place's name grows into an organization's.
  const types = gazetteerTypes(doc, i, to);
  if (!(types.has('Country') || types.has('Place')) || lex.firstNames.has(doc.folded[to])) return null;
  const j = capitalizedRun(doc, i, end);
  const label = spanText(doc, i, j);
  return { from: i, to: j, sentence, type: 'Organization', kind: 'name', entity: adHoc('Organization', label) };
}

function gazetteerTypes(doc: Doc, i: number, to: number): Set<string> {
  return new Set((matchGazetteer(doc, i, to)?.entries ?? []).map((e) => (e.kind === 'capital' ? 'Place' : e.type)));
}

function addressingVerb(word: string): boolean {
  const lemma = verbLemma(word);
  // A frame that needs a clitic ("s'en prendre à") is another verb without it ("prises à Abidjan").
  return !!lemma && (lexicon().frames.get(lemma) ?? []).some((f) => f.object === 'a' && !f.clitic);
}

function nameSpan(doc: Doc, i: number, end: number, sentence: number, lastRole: RolePhrase | null): NameSpan | null {
  const lex = lexicon();
  const text = doc.tokens[i].text;
  if (isAllCaps(text)) {
    if (!looksLikeAcronym(text) || !actsAsName(doc, i)) return null;
    return { from: i, to: i + 1, sentence, type: 'Organization', kind: 'acronym', entity: adHoc('Organization', text) };
  }
  let j = capitalizedRun(doc, i, end);
  // A trailing gazetteer name is its own mention ("Blinken Moscou" never is one name).
  for (let k = i + 1; k < j; k++) if (matchGazetteer(doc, k, j)) j = k;
  if (j - i >= 3 && !lex.firstNames.has(doc.folded[i])) {
    // "Président Emmanuel Macron", "les Bleus Didier Deschamps": the name starts at the first name;
    // but an unknown capitalized word opening an apposition is a first name the list lacks
    // (", Zorab Karim Haddad,").
    // After "et" a name may follow another ("le général Paul Martin et Jean Roux").
    const listed = doc.low[i - 1] === 'et' && isCap(doc, i - 2) && !isSentenceStart(doc, i - 2);
    const unknownGiven = j - i === 3 && (/^[,(]$/.test(doc.low[i - 1] ?? '') || listed) && !isCommonWord(doc, i) && !lex.honorifics.has(doc.folded[i]) && !lex.orgHeads.has(doc.folded[i]) && !matchGazetteer(doc, i, i + 1) && !isVerbForm(doc.low[i]);
    if (!unknownGiven) for (let k = i + 1; k < j - 1; k++) if (lex.firstNames.has(doc.folded[k])) return nameSpan(doc, k, end, sentence, null);
    // A first given name the list lacks before one it has: "Téné Birahima Ouattara".
    if (unknownGiven && lex.firstNames.has(doc.folded[i + 1])) return { from: i, to: j, sentence, type: 'Person', kind: 'name' };
  }
  const prev = doc.low[i - 1] ?? '';
  const words = doc.folded.slice(i, j);
  const key = foldKey(doc.tokens.slice(i, j).map((t) => t.text).join(' '));
  const afterRole = lastRole !== null && appositionGap(doc, lastRole.to, i);
  const honorific = lex.honorifics.has(doc.folded[i - 1] ?? '');
  // "l'Alliance" after NATO is an anaphor, resolved once the article is read.
  if (/^l'$/.test(prev) && anaphorTable().has(words[0]) && j - i === 1) return null;
  // "Grand Conseil", "Haute Cour": an organization's head after a rank adjective.
  // "le Parlement", "la Chambre", "du Conseil": an institution named by its head alone (joined
  // to the one named in full before it, by joinOrganizationForms).
  if (j - i === 1 && BARE_INSTITUTIONS.has(words[0]) && /^(?:le|la|l'|du|au)$/.test(prev) && !isSentenceStart(doc, i - 1) && !orgSpan(doc, i, end, sentence)) {
    return { from: i, to: j, sentence, type: 'Organization', kind: 'name', entity: adHoc('Organization', doc.tokens[i].text), bare: true };
  }
  if (lex.orgHeads.has(words[0]) || (RANKS.has(words[0]) && j - i >= 2 && lex.orgHeads.has(words[1]))) return orgSpan(doc, i, end, sentence);
  if (honorific || afterRole || lex.personByName.has(key) || (j - i >= 2 && lex.firstNames.has(words[0]))) {
    return { from: i, to: j, sentence, type: 'Person', kind: 'name' };
  }
  if (j - i === 1) {
    const locative = LOCATIVE.has(prev) && !isSentenceStart(doc, i);
    return { from: i, to: j, sentence, type: 'Single', kind: 'name', locative };
  }
  if (words.some((w) => isCommonWord(doc, i + words.indexOf(w)))) return null;
  // Unknown capitalized phrases ("Inflation Reduction Act") are only people with a person's context.
  if (!personContext(doc, i, j)) return null;
  return { from: i, to: j, sentence, type: 'Person', kind: 'name' };
}

/**
 * An unknown all-caps word is an organization's acronym only where it is used as a name: after a
 * determiner or a preposition ("la CGT", "selon le SNPL"), before a verb ("HRW accuse"), or
 * again elsewhere in the article; not a roman numeral, a unit after a number, or a word of a
 * headline set in capitals.
 */
function actsAsName(doc: Doc, i: number): boolean {
  const text = doc.tokens[i].text;
  if (/^[IVXLC]+$/.test(text) || /^\d/.test(doc.tokens[i - 1]?.text ?? '')) return false;
  const [a, b] = doc.ranges[doc.tokens[i].sentence];
  let caps = 0;
  for (let k = a; k < b; k++) if (isAllCaps(doc.tokens[k].text) && doc.tokens[k].text.length > 1) caps++;
  if (caps * 2 > b - a) return false;
  if (/^(?:le|la|les|l'|du|au|aux|des|selon|par|contre|avec|et|entre|syndicat|parti|groupe|ong|association|mouvement)$/.test(doc.low[i - 1] ?? '')) return true;
  if (isVerbForm(doc.low[i + 1] ?? '') && !lexicon().functionWords.has(doc.folded[i + 1] ?? '')) return true;
  for (let k = 0; k < doc.tokens.length; k++) if (k !== i && doc.tokens[k].text === text) return true;
  return false;
}

/**
 * Two forms of one organization in one article: "Grand Conseil" and "Grand Conseil vaudois" (the
 * short form lacks a trailing adjective), "Transavia" and "Transavia France" (a subsidiary named
 * along with the company alone is the company, as the article speaks of it).
 */
function joinOrganizationForms(doc: Doc, names: NameSpan[]): void {
  const orgs = names.filter((n) => n.type === 'Organization' && n.entity);
  const entities = new Set(orgs.map((n) => n.entity!.entity));
  const byLabel = new Map(orgs.map((n) => [n.entity!.label, n.entity!]));
  for (const n of orgs) {
    if (n.parent && entities.has(n.parent.entity)) {
      n.entity = n.parent;
      continue;
    }
    if (n.bare) {
      const head = doc.folded[n.from];
      const fits = (m: NameSpan) => {
        const first = m.bare ? doc.folded[m.from] : fold(m.entity!.label.split(/\s+/)[0]);
        return first === head || (LEGISLATURES.has(head) && LEGISLATURES.has(first));
      };
      // The institution of that kind named last before it, else the first one named at all.
      let antecedent: NameSpan | undefined;
      for (const m of orgs) if (!m.bare && m.from < n.from && fits(m)) antecedent = m;
      antecedent ??= orgs.find((m) => !m.bare && fits(m));
      if (antecedent) n.entity = antecedent.entity;
      else {
        const first = orgs.find((m) => m.bare && fits(m));
        if (first && first !== n) n.entity = first.entity;
      }
      continue;
    }
    if (n.kind !== 'name' || n.to - n.from < 2) continue;
    const label = n.entity!.label;
    for (const [other, e] of byLabel) {
      if (other.length > label.length && other.startsWith(label + ' ') && /^(?: \p{Ll}[\p{L}-]*){1,2}$/u.test(other.slice(label.length))) {
        n.entity = e;
        break;
      }
    }
  }
}

/**
 * "la Fédération syndicale unitaire (FSU)": the acronym in parentheses after an organization's
 * name is that organization, there and wherever else the article uses it.
 */
function linkAcronyms(doc: Doc, names: NameSpan[]): NameSpan[] {
  const expansions = new Map<string, NameSpan>();
  for (const n of names) {
    if (n.type !== 'Organization' || !n.entity || doc.low[n.to] !== '(' || doc.low[n.to + 2] !== ')') continue;
    const acronym = doc.tokens[n.to + 1].text;
    if (/^\p{Lu}[\p{L}\d&]{1,7}$/u.test(acronym) && !expansions.has(acronym)) expansions.set(acronym, n);
  }
  // "le CNDP (Congrès national pour la défense du peuple)": the acronym first, then its expansion.
  for (const n of names) {
    if (n.type !== 'Organization' || !n.entity || n.to - n.from < 2 || doc.low[n.from - 1] !== '(' || doc.low[n.to] !== ')') continue;
    const acronym = doc.tokens[n.from - 2]?.text ?? '';
    if (isAllCaps(acronym) && /^\p{Lu}[\p{Lu}\d&]{1,7}$/u.test(acronym) && !expansions.has(acronym)) expansions.set(acronym, n);
  }
  if (!expansions.size) return names;
  const out = names.filter((n) => !(n.to - n.from === 1 && expansions.has(doc.tokens[n.from].text)));
  const covered = new Set<number>();
  for (const n of out) for (let k = n.from; k < n.to; k++) covered.add(k);
  for (let k = 0; k < doc.tokens.length; k++) {
    const n = expansions.get(doc.tokens[k].text);
    if (!n || covered.has(k)) continue;
    out.push({ from: k, to: k + 1, sentence: doc.tokens[k].sentence, type: 'Organization', kind: 'acronym', entity: { ...n.entity!, kind: 'acronym' } });
  }
  return out.sort((x, y) => x.from - y.from);
}

/** Signals that an unknown capitalized phrase is a person: an apposition, a speech verb, a later surname. */
function personContext(doc: Doc, i: number, j: number): boolean {
  const [, end] = doc.ranges[doc.tokens[i].sentence];
  if (doc.low[j] === ',' && parseRole(doc, j + 1, end)) return true;
  for (let k = j; k < Math.min(end, j + 3); k++) {
    // "Rachat de Volta Télécom : Bruxelles menace": the verb of another clause.
    if (/^[:;«»"“”()]$/.test(doc.low[k])) break;
    const lemma = verbLemma(doc.low[k]);
    if (lemma && lexicon().speech.has(lemma)) return true;
  }
  if (doc.low[i - 1] === 'selon' || (doc.low[i - 2] === "d'" && doc.low[i - 1] === 'après')) return true;
  // "…, a déclaré Sun Weidong", "a mis en garde Li Wei.": the speaker of an inverted incise.
  const [start] = doc.ranges[doc.tokens[i].sentence];
  if (/^(?:[,.;!?»”"]|\(|$)/.test(doc.low[j] ?? '')) {
    for (let k = i - 1; k >= Math.max(start, i - 3); k--) {
      const lemma = verbLemma(doc.low[k]);
      const incise = /^(?:a|avait|aurait|ont)$/.test(doc.low[k - 1] ?? '') && /^(?:,|»|”|")$/.test(doc.low[k - 2] ?? '');
      if (incise && lemma && (lexicon().speech.has(lemma) || lexicon().frames.has(lemma))) return true;
      if (!/^(?:en|garde|encore|aussi|également|alors|ensuite|déjà)$/.test(doc.low[k]) && k < i - 1) break;
    }
  }
  if (taggedFirstName(doc, i)) return true;
  const surname = doc.folded[j - 1];
  return doc.folded.some((w, k) => w === surname && (k < i || k >= j) && isCap(doc, k) && !isCap(doc, k - 1));
}

/** "Agence internationale de l'énergie atomique (AIEA)": head noun, its words, an optional acronym. */
function orgSpan(doc: Doc, i: number, end: number, sentence: number): NameSpan | null {
  const lex = lexicon();
  let j = i + 1;
  while (j < end && j - i < 12) {
    const w = doc.low[j];
    // "le président de la Chambre Siegfried Bracke": a first name and a surname start a person.
    if (isCap(doc, j) && lex.firstNames.has(doc.folded[j]) && j + 1 < end && isCap(doc, j + 1)) break;
    if (isCap(doc, j)) {
      j++;
      continue;
    }
    if (NOT_IN_NAMES.test(w)) break;
    const afterConnector = /^(?:de|du|des|d')$/.test(doc.low[j - 1]);
    // "… du Canada d'empiéter": an infinitive starts the clause the name is in.
    if (afterConnector && verbTenses(w) === 'W') break;
    // Lowercase words of the name: "Parti conservateur", "Syndicat national des pilotes de ligne".
    if (/^[\p{Ll}]/u.test(doc.tokens[j].text) && j - i <= (afterConnector ? 8 : 4) && !lex.functionWords.has(doc.folded[j]) && (afterConnector || !isVerbForm(w))) {
      j++;
      continue;
    }
    // After a connector comes a noun ("des pilotes"), even when it doubles as a verb form.
    const nextLower = j + 1 < end && /\p{Ll}/u.test(doc.tokens[j + 1].text.charAt(0)) && !lex.functionWords.has(doc.folded[j + 1]) && !NOT_IN_NAMES.test(doc.low[j + 1]);
    if (/^(?:de|du|des|d'|et|la|l')$/.test(w) && j + 1 < end && (isCap(doc, j + 1) || /^(?:la|l')$/.test(doc.low[j + 1]) || (nextLower && j - i < 8))) {
      j++;
      continue;
    }
    // "Comité national pour le salut du peuple"
    if (w === 'pour' && /^(?:le|la|l')$/.test(doc.low[j + 1] ?? '') && j + 2 < end && /^\p{Ll}/u.test(doc.tokens[j + 2].text)) {
      j += 2;
      continue;
    }
    break;
  }
  while (j > i + 1 && /^(?:de|du|des|d'|pour|et|la|l'|le)$/.test(doc.low[j - 1])) j--;
  // A bare head noun ("le Conseil") names no particular body.
  if (j - i < 2) return null;
  const label = doc.article.text.slice(doc.tokens[i].start, doc.tokens[j - 1].end);
  return { from: i, to: j, sentence, type: 'Organization', kind: 'name', entity: adHoc('Organization', label) };
}

// Lowercase words that end a name: clitics and auxiliaries (a verb follows), days and months (a date follows).
const NOT_IN_NAMES = /^(?:ne|n'|pas|a|y|se|s'|en|lui|leur|ont|est|sont|qui|que|qu'|dont|où|lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|janvier|février|mars|avril|mai|juin|juillet|août|septembre|octobre|novembre|décembre|hier|demain|aujourd'hui|ce|cette|ces)$/;

// Courts and offices written in lowercase and named by their seat: "le parquet de Nanterre",
// "le tribunal correctionnel de Paris", "la cour d'appel de Versailles".
const INSTITUTIONS = new Set(['parquet', 'tribunal', 'cour', 'préfecture', 'mairie', 'conseil', 'procureur', 'barreau', 'ministère']);

function institutionSpan(doc: Doc, i: number, end: number, sentence: number): NameSpan | null {
  if (!INSTITUTIONS.has(doc.low[i]) || !/^(?:le|la|l'|du|au)$/.test(doc.low[i - 1] ?? '')) return null;
  let k = i + 1;
  if (doc.low[k] === "d'" && doc.low[k + 1] === 'appel') k += 2;
  while (k < end && k < i + 3 && /^\p{Ll}+$/u.test(doc.tokens[k].text) && !/^(?:de|du|d')$/.test(doc.low[k])) k++;
  if (!/^(?:de|d'|des|du)$/.test(doc.low[k] ?? '') || doc.low[i] === 'procureur') return null;
  // "de la Justice", "de l'Intérieur": the article before a capitalized seat or portfolio.
  const at = /^(?:la|l')$/.test(doc.low[k + 1] ?? '') && doc.low[k] === 'de' ? k + 2 : k + 1;
  if (!isCap(doc, at)) return null;
  // A ministry is named by its portfolio ("ministère de la Justice"), not by a country ("ministère de l'Ukraine").
  const seat = matchGazetteer(doc, at, end);
  if (doc.low[i] === 'ministère' && seat?.entries.some((e) => e.type === 'Country' || e.kind === 'capital')) return null;
  let to = seat && seat.to > at ? Math.max(seat.to, capitalizedRun(doc, at, end)) : capitalizedRun(doc, at, end);
  // "des Affaires étrangères": lowercase words of a portfolio.
  while (doc.low[i] === 'ministère' && to < end && /^\p{Ll}/u.test(doc.tokens[to].text) && /(?:ères|ère|aux|ale|ales|iques?)$/.test(doc.low[to])) to++;
  // "… de l'Intérieur Jean Dupré": a given name and a surname start a person.
  for (let n = at + 1; n < to - 1; n++) if (lexicon().firstNames.has(doc.folded[n]) && isCap(doc, n + 1)) to = n;
  const label = doc.article.text.slice(doc.tokens[i].start, doc.tokens[to - 1].end);
  return { from: i, to, sentence, type: 'Organization', kind: 'name', entity: adHoc('Organization', label) };
}

/** "le gouvernement Borne", "votre gouvernement Michel I": a cabinet named after its head. */
function cabinetSpan(doc: Doc, i: number, end: number, sentence: number): NameSpan | null {
  if (i + 1 >= end || doc.tokens[i].text !== 'gouvernement' || !isCap(doc, i + 1) || isAllCaps(doc.tokens[i + 1].text)) return null;
  if (matchGazetteer(doc, i + 1, end) || isCommonWord(doc, i + 1)) return null;
  let to = i + 2;
  while (to < end && to < i + 4 && isCap(doc, to) && !isAllCaps(doc.tokens[to].text) && !lexicon().functionWords.has(doc.folded[to])) to++;
  // A roman numeral counts the cabinets of one head ("Michel II"); "I." ends a sentence too.
  let last = doc.tokens[to - 1].end;
  if (to < end && /^(?:I|II|III|IV|V|VI)\.?$/.test(doc.tokens[to].text)) last = doc.tokens[to].start + doc.tokens[to].text.replace(/\.$/, '').length, to++;
  const label = doc.article.text.slice(doc.tokens[i].start, last);
  return { from: i, to, sentence, type: 'Organization', kind: 'name', entity: adHoc('Organization', label) };
}

/** A gazetteer organization that starts right at a role or description head ("régime de Vichy", "Conseil supérieur de la magistrature"). */
function gazetteerAfterTitle(doc: Doc, i: number, end: number, sentence: number): NameSpan | null {
  const gaz = matchGazetteer(doc, i, end);
  if (!gaz || gaz.to - i < 2 || isCap(doc, i)) return null;
  const e = gaz.entries.find((x) => x.type === 'Organization');
  return e ? { from: i, to: gaz.to, sentence, type: 'Organization', entity: e, kind: 'name' } : null;
}

/**
 * "Congrès national pour la défense du peuple (CNDP)", "Orange Maroc": a longer organization
 * than the one-word gazetteer name it starts with — a head noun followed by its own words and an
 * acronym, or a company followed by the country of its subsidiary.
 */
function longerOrganization(doc: Doc, i: number, to: number, end: number, sentence: number, entries: LexEntry[]): NameSpan | null {
  const lex = lexicon();
  if (to !== i + 1) return null;
  const company = entries.find((e) => lex.orgKinds.get(e.entity) === 'company');
  const country = company && isCap(doc, to) ? matchGazetteer(doc, to, end) : null;
  if (country && country.entries.some((e) => e.type === 'Country' && e.kind === 'name')) {
    const label = spanText(doc, i, country.to);
    return { from: i, to: country.to, sentence, type: 'Organization', kind: 'name', entity: adHoc('Organization', label), parent: company };
  }
  if (!lex.orgHeads.has(doc.folded[i]) || !entries.some((e) => e.type === 'Organization')) return null;
  const org = orgSpan(doc, i, end, sentence);
  if (!org || org.to <= to + 1) return null;
  const acronymAfter = doc.low[org.to] === '(' && isAllCaps(doc.tokens[org.to + 1]?.text ?? '');
  // "le CNDP (Congrès national pour la défense du peuple)": the expansion of the acronym before.
  const acronymBefore = doc.low[i - 1] === '(' && doc.low[org.to] === ')' && isAllCaps(doc.tokens[i - 2]?.text ?? '');
  return acronymAfter || acronymBefore ? org : null;
}

function adHoc(type: EntityType, label: string): LexEntry {
  return { entity: `${type.toLowerCase()}/${slugOf(label)}`, type, label, kind: 'name' };
}

function clusterPeople(doc: Doc, names: NameSpan[]): PersonCluster[] {
  const lex = lexicon();
  const people: PersonCluster[] = [];
  const persons = names.filter((n) => n.type === 'Person');
  // Longer names first, so "Sergueï Lavrov" founds the cluster that "Lavrov" joins.
  const ordered = [...persons].sort((x, y) => y.to - y.from - (x.to - x.from) || x.from - y.from);
  for (const n of ordered) {
    const words = doc.tokens.slice(n.from, n.to).map((t) => t.text);
    const key = foldKey(words.join(' '));
    const particle = words.findIndex((w, k) => k > 0 && /^(?:von|van|de|du|der|den|al|el|ben|bin|ibn|da|di|dos|del|le|la)$/i.test(w));
    const surname = fold(words.slice(particle > 0 ? particle : words.length - 1).join(' '));
    const first = words.length > 1 ? fold(words[0]) : '';
    const known = lex.personByName.get(key) ?? (words.length === 1 ? lex.personBySurname.get(surname) : undefined);
    let cluster = people.find(
      (p) =>
        (known && p.label === known.label) ||
        // "Lopez Obrador" after "Andrés Manuel Lopez Obrador": the end of a longer name.
        (words.length > 1 && [...p.surfaces].some((k) => k.endsWith(' ' + key))) ||
        (p.surname === surname && (!first || p.firsts.size === 0 || [...p.firsts].some((f) => f[0] === first[0]))) ||
        (words.length === 1 && p.surname.endsWith(' ' + surname)),
    );
    if (!cluster && words.length === 1) {
      // "M. Tedros" after "Tedros Adhanom Ghebreyesus": a unique given name used alone.
      const byFirst = people.filter((p) => p.firsts.has(surname));
      if (byFirst.length === 1) cluster = byFirst[0];
    }
    if (!cluster) {
      const label = known?.label ?? words.join(' ');
      cluster = {
        key: `person/${slugOf(label)}`,
        label,
        surname,
        firsts: new Set(),
        surfaces: new Set(),
        country: known?.country ?? null,
        titles: new Set(known?.roles ?? []),
        orgs: new Set(),
      };
      people.push(cluster);
    }
    if (first) cluster.firsts.add(first);
    cluster.surfaces.add(key);
  }
  return people;
}

function personSpan(doc: Doc, n: { from: number; to: number; sentence: number }, p: PersonCluster, kind: MentionKind): Span {
  return { from: n.from, to: n.to, sentence: n.sentence, entity: p.key, type: 'Person', label: p.label, kind };
}

function resolveSingle(doc: Doc, n: NameSpan, people: PersonCluster[], spans: Span[]): void {
  const text = doc.tokens[n.from].text;
  const parts = text.includes('-') ? text.split('-') : [text];
  // "Tedros" for Tedros Adhanom Ghebreyesus, "Ursula" for Ursula von der Leyen: a unique given name.
  const byFirst = (word: string) => {
    const hits = people.filter((p) => p.firsts.has(word));
    return hits.length === 1 ? hits[0] : undefined;
  };
  const found = parts.map((part) => {
    const word = fold(part);
    return people.find((p) => p.surname === word || p.surname.endsWith(' ' + word)) ?? byFirst(word);
  });
  if (found.every(Boolean)) {
    for (const p of found) {
      p!.surfaces.add(foldKey(text));
      spans.push(personSpan(doc, n, p!, 'name'));
    }
    return;
  }
  // A surname alone that the article never spells out in full, for a well-known person.
  const known = lexicon().personBySurname.get(fold(text));
  if (known) {
    const cluster: PersonCluster = {
      key: `person/${slugOf(known.label)}`,
      label: known.label,
      surname: fold(text),
      firsts: new Set(),
      surfaces: new Set([foldKey(text)]),
      country: known.country,
      titles: new Set(known.roles),
      orgs: new Set(),
    };
    people.push(cluster);
    spans.push(personSpan(doc, n, cluster, 'name'));
    return;
  }
  // Neither a person nor known to the gazetteer: fr-compromise's lexicon may know the place.
  if (n.locative || taggedPlace(doc, n.from)) {
    const e = adHoc('Place', text);
    spans.push({ from: n.from, to: n.to, sentence: n.sentence, entity: e.entity, type: 'Place', label: e.label, kind: 'name' });
    return;
  }
  if (actsAsBody(doc, n)) {
    const e = adHoc('Organization', text);
    spans.push({ from: n.from, to: n.to, sentence: n.sentence, entity: e.entity, type: 'Organization', label: e.label, kind: 'name' });
  }
}

/**
 * An unknown single name that takes a definite article and acts ("la Fnac a annoncé", "selon
 * l'Unédic") is a body: people take no article in French news, places were ruled out before.
 */
function actsAsBody(doc: Doc, n: NameSpan): boolean {
  const det = doc.low[n.from - 1] ?? '';
  const before = doc.low[n.from - 2] ?? '';
  // "de la Communication", "du Medef": a complement, often a ministry's portfolio, not an actor.
  if (!/^(?:le|la|l')$/.test(det) || /^(?:de|d')$/.test(before)) return false;
  if (lexicon().firstNames.has(doc.folded[n.from])) return false;
  // A finite verb after it: "la Fnac a annoncé", not "la Corée réunifiée".
  if (/[PIJFC]/.test(verbTenses(doc.low[n.to] ?? ''))) return true;
  // "le Spaf, second syndicat de pilotes, …": an apposition headed by an organization noun.
  if (doc.low[n.to] === ',') {
    for (let k = n.to + 1; k < n.to + 4 && /^\p{Ll}/u.test(doc.tokens[k]?.text ?? ''); k++) if (orgHead(doc.folded[k])) return true;
  }
  // "selon la Fnac,": a name that ends there; "par la Communauté économique…" goes on.
  return /^(?:selon|par|contre|avec|entre)$/.test(before) && /^[,.;:!?»)]$/.test(doc.low[n.to] ?? '.');
}

function resolveRole(doc: Doc, role: RolePhrase, people: PersonCluster[], spans: Span[]): Span[] {
  const sentence = doc.tokens[role.from].sentence;
  const base = { from: role.from, to: role.to, sentence };
  const asPeople = role.plural && role.countries.length > 0 ? role.countries.map((c) => pickPerson(doc, role, [c], people, spans, true)) : [];
  if (asPeople.length && asPeople.every(Boolean)) return asPeople.map((p) => personSpan(doc, base, p!, 'role'));
  if (role.collective || (role.plural && role.countries.length && !role.counterpart && /^(?:diplomates|responsables|dirigeants)/.test(role.title))) {
    return role.countries.map((c) => {
      const e = lexicon().entities.get(c);
      return { ...base, entity: c, type: 'Country' as const, label: e?.label ?? c, kind: 'role' as const };
    });
  }
  // "les ministres burkinabè et ivoirien de la Défense, le général X et Y,": the people named in
  // apposition are who the description means.
  const named = role.plural ? appositionList(doc, role.to, spans) : [];
  if (named.length >= 2) return named.map((p) => ({ ...base, entity: p.entity, type: 'Person' as const, label: p.label, kind: 'role' as const }));
  const want = role.plural && role.countries.length > 1 ? role.countries.map((c) => [c]) : [role.countries];
  const out: Span[] = [];
  for (const countries of want) {
    // "les ministres turc et syrien de la Défense": each is a holder of that office, or, with
    // none named, the country acting — not whoever else the article names from there.
    const p = pickPerson(doc, role, countries, people, spans, role.plural) ?? (countries.length && !role.plural ? nearestUnplaced(doc, role, people, spans) : null);
    if (p) out.push(personSpan(doc, base, p, 'role'));
    else if (role.plural && countries.length === 1 && !role.counterpart && namesOffice(role.title)) {
      out.push({ ...base, entity: countries[0], type: 'Country', label: lexicon().entities.get(countries[0])?.label ?? countries[0], kind: 'role' });
    }
  }
  if (!out.length && !role.plural && !role.countries.length && !role.org && !role.counterpart && !role.collective) {
    const p = priorPerson(doc, role, people, spans);
    if (p) out.push(personSpan(doc, base, p, 'role'));
  }
  return out;
}

/**
 * "Pierre Durand a écouté … Le ministre a répondu …": a definite description that places its
 * holder nowhere and whose title nobody in the article holds goes back to the person just named
 * (this sentence or the one before) when nothing rules that person out — another title, the
 * other gender.
 */
function priorPerson(doc: Doc, role: RolePhrase, people: PersonCluster[], spans: Span[]): PersonCluster | null {
  const det = doc.low[role.from];
  if (!/^(?:le|la|l'|l’)$/.test(det)) return null;
  const sentence = doc.tokens[role.from].sentence;
  const byKey = new Map(people.map((p) => [p.key, p]));
  let best: Span | null = null;
  for (const s of spans) {
    if (s.type !== 'Person' || s.to > role.from || sentence - s.sentence > 1 || (best && s.from <= best.from)) continue;
    if (byKey.has(s.entity)) best = s;
  }
  const p = best ? byKey.get(best.entity)! : null;
  if (!p || (p.titles.size && ![...p.titles].some((t) => titlesCompatible(t, role.title)))) return null;
  const gender = det === 'la' ? 'f' : det === 'le' ? 'm' : null;
  if (gender && [...p.firsts].some((f) => (firstNameGender(f) ?? gender) !== gender)) return null;
  return p;
}

/** The people named one after another (", A et B," / ", le général A, B et C,") right after token `at`. */
function appositionList(doc: Doc, at: number, spans: Span[]): Span[] {
  if (doc.low[at] !== ',') return [];
  const end = doc.ranges[doc.tokens[at].sentence][1];
  const names = spans.filter((x) => x.type === 'Person' && x.kind === 'name' && x.from > at && x.from < end);
  const nameFrom = (lo: number, hi: number) => names.filter((x) => x.from >= lo && x.from < hi).sort((x, y) => x.from - y.from || y.to - x.to)[0];
  const out: Span[] = [];
  let k = at + 1;
  while (k < end) {
    // A title before the name ("le général") belongs to it.
    const name = nameFrom(k, Math.min(end, k + 4) + 1);
    if (!name || doc.low.slice(k, name.from).some((w) => /^[,;:.()]$/.test(w))) return [];
    out.push(name);
    k = name.to;
    if (doc.low[k] === ',' && doc.low[k + 1] !== 'et' && !nameFrom(k + 1, k + 5)) return out;
    if (doc.low[k] === 'et' || doc.low[k] === ',') k++;
    if (doc.low[k] === 'et') k++;
    if (k >= end || /^[;:.()]$/.test(doc.low[k])) return out;
  }
  return out;
}

// How far a description may reach for a person the article gives no nationality, in sentences.
const UNPLACED_REACH = 2;

/**
 * "Le ministre péruvien de l'Intérieur prévient … Luis Vega a accusé …": when no
 * person of the description's country is known, the nearest person the article gives no country
 * and no conflicting title, just before the description or else just after it (leads often name
 * the person a sentence later).
 */
function nearestUnplaced(doc: Doc, role: RolePhrase, people: PersonCluster[], spans: Span[]): PersonCluster | null {
  const open = new Map(people.filter((p) => p.country === null && (p.titles.size === 0 || [...p.titles].some((t) => titlesCompatible(t, role.title)))).map((p) => [p.key, p]));
  if (!open.size) return null;
  const sentence = doc.tokens[role.from].sentence;
  let before: Span | null = null;
  let after: Span | null = null;
  for (const s of spans) {
    if (!open.has(s.entity) || Math.abs(s.sentence - sentence) > UNPLACED_REACH) continue;
    if (s.to <= role.from && (!before || s.from > before.from)) before = s;
    if (s.from >= role.to && (!after || s.from < after.from)) after = s;
  }
  // The nearer one, in words: "L'ambassadeur chilien à l'ONU, Ana Rojas," names who follows.
  const distance = (x: Span | null) => (x ? Math.min(Math.abs(x.from - role.to), Math.abs(role.from - x.to)) : Infinity);
  let pick = distance(after) < distance(before) ? after : before;
  // A description that opens a sentence and a name first met in the next one introduce the same
  // person, unless the earlier person already holds a title: a bare name before is someone else.
  if (pick === before && after && before && introducedAfter(doc, role, after, spans) && open.get(before.entity)!.titles.size === 0) pick = after;
  if (!pick) return null;
  const p = open.get(pick.entity)!;
  p.country = role.countries[0];
  return p;
}

function introducedAfter(doc: Doc, role: RolePhrase, after: Span, spans: Span[]): boolean {
  const sentence = doc.tokens[role.from].sentence;
  if (after.sentence !== sentence + 1) return false;
  const opensSentence = role.from === 0 || doc.tokens[role.from - 1].sentence !== sentence;
  return opensSentence && !spans.some((s) => s.entity === after.entity && s.from < role.from);
}

function pickPerson(doc: Doc, role: RolePhrase, countries: string[], people: PersonCluster[], spans: Span[], strictTitle = false): PersonCluster | null {
  const candidates = people.filter((p) => {
    if (strictTitle && ![...p.titles].some((t) => titlesCompatible(t, role.title))) return false;
    if (countries.length && !countries.includes(p.country ?? '')) return false;
    if (role.org && !p.orgs.has(role.org) && p.orgs.size) return false;
    if (role.counterpart) return countries.length > 0 || p.titles.size > 0;
    if (!countries.length && !role.org) return [...p.titles].some((t) => titlesCompatible(t, role.title));
    return p.titles.size === 0 || [...p.titles].some((t) => titlesCompatible(t, role.title)) || countries.length > 0;
  });
  if (!candidates.length) return null;
  // The first candidate of each key, as candidates.find would give it, without a scan per span.
  const byKey = new Map<string, PersonCluster>();
  for (const p of candidates) if (!byKey.has(p.key)) byKey.set(p.key, p);
  const at = doc.tokens[role.from].start;
  let best: PersonCluster | null = null;
  let bestPos = -1;
  for (const s of spans) {
    const c = byKey.get(s.entity);
    if (!c) continue;
    const pos = doc.tokens[s.from].start;
    if (pos < at && pos > bestPos) {
      best = c;
      bestPos = pos;
    }
  }
  if (best) return best;
  // Descriptions before the first name (headlines, leads) point forward, to someone who may hold
  // that title: "les chefs de la diplomatie" named before anyone is not the presidents named later.
  // A counterpart ("son homologue américain") holds whatever office the other does: any title fits.
  const fits = (c: PersonCluster) => role.counterpart || !c.titles.size || [...c.titles].some((t) => titlesCompatible(t, role.title));
  let firstPos = Infinity;
  for (const s of spans) {
    const c = byKey.get(s.entity);
    const pos = doc.tokens[s.from].start;
    if (c && !fits(c)) continue;
    if (c && pos > at && pos < firstPos) {
      best = c;
      firstPos = pos;
    }
  }
  const only = candidates.length === 1 ? candidates[0] : null;
  return best ?? (only && fits(only) ? only : null);
}

/**
 * "le Nord", "au Sud" in an article about North and South Korea (named, or by "nord-coréen"):
 * the country whose name ends with that compass word.
 */
function addCompassCountries(doc: Doc, spans: Span[]): void {
  const lex = lexicon();
  const compass = new Map<string, string>();
  const note = (key: string | undefined) => {
    const m = key ? / du (Nord|Sud)$/.exec(lex.entities.get(key)?.label ?? '') : null;
    if (m) compass.set(fold(m[1]), key!);
  };
  for (const s of spans) if (s.type === 'Country') note(s.entity);
  for (const w of doc.folded) note(lex.demonyms.get(w));
  if (!compass.size) return;
  const covered = new Set<number>();
  for (const s of spans) for (let k = s.from; k < s.to; k++) covered.add(k);
  for (let i = 1; i < doc.tokens.length; i++) {
    const key = compass.get(doc.folded[i]);
    if (!key || covered.has(i) || !/^(?:Nord|Sud)$/.test(doc.tokens[i].text) || !/^(?:le|du|au)$/.test(doc.low[i - 1])) continue;
    // Not a part of a longer word ("Sud-Kivu").
    const next = doc.tokens[i + 1];
    if (next && next.start === doc.tokens[i].end && /^[-\p{L}]/u.test(next.text)) continue;
    spans.push({ from: i, to: i + 1, sentence: doc.tokens[i].sentence, entity: key, type: 'Country', label: lex.entities.get(key)!.label, kind: 'metonym' });
  }
}

/** "l'Alliance" after NATO was named refers to NATO. */
function addAnaphors(doc: Doc, spans: Span[]): void {
  const table = anaphorTable();
  const covered = new Set<number>();
  for (const s of spans) for (let k = s.from; k < s.to; k++) covered.add(k);
  for (let i = 1; i < doc.tokens.length; i++) {
    const target = table.get(doc.folded[i]);
    if (!target || covered.has(i)) continue;
    if (!/^(?:l'|l’)$/.test(doc.low[i - 1])) continue;
    const prior = spans.find((s) => s.entity === target && s.from < i);
    if (!prior) continue;
    spans.push({ from: i - 1, to: i + 1, sentence: doc.tokens[i].sentence, entity: target, type: prior.type, label: prior.label, kind: 'role' });
  }
}

/**
 * Descriptions of organizations: one that introduces a name ("le groupe TotalEnergies") makes its
 * head noun point to that name, so that a later "le groupe" refers back to it; one with no name
 * refers to the last organization of its head noun, else, definite ("l'intersyndicale", "les
 * syndicats du secteur public"), is an organization of its own, kept only if an event names it.
 */
function resolveDescriptions(doc: Doc, descriptions: Description[], spans: Span[], people: PersonCluster[]): void {
  const startsAt = new Map<number, Span>();
  for (const s of spans) if (s.type === 'Organization' && !startsAt.has(s.from)) startsAt.set(s.from, s);
  // Number agrees: "les syndicats de pilotes" is not "le premier syndicat" named before.
  const seen: Array<{ head: string; span: Span; at: number; plural: boolean }> = [];
  // Organizations whose own name starts with an organization noun ("Syndicat des pilotes…").
  for (const s of spans) {
    const head = s.type === 'Organization' ? orgHead(doc.folded[s.from]) : null;
    if (head) seen.push({ head, span: s, at: s.from, plural: false });
  }
  for (const d of descriptions) {
    const sentence = doc.tokens[d.from].sentence;
    if (d.name) {
      const named = startsAt.get(d.name[0]);
      if (named) seen.push({ head: d.head, span: named, at: d.from, plural: d.plural });
      // "Le premier syndicat de pilotes (SNPL)": the description before the parenthesis is the actor.
      if (named && d.name[0] > d.to) spans.push({ from: d.from, to: d.to, sentence, entity: named.entity, type: named.type, label: named.label, kind: 'role' });
      continue;
    }
    const led = leaderCountry(doc, d, spans, people);
    if (led) {
      spans.push({ ...led, from: d.from, sentence });
      continue;
    }
    let antecedent: Span | null = null;
    let best = -1;
    for (const x of seen) if (x.head === d.head && x.plural === d.plural && x.at < d.from && x.at > best && x.span.type === 'Organization') (antecedent = x.span), (best = x.at);
    // A bare head ("la compagnie", "le gouvernement") with none of its kind before: the company
    // or the country the article is about; any other bare head ("le mouvement") names nobody.
    const pointed = DEMONSTRATIVES.has(doc.low[d.from]) || doc.low.slice(d.from + 1, d.headEnd - 1).some((w) => DATING.has(w));
    const reading = !antecedent && !d.qualified && !d.ofNamed && !pointed ? bareReadings().get(d.head) : undefined;
    if (reading) {
      antecedent = bareReferent(doc, reading, d, spans, seen);
      if (!antecedent) continue;
    }
    if (antecedent) {
      spans.push({ from: d.from, to: d.to, sentence, entity: antecedent.entity, type: antecedent.type, label: antecedent.label, kind: 'role' });
      continue;
    }
    // The named country or organization it belongs to is the actor; an indefinite one names nobody.
    if ((d.ofNamed && !d.unit) || !d.definite) continue;
    const label = spanText(doc, d.from + 1, d.to).replace(/^['’]/, '');
    const span: Span = { from: d.from, to: d.to, sentence, entity: `organization/${slugOf(label)}`, type: 'Organization', label, kind: 'description' };
    spans.push(span);
    seen.push({ head: d.head, span, at: d.from, plural: d.plural });
  }
}

/**
 * "le gouvernement de Narendra Modi", "l'administration Trump": a state noun with its leader's
 * name is the leader's country, when the article or the lexicon says which country that is, else
 * the body named after the leader.
 */
function leaderCountry(doc: Doc, d: Description, spans: Span[], people: PersonCluster[]): Span | null {
  if (!d.definite || !stateNouns().has(d.head) || d.countries.length) return null;
  const at = /^(?:de|d')$/.test(doc.low[d.headEnd] ?? '') ? d.headEnd + 1 : d.headEnd;
  const leader = spans.find((s) => s.from === at && s.type === 'Person');
  if (!leader) return null;
  const country = people.find((p) => p.key === leader.entity)?.country;
  const label = country ? lexicon().entities.get(country)?.label : undefined;
  if (country && label) return { from: d.from, to: leader.to, sentence: leader.sentence, entity: country, type: 'Country', label, kind: 'role' };
  // A leader of no known country: the body named after them ("gouvernement de Giorgia Meloni").
  const own = spanText(doc, d.from + 1, leader.to).replace(/^['’]/, '');
  return { from: d.from, to: leader.to, sentence: leader.sentence, entity: `organization/${slugOf(own)}`, type: 'Organization', label: own, kind: 'description' };
}

// "cette coalition", "le nouveau gouvernement": one particular body, not the usual one.
const DEMONSTRATIVES = new Set(['ce', 'cet', 'cette', 'ces']);
const DATING = new Set(['nouveau', 'nouvel', 'nouvelle', 'nouveaux', 'nouvelles', 'ancien', 'ancienne', 'futur', 'future']);

let bare: Map<string, string> | null = null;
/** data/lexicon/bare-org-nouns.tsv: how a bare head with no antecedent of its own is read. */
function bareReadings(): Map<string, string> {
  bare ??= new Map(readTsv(dataPath('lexicon', 'bare-org-nouns.tsv')).map((r) => [fold(r.head), r.reading]));
  return bare;
}

function bareReferent(doc: Doc, reading: string, d: Description, spans: Span[], seen: Array<{ head: string; span: Span; at: number }>): Span | null {
  const lex = lexicon();
  // "company", or kinds of organizations.tsv joined by "|" ("ngo|intergovernmental").
  const kinds = reading === 'country' || reading === 'none' ? null : reading.split('|');
  if (kinds) {
    // The company (or body) named most before it, the latest on a tie: "la compagnie" is the one
    // the article is about, not a partner named once in passing.
    const count = new Map<string, { n: number; last: Span; at: number }>();
    const add = (span: Span, at: number) => {
      const c = count.get(span.entity) ?? { n: 0, last: span, at };
      c.n++;
      if (at >= c.at) (c.last = span), (c.at = at);
      count.set(span.entity, c);
    };
    const ofKind = (e: string) => kinds.includes(lex.orgKinds.get(e) ?? '');
    for (const s of spans) if (s.from < d.from && s.type === 'Organization' && ofKind(s.entity)) add(s, s.from);
    for (const x of seen) if (x.at < d.from && bareReadings().get(x.head) === reading && x.span.type === 'Organization') add(x.span, x.at);
    let best: { n: number; last: Span; at: number } | null = null;
    for (const c of count.values()) if (!best || c.n > best.n || (c.n === best.n && c.at > best.at)) best = c;
    if (best) return best.last;
    // A headline speaks of the company before the article names it: the first one named after.
    let first: Span | null = null;
    if (doc.tokens[d.from].sentence === 0) {
      for (const s of spans) if (s.from > d.from && s.type === 'Organization' && ofKind(s.entity) && (!first || s.from < first.from)) first = s;
    }
    return first;
  }
  if (reading === 'country' && !d.plural) {
    // The country named most before it, the latest on a tie.
    const count = new Map<string, { n: number; last: Span }>();
    for (const s of spans) {
      if (s.type !== 'Country' || s.from >= d.from) continue;
      const c = count.get(s.entity) ?? { n: 0, last: s };
      c.n++;
      if (s.from >= c.last.from) c.last = s;
      count.set(s.entity, c);
    }
    let best: { n: number; last: Span } | null = null;
    for (const c of count.values()) if (!best || c.n > best.n || (c.n === best.n && c.last.from > best.last.from)) best = c;
    return best?.last ?? null;
  }
  return null;
}
