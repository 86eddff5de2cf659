import type { Span } from './doc.js';
import { actorAfter, clauseEndOutsideQuotes, subjectBefore } from './clauses.js';
import { actorsIn, eventsInProgress, phrase, pushEvent, resolvePronounAt, speakerOf, spanOf, type EventContext } from './event-context.js';
import { lexicon } from './lexicon.js';
import type { Quote } from './quotes.js';
import { fold } from '../nlp/normalize.js';
import { verbLemma } from '../nlp/verbs.js';

// What a speaker says someone must do is a demand on them: "les forces russes doivent se retirer",
// a déclaré X; « Il faut que le ministre démissionne », dit Y. Only in words attributed to a
// speaker (a quotation, or the clause a statement covers): the narrator's "X doit se rendre à
// Paris" tells of a plan, not a demand.

// Obligation in the present or future, and the conditional's advice in a speaker's words ("les
// États-Unis devraient donner suite", said by X); "devait" reads as a plan. A likelihood
// ("devrait avoir lieu", "la croissance devrait ralentir") has a thing or an event for subject,
// or one of NOT_ACTS after it.
const MUST = /^(?:doit|doivent|devra|devront|devrait|devraient)$/;
const IT_MUST = /^(?:faut|faudra|faudrait)$/;
// Infinitives after "devoir" that tell of a plan or a likelihood, not of what someone must do.
const NOT_ACTS = new Set(['être', 'avoir', 'rendre', 'arriver', 'venir', 'partir', 'rencontrer', 'recevoir', 'participer', 'assister', 'visiter', 'entretenir', 'tenir', 'commencer', 'débuter', 'durer', 'intervenir', 'pouvoir', 'falloir']);
const SKIP = /^(?:ne|n'|pas|plus|jamais|se|s'|donc|aussi|également|désormais|maintenant|immédiatement|absolument|impérativement|d'abord|enfin|en|y)$/;
const BOUNDARY = /^(?:,|;|:|«|»|“|”|"|que|qu'|tandis|et|mais|car|où|si|\(|\))$/;
const SELF = /^(?:je|j'|nous|on|vous|tu)$/;

const isGroupNoun = (folded: string): boolean => lexicon().groupNouns.has(folded);

/** Demands stated as an obligation in sentence `s`, by whoever the words are attributed to. */
export function extractDeontic(ctx: EventContext, s: number, quotes: Quote[]): void {
  const { doc } = ctx;
  const [a, b] = doc.ranges[s];
  for (let t = a; t < b; t++) {
    const w = doc.low[t];
    const impersonal = IT_MUST.test(w) && doc.low[t - 1] === 'il' && /^(?:que|qu')$/.test(doc.low[t + 1] ?? '');
    if (!MUST.test(w) && !impersonal) continue;
    const speaker = speakerAt(ctx, s, t, quotes);
    if (!speaker) continue;
    let who: Span | null = null;
    let from: number;
    let act: number;
    if (impersonal) {
      // "il faut que X démissionne": the subject of the "que" clause must act.
      from = t - 1;
      const clause = clauseSubject(ctx, s, t + 2, b, 'after');
      if (!clause) continue;
      who = clause.who;
      act = clause.end;
    } else {
      const clause = clauseSubject(ctx, s, t, a, 'before');
      if (!clause) continue;
      who = clause.who;
      from = clause.start;
      act = t + 1;
      while (act < b && SKIP.test(doc.low[act])) act++;
      const lemma = verbLemma(doc.low[act] ?? '');
      if (!lemma || !/(?:er|ir|re)$/.test(doc.low[act]) || NOT_ACTS.has(lemma)) continue;
    }
    if (who && who.entity === speaker.entity) continue;
    const end = clauseEndOutsideQuotes(doc, act, b);
    pushEvent(ctx, {
      type: 'Demand',
      agent: speaker,
      target: who,
      participants: [],
      topic: phrase(doc, act, end),
      trigger: t,
      from,
      to: end,
      place: null,
    });
  }
}

/** Who the words at token `t` are attributed to: the quotation's speaker, or the statement covering them or closed by an incise after them. */
function speakerAt(ctx: EventContext, s: number, t: number, quotes: Quote[]): Span | null {
  const { doc } = ctx;
  const q = quotes.find((x) => t > x.open && (x.close < 0 || t < x.close));
  if (q) return speakerOf(ctx, q);
  const at = doc.tokens[t].start;
  for (const e of eventsInProgress(ctx, s)) {
    if (e.type !== 'Statement' || !e.agent) continue;
    // "X a déclaré que … doit …", or "… doit …, a déclaré X" with the incise closing the sentence's words.
    if ((e.start <= at && at < e.end) || (e.start > at && inverted(ctx, s, t, e.end))) return spanOf(ctx, e.agent);
  }
  return null;
}

/** ", a déclaré X" / ", a-t-il dit" closes the sentence's words after token `t` and before `end`. */
function inverted(ctx: EventContext, s: number, t: number, end: number): boolean {
  const { doc } = ctx;
  const [, b] = doc.ranges[s];
  const speech = lexicon().speech;
  for (let k = t + 1; k < b && doc.tokens[k].start < end; k++) {
    if (doc.low[k] !== ',') continue;
    let v = k + 1;
    while (v < b && /^(?:a|ont|avait|avaient|a-t-il|a-t-elle|ont-ils|ont-elles)$/.test(doc.low[v]) && !speech.has(verbLemma(doc.low[v]) ?? '')) v++;
    const verb = doc.low[v]?.replace(/-(?:t-)?(?:il|elle|ils|elles)$/, '') ?? '';
    if (speech.has(verbLemma(verb) ?? '')) return true;
  }
  return false;
}

/**
 * The actor a clause's subject names, with where the subject starts (`before` the verb) or where
 * the clause's verb stands (`after` a "que"): a named actor, a country by its demonym ("les forces
 * russes"), or an unnamed group (null actor, "les belligérants"); undefined when the subject is
 * the speaker's own side, a pronoun or a thing.
 */
function clauseSubject(ctx: EventContext, s: number, t: number, limit: number, side: 'before' | 'after'): { who: Span | null; start: number; end: number } | undefined {
  const { doc } = ctx;
  const actors = actorsIn(ctx, s);
  let start: number;
  let end: number;
  if (side === 'before') {
    end = t;
    while (end > limit && SKIP.test(doc.low[end - 1])) end--;
    start = end;
    while (start > limit && !BOUNDARY.test(doc.low[start - 1])) start--;
  } else {
    start = t;
    const named = actorAfter(doc, t, actors, 0, limit);
    if (named.length) return { who: named[0], start, end: Math.max(...named.map((x) => x.to)) };
    end = start;
    while (end < Math.min(limit, start + 4) && !BOUNDARY.test(doc.low[end])) end++;
  }
  if (end <= start || end - start > 8) return undefined;
  const words = doc.low.slice(start, end);
  if (words.some((x) => SELF.test(x) || /^(?:qui|ce|cela|ça|tout|rien)$/.test(x))) return undefined;
  if (/^(?:il|elle|ils|elles)$/.test(words[0]) && words.length === 1) {
    const found = resolvePronounAt(ctx, start);
    return found.length ? { who: found[0], start, end } : undefined;
  }
  const named = side === 'before' ? subjectBefore(doc, end, actors).filter((x) => x.from >= start) : actors.filter((x) => x.from >= start && x.to <= end);
  if (named.length) return { who: named[0], start, end };
  for (let k = start; k < end; k++) {
    const country = /^\p{Ll}/u.test(doc.tokens[k].text) ? lexicon().demonyms.get(doc.folded[k]) : undefined;
    if (country) return { who: { from: k, to: k + 1, sentence: s, entity: country, type: 'Country', label: lexicon().entities.get(country)?.label ?? country, kind: 'metonym' }, start, end };
  }
  if (words.some((x) => isGroupNoun(fold(x)))) return { who: null, start, end };
  return undefined;
}
