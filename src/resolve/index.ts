// The resolve stage, between extract and graph: one step over every extraction of a build.
// It reconciles person keys across articles, then merges the event mentions that report the
// same real-world event. It imports types only, never graph or query.
import type { ArticleExtraction, Resolution } from '../types.js';
import { reconcileEntities } from './entities.js';
import { resolveEvents } from './events.js';

export { reconcileEntities, type EntityReconciliation } from './entities.js';
export { resolveEvents, QUOTE_THRESHOLD, TOPIC_THRESHOLD } from './events.js';
export { ARTICLE_WINDOW_DAYS, dateInterval, eventWindow } from './dates.js';
export { givenNamesMatch, parsePersonName, skeleton } from './names.js';
export { contentStems, dice, stem, textSimilarity } from './text.js';

/**
 * Entity reconciliation, then event resolution. The result does not depend on the order of
 * `extractions` (they are sorted by article id first); article ids must be unique.
 */
export function resolve(extractions: ArticleExtraction[]): Resolution {
  const sorted = [...extractions].sort((a, b) => (a.article.id < b.article.id ? -1 : a.article.id > b.article.id ? 1 : 0));
  for (let i = 1; i < sorted.length; i++) {
    if (sorted[i].article.id === sorted[i - 1].article.id) {
      throw new Error(`duplicate article id ${JSON.stringify(sorted[i].article.id)}: article ids must be unique`);
    }
  }
  const { extractions: reconciled, merges } = reconcileEntities(sorted);
  return { extractions: reconciled, events: resolveEvents(reconciled), entityMerges: merges };
}
