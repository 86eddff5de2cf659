// Entity alignment within one article. The same rule decides whether an
// event's agent or target is the right entity, so events and entities cannot
// disagree about who is who.

import { greedyMatch, type Candidate } from './greedy.js';
import { nameForms, sharedCount } from './normalize.js';
import type { GoldEntity, PredEntity } from './types.js';

/** An entity reduced to what matching looks at; `type` is null when only a label is known. */
export interface Comparable {
  type: string | null;
  forms: Set<string>;
}

export function goldComparable(e: GoldEntity): Comparable {
  return { type: e.type, forms: nameForms([e.name, ...e.aliases]) };
}

export function predComparable(e: PredEntity): Comparable {
  return { type: e.type, forms: nameForms([e.label, ...e.aliases, ...e.surfaces]) };
}

/** Number of shared normalized forms, 0 when the pair cannot match. */
export function entityOverlap(gold: Comparable, pred: Comparable): number {
  if (pred.type !== null && pred.type !== gold.type) return 0;
  return sharedCount(gold.forms, pred.forms);
}

/** Gold index → pred index, one-to-one, most shared forms first. */
export function alignEntities(gold: GoldEntity[], pred: PredEntity[]): Map<number, number> {
  const g = gold.map(goldComparable);
  const p = pred.map(predComparable);
  const candidates: Candidate[] = [];
  g.forEach((ge, gi) =>
    p.forEach((pe, pi) => {
      const overlap = entityOverlap(ge, pe);
      if (overlap > 0) candidates.push({ gold: gi, pred: pi, keys: [overlap] });
    }),
  );
  return greedyMatch(candidates);
}
