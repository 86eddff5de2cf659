import { readFileSync } from 'node:fs';
import { dataPath } from '../paths.js';
import { verbLemma, verbTenses } from '../nlp/verbs.js';
import type { Span } from './doc.js';
import { actorAfter, clauseEndOutsideQuotes, PRONOUN_SUBJECTS, subjectBefore, verbGroupStart } from './clauses.js';
import { actorsIn, eventsInProgress, phrase, pushEvent, resolvePronounAt, type EventContext } from './event-context.js';
import { insideQuote, type Quote } from './quotes.js';

// A demand named by a noun whose author a "de" complement gives (data/frames/demand-nouns.json):
// "la demande de X d'organiser un sommet", "Y a accepté les treize exigences de X", "Y s'est
// réuni à la demande de X". Whom it is put to is the one who answers it (the subject of
// "accepter", "refuser", "accéder à"), or the one who acted on it; a demand nobody answers or acts on is not read here.

interface DemandNouns {
  nouns: Set<string>;
  answering: Set<string>;
  content: Set<string>;
  onBehalf: string[][];
}

let data: DemandNouns | null = null;

function demandNouns(): DemandNouns {
  if (data) return data;
  const raw = JSON.parse(readFileSync(dataPath('frames', 'demand-nouns.json'), 'utf8')) as Record<string, string[]>;
  data = {
    nouns: new Set(raw.nouns),
    answering: new Set(raw.answering),
    content: new Set(raw.content),
    onBehalf: raw.onBehalf.map((p) => p.split(/(?<=')|\s+/).filter(Boolean)),
  };
  return data;
}

const apos = (w: string): string => w.replace(/’/g, "'");
const DE = /^(?:de|d'|du|des)$/;
const DETERMINER = /^(?:la|les|sa|ses|leur|leurs|cette|ces|une|des|nouvelle|nouvelles|dernière|dernières|\d+|deux|trois|quatre|cinq|six|sept|huit|neuf|dix|onze|douze|treize|quatorze|quinze|vingt)$/;

/** Demands stated by a demand noun with its author in sentence `s`. */
export function extractDemandNouns(ctx: EventContext, s: number, quotes: Quote[]): void {
  const { doc } = ctx;
  const [a, b] = doc.ranges[s];
  const d = demandNouns();
  const actors = actorsIn(ctx, s);
  for (let t = a + 1; t < b; t++) {
    if (!d.nouns.has(doc.low[t]) || insideQuote(quotes, t)) continue;
    if (!DE.test(apos(doc.low[t + 1] ?? ''))) continue;
    // A delegation ("les représentants de X") answers for its senders, but asks in its own name.
    const listed = actorAfter(doc, t + 2, actors.filter((x) => !x.delegates), 0, b);
    if (!listed.length) continue;
    // "de X et de Y" lists authors; "de X, le Conseil …" goes on to the clause.
    const authors = listed.filter((x, i) => i === 0 || x.from === listed[0].from || /^(?:et|de|d'|du|des)$/.test(apos(doc.low[x.from - 1])) || /^(?:et)$/.test(doc.low[x.from - 2] ?? ''));
    const authorEnd = Math.max(...authors.map((x) => x.to));
    const answer = answeringSubject(ctx, s, t, actors);
    const answerer = answer === undefined ? null : answer;
    // "accéder à la demande de X" answers it; "s'est réuni à la demande de X" acts on it.
    const behalf = answer !== undefined ? undefined : d.onBehalf.find((p) => p.every((w, i) => apos(doc.low[t - p.length + 2 + i] ?? '') === w));
    if (behalf) {
      const start = t - behalf.length + 2;
      const asked = actedOnBehalf(ctx, s, start, authorEnd, actors);
      const rest = doc.low[authorEnd] === ',' ? authorEnd + 1 : authorEnd;
      push(ctx, authors, asked, t, start, authorEnd, phrase(doc, a, start) || phrase(doc, rest, clauseEndOutsideQuotes(doc, rest, b)));
      continue;
    }
    if (!DETERMINER.test(doc.low[t - 1] ?? '')) continue;
    // Read once: a noun the noun frames already took ("réitère sa demande") is theirs.
    const at = doc.tokens[t].start;
    if (eventsInProgress(ctx, s).some((e) => e.type === 'Demand' && e.start <= at && at < e.end)) continue;
    // Only a demand someone answers is read: "la demande de X de …" alone is as often a reference
    // to a demand told elsewhere as a new one, and whom it was put to stays unknown.
    if (!answerer) continue;
    const opens = d.content.has(apos(doc.low[authorEnd] ?? ''));
    let from = t - 1;
    while (from > a && DETERMINER.test(doc.low[from - 1])) from--;
    const end = opens ? clauseEndOutsideQuotes(doc, authorEnd, b) : authorEnd;
    const topic = opens ? phrase(doc, /^(?:de|d')$/.test(apos(doc.low[authorEnd])) ? authorEnd + 1 : authorEnd, end) : phrase(doc, from, authorEnd);
    push(ctx, authors, answerer, t, from, end, topic);
  }
}

function push(ctx: EventContext, authors: Span[], target: Span | null, t: number, from: number, to: number, topic: string): void {
  for (const who of authors) {
    if (target && target.entity === who.entity) continue;
    pushEvent(ctx, { type: 'Demand', agent: who, target, participants: [], topic, trigger: t, from, to, place: null });
  }
}

/**
 * Who answers the demand noun at `t`: the subject of an answering verb governing it ("Y a accepté
 * les demandes", "Y a refusé d'accéder à la demande"); null when the verb's subject names nobody,
 * undefined when no answering verb governs the noun.
 */
function answeringSubject(ctx: EventContext, s: number, t: number, actors: Span[]): Span | null | undefined {
  const { doc } = ctx;
  const [a] = doc.ranges[s];
  const d = demandNouns();
  for (let v = t - 1; v >= Math.max(a, t - 6); v--) {
    if (/^[,;:.!?«»()]$/.test(doc.low[v])) return undefined;
    const lemma = verbLemma(doc.low[v]);
    if (!lemma || !d.answering.has(lemma)) continue;
    let start = verbGroupStart(doc, v, a);
    // "a refusé d'accéder à …": an infinitive's subject is its governing verb's.
    if (verbTenses(doc.low[v]).includes('W') && /^(?:de|d'|à)$/.test(apos(doc.low[start - 1] ?? ''))) start = verbGroupStart(doc, start - 2, a);
    return subjectOf(ctx, start, actors);
  }
  return undefined;
}

function subjectOf(ctx: EventContext, groupStart: number, actors: Span[]): Span | null {
  const { doc } = ctx;
  const named = subjectBefore(doc, groupStart, actors);
  if (named.length) return named[0];
  if (PRONOUN_SUBJECTS.has(doc.low[groupStart - 1] ?? '')) return resolvePronounAt(ctx, groupStart - 1)[0] ?? null;
  return null;
}

/** "Y s'est réuni à la demande de X", "À la demande de X, Y a …": the subject of the clause the phrase [from, to) qualifies. */
function actedOnBehalf(ctx: EventContext, s: number, from: number, to: number, actors: Span[]): Span | null {
  const { doc } = ctx;
  const [a, b] = doc.ranges[s];
  const finite = (k: number) => /[PIJFC]/.test(verbTenses(doc.low[k])) && !/^(?:de|du|des|la|le|les|un|une|en|à|a)$/.test(doc.low[k]) || /^(?:a|ont|est|sont|avait|avaient)$/.test(doc.low[k]);
  for (let k = from - 1; k >= a; k--) if (finite(k)) return subjectOf(ctx, verbGroupStart(doc, k, a), actors.filter((x) => x.to <= from));
  for (let k = to; k < b; k++) if (finite(k)) return subjectOf(ctx, verbGroupStart(doc, k, a), actors.filter((x) => x.from >= to));
  return null;
}
