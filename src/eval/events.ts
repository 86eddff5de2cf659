// Event alignment within one article.

import { entityOverlap, goldComparable, predComparable, type Comparable } from './entities.js';
import { greedyMatch, type Candidate } from './greedy.js';
import { contentTokens, jaccard, nameForms } from './normalize.js';
import type { GoldDoc, PredEntity, PredEvent, PredRef } from './types.js';

export interface EventAlignment {
  /** Gold index → pred index; type, agent and target agree. */
  strict: Map<number, number>;
  /** Same, target ignored. */
  relaxed: Map<number, number>;
}

// The query layer gives agents as {iri, label}; the article's entity list holds
// the surfaces that let "M. Lavrov" be recognised as gold "lavrov". Without it,
// only the label is known and the type check is skipped.
function refComparable(ref: PredRef, byIri: Map<string, PredEntity>): Comparable {
  const entity = byIri.get(ref.iri);
  if (!entity) return { type: null, forms: nameForms([ref.label]) };
  const c = predComparable(entity);
  return { type: c.type, forms: new Set([...c.forms, ...nameForms([ref.label])]) };
}

function roleMatches(gold: Comparable | null, pred: Comparable | null): boolean {
  if (gold === null || pred === null) return gold === pred;
  return entityOverlap(gold, pred) > 0;
}

/** Topic agreement for a matched pair, 0 when the prediction has no topic. */
export function topicOverlap(goldTopic: string, predTopic: string | null): number {
  return predTopic === null ? 0 : jaccard(contentTokens(goldTopic), contentTokens(predTopic));
}

export function alignEvents(doc: GoldDoc, pred: PredEvent[], predEntities: PredEntity[]): EventAlignment {
  const goldById = new Map(doc.entities.map((e) => [e.id, goldComparable(e)]));
  const byIri = new Map(predEntities.map((e) => [e.iri, e]));
  // An id without an entity cannot happen after loadGold; hand-built gold gets a name-only stand-in.
  const goldRole = (id: string | null): Comparable | null =>
    id === null ? null : (goldById.get(id) ?? { type: null, forms: nameForms([id]) });
  const predRole = (ref: PredRef | null): Comparable | null => (ref === null ? null : refComparable(ref, byIri));

  const predSides = pred.map((p) => ({
    agent: predRole(p.agent),
    target: predRole(p.target),
    evidence: contentTokens(p.evidence),
  }));
  const strict: Candidate[] = [];
  const relaxed: Candidate[] = [];
  doc.events.forEach((g, gi) => {
    const agent = goldRole(g.agent);
    const target = goldRole(g.target);
    const evidence = contentTokens(g.evidence);
    pred.forEach((p, pi) => {
      const side = predSides[pi];
      if (p.type !== g.type || !roleMatches(agent, side.agent)) return;
      // Evidence first (which sentence), topic second (which of two acts in one sentence).
      const c: Candidate = { gold: gi, pred: pi, keys: [jaccard(evidence, side.evidence), topicOverlap(g.topic, p.topic)] };
      relaxed.push(c);
      if (roleMatches(target, side.target)) strict.push(c);
    });
  });
  return { strict: greedyMatch(strict), relaxed: greedyMatch(relaxed) };
}
