/*
 * Scoring rules (also in src/eval/README.md; keep the two in sync).
 *
 * Scope: only articles that have a gold file are scored. Predictions for other
 * articles are ignored (their ids are listed in `ignoredArticles`); a gold
 * article without predictions scores all its gold items as misses.
 *
 * Entities, per article: a predicted entity matches a gold entity when the
 * types are equal and some normalized form of {label, aliases, surfaces}
 * equals some normalized form of {gold name, gold aliases}. Normalization:
 * NFC, lowercase, ’ → ', non-breaking spaces → space, leading determiners,
 * elisions and titles (le, la, les, l', un, une, des, M., Mme) removed,
 * spaces collapsed. Alignment is one-to-one and greedy: pairs sharing more
 * forms first, ties by gold then prediction order.
 *
 * Events, per article: a predicted event matches a gold event when the types
 * are equal and the agent and target match. A predicted role matches a gold
 * id when it would match that gold entity under the entity rule, using the
 * predicted entity with the same IRI in that article (its label, aliases and
 * surfaces, and its type) or, if there is none, the role's label alone with
 * no type check. Null matches only null. "Relaxed" ignores the target.
 * Alignment is one-to-one and greedy: higher evidence token overlap first,
 * then higher topic overlap, then gold and prediction order.
 *
 * Topic is not a match criterion: its token overlap (Jaccard on lowercased
 * word tokens, French stopwords removed; 0 for a null topic) is reported as a
 * mean over strictly matched pairs.
 *
 * P, R and F1 are micro-averaged per type and over all types. P is null with
 * no predictions, R with no gold; F1 = 2tp/(gold+pred), null when both are 0.
 */

import { ENTITY_TYPES, EVENT_TYPES } from '../types.js';
import { articleDetails } from './details.js';
import { alignEntities } from './entities.js';
import { alignEvents, topicOverlap } from './events.js';
import { addCounts, toTable, type Tally } from './score.js';
import type { EvalReport, EvaluateOptions, GoldDoc, PredEntity, PredEvent } from './types.js';

function countByType(tally: Tally, field: 'gold' | 'pred' | 'tp', items: { type: string }[]): void {
  for (const it of items) addCounts(tally, it.type, { [field]: 1 });
}

function matchedOf<T extends { type: string }>(items: T[], pairs: Map<number, number>): T[] {
  return [...pairs.keys()].map((i) => items[i]);
}

export function evaluate(
  gold: GoldDoc[],
  predEntitiesByArticle: Map<string, PredEntity[]>,
  predEvents: PredEvent[],
  options: EvaluateOptions = {},
): EvalReport {
  const goldIds = new Set(gold.map((d) => d.doc));
  const eventsByArticle = new Map<string, PredEvent[]>();
  for (const e of predEvents) {
    const list = eventsByArticle.get(e.source);
    if (list) list.push(e);
    else eventsByArticle.set(e.source, [e]);
  }
  const ignored = new Set([...predEntitiesByArticle.keys(), ...eventsByArticle.keys()].filter((id) => !goldIds.has(id)));

  const entityTally: Tally = new Map();
  const strictTally: Tally = new Map();
  const relaxedTally: Tally = new Map();
  const topics: number[] = [];
  const details: EvalReport['details'] = [];

  for (const doc of gold) {
    const predEnts = predEntitiesByArticle.get(doc.doc) ?? [];
    const predEvs = eventsByArticle.get(doc.doc) ?? [];

    const entPairs = alignEntities(doc.entities, predEnts);
    countByType(entityTally, 'gold', doc.entities);
    countByType(entityTally, 'pred', predEnts);
    countByType(entityTally, 'tp', matchedOf(doc.entities, entPairs));

    const ev = alignEvents(doc, predEvs, predEnts);
    for (const tally of [strictTally, relaxedTally]) {
      countByType(tally, 'gold', doc.events);
      countByType(tally, 'pred', predEvs);
    }
    countByType(strictTally, 'tp', matchedOf(doc.events, ev.strict));
    countByType(relaxedTally, 'tp', matchedOf(doc.events, ev.relaxed));
    for (const [gi, pi] of ev.strict) topics.push(topicOverlap(doc.events[gi].topic, predEvs[pi].topic));

    if (options.details) details.push(articleDetails(doc, predEnts, predEvs, entPairs, ev));
  }

  const report: EvalReport = {
    articles: gold.map((d) => d.doc),
    ignoredArticles: [...ignored].sort(),
    entities: toTable(entityTally, ENTITY_TYPES),
    events: {
      strict: toTable(strictTally, EVENT_TYPES),
      relaxed: toTable(relaxedTally, EVENT_TYPES),
      topic: { pairs: topics.length, meanOverlap: topics.length ? topics.reduce((a, b) => a + b, 0) / topics.length : null },
    },
  };
  if (options.details) report.details = details;
  return report;
}
