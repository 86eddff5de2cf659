import { actorAfter, dedupe } from './clauses.js';
import type { Doc, Span } from './doc.js';

// "appelle au calme entre X et Y", "réclame un cessez-le-feu entre les deux pays": a demand whose
// object is a relation between parties asks each of them to act, when no addressee is named.

/** The parties an "entre X et Y" phrase within tokens [from, to) names, when it names two or more; else []. */
export function partiesBetween(doc: Doc, actors: Span[], from: number, to: number): Span[] {
  for (let k = from; k < to; k++) {
    if (doc.low[k] !== 'entre') continue;
    const parties = dedupe(actorAfter(doc, k + 1, actors, 0, to));
    return parties.length >= 2 ? parties : [];
  }
  return [];
}
