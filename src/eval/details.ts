// Per-article misses and false alarms, so a developer can see what to fix
// rather than only how much is wrong.

import type { EventAlignment } from './events.js';
import type { ArticleDetails, EventDiff, GoldDoc, PredEntity, PredEvent } from './types.js';

const EVIDENCE_CHARS = 80;

function head(s: string): string {
  // By code point, so an emoji or astral character is never cut in half.
  return [...s].slice(0, EVIDENCE_CHARS).join('');
}

function unmatched<T>(items: T[], matched: Set<number>): T[] {
  return items.filter((_, i) => !matched.has(i));
}

export function articleDetails(
  doc: GoldDoc,
  predEnts: PredEntity[],
  predEvs: PredEvent[],
  entPairs: Map<number, number>,
  ev: EventAlignment,
): ArticleDetails {
  const goldName = (id: string | null): string | null =>
    id === null ? null : (doc.entities.find((e) => e.id === id)?.name ?? id);
  const relaxedGold = new Set(ev.relaxed.keys());
  const relaxedPred = new Set(ev.relaxed.values());
  const strictPred = new Set(ev.strict.values());

  const missedEvents: EventDiff[] = [];
  doc.events.forEach((g, i) => {
    if (ev.strict.has(i)) return;
    missedEvents.push({
      type: g.type,
      agent: goldName(g.agent),
      target: goldName(g.target),
      evidence: head(g.evidence),
      relaxedMatch: relaxedGold.has(i),
    });
  });
  const spuriousEvents: EventDiff[] = [];
  predEvs.forEach((p, i) => {
    if (strictPred.has(i)) return;
    spuriousEvents.push({
      type: p.type,
      agent: p.agent?.label ?? null,
      target: p.target?.label ?? null,
      evidence: head(p.evidence),
      relaxedMatch: relaxedPred.has(i),
    });
  });

  return {
    article: doc.doc,
    entities: { gold: doc.entities.length, pred: predEnts.length, tp: entPairs.size },
    events: { gold: doc.events.length, pred: predEvs.length, tp: ev.strict.size },
    missedEntities: unmatched(doc.entities, new Set(entPairs.keys())).map((e) => ({ type: e.type, name: e.name })),
    spuriousEntities: unmatched(predEnts, new Set(entPairs.values())).map((e) => ({ type: e.type, name: e.label })),
    missedEvents,
    spuriousEvents,
  };
}
