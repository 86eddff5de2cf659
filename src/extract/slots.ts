import { agentOf, complementOf, isPassive, namingTokens, objectOf, relativeObject, relativeSubject, subjectOf, subtree, type Clauses } from '../nlp/clauses.js';
import type { Doc, Span } from './doc.js';
import { lexicon, type Frame } from './lexicon.js';
import { sentenceClauses } from './syntax.js';
import { dataPath } from '../paths.js';
import { fold } from '../nlp/normalize.js';
import { readList } from './tsv.js';
import { isPeopleNoun } from './group-window.js';

// Frames applied to clauses: a frame names where its roles sit (subject, object, "à"-object,
// "de"-complement, "par"-agent) and the clause layer says which words fill those slots; this
// module turns those words into the actor mentions they are.

export interface Slots {
  passive: boolean;
  /** Who acts: the subject, or the "par" agent of a passive. Pronoun heads are left to coreference. */
  agent: Span[];
  /** A pronoun ("il", "elle", "ils") heads the acting phrase: the caller resolves it. */
  agentPronoun: boolean;
  /** The acting phrase names nobody the article names: an indefinite group ("certains experts"), or the antecedent of a relative "qui". */
  agentUnknown: boolean;
  /** Who is acted upon: the frame's object slot, or the subject of a passive. */
  target: Span[];
  /** Token (document index) of an object clitic filling the target slot ("lui reproche", "l'accuse"), or -1. */
  targetPronounAt: number;
  /** Document tokens [from, to) of an unnamed group of people filling the target slot ("les électeurs"), or null. */
  targetGroup: [number, number] | null;
}

const PREPOSITIONS: Record<string, readonly string[]> = {
  a: ['à', 'au', 'aux'],
  de: ['de', 'du', 'des', "d'"],
  sur: ['sur'],
  avec: ['avec'],
  contre: ['contre'],
};

const PRONOUN = /^(?:il|elle|ils|elles)$/i;
const CLITIC = /^(?:lui|leur|l'|l’|le|la|les)$/i;

/** The frame's slots filled from sentence `s`'s clause layer for the trigger at token `t` (document index). */
export function fillSlots(doc: Doc, s: number, t: number, frame: Frame, actors: Span[]): Slots {
  const c = sentenceClauses(doc, s, t);
  const [a] = doc.ranges[s];
  const v = t - a;
  // A colon or semicolon closes a clause: "Venezuela : Chavez exclut …" has Chavez for subject.
  const sameClause = (h: number) => !c.words.slice(Math.min(h, v) + 1, Math.max(h, v)).some((w) => w === ':' || w === ';');
  const passive = !!frame.passive && isPassive(c, v) && agentOf(c, v).length > 0;
  const acting = (passive ? agentOf(c, v) : subjectOf(c, v)).filter(sameClause);
  const agentPronoun = acting.length === 1 && PRONOUN.test(c.words[acting[0]]);
  const agent = spansFor(c, a, acting, actors);
  const agentUnknown = !agent.length && acting.length > 0 && (relativeSubject(c, v) || acting.every((h) => vagueGroup(c, h)));
  const patient = passive
    ? subjectOf(c, v)
    : frame.object === 'direct'
      ? objectOf(c, v)
      : PREPOSITIONS[frame.object]
        ? complementOf(c, v, PREPOSITIONS[frame.object])
        : [];
  let target = spansFor(c, a, patient, actors);
  // The tree hung the relative clause elsewhere: its antecedent is the actor just before ", que".
  const r = !passive && frame.object === 'direct' && !target.length ? relativeObject(c, v) : -1;
  if (r >= 0) target = actors.filter((x) => x.to === a + r - 1);
  const clitic = !passive && patient.length === 1 && CLITIC.test(c.words[patient[0]]) ? a + patient[0] : -1;
  const targetGroup = !target.length && clitic < 0 && patient.length ? groupPhrase(c, a, patient[0]) : null;
  return { passive, agent, agentPronoun, agentUnknown, target, targetPronounAt: target.length ? -1 : clitic, targetGroup };
}


/** True when a word of sentence `s` is a group noun: without one, no slot holds a group (groupPhrase), and no parse is needed to say so. */
export function namesGroup(doc: Doc, s: number): boolean {
  const nouns = lexicon().groupNouns;
  const [a, b] = doc.ranges[s];
  for (let k = a; k < b; k++) if (nouns.has(doc.folded[k])) return true;
  return false;
}

/** "les électeurs", "tous les partis d'opposition": a phrase headed by a group noun (data/lexicon/group-nouns.txt), as document tokens. */
function groupPhrase(c: Clauses, a: number, h: number): [number, number] | null {
  if (!(c.upos[h] === 'NOUN' && lexicon().groupNouns.has(fold(c.words[h]))) && !peopleNoun(c, h)) return null;
  const words = [h, ...c.children[h].filter((d) => /^(?:det|amod|nummod)$/.test(c.deprel[d]) || (c.deprel[d] === 'nmod' && c.upos[d] !== 'PROPN' && c.children[d].some((x) => c.deprel[x] === 'case' && /^(?:de|d')$/i.test(c.words[x]))))];
  const span = words.flatMap((w) => (w === h ? [h] : subtree(c, w)));
  const from = Math.min(...span);
  const to = Math.max(...span) + 1;
  // One phrase, no punctuation or clause inside.
  for (let k = from; k < to; k++) if (c.upos[k] === 'PUNCT' || c.upos[k] === 'VERB') return null;
  return [a + from, a + to];
}

/** "les Congolais", "tous les Québécois": a capitalized plural demonym after a plural determiner. */
function peopleNoun(c: Clauses, h: number): boolean {
  if (!isPeopleNoun(c.words[h])) return false;
  return (c.upos[h] === 'NOUN' || c.upos[h] === 'PROPN') && c.children[h].some((d) => c.deprel[d] === 'det' && /^(?:les|des|aux)$/i.test(c.words[d]));
}

const VAGUE = /^(?:certains|certaines|plusieurs|quelques|des|de|d'|nombreux|nombreuses|divers|diverses|beaucoup|d'autres)$/i;

/** "certains experts", "plusieurs élus", "des manifestants": a common noun with an indefinite quantity. */
function vagueGroup(c: Clauses, h: number): boolean {
  return c.upos[h] === 'NOUN' && c.children[h].some((d) => c.deprel[d] === 'det' && VAGUE.test(c.words[d]));
}

/** The actor mentions that phrases headed by `heads` name (each phrase's best span, with its group). */
function spansFor(c: Clauses, a: number, heads: number[], actors: Span[]): Span[] {
  const out: Span[] = [];
  for (const h of heads) {
    const at = a + h;
    const naming = namingTokens(c, h).map((k) => a + k);
    const named = actors.filter((x) => naming.some((k) => x.from <= k && k < x.to));
    // A name in apposition says who the description is ("l'ambassadeur israélien, Danny Danon,").
    let pick = widest(named.filter((x) => x.kind === 'name' && x.type === 'Person')) ?? widest(actors.filter((x) => x.from <= at && at < x.to)) ?? widest(named);
    if (!pick) {
      // "le préfet du Finistère, Paul Martin,": a person set off by commas inside the phrase names it.
      const inside = new Set(subtree(c, h).map((k) => a + k));
      pick = actors.find((x) => x.type === 'Person' && inside.has(x.from) && c.words[x.from - a - 1] === ',');
    }
    // "les membres de Greenpeace": the people who make up an organization act for it.
    if (!pick && isMemberNoun(c.words[h])) pick = memberOf(c, a, h, actors);
    if (!pick) continue;
    for (const x of actors) if (x.from === pick.from && x.to === pick.to && !out.includes(x)) out.push(x);
  }
  return out;
}

/**
 * "la direction de la SNCF", "les dirigeants du syndicat" starting at document token `k`: the
 * organization the phrase acts for, read off the words alone (the plain-clause reading).
 */
export function memberPhraseAt(doc: Doc, k: number, actors: Span[], end: number): Span[] {
  let m = k;
  if (/^(?:le|la|les|l'|l’|ses|leurs|sa|son)$/.test(doc.low[m] ?? '')) m++;
  if (m >= end || !isMemberNoun(doc.low[m]) || !/^(?:de|du|des|d'|d’)$/.test(doc.low[m + 1] ?? '')) return [];
  const at = /^(?:la|l'|l’)$/.test(doc.low[m + 2] ?? '') ? m + 3 : m + 2;
  const org = actors.filter((x) => x.from === at && x.type === 'Organization').sort((x, y) => y.to - x.to)[0];
  return org ? [org] : [];
}

let members: Set<string> | null = null;

function isMemberNoun(word: string): boolean {
  members ??= new Set(readList(dataPath('lexicon', 'member-nouns.txt')).map((w) => fold(w)));
  return members.has(fold(word));
}

/** The organization a members' phrase's "de" complement names. */
function memberOf(c: Clauses, a: number, h: number, actors: Span[]): Span | undefined {
  for (const d of c.children[h]) {
    if (c.deprel[d] !== 'nmod' || !c.children[d].some((x) => c.deprel[x] === 'case' && /^(?:de|du|des|d')$/i.test(c.words[x]))) continue;
    const naming = namingTokens(c, d).map((k) => a + k);
    const org = widest(actors.filter((x) => x.type === 'Organization' && naming.some((k) => x.from <= k && k < x.to)));
    if (org) return org;
  }
  return undefined;
}

function widest(spans: Span[]): Span | undefined {
  return spans.sort((x, y) => y.to - y.from - (x.to - x.from) || x.from - y.from)[0];
}
