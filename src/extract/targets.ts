import type { EventMention } from '../types.js';
import { complementOf, namingTokens, objectOf, subjectOf, subtree, type Clauses } from '../nlp/clauses.js';
import { fold } from '../nlp/normalize.js';
import { dataPath } from '../paths.js';
import type { Doc, Span } from './doc.js';
import { lexicon, type Frame } from './lexicon.js';
import { sentenceClauses } from './syntax.js';
import { readList } from './tsv.js';

// Whom an act aims at when no slot names anyone. Three readings, tried in order, each from the
// clause layer or the discourse, none from a word list of actors:
//   - the author of what the act aims at: "dénonce les propos de X", "rejette la revendication
//     des syndicats", "exige le gel des constructions israéliennes";
//   - a relational phrase: "accuse son voisin" is the possessor's neighbour named just before;
//   - a reply: a refusal answers whoever last asked, accused or proposed something of the refuser.

/** What target completion reads of the article so far. */
export interface TargetContext {
  doc: Doc;
  /** Events found so far, in text order. */
  events: readonly EventMention[];
  /** Actor spans (people, organizations, countries) in text order. */
  actorList: readonly Span[];
  spanOf(entity: string | null): Span | null;
  /** The country a person acts for, where the article says it. */
  homeOf(entity: string): string | undefined;
}

const DE = /^(?:de|du|des|d'|d’)$/i;
const POSSESSIVE = /^(?:son|sa|ses|leur|leurs)$/i;
// How far back a relational phrase or a reply may look, in sentences.
const RELATION_REACH = 3;
const REPLY_REACH = 6;
// A refusal of what someone alleged: its author is the accuser.
const ALLEGATION = /^(?:accusations?|allegations?|reproches?|critiques?|informations?|affirmations?|rumeurs?)$/;
const DENIAL_LEMMAS = new Set(['nier', 'démentir', 'réfuter']);

// Prefixed compounds keep their head's reading: "mégaprojets", "contre-propositions".
const PREFIX = /^(?:mega|contre-|super|nouveaux?-?)/;

let authorNouns: Set<string> | null = null;
let relationalNouns: Set<string> | null = null;

function isAuthorNoun(word: string): boolean {
  authorNouns ??= new Set(readList(dataPath('lexicon', 'author-nouns.txt')).map(fold));
  const w = fold(word);
  return authorNouns.has(w) || (PREFIX.test(w) && authorNouns.has(w.replace(PREFIX, '')));
}

function isRelationalNoun(word: string): boolean {
  relationalNouns ??= new Set(readList(dataPath('lexicon', 'relational-nouns.txt')).flatMap((w) => [fold(w), `${fold(w)}s`, fold(w).replace(/al$/, 'aux')]));
  return relationalNouns.has(fold(word));
}

/**
 * The target of the act triggered at token `t` (document index) of sentence `s`, when its slots
 * named nobody: the author of its object, the referent of a relational phrase, or, for a refusal,
 * the actor it answers. Never one of `agent`.
 */
export function impliedTarget(tc: TargetContext, s: number, t: number, frame: Frame, agent: Span[], actors: Span[]): Span[] {
  const not = new Set(agent.map((x) => x.entity));
  // Whoever warns does not warn their own state ("le vice-ministre chinois … avertissant que la Chine …").
  if (frame.type === 'Warning') for (const x of agent) if (tc.homeOf(x.entity)) not.add(tc.homeOf(x.entity)!);
  // The tree leads to a target only through a relational or an author noun (a refusal reads it
  // for more): with neither in the sentence, no parse is needed to say so.
  if (frame.type !== 'Refusal' && !tc.doc.tokens.slice(...tc.doc.ranges[s]).some((x) => isRelationalNoun(x.text) || isAuthorNoun(x.text))) {
    return disputeTarget(tc, s, frame, agent, not);
  }
  const c = sentenceClauses(tc.doc, s, t);
  const [a] = tc.doc.ranges[s];
  const v = t - a;
  const heads = patientHeads(c, v, frame);
  const found = relationalReferent(tc, c, a, heads, agent) ?? authorOf(tc, c, a, s, objectOf(c, v), actors, not);
  if (found && !not.has(found.entity)) return [found];
  if (frame.type === 'Refusal') {
    // "nie ces accusations", or "nie soutenir les rebelles" (the charge repeated as a clause).
    const allegation = heads.some((h) => ALLEGATION.test(fold(c.words[h]))) || (DENIAL_LEMMAS.has(frame.lemma) && !heads.length && c.children[v].some((d) => /^(?:xcomp|ccomp)$/.test(c.deprel[d])));
    // "Nous rejetons ce simulacre", "refuse cette offre": a demonstrative points back at what was put forward.
    const pointed = heads.some((h) => c.children[h].some((d) => c.deprel[d] === 'det' && /^(?:ce|cet|cette|ces)$/i.test(c.words[d])));
    const answered = replyTarget(tc, s, agent, allegation, pointed);
    return answered ? [answered] : [];
  }
  return disputeTarget(tc, s, frame, agent, not);
}

/** A demand or warning that names no addressee goes on the actor's dispute. */
function disputeTarget(tc: TargetContext, s: number, frame: Frame, agent: Span[], not: Set<string>): Span[] {
  if (frame.type !== 'Demand' && frame.type !== 'Warning') return [];
  // "Il réclame des dommages": the other party of the actor's latest act or charge.
  const other = counterpart(tc, s, not);
  if (other) return [other];
  // "… serait sévèrement sanctionné, a mis en garde le vice-ministre chinois": a state's official
  // warns another state, the one the dispute is with — the last other country named close by.
  if (frame.type === 'Warning' && agent.some((x) => tc.homeOf(x.entity))) {
    const rival = otherState(tc, s, not);
    if (rival) return [rival];
  }
  return [];
}

/**
 * Whom a passive refusal answers ("la proposition de X a été rejetée par Y", "des accusations
 * démenties par Y"): the author of the refused thing, else, for allegations, the latest accuser.
 */
export function passiveRefusalTarget(tc: TargetContext, s: number, t: number, agent: Span[], actors: Span[]): Span[] {
  const c = sentenceClauses(tc.doc, s, t);
  const [a] = tc.doc.ranges[s];
  const not = new Set(agent.map((x) => x.entity));
  const heads = subjectOf(c, t - a);
  const found = authorOf(tc, c, a, s, heads, actors, not);
  if (found && !not.has(found.entity)) return [found];
  const answered = replyTarget(tc, s, agent, heads.some((h) => ALLEGATION.test(fold(c.words[h]))));
  return answered ? [answered] : [];
}

/** The phrases the act bears on: its direct object, or its "à" object for frames that take one. */
function patientHeads(c: Clauses, v: number, frame: Frame): number[] {
  if (frame.object === 'a') return complementOf(c, v, ['à', 'au', 'aux']);
  return objectOf(c, v);
}

/** "les propos de X", "les constructions israéliennes", "le système Maudet": who is behind the thing the object names. */
function authorOf(tc: TargetContext, c: Clauses, a: number, s: number, heads: number[], actors: Span[], not: Set<string>): Span | null {
  // Breadth first, a few levels down: "le gel de toutes les constructions israéliennes".
  let level = heads.filter((h) => c.upos[h] === 'NOUN');
  for (let depth = 0; depth < 3 && level.length; depth++) {
    const next: number[] = [];
    for (const n of level) {
      if (isAuthorNoun(c.words[n])) {
        const author = authorAt(tc, c, a, s, n, actors, not) ?? earlierAuthor(tc, c, a, n, not);
        if (author) return author;
      }
      for (const d of c.children[n]) if (c.deprel[d] === 'nmod' && c.upos[d] === 'NOUN') next.push(d);
    }
    level = next;
  }
  return null;
}

function authorAt(tc: TargetContext, c: Clauses, a: number, s: number, n: number, actors: Span[], not: Set<string>): Span | null {
  for (const d of c.children[n]) {
    // "critiquant ses choix": the possessor is the last other actor of the sentence.
    if (c.deprel[d] === 'det' && POSSESSIVE.test(c.words[d])) {
      let last: Span | null = null;
      for (const x of actors) if (x.to <= a + d && !not.has(x.entity) && (!last || x.from > last.from)) last = x;
      return last;
    }
    const rel = c.deprel[d];
    if (rel === 'nmod' && c.children[d].some((x) => c.deprel[x] === 'case' && DE.test(c.words[x]))) {
      // "de M. Kabila": the name, else the first actor the complement names.
      const named = spanCovering(actors, namingTokens(c, d).map((k) => a + k), not) ?? firstIn(tc.doc, actors, subtree(c, d).map((k) => a + k), not);
      if (named) return named;
    }
    // "le système Maudet": a name set right after the noun.
    if (/^(?:flat|flat:name|compound|appos|nmod)$/.test(rel) && c.upos[d] === 'PROPN' && !c.children[d].some((x) => c.deprel[x] === 'case')) {
      const named = spanCovering(actors, [a + d], not);
      if (named) return named;
    }
    if (rel === 'amod') {
      const country = /^\p{Ll}/u.test(c.words[d]) ? lexicon().demonyms.get(fold(c.words[d])) : undefined;
      if (country && !not.has(country)) {
        return { from: a + d, to: a + d + 1, sentence: s, entity: country, type: 'Country', label: lexicon().entities.get(country)?.label ?? country, kind: 'metonym' };
      }
    }
  }
  return null;
}

// How far back a definite noun ("le projet") may point to its first mention ("un projet israélien").
const ANAPHOR_REACH = 2;

/**
 * "exige l'annulation du projet" after "un projet israélien …": a definite noun with no author of
 * its own points back to the same noun named with one in the sentences just before.
 */
function earlierAuthor(tc: TargetContext, c: Clauses, a: number, n: number, not: Set<string>): Span | null {
  const { doc } = tc;
  if (!c.children[n].some((d) => c.deprel[d] === 'det' && /^(?:le|la|les|l'|l’|du|des|au|aux|ce|cet|cette|ces)$/i.test(c.words[d])) && !/^(?:du|des|au|aux)$/i.test(c.words[n - 1] ?? '')) return null;
  const word = fold(c.words[n]);
  const at = a + n;
  const first = doc.ranges[Math.max(0, doc.tokens[at].sentence - ANAPHOR_REACH)][0];
  for (let k = at - 1; k >= first; k--) {
    if (doc.folded[k] !== word) continue;
    for (let m = k + 1; m <= k + 2; m++) {
      const country = /^\p{Ll}/u.test(doc.tokens[m]?.text ?? '') ? lexicon().demonyms.get(doc.folded[m]) : undefined;
      if (country && !not.has(country)) {
        return { from: m, to: m + 1, sentence: doc.tokens[m].sentence, entity: country, type: 'Country', label: lexicon().entities.get(country)?.label ?? country, kind: 'metonym' };
      }
      if (DE.test(doc.low[m] ?? '')) {
        const named = tc.actorList.find((x) => x.from === m + 1 || (x.from === m + 2 && /^(?:le|la|les|l'|l’)$/i.test(doc.low[m + 1])));
        if (named && !not.has(named.entity)) return named;
      }
    }
  }
  return null;
}

function spanCovering(actors: Span[], tokens: number[], not: Set<string>): Span | null {
  let best: Span | null = null;
  for (const x of actors) {
    if (not.has(x.entity) || !tokens.some((k) => x.from <= k && k < x.to)) continue;
    if (!best || x.to - x.from > best.to - best.from) best = x;
  }
  return best;
}

// "les projets du groupe en Ouganda": a place the complement sets things in is not their author.
const LOCATIVE = /^(?:en|dans|à|au|aux|sur|vers|depuis|chez|entre|contre|pour|avec|par)$/;

function firstIn(doc: Doc, actors: Span[], tokens: number[], not: Set<string>): Span | null {
  const inside = new Set(tokens);
  let best: Span | null = null;
  for (const x of actors) {
    if (not.has(x.entity) || !inside.has(x.from) || (best && x.from >= best.from)) continue;
    let k = x.from - 1;
    while (k > 0 && /^(?:le|la|les|l'|l’)$/.test(doc.low[k])) k--;
    if (!LOCATIVE.test(doc.low[k] ?? '')) best = x;
  }
  return best;
}

/** "accuse son voisin", "son grand rival": the last other actor of the possessor's kind. */
function relationalReferent(tc: TargetContext, c: Clauses, a: number, heads: number[], agent: Span[]): Span | null {
  const h = heads.find((k) => c.upos[k] === 'NOUN' && isRelationalNoun(c.words[k]) && c.children[k].some((d) => POSSESSIVE.test(c.words[d])));
  if (h === undefined || !agent.length) return null;
  const at = a + h;
  const sentence = tc.doc.tokens[at].sentence;
  const kind = agent[0].type === 'Person' ? 'Person' : 'collective';
  const not = new Set(agent.map((x) => x.entity));
  for (let k = tc.actorList.length - 1; k >= 0; k--) {
    const x = tc.actorList[k];
    if (x.from >= at) continue;
    if (x.sentence < sentence - RELATION_REACH) break;
    if (not.has(x.entity) || (x.type === 'Person' ? 'Person' : 'collective') !== kind) continue;
    return x;
  }
  return null;
}

/**
 * A refusal answers the latest demand or proposal made to the refuser; a denial of allegations
 * ("nie ces accusations", "nie avoir …") answers the latest accuser.
 */
function replyTarget(tc: TargetContext, s: number, agent: Span[], allegation: boolean, pointed = false): Span | null {
  const who = new Set(agent.map((x) => x.entity));
  for (let k = tc.events.length - 1; k >= 0; k--) {
    const e = tc.events[k];
    if (e.sentence < s - REPLY_REACH) break;
    if (e.sentence > s || !e.agent || who.has(e.agent) || e.status === 'negated') continue;
    // A refusal answers a request made to the refuser; only a denial answers a charge.
    const aimed = (pointed || (e.target !== null && who.has(e.target))) && /^(?:Demand|Proposal)$/.test(e.type);
    // "a rejeté ces critiques" after a threat: the one who threatened.
    if (aimed || (allegation && (e.type === 'Accusation' || e.type === 'Warning'))) return tc.spanOf(e.agent);
  }
  return null;
}

/** The last country named in sentence `s` or the two before it that is none of `not`. */
function otherState(tc: TargetContext, s: number, not: Set<string>): Span | null {
  for (let k = tc.actorList.length - 1; k >= 0; k--) {
    const x = tc.actorList[k];
    if (x.sentence > s) continue;
    if (x.sentence < s - DISPUTE_REACH) break;
    if (x.type === 'Country' && !not.has(x.entity)) return x;
  }
  return null;
}

// How far back a dispute goes on without its parties being named again, in sentences.
const DISPUTE_REACH = 2;

/** The other party of the latest accusation, demand or warning the actor made or received, close before. */
function counterpart(tc: TargetContext, s: number, who: Set<string>): Span | null {
  for (let k = tc.events.length - 1; k >= 0; k--) {
    const e = tc.events[k];
    if (e.sentence < s - DISPUTE_REACH) break;
    if (e.sentence > s || e.status === 'negated' || !/^(?:Accusation|Demand|Warning)$/.test(e.type) || !e.agent || !e.target) continue;
    if (who.has(e.agent) && !who.has(e.target)) return tc.spanOf(e.target);
    if (who.has(e.target) && !who.has(e.agent)) return tc.spanOf(e.agent);
  }
  return null;
}
