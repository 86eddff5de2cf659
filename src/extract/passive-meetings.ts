import type { Doc, Span } from './doc.js';
import { actorAfter } from './clauses.js';
import { memberPhraseAt } from './slots.js';

// The auxiliary right before a participle that makes it passive ("a été reçu", "sont reçus").
const PASSIVE_AUX = /^(?:été|est|sont|était|étaient|sera|seront|serait|seraient|fut|furent)$/;
// Words that open another clause: a "par" past them belongs to some other verb.
const CLAUSE_BREAK = /^(?:[;:«»"“”()]|qui|que|qu'|dont|lorsque|quand|puis|mais|avant|après|où)$/;
// A participle's own "par" agent sits within a short stretch ("reçu mardi matin au ministère de X par Y").
const REACH = 14;

/**
 * "X a été reçu (mardi) au ministère de Y par Z": who a passive meeting verb's subject met is the
 * "par" agent, however far past the time and place it comes; the place names where, not whom.
 * Returns that agent (with its listed conjuncts), or nothing for an active verb or no "par" agent.
 */
export function passiveMeetingAgent(doc: Doc, t: number, end: number, actors: Span[]): Span[] {
  if (!PASSIVE_AUX.test(doc.low[t - 1] ?? '')) return [];
  if (/^(?:s'|se)$/.test(doc.low[t - 2] ?? '')) return [];
  if (!/(?:é|ée|és|ées|u|ue|us|ues|i|ie|is|ies|t|te|ts|tes)$/.test(doc.low[t])) return [];
  const stop = Math.min(end, t + REACH);
  for (let m = t + 1; m < stop; m++) {
    if (CLAUSE_BREAK.test(doc.low[m])) return [];
    if (doc.low[m] !== 'par') continue;
    // "par les membres du Conseil" acts for the council; "par le directeur du ministère" names
    // someone of their own, not the ministry.
    const named = actorAfter(doc, m + 1, actors, 0, end);
    const host = named.length ? named : memberPhraseAt(doc, m + 1, actors, end);
    return host.length ? [...host, ...includedAfter(doc, Math.max(...host.map((x) => x.to)), end, actors)] : [];
  }
  return [];
}

/**
 * "par les membres du Conseil, dont son président, le général X": the people a "dont" after a
 * group singles out took part too (the first one named, within the aside).
 */
function includedAfter(doc: Doc, to: number, end: number, actors: Span[]): Span[] {
  if (doc.low[to] !== ',' || doc.low[to + 1] !== 'dont') return [];
  const stop = Math.min(end, to + 14);
  let close = to + 2;
  while (close < stop && !/^(?:[;:.()«»]|et|qui|que|qu')$/.test(doc.low[close])) close++;
  const person = actors.filter((x) => x.type === 'Person' && x.from >= to + 2 && x.to <= close).sort((x, y) => x.from - y.from || y.to - x.to)[0];
  return person ? [person] : [];
}
