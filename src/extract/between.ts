import { readFileSync } from 'node:fs';
import { dataPath } from '../paths.js';
import { actorAfter, dedupe } from './clauses.js';
import type { Doc, Span } from './doc.js';

// Who a demand is aimed at, read from its object when no addressee is named
// (data/frames/demand-objects.json): "appelle au calme entre X et Y", "réclame un cessez-le-feu
// entre les deux pays" ask each party to act; "exige des excuses de la part de X" asks X, the one
// who owes them (a person named there is no beneficiary, as in "la libération de X").

interface DemandObjects {
  between: string[];
  owedBy: string[][];
}

let objects: DemandObjects | null = null;

function demandObjects(): DemandObjects {
  if (objects) return objects;
  const raw = JSON.parse(readFileSync(dataPath('frames', 'demand-objects.json'), 'utf8')) as { between: string[]; owedBy: string[] };
  objects = { between: raw.between, owedBy: raw.owedBy.map((p) => p.split(/(?<=')|\s+/).filter(Boolean)) };
  return objects;
}

/** Who must act by what a demand's object, tokens [from, to), says: the parties of an "entre X et Y" (two or more), or whoever owes the thing; else []. */
export function addresseesInObject(doc: Doc, actors: Span[], from: number, to: number): Span[] {
  const { between, owedBy } = demandObjects();
  // "plaide pour que l'organisation demeure un lieu de dialogue entre X et Y": past a clause of
  // its own, the "entre" phrase describes that clause's subject, who is asked.
  let clause = false;
  for (let k = from; k < to; k++) {
    if (/^(?:que|qu'|qu’)$/.test(doc.low[k])) clause = true;
    if (between.includes(doc.low[k]) && !clause) {
      const parties = dedupe(actorAfter(doc, k + 1, actors, 0, to));
      if (parties.length >= 2) return parties;
    }
    for (const p of owedBy) {
      if (!p.every((w, i) => (doc.low[k + i] ?? '').replace(/’/g, "'") === w)) continue;
      const owing = actorAfter(doc, k + p.length, actors, 0, to);
      if (owing.length) return dedupe(owing);
    }
  }
  return [];
}
